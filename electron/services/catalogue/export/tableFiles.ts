/** Loaded when a workbook is made: exceljs takes ~0.3 s to load, which every CLI command and every start paid. */
const loadExcel = async () => (await import('exceljs')).default;
import { addFormulaGuard, headerText } from '../import/table';
import { exportColumns, type ExportRow } from './exportRows';

const csvField = (value: string) => `"${addFormulaGuard(value).replace(/"/g, '""')}"`;

/** CSV, UTF-8 with a BOM so Excel reads Thai; every field quoted; formula injection neutralised. */
export function catalogueCsv(rows: ExportRow[]): Uint8Array {
  const lines = [exportColumns.map((c) => csvField(headerText(c))).join(',')];
  for (const row of rows) lines.push(exportColumns.map((c) => csvField(row[c])).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** JSON: an array of row objects keyed by column code, keywords as a list; importable as it is. */
export function catalogueJson(rows: ExportRow[]): Uint8Array {
  const objects = rows.map((row) => Object.fromEntries(exportColumns.map((c) => [c, c === 'keywords' ? row.keywordList : row[c]])));
  return new TextEncoder().encode(JSON.stringify(objects, null, 1));
}

const dateColumns = new Set(['published', 'review_by']);

/** XLSX: headers in Thai with the column code, dates as real dates, text cells guarded against formulas. */
export async function catalogueXlsx(rows: ExportRow[]): Promise<Uint8Array> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('เอกสาร', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((c) => ({
    header: headerText(c), key: c,
    width: c === 'title_th' || c === 'summary_th' ? 50 : dateColumns.has(c) ? 14 : 20,
    style: dateColumns.has(c) ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(exportColumns.map((c) => {
      const value = row[c];
      if (dateColumns.has(c)) return [c, value ? new Date(`${value}T00:00:00Z`) : null];
      return [c, addFormulaGuard(value)];
    })));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
