import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { SearchPage } from './pages/SearchPage';
import { StaffGatePage } from './pages/StaffGatePage';
import { StaffDocumentsPage } from './pages/StaffDocumentsPage';
import { StaffDocumentEditorPage } from './pages/StaffDocumentEditorPage';
import { StaffImportPage } from './pages/StaffImportPage';
import { keepScreenshot } from './support/screens';
import { startServer } from './support/server';

/** Issue 5 acceptance: staff keep the index complete and current; issue 12: the first administrator is made on the machine. */
test.use({ viewport: { width: 1080, height: 1920 }, actionTimeout: 15_000 });
test.describe.configure({ mode: 'serial' });

const ADMIN = 'สมศรี ดูแลระบบ';
/** What the sign-in screen shows for ADMIN: initials, never the name. */
const INITIALS = 'ส. ด.';
const PIN = '246810';
const TITLE = 'ประกาศโครงการอนุรักษ์นกกระเรียนพันธุ์ไทย';
const WORD = 'กระเรียน';

async function citizenSearch(page: Page, url: string, word: string) {
  const home = new HomePage(page);
  await home.open(url);
  await home.searchField().click();
  const search = new SearchPage(page);
  await search.typeThai(word);
  await expect(search.input()).toHaveValue(word);
  return search;
}

/** A new kiosk with ADMIN, signed in to staff mode. */
async function signedInAdmin(page: Page) {
  const server = await startServer({ admin: { name: ADMIN, pin: PIN } });
  await page.goto(server.url);
  const gate = new StaffGatePage(page);
  await gate.enterByGesture();
  await gate.signIn(INITIALS, ADMIN, PIN);
  return server;
}

/** The one-time setup code the kiosk wrote to its log on the machine (never to the screen). */
async function setupCodeFromLog(dataDir: string): Promise<string> {
  let code = '';
  await expect.poll(async () => {
    const log = await readFile(join(dataDir, 'logs', 'kiosk.log'), 'utf8').catch(() => '');
    code = [...log.matchAll(/setup code: (\d{5}) (\d{5})/g)].map((m) => `${m[1]}${m[2]}`).at(-1) ?? '';
    return code;
  }).toMatch(/^\d{10}$/);
  return code;
}

test('a new kiosk is set up with the code from the machine\'s log; staff add a document with a PDF, citizens find it; once retired citizens do not, staff still do', async ({ page }) => {
  test.setTimeout(240_000);
  const kiosk = await startServer();
  try {
    const home = new HomePage(page);
    await home.open(kiosk.url);
    const gate = new StaffGatePage(page);
    await gate.enterByGesture();
    // Nobody at the screen can claim the kiosk: it says what the person looking after the machine does.
    await gate.expectNotSetUp();
    await expect(page.getByText('The kiosk is not set up yet')).toBeVisible();
    await expect(page.getByText(/staff create-admin/)).toBeVisible();
    await expect(page.getByText(/logs\/kiosk\.log/)).toBeVisible();
    await keepScreenshot(page, 'staff-not-set-up');
    await gate.setUpFirstAdminWithCode(ADMIN, await setupCodeFromLog(kiosk.dataDir), PIN);

    await gate.nav('เอกสาร').click();
    const list = new StaffDocumentsPage(page);
    await list.newDocument().click();
    const editor = new StaffDocumentEditorPage(page);
    await expect(page.getByRole('heading', { name: 'เพิ่มเอกสาร' })).toBeVisible();
    await editor.field('ชื่อเรื่อง (ไทย) *').fill(TITLE);
    await editor.field('ชื่อเรื่อง (อังกฤษ)').fill('Thai crane conservation project notice');
    await editor.chooseCategory(/ประกาศเชิญชวนและประกาศผู้ชนะ/);
    // A publication date next year first: saved, but the editor says the day has not come.
    const nextYearBe = new Date().getFullYear() + 543 + 1;
    await editor.setDate('วันที่เผยแพร่ *', 15, 12, nextYearBe);
    await editor.field('หน่วยงานเจ้าของเรื่อง').fill('ฝ่ายบริหารทั่วไป');
    await editor.addKeyword('นก');
    await editor.field('ที่เก็บต้นฉบับ (แฟ้มที่ / ชั้น)').fill('แฟ้มที่ 12 ชั้น 3');
    // A scan first: the editor says its text cannot be searched and points at the body field.
    await editor.pdfInput().setInputFiles('tests/fixtures/scan-no-text.pdf');
    await editor.saveAndWait();
    await expect(editor.alert().filter({ hasText: `วันที่เผยแพร่ 15 ธ.ค. ${nextYearBe} ยังไม่ถึง` })).toBeVisible();
    await expect(editor.alert().filter({ hasText: 'is in the future' })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'ไม่มีข้อความให้ค้นหา' })).toBeVisible();
    await expect(page.getByText(/พิมพ์เนื้อหาหรือสาระสำคัญที่นี่/)).toBeVisible();
    // Then the right date and a real PDF with a text layer: no warning any more.
    await editor.setDate('วันที่เผยแพร่ *', 15, 3, 2569);
    await editor.pdfInput().setInputFiles('resources/sample/files/sso-budget-2570.pdf');
    await editor.saveAndWait();
    await expect(editor.alert()).toHaveCount(0);
    await expect(page.getByText('ค้นหาด้วยข้อความในไฟล์ได้ ✓')).toBeVisible();
    await expect(page.getByText(/sso-budget-2570\.pdf/)).toBeVisible();

    await gate.leave();
    let search = await citizenSearch(page, kiosk.url, WORD);
    await expect(search.resultLink(TITLE)).toBeVisible();

    await page.goto(kiosk.url);
    await gate.enterByGesture();
    await gate.signIn(INITIALS, ADMIN, PIN);
    await gate.nav('เอกสาร').click();
    await list.filterText(WORD);
    await list.expectListed(TITLE, 'เผยแพร่');
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await editor.retire();
    await gate.leave();

    search = await citizenSearch(page, kiosk.url, WORD);
    await expect(page.getByRole('heading', { name: 'ไม่พบข้อมูลที่ค้นหา' })).toBeVisible(); // no sample document has the word
    await expect(search.resultLink(TITLE)).toHaveCount(0);

    await page.goto(kiosk.url);
    await gate.enterByGesture();
    await gate.signIn(INITIALS, ADMIN, PIN);
    await gate.nav('เอกสาร').click();
    await list.statusFilter().selectOption('retired');
    await list.filterText(WORD);
    await list.expectListed(TITLE, 'เลิกเผยแพร่');
  } finally { await kiosk.stop(); }
});

