import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { runCli } from '../../electron/cli/main';
import type { ImportPreview, ImportResult } from '../../electron/contract/catalogue-staff';
import type { CallError, Result } from '../../electron/contract/result';
import { MAX_COLUMNS, MAX_TABLE_BYTES } from '../../electron/services/catalogue/import/importLimits';
import { catalogueRows, claimSize, header, tinyPdf, toCsv, utf8, xlsxOf, zipOf } from '../fixtures/import/build';
import { base64, openTestKiosk, type TestKiosk } from './catalogue-support';
import { mulberry32 } from './fuzz-payloads';
import { writeSmallCatalogue } from './staff-fixtures';
import { catalogueStoreBytes, fixedClock, tempDir } from './support';

/*
 * Issue 7, "bad input": the importers (CSV, XLSX, JSON, ZIP) fed seeded random bytes under every
 * extension, real files cut short or mangled, zip-slip names, zip bombs, formula cells, a CSV
 * 100,000 columns wide and a 200 MB file. Every hostile file must be refused with a reason in
 * Thai and English (no crash, no `internal`), and leave the catalogue store byte for byte as it was.
 * readFile is watched (a pass-through) to prove the 200 MB file is refused before it is read.
 * FUZZ_SEED=<seed> reproduces a run.
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>();
  const readFile = vi.fn(real.readFile);
  return { ...real, readFile, default: { ...real, readFile } };
});

const seed = Number(process.env.FUZZ_SEED ?? 20261210) >>> 0;
const RANDOM_PER_EXTENSION = 24;
const CUTS_PER_FORMAT = 10;
const MANGLES_PER_FORMAT = 10;
const extensions = ['csv', 'xlsx', 'json', 'zip'] as const;

const randomBytes = (rng: () => number, length: number) => Uint8Array.from({ length }, () => Math.floor(rng() * 256));
const concat = (...parts: Uint8Array[]) => { const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0)); let at = 0; for (const p of parts) { out.set(p, at); at += p.length; } return out; };

/** The real files the cases start from: 8 good rows in each format, and a zip with a PDF. */
async function realFiles() {
  const rows = catalogueRows(8);
  return {
    csv: utf8(toCsv(rows)),
    xlsx: await xlsxOf(rows),
    json: utf8(JSON.stringify(rows)),
    zip: zipOf({ 'export/catalogue.csv': utf8(toCsv(rows.map((r, i) => ({ ...r, file: i === 0 ? 'files/a.pdf' : '' })))), 'export/files/a.pdf': tinyPdf('Procurement plan') }),
  };
}

