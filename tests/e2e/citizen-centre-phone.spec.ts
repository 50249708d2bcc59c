import { test, expect, type Page } from '@playwright/test';
import { FilingPage } from './pages/FilingPage';
import { HomePage } from './pages/HomePage';
import { StaffGatePage } from './pages/StaffGatePage';
import { keepScreenshot } from './support/screens';
import { startServer, type RunningServer } from './support/server';

/*
 * An outside tester, English mode: the centre's telephone stayed Thai ("Telephone สายด่วน 1506 /
 * 0 2956 2521 ต่อ 118"). The phone line has an English form (settings.centre.phoneEn), shown in
 * English wherever the phone is (the centre screen, a receipt's "follow it up by ..."), the Thai
 * line standing in where an agency has none; administrators edit it on the settings screen.
 * This spec's server uses E2E_PORT + 80.
 */
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1080, height: 1920 } });

const ADMIN = { name: 'สมหญิง ตั้งค่าดี', pin: '246813', initials: 'ส. ต.' };
const THAI_LINE = 'สายด่วน 1506 / 0 2956 2521 ต่อ 118';
const ENGLISH_LINE = 'Hotline 1506 / 0 2956 2521 ext. 118';

let server: RunningServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer({ port: Number(process.env.E2E_PORT ?? 5190) + 80, admin: ADMIN });
});
test.afterAll(async () => { await server?.stop(); });

/** The centre screen's telephone, in the language asked for. */
async function centrePhone(page: Page, language: 'th' | 'en') {
  const home = new HomePage(page);
  await home.open(server.url);
  if (language === 'en') await home.languageToggle().click();
  await page.getByRole('link', { name: language === 'en' ? /About this centre/ : /เกี่ยวกับศูนย์ข้อมูลข่าวสาร/ }).click();
  const term = page.locator('.centre .facts dt', { hasText: language === 'en' ? 'Telephone' : 'โทรศัพท์' });
  return term.locator('xpath=following-sibling::dd[1]');
}

test('the centre screen says its telephone in English in English mode, in Thai in Thai', async ({ page }) => {
  const english = await centrePhone(page, 'en');
  await expect(english).toHaveText(ENGLISH_LINE);
  await keepScreenshot(page, 'centre-phone-en');
  const thai = await centrePhone(page, 'th');
  await expect(thai).toHaveText(THAI_LINE);
});

test('English: an anonymous complaint\'s receipt says to follow it up by the English phone line', async ({ page }) => {
  const home = new HomePage(page);
  await home.open(server.url);
  await home.languageToggle().click();
  await page.getByRole('link', { name: /^Complaints/ }).click();
  await page.getByRole('link', { name: 'Fill in a complaint or tip-off at this kiosk' }).click();
  await page.getByRole('button', { name: 'I understand, start the form' }).click();
  await page.getByRole('checkbox', { name: 'Stay anonymous' }).check();
  const form = new FilingPage(page);
  await form.typeEnglish(/What happened/, 'bribery');
  await page.getByRole('button', { name: 'Send the form' }).click();
  await expect(page.getByRole('heading', { name: 'We have received your matter' })).toBeVisible();
  await expect(page.getByText(/You left no way to contact you/)).toContainText(`follow it up with this reference number by ${ENGLISH_LINE}, or at the`);
  await keepScreenshot(page, 'receipt-phone-en');
});

test('an administrator edits the English phone line on the settings screen; without one, English shows the Thai line', async ({ page }) => {
  const setEnglishLine = async (line: string) => {
    await new HomePage(page).open(server.url);
    const gate = new StaffGatePage(page);
    await gate.enterByGesture();
    await gate.signIn(ADMIN.initials, ADMIN.name, ADMIN.pin);
    await gate.nav('ตั้งค่า').click();
    const thai = page.getByRole('textbox', { name: 'โทรศัพท์ (ไทย)' });
    const english = page.getByRole('textbox', { name: 'โทรศัพท์ (อังกฤษ)' });
    await expect(thai).toHaveValue(THAI_LINE);
    await english.fill(line);
    await english.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await keepScreenshot(page, 'settings-phone');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(page.getByText('บันทึกการตั้งค่าแล้ว')).toBeVisible();
    await expect(english).toHaveValue(line);
  };
  await setEnglishLine('Hotline 1506 (press 5 for the centre)');
  await expect(await centrePhone(page, 'en')).toHaveText('Hotline 1506 (press 5 for the centre)');
  // Cleared: the Thai line stands in, as for settings saved before the English line existed.
  await setEnglishLine('');
  await expect(await centrePhone(page, 'en')).toHaveText(THAI_LINE);
});