test('Ctrl+Alt+S on a keyboard opens staff mode, and the keys pressed on the way start no citizen visit (trial, helper-27)', async ({ page }) => {
  const server = await startServer({ admin: { name: ADMIN, pin: PIN } });
  const visitStarts: string[] = [];
  page.on('request', (request) => { if (request.url().endsWith('/api/stats.visitStart')) visitStarts.push(request.postData() ?? ''); });
  try {
    await new HomePage(page).open(server.url);
    await page.keyboard.press('Control+Alt+KeyS'); // Control goes down first, alone: it is no citizen's touch
    const gate = new StaffGatePage(page);
    await gate.signIn(INITIALS, ADMIN, PIN);
    await page.waitForLoadState('networkidle');
    expect(visitStarts, 'a staff sign-in is not a citizen visit').toEqual([]);
  } finally { await server.stop(); }
});

test('three wrong PINs cost nothing, the fourth makes that account wait, the right PIN is refused during the wait, and the count survives a restart', async ({ page }) => {
  test.setTimeout(180_000);
  let server = await startServer({ admin: { name: ADMIN, pin: PIN } });
  try {
    await page.goto(server.url);
    const gate = new StaffGatePage(page);
    await gate.enterByGesture();
    await expect(page.getByRole('button', { name: INITIALS, exact: true })).toBeVisible();
    await expect(page.getByText(ADMIN)).toHaveCount(0); // initials only: no name for the public
    await keepScreenshot(page, 'staff-sign-in');
    await gate.pickInitials(INITIALS);
    for (let i = 0; i < 3; i++) {
      await gate.typePin('111111');
      await expect(gate.alert()).toHaveText('รหัส PIN ไม่ถูกต้อง');
    }
    await gate.typePin('111111');
    await expect(gate.alert()).toContainText('โปรดรอ 30 วินาที');
    await gate.typePin(PIN); // the right PIN, typed during the wait: not checked
    await expect(gate.alert()).toContainText('ใส่รหัส PIN ผิดหลายครั้ง');
    await keepScreenshot(page, 'staff-pin-wait');
    await expect(page.getByText(/ผู้ใช้: /)).toHaveCount(0);

    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    await page.goto(server.url);
    await gate.enterByGesture();
    await gate.pickInitials(INITIALS);
    // A fifth wrong PIN: the count of four came back from the data folder (a fresh count would cost nothing).
    await gate.typePin('222222');
    await expect(gate.alert()).toContainText(/โปรดรอ 1 นาที|ใส่รหัส PIN ผิดหลายครั้ง/);
    await expect(page.getByText(/ผู้ใช้: /)).toHaveCount(0);
  } finally { await server.stop(); }
});

