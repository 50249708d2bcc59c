import { KioskError } from '../../contract/result';
import type { AttachedFile } from '../../contract/schemas';
import { MAX_PDF_BYTES, type FileStore } from './fileStore';
import { extractPdfText } from './pdfText';

/** Why bytes cannot be attached as a PDF, in both languages; undefined when they can. */
export function pdfProblem(bytes: Uint8Array): { th: string; en: string } | undefined {
  if (bytes.byteLength > MAX_PDF_BYTES) return { th: 'ไฟล์ PDF ใหญ่เกิน 50 MB', en: 'The PDF is larger than 50 MB' };
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') return { th: 'ไฟล์นี้ไม่ใช่ PDF', en: 'This file is not a PDF' };
  return undefined;
}

/** A file name as shown to staff: the last path segment, without control characters. */
export const displayName = (name: string): string =>
  (name.split(/[\\/]/).pop() ?? name).replace(/\p{Cc}/gu, '').trim().slice(0, 255) || 'document.pdf';

/**
 * Stores a PDF under its SHA-256 with its extracted text beside it. A PDF pdf.js cannot read is
 * refused; one with no text layer (a scan) is kept with `hasText: false`.
 */
export async function storePdf(files: FileStore, bytes: Uint8Array, name: string): Promise<AttachedFile> {
  const problem = pdfProblem(bytes);
  if (problem) throw new KioskError('bad_input', problem);
  let text;
  try {
    text = await extractPdfText(bytes);
  } catch (error) {
    throw new KioskError('bad_input', { th: 'เปิดไฟล์ PDF นี้ไม่ได้ (ไฟล์อาจเสียหายหรือมีรหัสผ่าน)', en: 'This PDF cannot be read (damaged or password-protected)' }, String(error));
  }
  const sha256 = await files.putPdf(bytes);
  await files.putText(sha256, text.text);
  return { sha256, name: displayName(name), bytes: bytes.byteLength, pages: text.pages, hasText: text.hasText };
}
