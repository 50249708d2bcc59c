import { test, expect } from '@playwright/test';
import { StaffDocumentEditorPage } from './pages/StaffDocumentEditorPage';
import { StaffDocumentsPage } from './pages/StaffDocumentsPage';
import { keepScreenshot } from './support/screens';
import { signedInAsAdmin } from './support/staffSession';

/** The editor's date fields (outside tester: 31 กุมภาพันธ์ 2569 was blamed on its right year). This spec's server uses E2E_PORT + 64. */
test.use({ viewport: { width: 1920, height: 1080 } });

test('a day the month does not have is said in the importer\'s words, in Thai and English; a CE year still asks for พ.ศ.', async ({ page }) => {
  const { server, gate } = await signedInAsAdmin(page, 64);
  try {
    await gate.nav('เอกสาร').click();
    await new StaffDocumentsPage(page).newDocument().click();
    const editor = new StaffDocumentEditorPage(page);
    const published = editor.dateGroup('วันที่เผยแพร่ *');
    await editor.setDate('วันที่เผยแพร่ *', 31, 2, 2569);
    await expect(published.getByText('ไม่มีวันที่นี้ในปฏิทิน')).toBeVisible();
    await expect(published.getByText(/ปีให้ใส่เป็น พ.ศ./)).toHaveCount(0);
    await keepScreenshot(page, 'staff-editor-no-such-day');

    await page.getByRole('button', { name: 'เปลี่ยนเป็นภาษาอังกฤษ' }).click();
    await expect(page.getByText('No such day in the calendar', { exact: true })).toBeVisible();
    await keepScreenshot(page, 'staff-editor-no-such-day-en');
    await page.getByRole('button', { name: 'Switch to Thai' }).click();

    // The year typed in C.E.: the year is the slip, and the hint says so as before.
    await published.getByRole('textbox', { name: 'ปี พ.ศ.' }).fill('2026');
    await expect(published.getByText('วันที่ไม่ถูกต้อง (ปีให้ใส่เป็น พ.ศ. เช่น 2569)')).toBeVisible();
    await published.getByRole('textbox', { name: 'ปี พ.ศ.' }).fill('2567'); // 2024: a leap year
    await published.getByRole('textbox', { name: 'วันที่' }).fill('29');
    await expect(published.locator('.hint.error')).toHaveCount(0);
  } finally {
    await server.stop();
  }
});
