import { test, expect } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { StaffGatePage } from './pages/StaffGatePage';
import { keepScreenshot } from './support/screens';
import { startServer } from './support/server';

/** The accounts screen as a new staff member used it (helper trial). This spec's server uses E2E_PORT + 62. */
test.use({ viewport: { width: 1080, height: 1920 } });

const ADMIN = { name: 'สมใจ ทดลองงาน', pin: '135792', initials: 'ส. ท.' };

test('the PIN pad says how many digits a PIN needs while it is too short, and nothing before a digit is typed', async ({ page }) => {
  const server = await startServer({ port: Number(process.env.E2E_PORT ?? 5190) + 62, admin: ADMIN });
  try {
    await new HomePage(page).open(server.url);
    const gate = new StaffGatePage(page);
    await gate.enterByGesture();
    await gate.signIn(ADMIN.initials, ADMIN.name, ADMIN.pin);
    await gate.nav('บัญชีผู้ใช้').click();
    await page.getByRole('button', { name: '+ เพิ่มบัญชี' }).click();
    await page.getByRole('textbox', { name: /ชื่อ-นามสกุล/ }).fill('มานี มีงาน');
    const pad = page.locator('.pin-pad');
    const ok = pad.getByRole('button', { name: 'ตกลง', exact: true });
    await expect(ok).toBeDisabled();
    await expect(pad.getByText(/PIN ต้องมี/)).toHaveCount(0); // no warning before anything is typed

    for (const d of '1357') await pad.getByRole('button', { name: d, exact: true }).click();
    await expect(ok).toBeDisabled();
    await expect(pad.getByText('PIN ต้องมี 6–12 หลัก ใส่เพิ่มอีกอย่างน้อย 2 หลัก')).toBeVisible();
    await expect(ok).toHaveAccessibleDescription('PIN ต้องมี 6–12 หลัก ใส่เพิ่มอีกอย่างน้อย 2 หลัก');
    await keepScreenshot(page, 'staff-accounts-pin-too-short');

    for (const d of '92') await pad.getByRole('button', { name: d, exact: true }).click();
    await expect(ok).toBeEnabled();
    await expect(pad.getByText(/PIN ต้องมี/)).toHaveCount(0);

    // In English too.
    await pad.getByRole('button', { name: 'ล้าง', exact: true }).click();
    await page.getByRole('button', { name: 'เปลี่ยนเป็นภาษาอังกฤษ' }).click();
    for (const d of '135') await pad.getByRole('button', { name: d, exact: true }).click();
    await expect(pad.getByText('A PIN has 6–12 digits: type at least 3 more')).toBeVisible();
    await keepScreenshot(page, 'staff-accounts-pin-too-short-en');
  } finally {
    await server.stop();
  }
});
