import { test, expect } from '@playwright/test';
import { createAdminOnMachine } from './support/admin';
import { HomePage } from './pages/HomePage';
import { ReportsPage } from './pages/ReportsPage';
import { StaffGatePage } from './pages/StaffGatePage';
import { SurveyPage } from './pages/SurveyPage';
import { keepScreenshot } from './support/screens';
import { startServer, type RunningServer } from './support/server';

/*
 * Issue 14, for administrators: the language table counts visits by the languages they were used
 * in, by name; a report of the month in progress says how far its data go and leaves the days to
 * come out of its daily chart. The server's clock is the real one: "today" is worked out here too.
 * Its own server: it sets up the first administrator, which other specs' shared server must not have.
 */
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1080, height: 1920 } });

let kiosk: RunningServer;
test.beforeAll(async () => { test.setTimeout(90_000); kiosk = await startServer(); });
test.afterAll(async () => { await kiosk?.stop(); });

const bangkokToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const thaiLongDate = (iso: string) => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Bangkok' }).format(new Date(`${iso}T00:00:00+07:00`));

test('languages by name and by what each visit used; this month says "ข้อมูลถึงวันที่" and charts no day to come', async ({ page }) => {
  test.setTimeout(180_000);
  const home = new HomePage(page);
  const survey = new SurveyPage(page);
  const finishAndSkip = async () => {
    await survey.finish().click();
    await survey.skip().click();
    await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับ' })).toBeVisible();
  };
  await home.open(kiosk.url);
  // 1: the first touch is "English"; browses in English.
  await home.languageToggle().click();
  await home.groupTile(/Procurement/).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Procurement');
  await finishAndSkip();
  // 2: browses in Thai, then switches to English and goes on.
  await home.groupTile(/คู่มือบริการประชาชน/).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('คู่มือบริการประชาชน');
  await home.languageToggle().click();
  await page.getByRole('link', { name: /unemployment/i }).first().click();
  await finishAndSkip();
  // 3: Thai only.
  await home.groupTile(/จัดซื้อจัดจ้าง/).click();
  await finishAndSkip();

  // The administrator is made on the machine, beside the running kiosk (through it).
  await createAdminOnMachine(kiosk.dataDir, 'สมศรี รายงานดี', '246813');
  const gate = new StaffGatePage(page);
  await gate.enterByGesture();
  await gate.signIn('ส. ร.', 'สมศรี รายงานดี', '246813');
  await gate.nav('สถิติและรายงาน').click();
  const reports = new ReportsPage(page);
  await reports.expectLoaded();

  // Named, and counted by what each visit used: not all three as Thai, their starting language.
  const languages = reports.rows(/ภาษาที่ใช้/);
  await expect(languages).toHaveText([/^ภาษาไทย\s*1$/, /^ภาษาอังกฤษ\s*1$/, /^ภาษาไทยและภาษาอังกฤษ\s*1$/]);
  await expect(languages.filter({ hasText: /^(th|en)\b/ })).toHaveCount(0);

  // This month is in progress: the report says up to when, and charts only the days so far.
  const today = bangkokToday();
  await expect(page.getByText(`ข้อมูลถึงวันที่ ${thaiLongDate(today)}`, { exact: true })).toBeVisible();
  // Made today in Bangkok, also between 17:00 and 24:00 UTC (when the UTC date is still yesterday's).
  await expect(page.getByText(new RegExp(`^จัดทำเมื่อ ${thaiLongDate(today)} · `))).toBeVisible();
  const dots = reports.section(/จำนวนการใช้บริการรายวัน|รายวัน/).locator('.recharts-line-dots').first().locator('circle');
  await expect(dots).toHaveCount(Number(today.slice(8, 10)));
  await expect(reports.compareRow('ครั้งที่ใช้บริการเฉลี่ยต่อวัน')).toBeVisible();

  for (const size of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await reports.reportHeading().scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'admin-report-month-to-date');
    await reports.section(/ภาษาที่ใช้/).scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'admin-report-languages');
  }
});

test('staff see and keep what a fee is charged per, and a document\'s English unit and paper location', async ({ page }) => {
  await new HomePage(page).open(kiosk.url);
  const gate = new StaffGatePage(page);
  await gate.enterByGesture();
  await gate.signIn('ส. ร.', 'สมศรี รายงานดี', '246813');
  await page.evaluate(() => { window.location.hash = '#/staff/services/svc-info-request'; });
  const fees = page.getByRole('group', { name: 'ค่าธรรมเนียม' });
  await expect(fees.getByRole('textbox', { name: 'ค่าธรรมเนียม 1: คิดต่อ (ไทย)' })).toHaveValue('หน้า');
  await expect(fees.getByRole('textbox', { name: 'ค่าธรรมเนียม 2: คิดต่อ (อังกฤษ)' })).toHaveValue('certified page');
  await page.evaluate(() => { window.location.hash = '#/staff/documents/sso-org-structure'; });
  await expect(page.getByRole('textbox', { name: 'หน่วยงานเจ้าของเรื่อง (อังกฤษ)', exact: true })).toHaveValue('Human Resources Division');
  await expect(page.getByRole('textbox', { name: 'ที่เก็บต้นฉบับ (อังกฤษ)', exact: true })).toHaveValue('Binder 1, shelf 1');
  for (const size of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.evaluate(() => { window.location.hash = '#/staff/services/svc-info-request'; });
    await fees.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'staff-service-fees');
    await page.evaluate(() => { window.location.hash = '#/staff/documents/sso-org-structure'; });
    await page.getByRole('textbox', { name: 'ที่เก็บต้นฉบับ (อังกฤษ)', exact: true }).scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'staff-document-english');
  }
});
