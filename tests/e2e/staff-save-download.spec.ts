import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { StaffAuditPage } from './pages/StaffAuditPage';
import { StaffDocumentEditorPage } from './pages/StaffDocumentEditorPage';
import { StaffDocumentsPage } from './pages/StaffDocumentsPage';
import { StaffGatePage } from './pages/StaffGatePage';
import { StaffImportPage } from './pages/StaffImportPage';
import { createAdminOnMachine } from './support/admin';
import { keepScreenshot } from './support/screens';

/** Issue 11: a document saves in one call (never twice), typed text keeps to the contract's limits, staff exports arrive as files. */
test.use({ viewport: { width: 1080, height: 1920 }, actionTimeout: 15_000 });
test.describe.configure({ mode: 'serial' });

const ADMIN = 'สมศรี ดูแลระบบ';
const PIN = '246810';
const TITLE = 'ประกาศผลการคัดเลือกผู้รับจ้างซ่อมแซมหลังคาอาคารสำนักงาน';

let adminMade = false;
/** The administrator is made with the CLI beside the running kiosk (through it: issue 11's one writer), then signs in by initials. */
async function signedInStaff(page: Page, kiosk: { url: string; dataDir: string }) {
  if (!adminMade) { await createAdminOnMachine(kiosk.dataDir, ADMIN, PIN); adminMade = true; }
  await page.goto(kiosk.url);
  const gate = new StaffGatePage(page);
  await gate.enterByGesture();
  await gate.signIn('ส. ด.', ADMIN, PIN);
  return gate;
}

test('a new document with a wrong file, then the right PDF whose answer is lost, then saved again: one document, with its PDF', async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  const gate = await signedInStaff(page, kiosk);
  await gate.nav('เอกสาร').click();
  const list = new StaffDocumentsPage(page);
  await list.newDocument().click();
  const editor = new StaffDocumentEditorPage(page);
  await expect(page.getByRole('heading', { name: 'เพิ่มเอกสาร', level: 1 })).toBeVisible();
  await editor.field('ชื่อเรื่อง (ไทย) *').fill(TITLE);
  await editor.chooseCategory(/ประกาศเชิญชวนและประกาศผู้ชนะ/);
  await editor.setDate('วันที่เผยแพร่ *', 2, 12, 2569);

  // A Word file chosen by mistake: refused, and nothing is created.
  const folder = await mkdtemp(join(tmpdir(), 'staff-save-'));
  await writeFile(join(folder, 'ประกาศ.docx'), 'PK\u0003\u0004 not a PDF');
  await editor.pdfInput().setInputFiles(join(folder, 'ประกาศ.docx'));
  await editor.save().click();
  await expect(editor.alert()).toContainText('ไฟล์นี้ไม่ใช่ PDF');
  await expect(page.getByRole('heading', { name: 'เพิ่มเอกสาร', level: 1 })).toBeVisible();
  await shoot(page, 'staff-document-new-refused-pdf', () => editor.alert().scrollIntoViewIfNeeded());

  // The right PDF; the server saves it but the answer never reaches the screen (a dropped connection).
  await editor.pdfInput().setInputFiles('resources/sample/files/sso-budget-2570.pdf');
  let answered = false;
  await page.route('**/api/documents.save', async (route) => {
    const response = await route.fetch();
    answered = response.ok();
    await route.abort('connectionreset');
  }, { times: 1 });
  await editor.save().click();
  await expect(editor.alert()).toContainText('เชื่อมต่อระบบไม่ได้');
  expect(answered, 'the server did save').toBe(true);
  await expect(page.getByRole('heading', { name: 'เพิ่มเอกสาร', level: 1 })).toBeVisible();

  // Saving again: the same document is updated, and the editor moves to its page.
  await editor.saveAndWait();
  await expect(page.getByRole('heading', { name: 'แก้ไขเอกสาร', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/staff\/documents\/doc-\d{8}-[0-9a-f]+$/);
  await expect(page.getByText(/sso-budget-2570\.pdf/)).toBeVisible();
  await expect(page.getByText('ค้นหาด้วยข้อความในไฟล์ได้ ✓')).toBeVisible();
  await shoot(page, 'staff-document-saved-with-pdf', () => page.getByRole('heading', { name: 'แก้ไขเอกสาร', level: 1 }).scrollIntoViewIfNeeded());

  await gate.nav('เอกสาร').click();
  await list.filterText('ซ่อมแซมหลังคา');
  await expect(list.rows()).toHaveCount(1);
  await list.expectListed(TITLE, 'เผยแพร่');
});

test('the editor refuses a title and a keyword longer than the contract allows while they are typed, showing the limit', async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  await signedInStaff(page, kiosk);
  await page.evaluate(() => { window.location.hash = '#/staff/documents/new'; });
  const editor = new StaffDocumentEditorPage(page);
  await expect(page.getByRole('heading', { name: 'เพิ่มเอกสาร', level: 1 })).toBeVisible();

  const title = editor.field('ชื่อเรื่อง (ไทย) *');
  await title.fill('ก'.repeat(2001));
  expect(await title.inputValue()).toBe('ก'.repeat(2000));
  const titleNote = page.getByText('ยาวได้ไม่เกิน 2,000 ตัวอักษร ส่วนที่เกินไม่ถูกรับ');
  await expect(titleNote).toBeVisible();
  await expect(page.getByText('2,000 / 2,000 ตัวอักษร')).toBeVisible();
  await shoot(page, 'staff-document-title-limit', () => titleNote.scrollIntoViewIfNeeded());

  await title.fill('ประกาศผลการคัดเลือกผู้รับจ้าง');
  await expect(titleNote).toHaveCount(0);
  await editor.keywordInput().fill('ข'.repeat(101));
  expect(await editor.keywordInput().inputValue()).toBe('ข'.repeat(100));
  const keywordNote = page.getByText('คำสำคัญแต่ละคำยาวได้ไม่เกิน 100 ตัวอักษร ส่วนที่เกินไม่ถูกรับ');
  await expect(keywordNote).toBeVisible();
  await shoot(page, 'staff-document-keyword-limit', () => keywordNote.scrollIntoViewIfNeeded());
  // Under the limit again: the note goes, the word is added.
  await editor.keywordInput().fill('ซ่อมแซมหลังคา');
  await expect(keywordNote).toHaveCount(0);
  await page.getByRole('button', { name: 'เพิ่มคำ' }).click();
  await expect(page.getByRole('list', { name: 'คำสำคัญ' }).getByText('ซ่อมแซมหลังคา')).toBeVisible();
});

