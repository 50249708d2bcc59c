import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { createServices } from '../../electron/services/index';
import { catalogueRows, thousandRows, tinyPdf, toCsv, utf8, withBom } from '../fixtures/import/build';
import { base64, kioskPerTest } from './catalogue-support';
import { catalogueStoreBytes, fixedClock, storedCatalogue, tempDir } from './support';

describe('validating and applying an import', () => {
  const { dir, kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z' });
  const file = (fileName: string, bytes: Uint8Array) => ({ fileName, base64: base64(bytes) });

  it('a 1,000-row CSV with three bad rows changes nothing and reports exactly those rows; the fixed file imports', async () => {
    const { bad, fixed } = thousandRows();
    const before = await catalogueStoreBytes(dir.path);

    const seen = await kiosk.call('import.preview', file('bad.csv', withBom(toCsv(bad))));
    expect(seen.rows).toBe(1000);
    expect(seen.errors.map((e) => [e.row, e.column])).toEqual([[101, 'published'], [501, 'category'], [901, 'id']]);
    expect(seen.errors[2]?.messageEn).toBe('Id imp-00001 repeats row 2');

    const applied = await kiosk.attempt('import.apply', file('bad.csv', withBom(toCsv(bad))));
    expect(applied).toMatchObject({ ok: false, error: { code: 'bad_input', message: 'The file has 3 problems, so nothing was imported' } });
    expect(!applied.ok && (applied.error.details as { errors: unknown[] }).errors).toHaveLength(3);
    expect(kiosk.services.catalogue.snapshot().documents).toEqual([]);
    expect(await catalogueStoreBytes(dir.path)).toEqual(before);

    const result = await kiosk.call('import.apply', file('fixed.csv', withBom(toCsv(fixed))));
    expect(result).toMatchObject({ rows: 1000, updated: [], files: 0 });
    expect(result.added).toHaveLength(1000);
    expect(kiosk.services.catalogue.snapshot().documents).toHaveLength(1000);
    expect((await kiosk.call('catalogue.overview', {}, { transport: 'test' })).documentCount).toBe(1000);
  });

  it('updates existing ids with the columns the file has, leaves the rest, and skips unchanged rows', async () => {
    const rows = catalogueRows(3);
    await kiosk.call('import.apply', file('a.csv', utf8(toCsv(rows))));
    const reviewOnly = 'id,review_by,paper_location\nimp-00001,30/09/2570,แฟ้มที่ 9\nimp-00002,,\n';
    const seen = await kiosk.call('import.preview', file('review.csv', utf8(reviewOnly)));
    expect(seen).toMatchObject({ toAdd: [], toUpdate: ['imp-00001'], unchanged: ['imp-00002'], errors: [] });
    await kiosk.call('import.apply', file('review.csv', utf8(reviewOnly)));
    const doc = kiosk.services.catalogue.snapshot().documents.find((d) => d.id === 'imp-00001');
    expect(doc).toMatchObject({ reviewBy: '2027-09-30', paperLocation: 'แฟ้มที่ 9', title: { th: rows[0]!.title_th }, published: '2023-01-01' });
    // A new id in such a file lacks the required columns: refused once, on the header row.
    const adding = await kiosk.call('import.preview', file('r.csv', utf8('id,review_by\nnew-one,30/09/2570\n')));
    expect(adding.errors.map((e) => [e.row, e.column])).toEqual([[1, 'title_th'], [1, 'category'], [1, 'published']]);
  });

  it('warns, before anything is applied, which stored values a row\'s blank cells will empty (outside trial 4)', async () => {
    const rows = catalogueRows(2);
    await kiosk.call('import.apply', file('a.csv', utf8(toCsv(rows))));
    const stored = kiosk.services.catalogue.snapshot().documents.find((d) => d.id === 'imp-00002')!;
    expect(stored.keywords.length).toBeGreaterThan(0);
    // The full header, as the export writes it; only the required cells filled in.
    const blanks = toCsv([{ ...rows[1]!, title_en: '', unit: '', keywords: '', summary_th: '', summary_en: '', body: '' }]);
    const seen = await kiosk.call('import.preview', file('blank.csv', utf8(blanks)));
    expect(seen.toUpdate).toEqual(['imp-00002']);
    const warning = seen.warnings.find((w) => w.row === 2 && /empties/.test(w.messageEn));
    expect(warning?.messageEn).toMatch(/title_en.*unit.*keywords.*summary_th/);
    expect(warning?.messageEn).toContain('leave those columns out');
    expect(warning?.messageTh).toContain('คำสำคัญ');
    // A row that empties nothing, and a new document, carry no such warning.
    const same = await kiosk.call('import.preview', file('same.csv', utf8(toCsv([rows[1]!, { ...rows[0]!, id: 'imp-new', unit: '' }]))));
    expect(same.warnings.filter((w) => /empties/.test(w.messageEn))).toEqual([]);
  });

  it('strips exactly the apostrophe the export adds before = + - @, and no other', async () => {
    const csv = "id,title_th,category,published,keywords\nq1,'=SUM(A1),other,2026-01-01,'-ลบ;'ปกติ\nq2,'ชื่อมีอัญประกาศ,other,2026-01-01,\nq3,''=x,other,2026-01-01,\n";
    await kiosk.call('import.apply', file('q.csv', utf8(csv)));
    const title = (id: string) => kiosk.services.catalogue.snapshot().documents.find((d) => d.id === id)?.title.th;
    expect(title('q1')).toBe('=SUM(A1)');
    expect(title('q2')).toBe("'ชื่อมีอัญประกาศ");
    expect(title('q3')).toBe("'=x");
    expect(kiosk.services.catalogue.snapshot().documents.find((d) => d.id === 'q1')?.keywords).toEqual(['-ลบ', "'ปกติ"]);
  });

  it('counts every row once (new + updated + unchanged + with errors = rows read) and never lists a wrong row as to be added', async () => {
    await kiosk.call('import.apply', file('a.csv', utf8(toCsv(catalogueRows(2)))));
    const csv = 'id,title_th,category,published\n' +
      'x-1,,nope,31/02/2569\n' + // three errors
      'x-2,เอกสารทดสอบ,s7-1,01/01/2569\n' +
      'x-2,ซ้ำ,s7-1,01/01/2569\n' + // the same id again: an error, the first x-2 still adds
      `imp-00001,ชื่อใหม่,other,01/01/2566\n` +
      `imp-00002,${catalogueRows(2)[1]!.title_th},nope,01/01/2566\n`; // an existing document with an error: not "updated"
    const seen = await kiosk.call('import.preview', file('mixed.csv', utf8(csv)));
    expect(seen).toMatchObject({ rows: 5, toAdd: ['x-2'], toUpdate: ['imp-00001'], unchanged: [], rowsWithErrors: 3 });
    expect(seen.toAdd.length + seen.toUpdate.length + seen.unchanged.length + seen.rowsWithErrors).toBe(seen.rows);
    expect(seen.plan).toEqual([
      { row: 2, id: 'x-1', action: 'error' },
      { row: 3, id: 'x-2', action: 'add' },
      { row: 4, id: 'x-2', action: 'error' },
      { row: 5, id: 'imp-00001', action: 'update' },
      { row: 6, id: 'imp-00002', action: 'error' },
    ]);
    expect(new Set(seen.errors.map((e) => e.row))).toEqual(new Set([2, 4, 6]));

    // The staff screen's example: two rows read, one new, one with three errors.
    const two = await kiosk.call('import.preview', file('bad.csv', utf8('id,title_th,category,published\nx-1,,nope,31/02/2569\nx-2,เอกสารทดสอบ,s7-1,01/01/2569\n')));
    expect(two).toMatchObject({ rows: 2, toAdd: ['x-2'], toUpdate: [], unchanged: [], rowsWithErrors: 1 });
    expect(two.errors.map((e) => [e.row, e.column])).toEqual([[2, 'title_th'], [2, 'category'], [2, 'published']]);
  });

  it('reports every problem of every row, with Thai and English messages', async () => {
    const csv = 'id,title_th,category,published,url,status\n' +
      'bad id!,,nope,2568/13/01,ftp://x,maybe\n' +
      ',ไม่มีรหัส,other,1/1/2569,,\n';
    const seen = await kiosk.call('import.preview', file('e.csv', utf8(csv)));
    expect(seen.errors.map((e) => [e.row, e.column])).toEqual([[2, 'id'], [2, 'title_th'], [2, 'category'], [2, 'published'], [2, 'url'], [2, 'status']]);
    expect(seen.errors.every((e) => e.messageTh.length > 0 && e.messageEn.length > 0)).toBe(true);
    expect(seen.warnings.find((w) => w.row === 3 && w.column === 'id')?.messageEn).toMatch(/^No id: doc-20261121-[0-9a-f]{4} will be used/);
  });
});

describe('the import CLI', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let data: string;
  const lines: string[] = [];
  const print = (line: string) => { lines.push(line); };
  beforeEach(async () => {
    dir = await tempDir();
    data = join(dir.path, 'data');
    // An existing (empty) data folder: the CLI does not seed the sample over it.
    await createServices({ dataDir: data, clock: fixedClock('2026-11-21T03:00:00Z') });
    lines.length = 0;
  });
  afterEach(() => dir.remove());

  it('exits 1 with a row-by-row report and changes nothing when a row is wrong', async () => {
    const { bad } = thousandRows();
    await writeFile(join(dir.path, 'bad.csv'), withBom(toCsv(bad.slice(0, 120))));
    expect(await runCli(['import', join(dir.path, 'bad.csv'), '--data', data], print)).toBe(1);
    expect(lines).toContain('row 101  ERROR     imp-00100');
    expect(lines.some((l) => l.includes('published: ไม่มีวันที่นี้ในปฏิทิน: 31/02/2568'))).toBe(true);
    expect(lines.at(-1)).toBe('120 rows: 119 to add, 0 to update, 0 unchanged, 0 PDFs. 1 errors: nothing was imported.');
    const stored = await storedCatalogue(data);
    expect(stored.documents).toEqual([]);
  });

  it('imports a CSV with PDFs beside it, refuses a path out of its folder, and honours --dry-run', async () => {
    const folder = join(dir.path, 'batch');
    await mkdir(join(folder, 'files'), { recursive: true });
    await writeFile(join(folder, 'files', 'a.pdf'), tinyPdf('Annual budget 2027'));
    await writeFile(join(dir.path, 'secret.pdf'), tinyPdf('secret'));
    const rows = catalogueRows(2).map((r, i) => ({ ...r, file: i === 0 ? 'files/a.pdf' : '' }));
    await writeFile(join(folder, 'ok.csv'), utf8(toCsv(rows)));
    await writeFile(join(folder, 'escape.csv'), utf8(toCsv([{ ...rows[0]!, file: '../secret.pdf' }])));

    expect(await runCli(['import', join(folder, 'escape.csv'), '--data', data], print)).toBe(1);
    expect(lines.some((l) => l.includes('The path "../secret.pdf" escapes the import folder'))).toBe(true);

    lines.length = 0;
    expect(await runCli(['import', join(folder, 'ok.csv'), '--data', data, '--dry-run'], print)).toBe(0);
    expect(lines).toEqual(['row 2  add       imp-00001', 'row 3  add       imp-00002', '2 rows: 2 to add, 0 to update, 0 unchanged, 1 PDFs. Dry run: nothing was changed.']);
    expect((await storedCatalogue(data)).documents).toEqual([]);

    lines.length = 0;
    expect(await runCli(['import', join(folder, 'ok.csv'), '--data', data], print)).toBe(0);
    expect(lines.at(-1)).toBe('Imported 2 rows: added 2, updated 0, unchanged 0, PDFs 1.');
    const stored = await storedCatalogue(data);
    expect(stored.documents[0]!.file).toMatchObject({ name: 'a.pdf', hasText: true });

    lines.length = 0;
    expect(await runCli(['import', join(folder, 'ok.csv'), '--data', data], print)).toBe(0);
    expect(lines.at(-1)).toBe('Imported 2 rows: added 0, updated 0, unchanged 2, PDFs 0.');
  });
});