test('a CSV with a bad row shows every row problem and cannot be applied; the fixed file imports', async ({ page }) => {
  test.setTimeout(120_000);
  const server = await startServer({ admin: { name: ADMIN, pin: PIN } });
  try {
    const folder = await mkdtemp(join(tmpdir(), 'staff-import-'));
    const header = 'id,title_th,category,published,keywords';
    const good = 'imp-001,รายงานผลการดำเนินงานนกเงือก,s9-3,15/01/2569,นกเงือก';
    await writeFile(join(folder, 'bad.csv'), `${header}\n${good}\nimp-002,,no-such-category,31/02/2569,\n`);
    await writeFile(join(folder, 'fixed.csv'), `${header}\n${good}\nimp-002,แผนปฏิบัติการอนุรักษ์ป่าชายเลน,s9-3,28/02/2569,ป่าชายเลน\n`);

    await page.goto(server.url);
    const gate = new StaffGatePage(page);
    await gate.enterByGesture();
    await gate.signIn(INITIALS, ADMIN, PIN);
    await gate.nav('นำเข้า/ส่งออก').click();
    const imp = new StaffImportPage(page);
    await imp.choose(join(folder, 'bad.csv'));
    await expect(imp.problems()).toBeVisible();
    await expect(imp.problemRows().filter({ hasText: 'title_th' })).toContainText('3');
    await expect(imp.problemRows().filter({ hasText: 'category' })).toHaveCount(1);
    await expect(imp.problemRows().filter({ hasText: 'published' })).toHaveCount(1);
    await expect(imp.apply()).toBeDisabled();

    await imp.choose(join(folder, 'fixed.csv'));
    await expect(page.getByText('ไม่พบปัญหา นำเข้าได้')).toBeVisible();
    await expect(page.getByText(/จะเพิ่มใหม่ 2 รายการ/)).toBeVisible();
    await imp.apply().click();
    await expect(page.getByRole('heading', { name: 'นำเข้าเรียบร้อย' })).toBeVisible();
    await expect(page.getByText(/^2 แถว: เพิ่มใหม่ 2 ·/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'เพิ่มแล้ว 2 รายการ' })).toBeVisible();

    await gate.nav('เอกสาร').click();
    const list = new StaffDocumentsPage(page);
    await list.filterText('imp-00');
    await list.expectListed('แผนปฏิบัติการอนุรักษ์ป่าชายเลน', 'เผยแพร่');
  } finally { await server.stop(); }
});

