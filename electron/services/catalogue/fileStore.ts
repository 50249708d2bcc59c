import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, readdir, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_PDF_BYTES } from '../../contract/fieldLimits';
import { KioskError } from '../../contract/result';
import { Sha256 } from '../../contract/schemas';
import { readTextIfExists, writeFileDurably } from '../store/durableFile';
import { saveError } from '../store/saveError';
import { PRIVATE_FOLDER } from '../store/privateFolder';
import { extractPdfText, PDF_TEXT_VERSION } from './pdfText';

export { MAX_PDF_BYTES };
const TEXT_HEADER = '%pdf-text ';
const fileNotSaved = { th: 'บันทึกไฟล์ PDF ไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ', en: 'Could not store the PDF; nothing was changed' };

/**
 * PDFs live under their content hash in `files/` (house rule 6): a name an import gave is
 * never a path we open for writing, and the same file imported twice is stored once.
 * Extracted text sits beside it as `<sha256>.txt`, its first line naming the extractor version
 * (`%pdf-text 2`): text from an older extractor, or from before the line existed, is extracted
 * again from the PDF the first time it is read (PDF_TEXT_VERSION in pdfText.ts).
 */
export function createFileStore(dataDir: string) {
  const folder = join(dataDir, 'files');
  const pathOf = (sha256: string, ext: 'pdf' | 'txt') => {
    if (!Sha256.safeParse(sha256).success) {
      throw new KioskError('bad_input', { th: 'รหัสไฟล์ไม่ถูกต้อง', en: 'Invalid file id' });
    }
    return join(folder, `${sha256}.${ext}`);
  };
  /** A PDF is present when its name in `files/` is a file (a folder of that name, or nothing, is not). */
  const hasPdf = async (sha256: string): Promise<boolean> => (await stat(pathOf(sha256, 'pdf')).catch(() => undefined))?.isFile() ?? false;

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
      await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER });
      const target = pathOf(sha256, 'pdf');
      const existing = await stat(target).catch(() => undefined);
      if (existing?.size !== bytes.byteLength) await writeFileDurably(target, bytes).catch((error: unknown) => { throw saveError(error, fileNotSaved); });
      return sha256;
    },

    hasPdf,

    /** The hashes of every PDF present (as hasPdf says), from one listing: for a check of the whole catalogue. */
    async presentPdfs(): Promise<Set<string>> {
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      const present = new Set<string>();
      await Promise.all(entries.filter((e) => e.name.endsWith('.pdf') && Sha256.safeParse(e.name.slice(0, -'.pdf'.length)).success).map(async (e) => {
        const sha256 = e.name.slice(0, -'.pdf'.length);
        // A link is followed, as hasPdf's stat follows it; anything else is judged by the listing alone.
        if (e.isFile() || (e.isSymbolicLink() && await hasPdf(sha256))) present.add(sha256);
      }));
      return present;
    },

    readPdf: (sha256: string) => readFile(pathOf(sha256, 'pdf')),
    putText: (sha256: string, text: string) => writeFileDurably(pathOf(sha256, 'txt'), `${TEXT_HEADER}${PDF_TEXT_VERSION}\n${text}`).catch((error: unknown) => { throw saveError(error, fileNotSaved); }),

    /** The PDF's extracted text ('' if none was stored); stale text is extracted again, once, and replaced. */
    async readText(sha256: string): Promise<string> {
      const stored = await readTextIfExists(pathOf(sha256, 'txt'));
      if (stored === undefined) return '';
      const { version, text } = storedText(stored);
      if (version >= PDF_TEXT_VERSION) return text;
      // Best effort: a PDF gone or unreadable keeps its old text (without the NULs old versions let through).
      const fresh = await readFile(pathOf(sha256, 'pdf')).then(extractPdfText).then((t) => t.text, () => text.replace(/\0/g, ''));
      await writeFileDurably(pathOf(sha256, 'txt'), `${TEXT_HEADER}${PDF_TEXT_VERSION}\n${fresh}`).catch(() => undefined);
      return fresh;
    },

    /** Removes a PDF and its text; callers check first that no document still refers to it. */
    async removePdf(sha256: string): Promise<void> {
      await rm(pathOf(sha256, 'pdf'), { force: true });
      await rm(pathOf(sha256, 'txt'), { force: true });
    },
  };
}
export type FileStore = ReturnType<typeof createFileStore>;

/**
 * Which PDF texts are stored, as one short digest of the names of `files/*.txt`: part of the state
 * the search cache is stamped with (searchItem's searchStamp), so that a text deleted or added
 * outside a catalogue change is not searched from an older analysis. One listing, no file read
 * (the kiosk writes a text whole, through a rename: one edited in place is not seen).
 */
export async function pdfTextsListing(dataDir: string): Promise<string> {
  const names = (await readdir(join(dataDir, 'files')).catch(() => [] as string[])).filter((n) => n.endsWith('.txt')).sort();
  return createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 16);
}

/** A stored text file's extractor version and text (a file from before the version line: version 1). */
function storedText(stored: string): { version: number; text: string } {
  if (!stored.startsWith(TEXT_HEADER)) return { version: 1, text: stored };
  return { version: parseInt(stored.slice(TEXT_HEADER.length), 10), text: stored.slice(stored.indexOf('\n') + 1) };
}

/**
 * A PDF's text as readText gives it, read at once ('' when none is stored), or undefined when it
 * must first be extracted again (an older extractor's): for a search answering from the index
 * cache alone, which reads an item's fields as it shows them (search/cacheOnlySearch.ts).
 */
export function currentPdfTextSync(dataDir: string, sha256: string): string | undefined {
  const stored = readStoredTextSync(dataDir, sha256);
  return stored && stored.version < PDF_TEXT_VERSION ? undefined : stored?.text;
}

/** The text stored for a PDF, of whatever extractor ('' when none or unreadable): a hit's snippet in a running kiosk (catalogue's searchItemsNow). */
export const storedPdfTextSync = (dataDir: string, sha256: string): string => readStoredTextSync(dataDir, sha256)?.text ?? '';

/** Undefined when unreadable (never a path outside files/: the name must be a hash). */
function readStoredTextSync(dataDir: string, sha256: string): { version: number; text: string } | undefined {
  if (!Sha256.safeParse(sha256).success) return undefined;
  try { return storedText(readFileSync(join(dataDir, 'files', `${sha256}.txt`), 'utf8')); } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { version: PDF_TEXT_VERSION, text: '' } : undefined;
  }
}
