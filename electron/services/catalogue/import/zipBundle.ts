import { unzipSync } from 'fflate';
import { KioskError } from '../../../contract/result';

export const MAX_ZIP_ENTRIES = 5000;
export const MAX_ZIP_UNCOMPRESSED = 1024 ** 3;

export interface ZipEntry { name: string; originalSize: number }

const refuse = (th: string, en: string) => new KioskError('bad_input', { th, en });

/**
 * A path inside an archive or an import that we are willing to follow: relative, with no `..`
 * segment, no drive letter, no backslash tricks. Returns the normalised `a/b/c` form.
 */
export function safeRelativePath(name: string): string | undefined {
  const slashed = name.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed) || slashed.includes('\0')) return undefined;
  const parts = slashed.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..')) return undefined;
  return parts.join('/');
}

/**
 * The entries of a zip, read from its central directory only: nothing is inflated here, so a
 * zip bomb, a zip-slip name or a flood of entries is refused before it costs memory.
 */
export function zipEntries(bytes: Uint8Array, limits = { entries: MAX_ZIP_ENTRIES, uncompressed: MAX_ZIP_UNCOMPRESSED }): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        if (entries.length >= limits.entries) {
          throw refuse(`ไฟล์ zip มีรายการเกิน ${limits.entries.toLocaleString('th-TH')} รายการ`, `The zip holds more than ${limits.entries} entries`);
        }
        if (!file.name.endsWith('/') && safeRelativePath(file.name) === undefined) {
          throw refuse(`ไฟล์ zip มีชื่อไฟล์ที่ชี้ออกนอกโฟลเดอร์: ${file.name.slice(0, 200)}`, `The zip holds a path that escapes its folder: ${file.name.slice(0, 200)}`);
        }
        total += file.originalSize;
        if (total > limits.uncompressed) {
          const size = limits.uncompressed >= 1024 ** 3 ? `${limits.uncompressed / 1024 ** 3} GB` : `${Math.round(limits.uncompressed / 1024 ** 2)} MB`;
          throw refuse(`ไฟล์ zip เมื่อแตกออกใหญ่เกิน ${size}`, `The zip would unpack to more than ${size}`);
        }
        entries.push({ name: file.name, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof KioskError) throw error;
    throw refuse('อ่านไฟล์ zip ไม่ได้ (ไฟล์อาจเสียหาย)', `Not a readable zip: ${(error as Error).message}`);
  }
  return entries;
}

/**
 * Inflates only the named entries. The central directory's sizes were checked by `zipEntries`;
 * fflate inflates into a buffer of exactly that size, so a lying header cannot make it grow.
 */
export function inflateEntries(bytes: Uint8Array, names: ReadonlySet<string>): Map<string, Uint8Array> {
  try {
    return new Map(Object.entries(unzipSync(bytes, { filter: (file) => names.has(file.name) })));
  } catch (error) {
    throw refuse('แตกไฟล์ zip ไม่ได้ (ไฟล์อาจเสียหาย)', `Could not unpack the zip: ${(error as Error).message}`);
  }
}
