import { test, expect } from '@playwright/test';
import { StaffAuditPage } from './pages/StaffAuditPage';
import { StaffDocumentEditorPage } from './pages/StaffDocumentEditorPage';
import { StaffDocumentsPage } from './pages/StaffDocumentsPage';
import { keepScreenshot } from './support/screens';
import { signedInAsAdmin } from './support/staffSession';

/** The audit trail as a new staff member read it (helper trial). This spec's server uses E2E_PORT + 63. */
test.use({ viewport: { width: 1080, height: 1920 } });

test('a document made in the editor is shown in the audit trail by its fields, without the editor\'s draft key or rows for fields left empty', async ({ page }) => {
  const { server, gate } = await signedInAsAdmin(page, 63);
  try {
    await gate.nav('เอกสาร').click();
    await new StaffDocumentsPage(page).newDocument().click();
    const editor = new StaffDocumentEditorPage(page);
    await editor.field('ชื่อเรื่อง (ไทย) *').fill('ประกาศผลการคัดเลือกผู้เสนอราคา');
    await editor.chooseCategory(/ประกาศเชิญชวนและประกาศผู้ชนะ/);
    await editor.setDate('วันที่เผยแพร่ *', 15, 10, 2569);
    await editor.saveAndWait();

    await gate.nav('ประวัติการแก้ไข').click();
    await expect(new StaffAuditPage(page).heading()).toBeVisible();
    const entry = page.locator('.audit-entry').first();
    await expect(entry.locator('.audit-head')).toContainText('บันทึกเอกสาร');
    await expect(entry.getByRole('rowheader', { name: 'ชื่อเรื่อง (ไทย)' })).toBeVisible();
    await expect(entry).not.toContainText('รหัสร่างของหน้าแก้ไข');
    // Fields left empty in the editor are no rows of a new document's entry (trial: an empty "คำสำคัญ" row, "สาระสำคัญ {}").
    await expect(entry.getByRole('rowheader', { name: /^คำสำคัญ/ })).toHaveCount(0);
    await expect(entry.getByRole('rowheader', { name: /^สาระสำคัญ/ })).toHaveCount(0);
    await expect(entry).not.toContainText('{}');
    for (const cell of await entry.locator('td.after').allTextContents()) expect(cell.trim()).not.toBe('');
    await keepScreenshot(page, 'staff-audit-document-created');
  } finally {
    await server.stop();
  }
});
