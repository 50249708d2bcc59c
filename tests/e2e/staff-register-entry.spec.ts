import { test, expect } from '@playwright/test';
import { StaffRegisterPage } from './pages/StaffRegisterPage';
import { keepScreenshot } from './support/screens';
import { signedInAsAdmin } from './support/staffSession';

/** Staff's entry form for a request that came at the counter, as a new staff member used it (trial). This spec's server uses E2E_PORT + 71. */
test.use({ viewport: { width: 1080, height: 1920 } });

test('a request with a name and no phone says which contact detail to give, on the contact fields, not "ช่อง person ไม่ถูกต้อง"', async ({ page }) => {
  const { server, gate } = await signedInAsAdmin(page, 71);
  try {
    await gate.nav('คำขอ/ร้องเรียน').click();
    const entry = new StaffRegisterPage(page);
    await entry.openEntry();
    await page.getByRole('textbox', { name: /ข้อมูลที่ต้องการ/ }).fill('ขอสำเนาสัญญาจ้างก่อสร้างอาคาร');
    await page.getByRole('textbox', { name: 'ชื่อ–นามสกุล' }).fill('สมหญิง ทดสอบ');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();

    const said = 'ช่องทางติดต่อ ต้องมีอย่างน้อยหนึ่งช่องทาง: กรอกโทรศัพท์ อีเมล หรือที่อยู่ เพื่อให้หน่วยงานตอบคำขอได้';
    await expect(page.getByRole('alert')).toContainText(said);
    await expect(page.getByRole('alert')).toContainText('fill in a phone, an e-mail or an address');
    await expect(page.getByText(/ช่อง person/)).toHaveCount(0);
    // On the fields it concerns: the contact fields are marked and described by the sentence.
    const phone = page.getByRole('textbox', { name: 'โทรศัพท์' });
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toHaveAccessibleDescription(said);
    await expect(page.getByRole('textbox', { name: 'ชื่อ–นามสกุล' })).not.toHaveAttribute('aria-invalid', 'true');
    await phone.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'registers-staff-entry-no-contact');

    // Filling the phone in saves it.
    await phone.fill('0812345678');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(/บันทึกแล้ว เลขที่ ขข-25\d\d-\d{6}/);
    await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
  } finally {
    await server.stop();
  }
});
