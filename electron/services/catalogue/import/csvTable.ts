import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { tableFromGrid, type RawTable } from './table';

/**
 * Text of a CSV as Thai offices save it: UTF-8 with or without a BOM, or Windows-874 (TIS-620)
 * from older Excel. Bytes that are not valid UTF-8 are read as Windows-874.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-874' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'win874'), encoding: 'windows-874' };
  }
}

/** A CSV's rows; row numbers count records as a spreadsheet shows them (a quoted line break stays in its row). */
export function csvTable(bytes: Uint8Array): RawTable & { encoding: 'utf-8' | 'windows-874' } {
  const { text, encoding } = decodeCsvBytes(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
  const grid = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  const table = tableFromGrid(grid, true);
  for (const e of parsed.errors) {
    // Papaparse reports a short last line as an error; only quoting problems matter here.
    if (e.type === 'Quotes') table.errors.push({ row: (e.row ?? 0) + 1, column: '', messageTh: 'เครื่องหมายคำพูด (") ไม่ครบคู่', messageEn: `Unbalanced quotes: ${e.message}` });
  }
  return { ...table, encoding };
}
