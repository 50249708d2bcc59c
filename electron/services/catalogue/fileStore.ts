import { createHash } from 'node:crypto';
import { readFile, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KioskError } from '../../contract/result';
import { Sha256 } from '../../contract/schemas';
import { readTextIfExists, writeFileDurably } from '../store/durableFile';

export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/**
 * PDFs live under their content hash in `files/` (house rule 6): a name an import gave is
 * never a path we open for writing, and the same file imported twice is stored once.
 * Extracted text sits beside it as `<sha256>.txt`.
 */
export function createFileStore(dataDir: string) {
  const folder = join(dataDir, 'files');
  const pathOf = (sha256: string, ext: 'pdf' | 'txt') => {
    if (!Sha256.safeParse(sha256).success) {
      throw new KioskError('bad_input', { th: 'รหัสไฟล์ไม่ถูกต้อง', en: 'Invalid file id' });
    }
    return join(folder, `${sha256}.${ext}`);
  };

  return {
    folder,
    pdfPath: (sha256: string) => pathOf(sha256, 'pdf'),

    async putPdf(bytes: Uint8Array): Promise<string> {
      if (bytes.byteLength > MAX_PDF_BYTES) {
        throw new KioskError('bad_input', { th: 'ไฟล์ PDF ใหญ่เกิน 50 MB', en: 'The PDF is larger than 50 MB' });
      }
      if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
        throw new KioskError('bad_input', { th: 'ไฟล์นี้ไม่ใช่ PDF', en: 'This file is not a PDF' });
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await mkdir(folder, { recursive: true });
      const target = pathOf(sha256, 'pdf');
      const existing = await stat(target).catch(() => undefined);
      if (existing?.size !== bytes.byteLength) await writeFileDurably(target, bytes);
      return sha256;
    },

    async hasPdf(sha256: string): Promise<boolean> {
      return (await stat(pathOf(sha256, 'pdf')).catch(() => undefined))?.isFile() ?? false;
    },

    readPdf: (sha256: string) => readFile(pathOf(sha256, 'pdf')),
    putText: (sha256: string, text: string) => writeFileDurably(pathOf(sha256, 'txt'), text),
    readText: async (sha256: string) => (await readTextIfExists(pathOf(sha256, 'txt'))) ?? '',

    /** Removes a PDF and its text; callers check first that no document still refers to it. */
    async removePdf(sha256: string): Promise<void> {
      await rm(pathOf(sha256, 'pdf'), { force: true });
      await rm(pathOf(sha256, 'txt'), { force: true });
    },
  };
}
export type FileStore = ReturnType<typeof createFileStore>;
