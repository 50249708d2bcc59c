import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueDocument } from '../../electron/contract/schemas';
import { runCli } from '../../electron/cli/main';
import { tinyPdf } from '../fixtures/import/build';
import { asCitizen, base64, openTestKiosk, type TestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

/** A catalogue with the awkward cases: formulas, quotes, line breaks, retired, files, scans. */
async function fillCatalogue(kiosk: TestKiosk) {
  await kiosk.call('documents.save', {
    id: 'doc-formula', title: { th: '=HYPERLINK("http://evil","คลิก")', en: '+cmd|calc' }, category: 'other', published: '2026-03-01',
    keywords: ['-ลบ', '@at', 'ปกติ'], summary: { th: "'=มีอัญประกาศอยู่แล้ว", en: 'He said "hi", then left' }, body: 'บรรทัด 1\r\nบรรทัด 2, มีจุลภาค', // stored as \n
    url: 'https://example.go.th/a?b=1', reviewBy: '2027-01-31', paperLocation: 'แฟ้มที่ 3 ชั้น 2', unit: 'กองกลาง',
    unitEn: 'Central Administration Division', paperLocationEn: 'Binder 3, shelf 2',
  });
  await kiosk.call('documents.save', {
    id: 'doc-pdf', title: { th: 'สรุปผลการจัดซื้อจัดจ้างเดือนตุลาคม ๒๕๖๙' }, category: 'proc-result', published: '2026-11-06', keywords: [], summary: {},
    pdf: { name: 'สขร1 ตุลาคม.pdf', base64: base64(tinyPdf('Procurement summary October 2026')) },
  });
  await kiosk.call('documents.save', {
    id: 'doc-scan', title: { th: 'เอกสารสแกน' }, category: 's9-8', published: '2025-12-25', keywords: ['สแกน'], summary: {},
    pdf: { name: 'สขร1 ตุลาคม.pdf', base64: base64(tinyPdf()) }, // same name, other file
  });
  await kiosk.call('documents.save', { id: 'doc-retired', title: { th: 'ประกาศเก่า' }, category: 's7-4', published: '2020-01-01', keywords: ['เก่า'], summary: {} });
  await kiosk.call('documents.retire', { id: 'doc-retired' });
}

/** What must survive a round trip: every field but the time stamps; files by sha256, name and text flag. */
const comparable = (docs: readonly CatalogueDocument[], withFiles: boolean) =>
  [...docs].sort((a, b) => a.id.localeCompare(b.id)).map(({ createdAt: _c, updatedAt: _u, file, ...rest }) => ({
    ...rest, file: withFiles ? file : undefined,
  }));

describe('export, then import into an empty data folder', () => {
  let source: Awaited<ReturnType<typeof tempDir>>;
  let target: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: TestKiosk;
  const clock = fixedClock('2026-11-21T03:00:00Z');
  beforeEach(async () => {
    source = await tempDir();
    target = await tempDir();
    kiosk = await openTestKiosk(source.path, clock);
    await fillCatalogue(kiosk);
  });
  afterEach(async () => { await source.remove(); await target.remove(); });

  async function roundTrip(format: 'xlsx' | 'csv' | 'json' | 'zip') {
    const exported = await kiosk.call('catalogue.export', { format });
    const empty = await openTestKiosk(target.path, clock);
    const preview = await empty.call('import.preview', { fileName: exported.fileName, base64: exported.base64 });
    expect(preview.errors).toEqual([]);
    expect(preview.toAdd).toHaveLength(4);
    await empty.call('import.apply', { fileName: exported.fileName, base64: exported.base64 });
    return { exported, preview, imported: empty.services.catalogue.snapshot().documents, empty };
  }

  it('zip: reproduces every document field by field, PDFs included (same sha256)', async () => {
    const { exported, imported, empty } = await roundTrip('zip');
    expect(exported).toMatchObject({ fileName: 'catalogue-20261121-1000.zip', mimeType: 'application/zip' });
    expect(comparable(imported, true)).toEqual(comparable(kiosk.services.catalogue.snapshot().documents, true));
    const names = Object.keys(unzipSync(Buffer.from(exported.base64, 'base64')));
    expect(names).toHaveLength(3);
    expect(names).toContain('catalogue.csv');
    expect(names).toContain('files/สขร1 ตุลาคม.pdf');
    expect(names.some((n) => /^files\/สขร1 ตุลาคม-[0-9a-f]{12}\.pdf$/.test(n))).toBe(true);
    const pdf = imported.find((d) => d.id === 'doc-pdf')!.file!;
    expect(await empty.services.catalogue.files.readText(pdf.sha256)).toContain('Procurement summary');
    // Retired stays retired: hidden from citizens in the new folder too.
    expect((await empty.call('catalogue.list', {}, asCitizen)).items.map((d) => d.id)).not.toContain('doc-retired');
  });

  for (const format of ['csv', 'xlsx', 'json'] as const) {
    it(`${format}: reproduces every field except the PDFs, which only a zip carries`, async () => {
      const { imported, preview } = await roundTrip(format);
      expect(comparable(imported, false)).toEqual(comparable(kiosk.services.catalogue.snapshot().documents, false));
      expect(preview.warnings.filter((w) => w.column === 'file_sha256').map((w) => w.row).length).toBe(2);
    });
  }

  it('re-importing an export into the same folder changes nothing', async () => {
    for (const format of ['csv', 'xlsx', 'json', 'zip'] as const) {
      const exported = await kiosk.call('catalogue.export', { format });
      const preview = await kiosk.call('import.preview', { fileName: exported.fileName, base64: exported.base64 });
      expect({ format, errors: preview.errors, toAdd: preview.toAdd, toUpdate: preview.toUpdate }).toEqual({ format, errors: [], toAdd: [], toUpdate: [] });
      expect(preview.unchanged).toHaveLength(4);
    }
  });

  it('neutralises formula injection in CSV and XLSX with one leading apostrophe', async () => {
    const csv = Buffer.from((await kiosk.call('catalogue.export', { format: 'csv' })).base64, 'base64');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""คลิก"")"`);
    expect(text).toContain(`"'+cmd|calc"`);
    expect(text).toContain(`"'-ลบ; @at; ปกติ"`);
    expect(text).toContain(`"''=มีอัญประกาศอยู่แล้ว"`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from((await kiosk.call('catalogue.export', { format: 'xlsx' })).base64, 'base64')).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('รหัสเอกสาร (id)');
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => { if (n > 1) rows.push(row); });
    const formulaRow = rows.find((r) => r.getCell(1).value === 'doc-formula')!;
    expect(formulaRow.getCell(2).value).toBe('\'=HYPERLINK("http://evil","คลิก")');
    expect(formulaRow.getCell(2).formula).toBeUndefined();
    expect(formulaRow.getCell(5).value).toEqual(new Date('2026-03-01T00:00:00Z')); // a real date cell
  });

  it('the export CLI writes the file and staff can read it back', async () => {
    const out = join(source.path, 'out.json');
    const lines: string[] = [];
    expect(await runCli(['export', '--format', 'json', '--out', out, '--data', source.path], (l) => lines.push(l))).toBe(0);
    const rows = JSON.parse(await readFile(out, 'utf8')) as { id: string; status: string; keywords: string[] }[];
    expect(rows.map((r) => [r.id, r.status])).toContainEqual(['doc-retired', 'retired']);
    expect(rows.find((r) => r.id === 'doc-formula')?.keywords).toEqual(['-ลบ', '@at', 'ปกติ']);
    expect(await runCli(['export', '--format', 'pdf', '--out', out, '--data', source.path], () => {})).toBe(2);
  });
});
