import type ExcelJS from 'exceljs';
/** Loaded when a workbook is made: exceljs takes ~0.3 s to load, which every CLI command and every start paid. */
const loadExcel = async () => (await import('exceljs')).default;
import type { ReportModel } from '../../contract/reports';
import { neutraliseCell } from './neutralise';
import { reportTables, type Cell, type ColumnKind } from './reportTables';

const numberFormat = (kind: ColumnKind, value: number): string =>
  kind === 'int' || Number.isInteger(value) ? '#,##0' : kind === 'ratio' ? '0.00%' : '#,##0.0###';

const toCell = (kind: ColumnKind, value: Cell): ExcelJS.CellValue => {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return typeof value === 'string' ? neutraliseCell(value) : value;
};

/** One sheet per table; row 1 holds the Thai headers; numbers are numbers and days are real dates. */
export async function reportXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = model.agency.name;
  workbook.title = `รายงานสถิติการใช้บริการ ${model.period.labelTh}`;
  workbook.created = new Date(model.generatedAt);
  for (const table of reportTables(model)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map((value, i) => toCell(table.columns[i]?.kind ?? 'text', value)));
      row.forEach((value, i) => {
        const kind = table.columns[i]?.kind ?? 'text';
        const cell = added.getCell(i + 1);
        if (kind === 'date') cell.numFmt = 'yyyy-mm-dd';
        else if (typeof value === 'number') cell.numFmt = numberFormat(kind, value);
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
