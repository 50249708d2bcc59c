import { test, expect } from '@playwright/test';
import { keepScreenshot } from './support/screens';
import { signedInAsAdmin } from './support/staffSession';

/** The accounts screen as a new staff member used it (helper trial). This spec's server uses E2E_PORT + 62. */
test.use({ viewport: { width: 1080, height: 1920 } });

test('the PIN pad says how many digits a PIN needs while it is too short, and nothing before a digit is typed', async ({ page }) => {
  const { server, gate } = await signedInAsAdmin(page, 62);
  try {
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

test('adding an account: a refused PIN\'s banner goes once the next PIN is being typed, and does not sit above a later mismatch (outside tester)', async ({ page }) => {
  const { server, gate } = await signedInAsAdmin(page, 62);
  try {
    await gate.nav('บัญชีผู้ใช้').click();
    await page.getByRole('button', { name: '+ เพิ่มบัญชี' }).click();
    await page.getByRole('textbox', { name: /ชื่อ-นามสกุล/ }).fill('มานี มีงาน');
    const pad = page.locator('.pin-pad');
    const type = async (digits: string) => {
      for (const d of digits) await pad.getByRole('button', { name: d, exact: true }).click();
      await pad.getByRole('button', { name: 'ตกลง', exact: true }).click();
    };
    const weak = page.getByText(/รหัส PIN นี้เดาง่ายเกินไป \(เป็นเลขเรียงกัน\)/);
    const mismatch = page.getByText('รหัส PIN ทั้งสองครั้งไม่ตรงกัน');

    await type('123456');
    await type('123456');
    await expect(weak).toBeVisible();
    await pad.getByRole('button', { name: '7', exact: true }).click(); // the next entry starts
    await expect(weak).toHaveCount(0);
    await pad.getByRole('button', { name: 'ล้าง', exact: true }).click();

    await type('731846');
    await type('731845');
    await expect(mismatch).toBeVisible();
    await expect(weak).toHaveCount(0);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await keepScreenshot(page, 'staff-accounts-pin-mismatch');
    await pad.getByRole('button', { name: '7', exact: true }).click();
    await expect(mismatch).toHaveCount(0);
    await pad.getByRole('button', { name: 'ล้าง', exact: true }).click();

    await type('731846');
    await type('731846');
    await expect(page.getByRole('status').filter({ hasText: 'มานี มีงาน' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await server.stop();
  }
});