/** An XLSX whose `cells` hold formulas (shared ones too); the rest of the sheet is good data. */
async function xlsxWithFormulas(cells: { row: number; col: number; shared: boolean }[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('นำเข้า');
  sheet.addRow(header);
  for (const r of catalogueRows(6)) sheet.addRow(header.map((c) => r[c] ?? ''));
  for (const { row, col, shared } of cells) {
    const cell = sheet.getRow(row).getCell(col);
    cell.value = shared ? { formula: 'A2&"x"', result: 'imp-00001x', shareType: 'shared', ref: cell.address } as ExcelJS.CellValue : { formula: 'HYPERLINK("http://evil.example/","คลิก")', result: 'คลิก' };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe(`import fuzz (seed ${seed}; FUZZ_SEED to change)`, () => {
  let base: Awaited<ReturnType<typeof tempDir>>;
  let dataDir: string;
  let kiosk: TestKiosk;
  let files: Awaited<ReturnType<typeof realFiles>>;
  let catalogueBytes: Map<string, string>;
  let storedFiles: string[];
  let refusals = 0;

  beforeAll(async () => {
    base = await tempDir('kiosk-fuzz-import-');
    dataDir = join(base.path, 'data');
    await writeSmallCatalogue(dataDir);
    kiosk = await openTestKiosk(dataDir, fixedClock('2026-12-10T03:00:00Z'));
    files = await realFiles();
    catalogueBytes = await catalogueStoreBytes(dataDir);
    storedFiles = (await fsp.readdir(join(dataDir, 'files'))).sort();
  });
  afterAll(async () => {
    console.log(`import fuzz seed ${seed}: ${refusals} hostile files refused`);
    await base.remove();
  });

  /** The reason a refusal gives, in both languages; fails the test on anything else. */
  function reasonOf(answer: Result<unknown>, where: string): string {
    if (answer.ok) {
      const preview = answer.value as ImportPreview;
      expect(preview.errors.length, `${where}: accepted without a single error`).toBeGreaterThan(0);
      for (const e of preview.errors) {
        expect(e.messageTh.trim(), `${where}: an error without Thai`).not.toBe('');
        expect(e.messageEn.trim(), `${where}: an error without English`).not.toBe('');
      }
      return preview.errors[0]!.messageEn;
    }
    const error: CallError = answer.error;
    expect(error.code, `${where}: ${error.code} ${error.message}`).toBe('bad_input');
    expect(error.messageTh.trim(), where).not.toBe('');
    expect(error.message.trim(), where).not.toBe('');
    return error.message;
  }

  /** Preview and apply must both refuse, saying why, and the catalogue must not move by a byte. */
  async function expectRefused(fileName: string, bytes: Uint8Array | { base64: string }, where: string): Promise<string> {
    const input = { fileName, base64: 'base64' in bytes ? bytes.base64 : base64(bytes) };
    const previewed = await kiosk.attempt('import.preview', input);
    const why = reasonOf(previewed, `${where} (preview)`);
    const applied = await kiosk.attempt('import.apply', input);
    expect(applied.ok, `${where}: apply accepted what preview refused (${why})`).toBe(false);
    reasonOf(applied, `${where} (apply)`);
    expect(await catalogueStoreBytes(dataDir), `${where}: the catalogue store changed`).toEqual(catalogueBytes);
    expect((await fsp.readdir(join(dataDir, 'files'))).sort(), `${where}: a file was stored`).toEqual(storedFiles);
    refusals++;
    return why;
  }

  it('refuses seeded random bytes under every extension, raw and behind a plausible start', async () => {
    const rng = mulberry32(seed);
    const starts: Record<(typeof extensions)[number], Uint8Array> = {
      csv: utf8(`${header.join(',')}\r\n`), json: utf8('[{"id":"imp-1","title_th":"'), xlsx: utf8('PK\u0003\u0004'), zip: utf8('PK\u0003\u0004'),
    };
    for (const ext of extensions) {
      for (let i = 0; i < RANDOM_PER_EXTENSION; i++) {
        const length = Math.floor(rng() ** 2 * 16_384);
        const bytes = i % 2 === 0 ? randomBytes(rng, length) : concat(starts[ext], randomBytes(rng, length));
        await expectRefused(`random-${i}.${ext}`, bytes, `seed=${seed} random ${ext} #${i} (${bytes.length} bytes${i % 2 ? ', plausible start' : ''})`);
      }
    }
  });

  it('refuses real files cut short anywhere that breaks them', async () => {
    const rng = mulberry32(seed ^ 0xc0ffee);
    for (const ext of extensions) {
      const whole = files[ext];
      for (let i = 0; i < CUTS_PER_FORMAT; i++) {
        let at = Math.floor(rng() * whole.length);
        if (ext === 'csv') {
          // A CSV cut between rows is a shorter good CSV: cut inside a quoted field instead, as a torn write does.
          const text = Buffer.from(whole).toString('latin1');
          const inside: number[] = [];
          let quotes = 0;
          for (let p = 0; p < text.length; p++) { if (text[p] === '"') quotes++; else if (quotes % 2 === 1) inside.push(p + 1); }
          at = inside[Math.floor(rng() * inside.length)]!;
        }
        await expectRefused(`cut-${i}.${ext}`, whole.subarray(0, at), `seed=${seed} ${ext} cut at ${at} of ${whole.length}`);
      }
    }
  });

  it('refuses zip-slip names, in the table\'s place or beside it', async () => {
    const csv = utf8(toCsv(catalogueRows(1)));
    const names = ['../../evil.pdf', '/etc/evil.pdf', 'a/../../evil.pdf', '..\\..\\evil.pdf', 'C:\\Windows\\evil.pdf', 'C:/evil.pdf', 'ok/../../../../tmp/evil.pdf', 'nul\u0000.pdf'];
    for (const name of names) {
      const why = await expectRefused('slip.zip', zipOf({ 'catalogue.csv': csv, [name]: tinyPdf('evil') }), `zip slip ${JSON.stringify(name)}`);
      expect(why).toMatch(/escapes its folder/);
    }
    await expectRefused('slip.zip', zipOf({ '../catalogue.csv': csv }), 'zip slip of the table itself');
    // A `file` cell naming a path outside the bundle is refused by its row.
    const row = catalogueRows(1).map((r) => ({ ...r, file: '../../../etc/passwd' }));
    expect(await expectRefused('cell.zip', zipOf({ 'catalogue.csv': utf8(toCsv(row)) }), 'zip slip in a file cell')).toMatch(/escapes the import folder/);
    // Nothing appeared anywhere around the data folder.
    expect((await fsp.readdir(base.path, { recursive: true })).filter((f) => /evil|passwd/.test(f))).toEqual([]);
  });

  it('refuses zip bombs: sizes claimed too big, a deflate bomb claiming a small size, an XLSX bomb, too many entries', async () => {
    const why = await expectRefused('bomb.zip', claimSize(files.zip, 0x7fffffff), 'zip claiming 2 GB per entry');
    expect(why).toMatch(/more than 1 GB/);
    // 32 MB of zeros deflate to ~32 KB; the directory says the table is 100 bytes: it is never inflated beyond that.
    const bomb = zipSync({ 'catalogue.csv': [new Uint8Array(32 * 1024 ** 2), { level: 9 }] });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 30 <= bomb.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 100, true);
      if (view.getUint32(i, true) === 0x02014b50 && i + 46 <= bomb.length) view.setUint32(i + 24, 100, true);
    }
    const heapBefore = process.memoryUsage().arrayBuffers;
    await expectRefused('deflate-bomb.zip', bomb, 'deflate bomb claiming 100 bytes');
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(16 * 1024 ** 2);
    // A table bigger than a table may be, inside a zip: refused from the directory, before inflating.
    expect(await expectRefused('big-table.zip', claimSize(zipOf({ 'catalogue.csv': files.csv }), MAX_TABLE_BYTES + 1), 'zip table over the table limit')).toMatch(/too large to import/);
    expect(await expectRefused('bomb.xlsx', claimSize(files.xlsx, 0x20000000), 'XLSX claiming 512 MB per part')).toMatch(/unpack to more than 300 MB/);
    const many: Record<string, Uint8Array> = { 'catalogue.csv': files.csv };
    for (let i = 0; i < 5001; i++) many[`f/${i}.pdf`] = new Uint8Array([37]);
    expect(await expectRefused('many.zip', zipOf(many), 'zip with 5,001 entries')).toMatch(/more than 5000 entries/);
  });

  it('refuses formula cells wherever they are, alone or inside a zip', async () => {
    const rng = mulberry32(seed ^ 0xf0f0);
    for (let i = 0; i < 6; i++) {
      const cells = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ({ row: 2 + Math.floor(rng() * 6), col: 1 + Math.floor(rng() * header.length), shared: rng() < 0.3 }));
      const xlsx = await xlsxWithFormulas(cells);
      const where = `seed=${seed} formulas at ${JSON.stringify(cells)}`;
      expect(await expectRefused('formula.xlsx', xlsx, where)).toMatch(/formula/);
      const preview = await kiosk.call('import.preview', { fileName: 'formula.xlsx', base64: base64(xlsx) });
      const named = new Set(preview.errors.filter((e) => /formula/.test(e.messageEn)).map((e) => `${e.row}:${e.column}`));
      for (const c of cells) expect(named.has(`${c.row}:${header[c.col - 1]}`), `${where}: the formula at row ${c.row} column ${header[c.col - 1]} is not named`).toBe(true);
      expect(await expectRefused('formula.zip', zipOf({ 'catalogue.xlsx': xlsx }), `${where} in a zip`)).toMatch(/formula/);
    }
  });

  it('refuses a CSV 100,000 columns wide, and a JSON row with 100,000 keys', async () => {
    const width = 100_000;
    const headerRow = ['id', 'title_th', 'category', 'published', ...Array.from({ length: width - 4 }, (_, i) => `extra_${i}`)];
    const row = ['wide-1', 'เอกสารกว้างมาก', 'other', '2026-01-01', ...Array.from({ length: width - 4 }, () => 'x')];
    const why = await expectRefused('wide.csv', utf8(`${headerRow.join(',')}\r\n${row.join(',')}\r\n`), 'CSV with 100,000 columns');
    expect(why).toMatch(new RegExp(`${width} columns.*${MAX_COLUMNS}`));
    // A normal header with one data row 100,000 cells wide.
    await expectRefused('wide-row.csv', utf8(`${header.join(',')}\r\n${row.join(',')}\r\n`), 'CSV with one 100,000-cell row');
    const wideObject = Object.fromEntries(headerRow.map((h, i) => [h, row[i]]));
    await expectRefused('wide.json', utf8(JSON.stringify([wideObject])), 'JSON row with 100,000 keys');
  });

  it('refuses a 200 MB file by its size, before reading it: from the CLI and through the contract', async () => {
    const readFile = vi.mocked(fsp.readFile);
    for (const [ext, size] of [['csv', 200], ['xlsx', 200], ['json', 200], ['zip', 300]] as const) {
      const path = join(base.path, `huge.${ext}`);
      // Sparse: costs no disk and no time to make.
      const handle = await fsp.open(path, 'w');
      await handle.truncate(size * 1024 ** 2);
      await handle.close();
      readFile.mockClear();
      const lines: string[] = [];
      const began = performance.now();
      const code = await runCli(['import', path, '--data', dataDir], (l) => lines.push(l));
      const output = lines.join('\n');
      expect(code, `${ext}: ${output}`).toBe(1);
      expect(output).toMatch(new RegExp(`${size}(\\.0)? MB.*ใหญ่เกินกว่าจะนำเข้าได้.*too large to import`, 's'));
      expect(readFile.mock.calls.filter(([p]) => String(p) === path), `huge.${ext} was read into memory`).toEqual([]);
      expect(await catalogueStoreBytes(dataDir)).toEqual(catalogueBytes);
      console.log(`import fuzz: ${size} MB .${ext} refused by the CLI in ${(performance.now() - began).toFixed(0)} ms`);
      await fsp.rm(path);
    }
    // Through the contract (Electron's IPC carries up to ~300 MB of base64): refused before decoding.
    const text = 'A'.repeat(Math.ceil(((MAX_TABLE_BYTES + 1) * 4) / 3) + 4);
    expect(await expectRefused('upload.csv', { base64: text }, 'table just over the limit, as base64')).toMatch(/too large to import/);
  });
});

