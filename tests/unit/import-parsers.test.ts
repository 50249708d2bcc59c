import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../electron/services/catalogue/import/csvTable';
import { catalogueRows, claimSize, tinyPdf, toCsv, utf8, windows874, withBom, xlsxOf, zipOf, type FixtureRow } from '../fixtures/import/build';
import { asStaff, base64, kioskPerTest } from './catalogue-support';

const rows = catalogueRows(6);

describe('import parsers', () => {
  const { dir, kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z' });

  const preview = (fileName: string, bytes: Uint8Array) => kiosk.call('import.preview', { fileName, base64: base64(bytes) });
  const apply = (fileName: string, bytes: Uint8Array) => kiosk.call('import.apply', { fileName, base64: base64(bytes) });
  const stored = (id: string) => kiosk.services.catalogue.snapshot().documents.find((d) => d.id === id);

  /** Imports and checks the Thai text, a พ.ศ. date, keywords and a quoted multi-line body came through. */
  async function expectImported(fileName: string, bytes: Uint8Array, source: FixtureRow[] = rows) {
    const seen = await preview(fileName, bytes);
    expect(seen.errors).toEqual([]);
    expect(seen.rows).toBe(source.length);
    expect(seen.toAdd).toEqual(source.map((r) => r.id));
    await apply(fileName, bytes);
    expect(stored('imp-00001')).toMatchObject({
      title: { th: source[0]!.title_th }, category: 's7-1', published: '2023-01-01',
      keywords: ['ประกาศ', 'รายการ 1', 'notice'], body: 'บรรทัดแรก\nบรรทัดที่สอง ของรายการ 1',
      summary: { th: 'สาระสำคัญของรายการที่ 1, มีเครื่องหมายจุลภาค และ "อัญประกาศ"' }, url: 'https://example.go.th/doc/1',
    });
    expect(stored('imp-00002')).toMatchObject({ published: '2024-02-02', title: { en: 'Notice number 2' } }); // 2/2/2567 พ.ศ.
  }

  it('reads UTF-8 CSV without a BOM', () => expectImported('a.csv', utf8(toCsv(rows))));
  it('reads UTF-8 CSV with a BOM', () => expectImported('a.csv', withBom(toCsv(rows))));
  it('reads Windows-874 (TIS-620) CSV, detected because the bytes are not UTF-8', async () => {
    const bytes = windows874(toCsv(rows));
    expect((await decodeCsvBytes(bytes)).encoding).toBe('windows-874');
    expect((await decodeCsvBytes(withBom(toCsv(rows)))).encoding).toBe('utf-8');
    await expectImported('a.csv', bytes);
  });
  it('reads the first sheet of an XLSX written by exceljs, date cells as dates', async () => expectImported('a.xlsx', await xlsxOf(rows, { dateCells: true })));
  it('reads a JSON array of row objects', () => expectImported('a.json', utf8(JSON.stringify(rows))));

  it('keeps accepting the search fixtures\' JSON shape (keywords as a list)', async () => {
    const shape = [
      { id: 'sso-a', title_th: 'ประโยชน์ทดแทนกรณีว่างงาน', category: 'service', published: '2026-01-15', keywords: ['ว่างงาน', 'ตกงาน'] },
      { id: 'sso-b', title_th: 'มติคณะกรรมการ', title_en: 'Board resolution', category: 's9-7', published: '2026-09-25', keywords: 'มติ;คณะกรรมการ', summary_th: 'สรุป', body: 'เนื้อหา' },
    ];
    await apply('search.json', utf8(JSON.stringify(shape)));
    expect(stored('sso-a')).toMatchObject({ keywords: ['ว่างงาน', 'ตกงาน'], category: 'service' });
    expect(stored('sso-b')).toMatchObject({ keywords: ['มติ', 'คณะกรรมการ'], title: { en: 'Board resolution' }, summary: { th: 'สรุป' }, body: 'เนื้อหา' });
  });

  it('refuses a formula cell in an XLSX, naming its row and column', async () => {
    const seen = await preview('f.xlsx', await xlsxOf(rows.slice(0, 3), { formulaAt: 1 }));
    expect(seen.errors.map((e) => [e.row, e.column])).toEqual([[3, 'title_th']]);
    expect(seen.errors[0]?.messageEn).toContain('formula');
    const result = await kiosk.attempt('import.apply', { fileName: 'f.xlsx', base64: base64(await xlsxOf(rows.slice(0, 3), { formulaAt: 1 })) });
    expect(result.ok).toBe(false);
    expect(kiosk.services.catalogue.snapshot().documents).toEqual([]);
  });

  it('names a CSV row with more cells than the header has columns: a comma in an unquoted value (helper-69: only the shifted cells were blamed, url and file)', async () => {
    const csv = [
      'id,title_th,category,published,summary_th,url',
      'c-1,ราคากลางงานจ้าง,proc-refprice,2026-01-15,ราคากลาง 1,250,000 บาท,https://example.go.th/1',
      'c-2,ประกาศปกติ,s7-1,2026-01-15,"ราคา 1,000 บาท",https://example.go.th/2',
      // Empty cells past the header (a spreadsheet's trailing commas) say nothing.
      'c-3,ประกาศอีกฉบับ,s7-1,2026-01-15,,https://example.go.th/3,,',
    ].join('\n') + '\n';
    const seen = await preview('c.csv', utf8(csv));
    const wide = seen.errors.filter((e) => e.row === 2 && e.column === '');
    expect(wide).toHaveLength(1);
    expect(wide[0]!.messageTh).toBe('แถวนี้มี 8 ช่อง แต่หัวตารางมี 6 คอลัมน์: ข้อความที่มีเครื่องหมายจุลภาค (,) ต้องอยู่ในเครื่องหมายคำพูด (")');
    expect(wide[0]!.messageEn).toBe('This row has 8 cells but the header has 6 columns: a value holding a comma (,) must be in double quotes (")');
    expect(seen.errors.filter((e) => e.row !== 2)).toEqual([]);
  });

  it('refuses a CSV cell that starts like a formula, as an XLSX formula cell, naming its row and column; "-5%", "+66 2…", a LINE id and a guarded value are text (outside tester: a =HYPERLINK title imported silently)', async () => {
    const csv = [
      'id,title_th,category,published,summary_th,keywords',
      'f-1,"=HYPERLINK(""http://evil.example/x"",""คลิก"")",s7-1,2026-01-15,,',
      'f-2,ประกาศปกติ,s7-1,2026-01-15,"+HYPERLINK(""http://evil.example/x"")",',
      'f-3,"@SUM(A1:A2)",s7-1,2026-01-15,,',
      'f-4,ประกาศอีกฉบับ,s7-1,2026-01-15,"-2+3+cmd|\' /C calc\'!A0",',
      'f-5, =1+1,s7-1,2026-01-15,,',
      'ok-1,-5% ค่าธรรมเนียมลดลง,s7-1,2026-01-15,+66 2 956 2345 สายด่วน,@ssothai',
      'ok-2,"\'=ข้อความที่ตั้งใจ",s7-1,2026-01-15,- ข้อ 1 ยื่นคำขอ,',
      // A list dash with a pipe and an exclamation mark is text, not a DDE link (review, helper-58).
      'ok-3,ประกาศรายการ,s7-1,2026-01-15,- ข้อ 1 | ดูรายละเอียด!,',
    ].join('\n') + '\n';
    const seen = await preview('f.csv', utf8(csv));
    expect(seen.errors.map((e) => [e.row, e.column])).toEqual([[2, 'title_th'], [3, 'summary_th'], [4, 'title_th'], [5, 'summary_th'], [6, 'title_th']]);
    for (const e of seen.errors) {
      expect(e.messageTh).toContain('ไม่รับสูตร');
      expect(e.messageEn).toContain('formula');
    }
    expect(seen.plan.filter((p) => p.action !== 'error').map((p) => p.id)).toEqual(['ok-1', 'ok-2', 'ok-3']);
    const result = await kiosk.attempt('import.apply', { fileName: 'f.csv', base64: base64(utf8(csv)) });
    expect(result.ok).toBe(false);
    expect(kiosk.services.catalogue.snapshot().documents).toEqual([]);
    // Without the formulas, the ordinary texts go in as they are.
    await apply('ok.csv', utf8(csv.split('\n').filter((l) => !/^f-/.test(l)).join('\n')));
    expect(stored('ok-1')).toMatchObject({ title: { th: '-5% ค่าธรรมเนียมลดลง' }, summary: { th: '+66 2 956 2345 สายด่วน' }, keywords: ['@ssothai'] });
    expect(stored('ok-2')).toMatchObject({ title: { th: '=ข้อความที่ตั้งใจ' }, summary: { th: '- ข้อ 1 ยื่นคำขอ' } });
  });

  it('reads a zip of one CSV plus PDFs; the PDFs reach the file store only on apply', async () => {
    const withFiles = rows.slice(0, 3).map((r, i) => ({ ...r, file: i < 2 ? `files/doc-${i + 1}.pdf` : '' }));
    const zip = zipOf({ 'export/catalogue.csv': utf8(toCsv(withFiles)), 'export/files/doc-1.pdf': tinyPdf('Procurement summary'), 'export/files/doc-2.pdf': tinyPdf() });
    const seen = await preview('bundle.zip', zip);
    expect(seen).toMatchObject({ format: 'zip', rows: 3, files: 2, errors: [] });
    expect(await readdir(join(dir.path, 'files')).catch(() => [])).toEqual([]);

    await apply('bundle.zip', zip);
    expect(stored('imp-00001')?.file).toMatchObject({ name: 'doc-1.pdf', hasText: true, pages: 1 });
    expect(stored('imp-00002')?.file).toMatchObject({ name: 'doc-2.pdf', hasText: false });
    expect(stored('imp-00003')?.file).toBeUndefined();
    expect((await readdir(join(dir.path, 'files'))).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
  });

  it('refuses zip-slip names and paths escaping the import folder', async () => {
    const slip = zipOf({ 'catalogue.csv': utf8(toCsv(rows.slice(0, 1))), '../../evil.pdf': tinyPdf('evil') });
    expect(await kiosk.attempt('import.preview', { fileName: 'slip.zip', base64: base64(slip) })).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('escapes') } });
    const absolute = zipOf({ 'catalogue.csv': utf8(toCsv(rows.slice(0, 1))), '/etc/evil.pdf': tinyPdf('evil') });
    expect((await kiosk.attempt('import.preview', { fileName: 'abs.zip', base64: base64(absolute) })).ok).toBe(false);

    const escaping = [{ ...rows[0]!, file: '../outside.pdf' }, { ...rows[1]!, file: 'C:\\Windows\\x.pdf' }, { ...rows[2]!, file: 'files/missing.pdf' }];
    const seen = await preview('b.zip', zipOf({ 'catalogue.csv': utf8(toCsv(escaping)) }));
    expect(seen.errors.map((e) => [e.row, e.column, e.messageEn])).toEqual([
      [2, 'file', 'The path "../outside.pdf" escapes the import folder'],
      [3, 'file', 'The path "C:\\Windows\\x.pdf" escapes the import folder'],
      [4, 'file', 'File files/missing.pdf not found'],
    ]);
  });

  it('refuses a zip that claims to unpack to more than 1 GB, before inflating anything', async () => {
    const zip = zipOf({ 'catalogue.csv': utf8(toCsv(rows.slice(0, 1))), 'a.pdf': tinyPdf('a'), 'b.pdf': tinyPdf('b') });
    const bomb = claimSize(zip, 0x30000000); // 3 × 768 MB
    expect(await kiosk.attempt('import.preview', { fileName: 'bomb.zip', base64: base64(bomb) })).toMatchObject({ ok: false, error: { message: 'The zip would unpack to more than 1 GB' } });
  });

  it('refuses a zip with more than 5,000 entries, and one without exactly one table', async () => {
    const many: Record<string, Uint8Array> = { 'catalogue.csv': utf8(toCsv(rows.slice(0, 1))) };
    for (let i = 0; i < 5001; i++) many[`f/${i}.txt`] = new Uint8Array([1]);
    expect(await kiosk.attempt('import.preview', { fileName: 'many.zip', base64: base64(zipOf(many)) })).toMatchObject({ ok: false, error: { message: 'The zip holds more than 5000 entries' } });
    const two = zipOf({ 'a.csv': utf8(toCsv(rows)), 'b.json': utf8('[]') });
    expect(await kiosk.attempt('import.preview', { fileName: 'two.zip', base64: base64(two) })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('refuses a PDF named in a plain CSV upload: PDFs travel in a zip', async () => {
    const seen = await preview('a.csv', utf8(toCsv([{ ...rows[0]!, file: 'files/doc-1.pdf' }])));
    expect(seen.errors).toMatchObject([{ row: 2, column: 'file', messageEn: 'PDFs must come in a .zip together with the table' }]);
  });

  it('refuses an unsupported file type', async () => {
    expect(await kiosk.attempt('import.preview', { fileName: 'a.docx', base64: base64(utf8('x')) }, asStaff)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
});
