import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { ReportModel } from '../../electron/contract/reports';
import { neutraliseCell } from '../../electron/services/reports/neutralise';
import { createReports, type Reports } from '../../electron/services/reports/reports';
import { reportTables, type Cell } from '../../electron/services/reports/reportTables';
import { replayKnownLog } from './stats-replay';
import { fixedClock, tempDir } from './support';

/** What a text cell of the model must look like once exported. */
const exported = (value: Cell): Cell => (typeof value === 'string' ? neutraliseCell(value) : value);

describe('report exports', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  let reports: Reports;
  let model: ReportModel;
  const clock = fixedClock('2026-12-05T03:00:00Z');
  const titles: Record<string, string> = { 'doc-1': '+ประกาศ เรื่อง อัตราเงินสมทบ', 'doc-2': 'แผนการจัดซื้อจัดจ้าง, ปี "๒๕๖๙"' };

  beforeAll(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await replayKnownLog(kiosk, clock);
    clock.set('2026-12-05T03:00:00Z');
    reports = createReports({ stats: kiosk.services.stats, settings: kiosk.services.settings.get, documents: () => Object.entries(titles).map(([id, th]) => ({ id, title: { th }, category: 'other' as const })), clock });
    model = await reports.build({ kind: 'month', month: '2026-11' });
  });
  afterAll(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const risky of ['=1+1', '+66', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(risky)).toBe(`'${risky}`);
    for (const safe of ['ประกันสังคม', 'a=b', '', "'=already"]) expect(neutraliseCell(safe)).toBe(safe);
  });

  it('writes an XLSX that reads back equal to the model: a sheet per table, numbers as numbers, days as dates', async () => {
    const file = await reports.export({ kind: 'month', month: '2026-11' }, 'xlsx');
    expect(file.fileName).toBe('kiosk-report-2026-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const tables = reportTables(model);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(tables.map((t) => t.name));
    for (const table of tables) {
      const sheet = workbook.getWorksheet(table.name)!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...table.columns.map((c) => c.header)]);
      expect(sheet.rowCount).toBe(table.rows.length + 1);
      table.rows.forEach((row, r) => {
        row.forEach((value, c) => {
          const cell = sheet.getRow(r + 2).getCell(c + 1).value;
          if (table.columns[c]!.kind === 'date') expect(cell).toEqual(new Date(`${value as string}T00:00:00Z`));
          else expect(cell).toEqual(value === null ? null : exported(value));
        });
      });
    }
    // And straight against the model's fields, not only through the shared table definitions.
    const summary = workbook.getWorksheet('สรุป')!;
    expect(summary.getRow(2).values).toEqual([undefined, 'จำนวนครั้งที่ใช้บริการ', model.totals.visits, model.comparison.previous.totals.visits, model.comparison.lastYear.totals.visits]);
    expect(summary.getRow(4).values).toEqual([undefined, 'จำนวนครั้งที่ใช้บริการเฉลี่ยต่อวัน', 0.2, 0, 0]);
    expect(summary.getRow(5).getCell(2).value).toBe(100);
    // Languages by name, never the raw code "th".
    const languages = workbook.getWorksheet('ภาษา')!;
    expect(languages.getColumn(1).values.slice(1)).toEqual(['ภาษาที่ใช้ระหว่างใช้บริการ', 'ภาษาไทย', 'ภาษาอังกฤษ', 'ภาษาไทยและภาษาอังกฤษ', 'ไม่ทราบ (เริ่มก่อนเครื่องเริ่มทำงานใหม่)']);
    const searches = workbook.getWorksheet('คำค้นยอดนิยม')!;
    expect(searches.getRow(3).values).toEqual([undefined, 2, "'=hyperlink(\"x\")", 1]);
    const docs = workbook.getWorksheet('เอกสารที่เปิดดูมากที่สุด')!;
    expect(docs.getRow(2).getCell(3).value).toBe("'+ประกาศ เรื่อง อัตราเงินสมทบ");
    expect(docs.getRow(2).getCell(4).value).toBe(2);
    const daily = workbook.getWorksheet('รายวัน')!;
    expect(daily.getRow(3).getCell(1).value).toEqual(new Date('2026-11-02T00:00:00Z'));
    expect(daily.getRow(3).getCell(3).value).toBe(2);
    const survey = workbook.getWorksheet('แบบสำรวจ')!;
    // A percentage, as the registers' rate in the same file (helper-71: 0.5 here, 66.7 there).
    expect(survey.getRow(4).values).toEqual([undefined, 'ร้อยละที่ตอบแบบสำรวจ (ผู้ตอบ ÷ ครั้งที่ใช้บริการจนจบ)', 50]);
  });

  it('writes one UTF-8 CSV with a BOM and a section per table that parses back equal to the model', async () => {
    const file = await reports.export({ kind: 'month', month: '2026-11' }, 'csv');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: false }).data;
    expect(rows[0]).toEqual(['รายงานสถิติการใช้บริการตู้ข้อมูลข่าวสาร', 'หน่วยงานของรัฐ', 'ศูนย์ข้อมูลข่าวสาร']);
    expect(rows[1]).toEqual(['ช่วงที่รายงาน', 'พฤศจิกายน ๒๕๖๙', '2026-11-01', '2026-11-30']);
    // Sections: a line "[name]", the header row, the data rows, until a blank line.
    const sections = new Map<string, string[][]>();
    for (let i = 2; i < rows.length; i++) {
      const name = /^\[(.+)\]$/.exec(rows[i]![0] ?? '')?.[1];
      if (!name || rows[i]!.length !== 1) continue;
      const body: string[][] = [];
      for (let j = i + 1; j < rows.length && !(rows[j]!.length === 1 && rows[j]![0] === ''); j++) body.push(rows[j]!);
      sections.set(name, body);
    }
    const tables = reportTables(model);
    expect([...sections.keys()]).toEqual(tables.map((t) => t.name));
    for (const table of tables) {
      const [header, ...data] = sections.get(table.name)!;
      expect(header).toEqual(table.columns.map((c) => c.header));
      expect(data.length).toBe(table.rows.length);
      data.forEach((row, r) => row.forEach((text, c) => {
        const value = table.rows[r]![c]!;
        if (typeof value === 'number') expect(Number(text)).toBe(value);
        else expect(text).toBe(value === null ? '' : exported(value));
      }));
    }
    const top = sections.get('คำค้นยอดนิยม')!;
    expect(top[1]).toEqual(['1', 'ประกันสังคม', '3']);
    expect(top[2]).toEqual(['2', "'=hyperlink(\"x\")", '1']);
    expect(sections.get('เอกสารที่เปิดดูมากที่สุด')![2]).toEqual(['2', 'doc-2', 'แผนการจัดซื้อจัดจ้าง, ปี "๒๕๖๙"', '2', '15']);
  });

  it('makes a self-contained printable HTML: embedded Sarabun, SVG charts, page numbers, signatures, escaped text', async () => {
    const file = await reports.export({ kind: 'month', month: '2026-11' }, 'html');
    const html = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(file.mimeType).toBe('text/html; charset=utf-8');
    expect(html).toMatch(/@font-face\{font-family:'Sarabun';[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}/);
    expect(html).toContain('size: A4');
    expect(html).toContain('counter(page)');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('ผู้จัดทำรายงาน');
    expect(html).toContain('ผู้อนุมัติ/ผู้บริหาร');
    expect(html).toContain('ตำแหน่ง ผู้บริหารหน่วยงาน'); // the executive's title from the settings, with no name in it
    expect(html).toContain('พฤศจิกายน ๒๕๖๙');
    expect(html).toContain('=hyperlink(&quot;x&quot;)');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});
