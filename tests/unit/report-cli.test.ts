import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootKiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { ReportModel } from '../../electron/contract/reports';
import { replayKnownLog } from './stats-replay';
import { fixedClock, tempDir } from './support';

describe('the report CLI', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    dir = await tempDir();
    const clock = fixedClock('2026-12-05T03:00:00Z');
    const kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await replayKnownLog(kiosk, clock);
    await kiosk.services.stats.close();
  });
  afterAll(() => dir.remove());

  it('prints the model as JSON for --format json without --out', async () => {
    const printed: string[] = [];
    const code = await runCli(['report', '--month', '2026-11', '--format', 'json', '--data', dir.path], (l) => printed.push(l));
    expect(code).toBe(0);
    const model = JSON.parse(printed.join('\n')) as ReportModel;
    expect(model.period.labelTh).toBe('พฤศจิกายน ๒๕๖๙');
    expect(model.totals).toMatchObject({ visits: 5, searches: 6, documentViews: 4 });
  });

  it('writes an XLSX for a fiscal quarter to --out', async () => {
    const out = join(dir.path, 'q1.xlsx');
    const code = await runCli(['report', '--quarter', '2027-Q1', '--format', 'xlsx', '--out', out, '--data', dir.path], () => {});
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('สรุป')!.getRow(2).getCell(2).value).toBe(6);
  });

  it('writes into the data folder\'s reports/ without --out (never the current folder) and prints where', async () => {
    const printed: string[] = [];
    const inCurrentFolder = join(process.cwd(), 'kiosk-report-2026-11.csv');
    try {
      const code = await runCli(['report', '--month', '2026-11', '--format', 'csv', '--data', dir.path], (l) => printed.push(l));
      expect(code).toBe(0);
      const written = join(dir.path, 'reports', 'kiosk-report-2026-11.csv');
      expect((await readFile(written, 'utf8')).length).toBeGreaterThan(100);
      expect(printed.join('\n')).toContain(written);
      expect(existsSync(inCurrentFolder)).toBe(false);
    } finally {
      await rm(inCurrentFolder, { force: true });
    }
  });

  it('refuses two periods at once, and a PDF without Chromium, with exit code 2', async () => {
    expect(await runCli(['report', '--month', '2026-11', '--quarter', '2027-Q1', '--data', dir.path], () => {})).toBe(2);
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir.path, 'no-chromium-here');
    try {
      const code = await runCli(['report', '--month', '2026-11', '--format', 'pdf', '--out', join(dir.path, 'r.pdf'), '--data', dir.path], () => {});
      expect(code).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH; else process.env.CHROMIUM_PATH = saved;
    }
  });
});