test('screenshots of every staff screen at 1920×1080 and 1080×1920', async ({ page }) => {
  test.setTimeout(240_000);
  const server = await signedInAdmin(page);
  try {
    await page.evaluate(() => document.fonts.ready);
    const go = async (hash: string, ready: () => Promise<void>) => {
      await page.evaluate((h) => { window.location.hash = h; }, hash);
      await ready();
    };
    const heading = (name: string | RegExp) => async () => { await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible(); };
    const loaded = (name: string | RegExp) => async () => { await heading(name)(); await expect(page.locator('[aria-busy="true"]')).toHaveCount(0); };
    const screens: [string, string, () => Promise<void>][] = [
      ['dashboard', '#/staff', loaded(/งานที่ต้องทำ/)],
      ['documents', '#/staff/documents', async () => { await loaded('เอกสาร')(); await expect(page.locator('.doc-table tbody tr').first()).toBeVisible(); }],
      ['document-new', '#/staff/documents/new', heading('เพิ่มเอกสาร')],
      ['document-edit', '#/staff/documents/sso-budget-2570', loaded('แก้ไขเอกสาร')],
      ['services', '#/staff/services', loaded('คู่มือบริการ')],
      ['service-new', '#/staff/services/new', heading('เพิ่มคู่มือบริการ')],
      ['import', '#/staff/import', heading('นำเข้าและส่งออกข้อมูล')],
      ['audit', '#/staff/audit', async () => { await loaded('ประวัติการแก้ไข')(); await expect(page.locator('.verify-banner')).toBeVisible(); }],
      ['settings', '#/staff/settings', loaded('ตั้งค่า')],
      ['accounts', '#/staff/accounts', loaded('บัญชีผู้ใช้')],
      ['me', '#/staff/me', heading('บัญชีของฉัน')],
    ];
    // One edit, so the audit trail shows a before/after table.
    await go('#/staff/documents/sso-budget-2570', loaded('แก้ไขเอกสาร'));
    const editor = new StaffDocumentEditorPage(page);
    await editor.field('ที่เก็บต้นฉบับ (แฟ้มที่ / ชั้น)').fill('แฟ้มที่ 16 ชั้น 1');
    await editor.addKeyword('งบประมาณ ๒๕๗๐');
    await editor.saveAndWait();
    // A service id from the list, for its editor.
    await go('#/staff/services', loaded('คู่มือบริการ'));
    const serviceHref = await page.locator('.staff-services tbody a').first().getAttribute('href');
    screens.splice(6, 0, ['service-edit', serviceHref!, loaded('แก้ไขคู่มือบริการ')]);
    for (const [name, hash, ready] of screens) {
      for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
        await page.setViewportSize(size);
        await go(hash, ready);
        await keepScreenshot(page, `staff-${name}`);
      }
    }
    // Staff mode has its own bar: the citizen's back and finish are not shown beside it.
    const header = page.locator('.kiosk-header');
    await expect(header.getByRole('button', { name: 'ย้อนกลับ', exact: true })).toBeHidden();
    await expect(header.getByRole('button', { name: 'จบการใช้งาน', exact: true })).toBeHidden();
    await expect(page.getByRole('link', { name: 'กลับสู่หน้าจอประชาชน' })).toBeVisible();

    // The audit trail in words, and a filter that offers actions by name.
    await go('#/staff/audit', loaded('ประวัติการแก้ไข'));
    const entries = page.locator('.audit-entry');
    await expect(entries).toHaveCount(3);
    await expect(entries.first().locator('.audit-head')).toContainText('บันทึกเอกสาร');
    await expect(entries.first()).toContainText('เอกสาร sso-budget-2570');
    await expect(entries.first().getByRole('rowheader', { name: 'ที่เก็บต้นฉบับ (แฟ้มที่ / ชั้น)' })).toBeVisible();
    await expect(entries.first().getByRole('rowheader', { name: 'คำสำคัญ' })).toBeVisible();
    // The first administrator was made on the machine by the CLI, then signed in.
    await expect(entries.last()).toContainText('เพิ่มบัญชีผู้ใช้');
    await expect(entries.last()).toContainText('admin CLI');
    await expect(entries.last().getByRole('cell', { name: 'ผู้ดูแลระบบ', exact: true })).toBeVisible();
    await expect(entries.nth(1)).toContainText('เข้าสู่ระบบเจ้าหน้าที่');
    for (const raw of ['documents.save', 'staff.createAccount', 'paperLocation', 'account created']) await expect(page.getByText(raw, { exact: true })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'การทำรายการ' }).selectOption({ label: 'เพิ่มบัญชีผู้ใช้' });
    await page.getByRole('button', { name: 'กรอง', exact: true }).click();
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText('เพิ่มบัญชีผู้ใช้');

    // A step that repeats after the service (reporting monthly) stays marked through a save and out of the total.
    await go('#/staff/services/svc-unemployment', loaded('แก้ไขคู่มือบริการ'));
    const recurring = page.getByRole('checkbox', { name: 'ขั้นตอนที่ 5: ทำเป็นประจำหลังได้รับบริการ ไม่นับรวมในระยะเวลาทั้งสิ้น' });
    await expect(recurring).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^ขั้นตอนที่ 4: ทำเป็นประจำ/ })).not.toBeChecked();
    await expect(page.locator('.live-total')).toContainText('6 วันทำการ 30 นาที');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    // The form sends back exactly what is stored (the mark included), so the save changes nothing and says so.
    await expect(page.getByRole('status').filter({ hasText: 'ไม่มีการแก้ไข จึงไม่ได้บันทึก' })).toBeVisible();
    await go('#/staff/services', loaded('คู่มือบริการ')); // read back from the server, not the form
    await go('#/staff/services/svc-unemployment', loaded('แก้ไขคู่มือบริการ'));
    await expect(recurring).toBeChecked();

    // A new service: nothing is marked wrong before it is typed in or saved; long text wraps instead of being cut.
    await page.setViewportSize({ width: 1080, height: 1920 });
    await go('#/staff/services/new', heading('เพิ่มคู่มือบริการ'));
    const time = page.getByRole('textbox', { name: 'ขั้นตอนที่ 1: ระยะเวลา' });
    await expect(time).not.toHaveAttribute('aria-invalid', 'true');
    const longTitle = 'การขอรับประโยชน์ทดแทนกรณีว่างงานสำหรับผู้ประกันตนตามมาตรา ๓๓ ที่ถูกเลิกจ้างหรือลาออกจากงานและได้ขึ้นทะเบียนผู้ว่างงานกับสำนักงานจัดหางานภายในสามสิบวัน';
    const title = page.getByRole('textbox', { name: 'ชื่อบริการ (ไทย) *' });
    await title.fill(longTitle);
    await page.getByRole('textbox', { name: 'ขั้นตอนที่ 1: รายละเอียด (ไทย)' }).fill(longTitle);
    await expect(title).toHaveValue(longTitle);
    for (const field of [title, page.getByRole('textbox', { name: 'ขั้นตอนที่ 1: รายละเอียด (ไทย)' })]) {
      expect(await field.evaluate((e) => e.scrollHeight - e.clientHeight), 'the whole text is shown').toBeLessThanOrEqual(1);
    }
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(time).toHaveAttribute('aria-invalid', 'true');
    await keepScreenshot(page, 'staff-service-new-typed');

    // The import preview with its problem table: its counts add up, and the wrong row is not listed as new.
    const folder = await mkdtemp(join(tmpdir(), 'staff-shot-'));
    await writeFile(join(folder, 'bad.csv'), 'id,title_th,category,published\nx-1,,nope,31/02/2569\nx-2,เอกสารทดสอบ,s7-1,01/01/2569\n');
    await go('#/staff/import', heading('นำเข้าและส่งออกข้อมูล'));
    const importPage = new StaffImportPage(page);
    await importPage.choose(join(folder, 'bad.csv'));
    await expect(page.locator('.import-counts')).toHaveText('อ่านได้ 2 แถว = เพิ่มใหม่ 1 + ปรับปรุง 0 + ไม่เปลี่ยนแปลง 0 + มีข้อผิดพลาด 1 · ไฟล์ PDF 0');
    await expect(importPage.problemRows()).toHaveCount(3);
    for (const row of await importPage.problemRows().all()) await expect(row.getByRole('cell').first()).toHaveText('2x-1');
    await expect(page.getByRole('heading', { name: 'จะเพิ่มใหม่ 1 รายการ' })).toBeVisible();
    await expect(page.locator('.id-list')).toHaveText('x-2 (แถว 3)');
    for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
      await page.setViewportSize(size);
      await keepScreenshot(page, 'staff-import-preview');
    }
  } finally { await server.stop(); }
});

