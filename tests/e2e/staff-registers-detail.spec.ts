import { test, expect, type Page } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { StaffGatePage } from './pages/StaffGatePage';
import { StaffRegisterPage } from './pages/StaffRegisterPage';
import { keepScreenshot } from './support/screens';
import { startServer, type RunningServer } from './support/server';

/*
 * A request's detail page as a new staff member used it (helper trial): what the page says after a
 * save and while the next change is being filled in. Requests are entered as received on fixed past
 * days of พ.ศ. 2569 so that their due dates (15 working days over the shipped holidays) are known.
 * This spec's server uses E2E_PORT + 61.
 */
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1080, height: 1920 } });

const ADMIN = { name: 'สมใจ ทดลองงาน', pin: '135792', initials: 'ส. ท.' };

let server: RunningServer;
let page: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  server = await startServer({ port: Number(process.env.E2E_PORT ?? 5190) + 61, admin: ADMIN });
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  page = await context.newPage();
  await new HomePage(page).open(server.url);
  const gate = new StaffGatePage(page);
  await gate.enterByGesture();
  await gate.signIn(ADMIN.initials, ADMIN.name, ADMIN.pin);
});
test.afterAll(async () => { await page?.context().close(); await server?.stop(); });

async function openNewRequest(details: string, receivedOn: { day: number; month: number; yearBe: number }) {
  await new StaffGatePage(page).nav('คำขอ/ร้องเรียน').click();
  const registers = new StaffRegisterPage(page);
  const ref = await registers.enterRequest(details, 'ผู้ขอ ทดสอบ', receivedOn);
  await new StaffGatePage(page).nav('คำขอ/ร้องเรียน').click();
  await page.getByRole('link', { name: ref }).click();
  await expect(page.getByRole('heading', { name: new RegExp(ref) })).toBeVisible();
  return registers;
}

test('"บันทึกแล้ว" of the last save goes as soon as the next change is being filled in', async () => {
  const detail = await openNewRequest('ขอสำเนาบันทึกการประชุม', { day: 20, month: 11, yearBe: 2569 });
  await detail.chooseMove('กำลังดำเนินการ', { day: 1, month: 12, yearBe: 2569 });
  await detail.saveMove();
  await expect(detail.status()).toHaveText('บันทึกแล้ว');

  await detail.moveForm().getByRole('combobox', { name: 'เป็น' }).selectOption({ label: 'ตอบแล้ว' });
  await expect(detail.status()).toHaveCount(0);
  await detail.chooseMove('ตอบแล้ว', { day: 4, month: 12, yearBe: 2569 }, 'ส่งสำเนาทางอีเมลแล้ว');
  await expect(detail.status()).toHaveCount(0);
  await keepScreenshot(page, 'registers-staff-detail-unsaved-move');
  // Saving says so again.
  await detail.saveMove();
  await expect(page.getByRole('status')).toHaveText('บันทึกแล้ว');
});

test('an answered request keeps its due date (พ.ศ.), with the holidays it skipped, and says it was answered on time', async () => {
  // Continues the request above: received 20 พ.ย. 2569, due 15 ธ.ค. 2569 over 7 and 10 ธ.ค., answered 4 ธ.ค.
  const detail = new StaffRegisterPage(page);
  await expect(page.getByRole('combobox', { name: 'เป็น' })).toHaveCount(0);
  await expect(detail.due()).toContainText('15 ธ.ค. 2569');
  await expect(detail.due()).toContainText('ตอบภายในกำหนด');
  // The holiday line is part of the due date it explains.
  await expect(detail.due()).toContainText('ข้ามวันหยุด: 7 ธ.ค. 2569');
  await expect(detail.due()).toContainText('10 ธ.ค. 2569 วันรัฐธรรมนูญ');
  await keepScreenshot(page, 'registers-staff-detail-answered-on-time');
});

test('a request answered after its due date says by how many working days', async () => {
  // Received 2 พ.ย. 2569 (Monday): due 23 พ.ย. 2569; answered 25 พ.ย., two working days late.
  const detail = await openNewRequest('ขอสำเนาคำสั่งแต่งตั้ง', { day: 2, month: 11, yearBe: 2569 });
  await detail.chooseMove('ตอบแล้ว', { day: 25, month: 11, yearBe: 2569 });
  await detail.saveMove();
  await expect(page.getByRole('status')).toHaveText('บันทึกแล้ว');
  await expect(detail.due()).toContainText('23 พ.ย. 2569');
  await expect(detail.due()).toContainText('ตอบช้ากว่ากำหนด 2 วันทำการ');
  await expect(detail.due()).not.toContainText('ข้ามวันหยุด');
  await keepScreenshot(page, 'registers-staff-detail-answered-late');
  // The register list says the same of both.
  await new StaffGatePage(page).nav('คำขอ/ร้องเรียน').click();
  await expect(page.getByRole('row', { name: /ขอสำเนาคำสั่งแต่งตั้ง|ขข-2569-000002/ })).toContainText('ตอบช้ากว่ากำหนด 2 วันทำการ');
  await expect(page.getByRole('row', { name: /ขข-2569-000001/ })).toContainText('ตอบภายในกำหนด');
  await keepScreenshot(page, 'registers-staff-list-answered');
});
