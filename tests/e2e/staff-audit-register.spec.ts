import { test, expect } from '@playwright/test';
import { StaffAuditPage } from './pages/StaffAuditPage';
import { StaffDocumentEditorPage } from './pages/StaffDocumentEditorPage';
import { StaffDocumentsPage } from './pages/StaffDocumentsPage';
import { StaffGatePage } from './pages/StaffGatePage';
import { StaffRegisterPage } from './pages/StaffRegisterPage';
import { keepScreenshot } from './support/screens';
import { signedInAsAdmin } from './support/staffSession';

/*
 * The audit trail as the outside tester read it: a request's state change named its register, state
 * and day in words (not "register:ขข-2569-000001 — เมื่อ 2026-12-08", received → answered), and a
 * document saved without a change is said to be unchanged and leaves no entry. E2E_PORT + 65.
 */
test.use({ viewport: { width: 1920, height: 1080 } });

test('a request answered, and a document saved unchanged, as the audit trail shows them', async ({ page }) => {
  test.setTimeout(120_000);
  const { server, gate } = await signedInAsAdmin(page, 65);
  try {
    await gate.nav('เอกสาร').click();
    await new StaffDocumentsPage(page).newDocument().click();
    const editor = new StaffDocumentEditorPage(page);
    await editor.field('ชื่อเรื่อง (ไทย) *').fill('ประกาศทดสอบการบันทึกซ้ำ');
    await editor.chooseCategory(/ประกาศเชิญชวนและประกาศผู้ชนะ/);
    await editor.setDate('วันที่เผยแพร่ *', 15, 10, 2569);
    await editor.saveAndWait();
    // บันทึก again, nothing changed: said in Thai and English, no entry.
    await editor.save().click();
    await expect(page.getByRole('status').filter({ hasText: 'ไม่มีการแก้ไข จึงไม่ได้บันทึก' })).toContainText('Nothing was changed, so nothing was saved');

    await new StaffGatePage(page).nav('คำขอ/ร้องเรียน').click();
    const registers = new StaffRegisterPage(page);
    const ref = await registers.enterRequest('ขอสำเนาสัญญาจ้าง', 'ผู้ขอ ทดสอบ', { day: 1, month: 12, yearBe: 2569 });
    await new StaffGatePage(page).nav('คำขอ/ร้องเรียน').click();
    await page.getByRole('link', { name: ref }).click();
    await registers.chooseMove('ตอบแล้ว', { day: 8, month: 12, yearBe: 2569 });
    await registers.saveMove();
    await expect(page.getByRole('status')).toHaveText('บันทึกแล้ว');

    await gate.nav('ประวัติการแก้ไข').click();
    await expect(new StaffAuditPage(page).heading()).toBeVisible();
    const moved = page.locator('.audit-entry').filter({ hasText: 'เปลี่ยนสถานะเรื่อง' }).first();
    await expect(moved).toContainText(`คำขอข้อมูลข่าวสาร ${ref}`);
    await expect(moved).toContainText('เมื่อ 8 ธันวาคม 2569');
    await expect(moved.getByRole('row', { name: /สถานะ/ })).toContainText('รับเรื่อง');
    await expect(moved.getByRole('row', { name: /สถานะ/ })).toContainText('ตอบแล้ว');
    await expect(moved).not.toContainText('register:');
    await expect(moved).not.toContainText('2026');
    // One entry for the document (made), none for the save that changed nothing.
    await expect(page.locator('.audit-entry').filter({ hasText: 'บันทึกเอกสาร' })).toHaveCount(1);
    await keepScreenshot(page, 'staff-audit-register-move');
  } finally {
    await server.stop();
  }
});
