import { tooManyColumns } from './importLimits';
import { columnOfHeader, issue, type CellValue, type ColumnCode, type RawTable } from './table';

/**
 * A JSON array of row objects keyed by column code, e.g. the search fixtures'
 * `{id, title_th, title_en?, category, published, keywords: [...], summary_th?, body?}`.
 * Rows are numbered by their position in the array, from 1.
 */
export function jsonTable(bytes: Uint8Array): RawTable {
  const table: RawTable = { columns: [], rows: [], errors: [], warnings: [], spreadsheet: false };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    table.errors.push(issue(0, '', `อ่านไฟล์ JSON ไม่ได้: ${(error as Error).message}`, `Not valid JSON: ${(error as Error).message}`));
    return table;
  }
  if (!Array.isArray(data)) {
    table.errors.push(issue(0, '', 'ไฟล์ JSON ต้องเป็นรายการ (array) ของแถว', 'The JSON must be an array of row objects'));
    return table;
  }
  const columns = new Set<ColumnCode>();
  const unknown = new Set<string>();
  data.forEach((item: unknown, i) => {
    const row = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      table.errors.push(issue(row, '', 'แถวนี้ไม่ใช่ออบเจกต์', 'This row is not an object'));
      return;
    }
    const cells: Partial<Record<ColumnCode, CellValue>> = {};
    const entries = Object.entries(item);
    const wide = tooManyColumns(row, entries.length);
    if (wide) throw wide;
    for (const [key, value] of entries) {
      const code = columnOfHeader(key);
      if (!code) { unknown.add(key); continue; }
      columns.add(code);
      if (value === null || value === undefined) cells[code] = '';
      else if (typeof value === 'string') cells[code] = value;
      else if (typeof value === 'number' || typeof value === 'boolean') cells[code] = String(value);
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) cells[code] = value;
      else table.errors.push(issue(row, code, 'ค่าในช่องนี้ต้องเป็นข้อความ', 'This value must be text'));
    }
    table.rows.push({ row, cells });
  });
  table.columns = [...columns];
  for (const key of unknown) table.warnings.push(issue(0, key, `ไม่รู้จักคอลัมน์ "${key}" จะไม่นำเข้า`, `Unknown column "${key}" is ignored`));
  return table;
}