test('an administrator says which agency handles a topic; a citizen whose search finds nothing is sent there', async ({ page }) => {
  const server = await signedInAdmin(page);
  try {
    await page.evaluate(() => { window.location.hash = '#/staff/settings'; });
    await expect(page.getByRole('heading', { name: 'ตั้งค่า', level: 1 })).toBeVisible();
    const referrals = page.getByRole('group', { name: 'เรื่องที่หน่วยงานอื่นรับผิดชอบ' });
    await expect(referrals.getByRole('textbox', { name: 'เรื่อง 1: คำค้น (คั่นด้วยจุลภาค)' })).toHaveValue(/ใบขับขี่/); // the sample's
    await referrals.getByRole('button', { name: 'เพิ่มเรื่อง' }).click();
    const n = await referrals.locator('li').count();
    await referrals.getByRole('textbox', { name: `เรื่อง ${n}: คำค้น (คั่นด้วยจุลภาค)` }).fill('ประกันภัยรถ, พ.ร.บ.รถ');
    await referrals.getByRole('textbox', { name: `เรื่อง ${n}: หน่วยงาน (ไทย)` }).fill('สำนักงานคณะกรรมการกำกับและส่งเสริมการประกอบธุรกิจประกันภัย');
    await referrals.getByRole('textbox', { name: `เรื่อง ${n}: ช่องทางติดต่อ` }).fill('สายด่วน 1186');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'บันทึก' }).first()).toBeVisible();

    await page.goto(`${server.url}#/`);
    await page.reload(); // the kiosk reads its settings at start
    const search = await citizenSearch(page, server.url, 'ประกันภัยรถ');
    await expect(search.noResultHeading()).toBeVisible();
    await expect(page.locator('.no-result .referral')).toContainText('สำนักงานคณะกรรมการกำกับและส่งเสริมการประกอบธุรกิจประกันภัย');
    await expect(page.locator('.no-result .referral')).toContainText('1186');
    await expect(search.requestFormLink()).toBeVisible();
  } finally {
    await server.stop();
  }
});
