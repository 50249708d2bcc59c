import type ExcelJS from 'exceljs';
/** Loaded when a workbook is made: exceljs takes ~0.3 s to load, which every CLI command and every start paid. */
const loadExcel = async () => (await import('exceljs')).default;
import { KioskError } from '../../../contract/result';
import { issue, tableFromGrid, type RawTable } from './table';
import { zipEntries } from './zipBundle';

/** An XLSX is a zip of XML: cap what it may unpack to before exceljs reads it whole. */
const MAX_XLSX_UNCOMPRESSED = 300 * 1024 ** 2;

type Cell = ExcelJS.Cell;

/** A cell as text: dates as yyyy-mm-dd, rich text joined, hyperlinks by their text. */
function cellText(cell: Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  return String(cell.text ?? '');
}

const isFormula = (cell: Cell, formula: ExcelJS.ValueType) => cell.type === formula ||
  (typeof cell.value === 'object' && cell.value !== null && ('formula' in cell.value || 'sharedFormula' in cell.value));

/**
 * The first worksheet of an XLSX. A formula cell is refused (its stored result may be stale
 * and formulas are how spreadsheet attacks travel): staff paste its value instead.
 */
export async function xlsxTable(bytes: Uint8Array): Promise<RawTable> {
  zipEntries(bytes, { entries: 10_000, uncompressed: MAX_XLSX_UNCOMPRESSED }); // an XLSX is a zip: the same bomb checks
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy gives it one of exactly the file's bytes.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new KioskError('bad_input', { th: 'อ่านไฟล์ XLSX ไม่ได้ (ไฟล์อาจเสียหาย)', en: 'Not a readable XLSX file' }, String(error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return tableFromGrid([], true);
  const width = sheet.columnCount;
  const grid: { row: number; cells: string[] }[] = [];
  const formulas: { row: number; col: number }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (isFormula(cell, excel.ValueType.Formula)) { formulas.push({ row: rowNumber, col: c }); cells.push(''); continue; }
      cells.push(cellText(cell));
    }
    grid.push({ row: rowNumber, cells });
  });
  const table = tableFromGrid(grid, true);
  const header = grid.find((r) => r.cells.some((c) => c.trim() !== ''));
  for (const f of formulas) {
    const column = header ? header.cells[f.col - 1] ?? '' : '';
    const code = /\(([a-z_0-9]+)\)\s*$/.exec(column)?.[1] ?? column;
    table.errors.push(issue(f.row, code, 'ช่องนี้เป็นสูตร ไม่รับสูตร โปรดวางเป็นค่า (Paste Values)', 'This cell holds a formula; formulas are refused: paste the value instead'));
  }
  return table;
}