describe(`mangled real files (seed ${seed}; FUZZ_SEED to change)`, () => {
  it('never crash: a refusal changes nothing, an import that goes through does what its preview said', async () => {
    const dir = await tempDir('kiosk-fuzz-mangle-');
    try {
      await writeSmallCatalogue(dir.path);
      const kiosk = await openTestKiosk(dir.path, fixedClock('2026-12-10T03:00:00Z'));
      const files = await realFiles();
      const rng = mulberry32(seed ^ 0xbadf11e);
      let refused = 0;
      let accepted = 0;
      for (const ext of extensions) {
        for (let i = 0; i < MANGLES_PER_FORMAT; i++) {
          const bytes = new Uint8Array(files[ext]);
          const kind = i % 3;
          let mangled: Uint8Array = bytes;
          if (kind === 0) for (let n = 0; n < 1 + Math.floor(rng() * 8); n++) bytes[Math.floor(rng() * bytes.length)] = Math.floor(rng() * 256);
          else if (kind === 1) { const at = Math.floor(rng() * bytes.length); mangled = concat(bytes.subarray(0, at), randomBytes(rng, 1 + Math.floor(rng() * 64)), bytes.subarray(at)); }
          else { const at = Math.floor(rng() * bytes.length); mangled = concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 1 + Math.floor(rng() * 64)))); }
          const where = `seed=${seed} ${ext} mangle #${i} (${['bytes changed', 'junk inserted', 'bytes removed'][kind]})`;
          const input = { fileName: `mangled.${ext}`, base64: base64(mangled) };
          const before = await catalogueStoreBytes(dir.path);
          const previewed = await kiosk.attempt('import.preview', input);
          const applied = await kiosk.attempt('import.apply', input);
          for (const answer of [previewed, applied]) {
            if (!answer.ok) {
              expect(answer.error.code, `${where}: ${answer.error.message}`).toBe('bad_input');
              expect(answer.error.messageTh.trim(), where).not.toBe('');
            }
          }
          if (!applied.ok) {
            refused++;
            expect(await catalogueStoreBytes(dir.path), `${where}: refused but the catalogue store changed`).toEqual(before);
          } else {
            accepted++;
            expect(previewed.ok, where).toBe(true);
            const preview = previewed.ok ? (previewed.value as ImportPreview) : undefined;
            const result = applied.value as ImportResult;
            expect(preview?.errors, where).toEqual([]);
            expect({ added: result.added, updated: result.updated }, where).toEqual({ added: preview?.toAdd, updated: preview?.toUpdate });
          }
        }
      }
      console.log(`import fuzz seed ${seed}: mangled real files: ${refused} refused, ${accepted} still importable`);
    } finally {
      await dir.remove();
    }
  });
});
