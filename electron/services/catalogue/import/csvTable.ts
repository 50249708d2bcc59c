import Papa from 'papaparse';
import { KioskError } from '../../../contract/result';
import { issue, looksLikeFormula, tableFromGrid, type RawTable } from './table';
import { nextTurn } from '../../timeSlices';

const notText = () => new KioskError('bad_input', {
  th: 'ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV (มีข้อมูลแบบไบนารี หรือไม่ใช่ UTF-8 หรือ Windows-874) โปรดบันทึกจาก Excel เป็น "CSV UTF-8" แล้วเลือกใหม่',
  en: 'This file is not CSV text (it holds binary data, or is neither UTF-8 nor Windows-874); save it from Excel as "CSV UTF-8" and choose it again',
});

/** Control characters no spreadsheet writes into a CSV (tab, line breaks, form feed and DOS end-of-file are allowed). */
const isBinaryControl = (code: number) => (code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f && code !== 0x1a);
function binaryControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isBinaryControl(text.charCodeAt(i))) count++;
  return count;
}

/**
 * Text of a CSV as Thai offices save it: UTF-8 with or without a BOM, or Windows-874 (TIS-620)
 * from older Excel. Bytes that are not valid UTF-8 are read as Windows-874. A file that is not
 * text at all (a NUL byte, bytes Windows-874 does not define, or many control characters: a
 * PDF, a zip or UTF-16 renamed .csv) is refused instead of being read as rows of noise.
 */
export async function decodeCsvBytes(bytes: Uint8Array): Promise<{ text: string; encoding: 'utf-8' | 'windows-874' }> {
  if (bytes.includes(0)) throw notText();
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  let decoded: { text: string; encoding: 'utf-8' | 'windows-874' };
  try {
    decoded = { text: await decodeUtf8InSlices(body), encoding: 'utf-8' };
  } catch {
    // Imported only here: iconv-lite is a quarter of the CLI bundle (540 KB of tables), which
    // every command compiled at its start for a CSV from older Excel that few imports hold.
    const { default: iconv } = await import('iconv-lite');
    const text = iconv.decode(Buffer.from(body), 'win874');
    // iconv-lite gives U+FFFD for the bytes Windows-874 leaves undefined (0xDB–0xDE, 0xFC–0xFF, …).
    if (text.includes('\uFFFD')) throw notText();
    decoded = { text, encoding: 'windows-874' };
  }
  const controls = binaryControls(decoded.text);
  if (controls > 0 && controls * 1000 >= decoded.text.length) throw notText();
  return decoded;
}

/** Decoded a megabyte at a time (an 18 MB import took ~0.2 s in one call on the thread that answers the kiosk's screens); throws as one call would on bytes that are not UTF-8. */
async function decodeUtf8InSlices(bytes: Uint8Array): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
    parts.push(decoder.decode(bytes.subarray(at, at + DECODE_CHUNK), { stream: at + DECODE_CHUNK < bytes.length }));
    await nextTurn();
  }
  return parts.join('');
}
const DECODE_CHUNK = 1024 * 1024;

/** The start of a refused cell, as staff find it in their file. */
const cellStart = (value: string) => { const text = value.trim(); return text.length > 40 ? `${text.slice(0, 40)}…` : text; };

/**
 * A CSV's rows; row numbers count records as a spreadsheet shows them (a quoted line break stays in its row).
 * A cell that starts like a formula is refused as an XLSX formula cell is: a CSV holds no formulas,
 * only their text, which citizens would otherwise read as a title.
 */
export async function csvTable(bytes: Uint8Array): Promise<RawTable & { encoding: 'utf-8' | 'windows-874' }> {
  const { text, encoding } = await decodeCsvBytes(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
  const grid = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  const table = tableFromGrid(grid, true);
  // A value with an unquoted comma splits into cells that shift the rest of its row: said as such,
  // not only as the shifted cells' errors (a price's digits blamed as a file name).
  const lines = grid.filter((line) => line.cells.some((c) => c.trim() !== ''));
  const columns = lines[0]?.cells.length ?? 0;
  for (const line of lines.slice(1)) {
    if (line.cells.length <= columns || line.cells.slice(columns).every((c) => c.trim() === '')) continue;
    const n = line.cells.length;
    table.errors.push(issue(line.row, '', `แถวนี้มี ${n} ช่อง แต่หัวตารางมี ${columns} คอลัมน์: ข้อความที่มีเครื่องหมายจุลภาค (,) ต้องอยู่ในเครื่องหมายคำพูด (")`,
      `This row has ${n} cells but the header has ${columns} columns: a value holding a comma (,) must be in double quotes (")`));
  }
  for (const { row, cells } of table.rows) {
    for (const [column, value] of Object.entries(cells)) {
      if (typeof value !== 'string' || !looksLikeFormula(value)) continue;
      table.errors.push(issue(row, column, `ช่องนี้ขึ้นต้นแบบสูตรของโปรแกรมตาราง (${cellStart(value)}) ไม่รับสูตร โปรดใส่ค่าที่ได้จากสูตรแทน ถ้าตั้งใจให้เป็นข้อความนี้จริง ให้พิมพ์เครื่องหมาย ' นำหน้า`,
        `This cell starts like a spreadsheet formula (${cellStart(value)}); formulas are refused: put its value instead, or, if this text is meant, start it with an apostrophe (')`));
    }
  }
  for (const e of parsed.errors) {
    // Papaparse reports a short last line as an error; only quoting problems matter here.
    if (e.type === 'Quotes') table.errors.push({ row: (e.row ?? 0) + 1, column: '', messageTh: 'เครื่องหมายคำพูด (") ไม่ครบคู่', messageEn: `Unbalanced quotes: ${e.message}` });
  }
  return { ...table, encoding };
}
