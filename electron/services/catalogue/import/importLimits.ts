import { KioskError } from '../../../contract/result';
import { nextTurn } from '../../timeSlices';

/**
 * How big an import may be, checked from the size alone before anything is decoded or parsed.
 * A table of 10,000 documents is ~5 MB of CSV, so 50 MB leaves room tenfold; a zip carries the
 * PDFs too and is bounded by what the contract can carry as base64 (~300 MB).
 */
export const MAX_TABLE_BYTES = 50 * 1024 ** 2;
export const MAX_BUNDLE_BYTES = 290 * 1024 ** 2;
/** Excel's own limit (column XFD): no spreadsheet staff made is wider. */
export const MAX_COLUMNS = 16_384;

const megabytes = (bytes: number) => (bytes / 1024 ** 2).toLocaleString('en', { maximumFractionDigits: 1 });

/** The refusal for a file of `bytes` bytes named `fileName`, or undefined when its size is fine. */
export function importSizeProblem(fileName: string, bytes: number): KioskError | undefined {
  const zip = fileName.toLowerCase().endsWith('.zip');
  const limit = zip ? MAX_BUNDLE_BYTES : MAX_TABLE_BYTES;
  if (bytes <= limit) return undefined;
  return new KioskError('bad_input', {
    th: `ไฟล์มีขนาด ${megabytes(bytes)} MB ใหญ่เกินกว่าจะนำเข้าได้ (ตาราง .csv .xlsx .json ไม่เกิน ${megabytes(MAX_TABLE_BYTES)} MB, ไฟล์ .zip ไม่เกิน ${megabytes(MAX_BUNDLE_BYTES)} MB) โปรดแบ่งเป็นหลายไฟล์ ไม่มีข้อมูลใดถูกเปลี่ยน`,
    en: `The file is ${megabytes(bytes)} MB, too large to import (tables .csv .xlsx .json up to ${megabytes(MAX_TABLE_BYTES)} MB, .zip up to ${megabytes(MAX_BUNDLE_BYTES)} MB); split it into smaller files. Nothing was changed`,
  }, { bytes, limit });
}

/** The decoded size of a base64 text, without decoding it (exact without whitespace; whitespace only makes it smaller). */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Characters of base64 decoded at a time: a multiple of 4 (whole groups), ~3 MB of bytes. */
const BASE64_SLICE = 4 * 1024 * 1024;

/**
 * An upload's bytes, decoded a slice at a time with a turn of the event loop between slices: an
 * import of 18 MB is 25 MB of base64, ~0.2 s in one Buffer.from on the thread that answers the
 * kiosk's screens. Line breaks and spaces (allowed by the contract) are dropped first, so that
 * every slice holds whole groups of four.
 */
export async function decodeBase64InSlices(base64: string): Promise<Buffer> {
  const text = /\s/.test(base64) ? base64.replace(/\s+/g, '') : base64;
  if (text.length <= BASE64_SLICE) return Buffer.from(text, 'base64');
  const parts: Buffer[] = [];
  for (let at = 0; at < text.length; at += BASE64_SLICE) {
    parts.push(Buffer.from(text.slice(at, at + BASE64_SLICE), 'base64'));
    await nextTurn();
  }
  return Buffer.concat(parts);
}

/** The refusal for a table row wider than any spreadsheet can be, or undefined. */
export function tooManyColumns(row: number, columns: number): KioskError | undefined {
  if (columns <= MAX_COLUMNS) return undefined;
  return new KioskError('bad_input', {
    th: `แถวที่ ${row} มี ${columns.toLocaleString('th-TH')} คอลัมน์ มากเกินกว่าที่ตารางใดจะมีได้ (ไม่เกิน ${MAX_COLUMNS.toLocaleString('th-TH')}) ไฟล์นี้อาจไม่ใช่ตารางรายการเอกสาร`,
    en: `Row ${row} has ${columns} columns, more than any spreadsheet can hold (${MAX_COLUMNS}); this is not a catalogue table`,
  }, { row, columns });
}
