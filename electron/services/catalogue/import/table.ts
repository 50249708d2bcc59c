import type { ImportIssue } from '../../../contract/catalogue-staff';
import { tooManyColumns } from './importLimits';

/**
 * The columns of an import or export file. A header cell may be the code (`title_th`), the Thai
 * label, or both as the export writes them: `ชื่อเรื่อง (ภาษาไทย) (title_th)`.
 */
export const columnLabels = {
  id: 'รหัสเอกสาร',
  title_th: 'ชื่อเรื่อง (ภาษาไทย)',
  title_en: 'ชื่อเรื่อง (ภาษาอังกฤษ)',
  category: 'หมวดหมู่',
  published: 'วันที่เผยแพร่',
  unit: 'หน่วยงานเจ้าของเรื่อง',
  unit_en: 'หน่วยงานเจ้าของเรื่อง (ภาษาอังกฤษ)',
  keywords: 'คำสำคัญ (คั่นด้วย ;)',
  summary_th: 'สาระสำคัญ (ภาษาไทย)',
  summary_en: 'สาระสำคัญ (ภาษาอังกฤษ)',
  body: 'เนื้อหา',
  url: 'ลิงก์',
  file: 'ไฟล์ PDF',
  review_by: 'วันที่ต้องทบทวน',
  paper_location: 'ที่เก็บเอกสารต้นฉบับ',
  paper_location_en: 'ที่เก็บเอกสารต้นฉบับ (ภาษาอังกฤษ)',
  status: 'สถานะ',
  file_name: 'ชื่อไฟล์',
  file_sha256: 'รหัสไฟล์ (SHA-256)',
} as const;
export type ColumnCode = keyof typeof columnLabels;
export const columnCodes = Object.keys(columnLabels) as ColumnCode[];
const isColumnCode = (s: string): s is ColumnCode => Object.hasOwn(columnLabels, s);

export const headerText = (code: ColumnCode) => `${columnLabels[code]} (${code})`;

/** Which column a header cell names, if any. */
export function columnOfHeader(header: string): ColumnCode | undefined {
  const text = header.replace(/^\uFEFF/, '').trim();
  const code = /\(([a-z_0-9]+)\)\s*$/.exec(text)?.[1] ?? text.toLowerCase();
  if (isColumnCode(code)) return code;
  return columnCodes.find((c) => columnLabels[c] === text);
}

/** A keyword list stays a list when the source has lists (JSON); spreadsheets give text. */
export type CellValue = string | string[];

export interface RawRow {
  /** The row number the spreadsheet shows (header = row 1); for JSON, the position in the array from 1. */
  row: number;
  cells: Partial<Record<ColumnCode, CellValue>>;
}

/** What a parser reads, before any checking of values. */
export interface RawTable {
  columns: ColumnCode[];
  rows: RawRow[];
  /** Problems the parser found in single cells (formulas) or the header. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** True for spreadsheets: a leading apostrophe the export added against formula injection is stripped. */
  spreadsheet: boolean;
}

export const issue = (row: number, column: string, th: string, en: string): ImportIssue => ({ row, column, messageTh: th, messageEn: en });

/** Builds a table from a grid of text: the first non-empty row is the header. */
export function tableFromGrid(grid: { row: number; cells: string[] }[], spreadsheet: boolean): RawTable {
  const table: RawTable = { columns: [], rows: [], errors: [], warnings: [], spreadsheet };
  // A 100,000-column line is not a table staff made: refuse it rather than warn 100,000 times.
  for (const line of grid) {
    const wide = tooManyColumns(line.row, line.cells.length);
    if (wide) throw wide;
  }
  const nonEmpty = grid.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty[0];
  if (!header) {
    table.errors.push(issue(1, '', 'ไฟล์ว่าง ไม่มีหัวตาราง', 'The file is empty: no header row'));
    return table;
  }
  const columnAt: (ColumnCode | undefined)[] = header.cells.map((h) => columnOfHeader(h));
  header.cells.forEach((h, i) => {
    const code = columnAt[i];
    if (h.trim() === '') return;
    if (!code) table.warnings.push(issue(header.row, h, `ไม่รู้จักคอลัมน์ "${h}" จะไม่นำเข้า`, `Unknown column "${h}" is ignored`));
    else if (columnAt.indexOf(code) !== i) {
      table.errors.push(issue(header.row, code, `คอลัมน์ ${code} ซ้ำกัน`, `Column ${code} appears twice`));
      columnAt[i] = undefined;
    } else table.columns.push(code);
  });
  for (const line of nonEmpty.slice(1)) {
    const cells: RawRow['cells'] = {};
    columnAt.forEach((code, i) => { if (code) cells[code] = line.cells[i] ?? ''; });
    table.rows.push({ row: line.row, cells });
  }
  return table;
}

/**
 * Text a spreadsheet would take for a formula: "=…", or "+", "-" or "@" before a function call
 * ("+HYPERLINK(", "@SUM(") or a DDE link ("-2+3+cmd|' /C calc'!A0"). A sign before a number
 * ("-5%", "+66 2…"), a LINE id ("@ssothai") and a list dash ("- ข้อ 1") are ordinary text; so is
 * anything after the export's guard apostrophe ("'=…", stripped on import).
 */
export function looksLikeFormula(value: string): boolean {
  const text = value.trimStart(); // the importer trims: " =1+1" would be stored as "=1+1"
  // A DDE link is a program name, a pipe and its quoted argument, then "!": cmd|' /C calc'!A0.
  return text.startsWith('=') || /^[+\-@]\s*[A-Za-z_][\w.]*\s*\(/.test(text) || /^[+\-@][^|]*\b[A-Za-z]\w*\|\s*'[^']*'\s*!/.test(text);
}

/** The formula-injection guard the export adds: one apostrophe before = + - @ tab or CR. */
const guarded = /^'+[=+\-@\t\r]/;
export const stripFormulaGuard = (value: string): string => (guarded.test(value) ? value.slice(1) : value);
export const addFormulaGuard = (value: string): string => (guarded.test(value) || /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