/** A screenshot at both kiosk sizes, after `ready` puts the part to look at in view. */
async function shoot(page: Page, name: string, ready: () => Promise<void>) {
  await page.evaluate(() => document.fonts.ready);
  const before = page.viewportSize();
  for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
    await page.setViewportSize(size);
    await ready();
    await keepScreenshot(page, name);
  }
  if (before) await page.setViewportSize(before);
}

async function received(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

test('staff exports (catalogue XLSX, CSV, JSON and the audit CSV) arrive as files that open', async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  const gate = await signedInStaff(page, kiosk);
  await gate.nav('นำเข้า/ส่งออก').click();
  const exports = new StaffImportPage(page);
  await expect(exports.heading()).toBeVisible();

  const xlsx = await received(page, () => exports.exportAs('XLSX').click());
  expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 3)).toEqual(['รหัสเอกสาร (id)', 'ชื่อเรื่อง (ภาษาไทย) (title_th)', 'ชื่อเรื่อง (ภาษาอังกฤษ) (title_en)']);
  const ids = sheet.getColumn(1).values.slice(2).map(String);
  expect(ids).toContain('sso-budget-2570');
  await expect(page.getByRole('status').filter({ hasText: xlsx.download.suggestedFilename() })).toBeVisible();

  const csv = await received(page, () => exports.exportAs('CSV').click());
  expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(rows.meta.fields?.slice(0, 2)).toEqual(['รหัสเอกสาร (id)', 'ชื่อเรื่อง (ภาษาไทย) (title_th)']);
  const csvIds = rows.data.map((r) => r['รหัสเอกสาร (id)']);
  expect(csvIds.sort()).toEqual([...ids].sort());
  expect(rows.data.find((r) => r['รหัสเอกสาร (id)'] === 'sso-budget-2570')?.['ชื่อเรื่อง (ภาษาไทย) (title_th)']).toMatch(/งบประมาณ/);

  const json = await received(page, () => exports.exportAs('JSON').click());
  expect(JSON.stringify(JSON.parse(json.bytes.toString('utf8')))).toContain('sso-budget-2570');

  await gate.nav('ประวัติการแก้ไข').click();
  const audit = new StaffAuditPage(page);
  await expect(audit.heading()).toBeVisible();
  const trail = await received(page, () => audit.exportCsv().click());
  expect(trail.download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const entries = Papa.parse<Record<string, string>>(trail.bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(entries.errors).toEqual([]);
  expect(entries.data.map((r) => r.method)).toContain('staff.createAccount');
});
