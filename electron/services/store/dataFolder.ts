import { lstat, readdir } from 'node:fs/promises';
import { KioskError } from '../../contract/result';
import { AUDIT_FILE, AUDIT_HEAD_FILE } from '../staff/auditLog';
import { OWNER_FILE } from './folderLock';

/**
 * What a `--data` path holds, before anything is written there: nothing yet, an empty folder, a
 * kiosk's data, or other files (a mistyped path: a home folder, a project). A kiosk seeds the
 * sample into a new folder and makes everything in it private (PDPA): done to a folder of someone's
 * own files, that filled it and changed their files' permissions (outside tester, helper-69).
 */
export type DataFolderKind = 'missing' | 'empty' | 'kiosk' | 'other' | 'unreadable';

/** Names only a kiosk writes at the top of its folder (and their last good copies, `settings.json.1`). Not logs/ or files/: any folder may hold those. */
const KIOSK_NAMES = ['settings.json', 'staff.json', 'registers.json', 'holidays.json', 'catalogue', 'catalogue.json', 'fleet', AUDIT_FILE, AUDIT_HEAD_FILE, OWNER_FILE, '.kiosk.sock'];

export async function dataFolderKind(dir: string): Promise<DataFolderKind> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Not a folder (a file, a link to nowhere), or not ours to read: the commands and stores that open it say so in their words.
    if (code !== 'ENOENT') return 'unreadable';
    return (await lstat(dir).then(() => true, () => false)) ? 'unreadable' : 'missing';
  }
  if (names.length === 0) return 'empty';
  return names.some((name) => KIOSK_NAMES.some((k) => name === k || name.startsWith(`${k}.`))) ? 'kiosk' : 'other';
}

/** The refusal of a folder that holds other files, in Thai and English. */
export const notADataFolder = (dir: string) => ({
  th: `โฟลเดอร์ ${dir} มีไฟล์อื่นอยู่และไม่ใช่โฟลเดอร์ข้อมูลของตู้: ไม่ได้ทำรายการใดและไม่ได้แก้ไขไฟล์ในโฟลเดอร์นั้น โปรดตรวจสอบ --data (โฟลเดอร์ข้อมูลใหม่ต้องว่างหรือยังไม่มีอยู่)`,
  en: `${dir} holds other files and no kiosk data: nothing was done and nothing in it was changed. Check --data (a new data folder must be empty or not exist yet)`,
});

/** For a kiosk's start (Electron, the web mode): refuses a folder of other files before anything is written to it. */
export async function refuseOtherFolder(dir: string): Promise<void> {
  if (await dataFolderKind(dir) === 'other') throw new KioskError('bad_input', notADataFolder(dir));
}
