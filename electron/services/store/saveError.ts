import { KioskError } from '../../contract/result';

/** What staff read when a save found no room on the disk (shown by every screen that saves). */
export const diskFullText = {
  th: 'บันทึกไม่สำเร็จเพราะพื้นที่ดิสก์เต็ม ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ โปรดแจ้งผู้ดูแลระบบให้เพิ่มพื้นที่ว่าง แล้วบันทึกอีกครั้ง',
  en: 'Not saved: the disk is full. Everything saved before is intact; ask IT to free some disk space, then save again',
};

/** ENOSPC (no space) and EDQUOT (over quota) mean the same to the person saving. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * The refusal for a write that failed: a full disk gets its own code and a message saying what
 * to do, any other failure the caller's `storage` text. Callers roll back their memory first.
 * `detail: false` for public calls: the system error names paths of the data folder.
 */
export function saveError(error: unknown, otherwise: { th: string; en: string }, options: { detail: boolean } = { detail: true }): KioskError {
  if (error instanceof KioskError) return error;
  const detail = options.detail ? String(error) : undefined;
  return isDiskFull(error) ? new KioskError('disk_full', diskFullText, detail) : new KioskError('storage', otherwise, detail);
}

/** What the process refusing a write is: a kiosk serving screens, or a one-shot admin command (the CLI). */
export type FolderUser = 'kiosk' | 'command';

/**
 * The refusal of every write by a process that does not hold its data folder (it could not be
 * written when the process started): even once the disk has room again, another writer may have
 * taken the folder meanwhile, and this process's copy of the data is then stale (house rule 9).
 * A kiosk is restarted once the folder is fixed; a command is simply run again (no kiosk exists).
 */
export function notHolderError(user: FolderUser = 'kiosk'): KioskError {
  if (user === 'command') {
    return new KioskError('storage', {
      th: 'บันทึกข้อมูลลงโฟลเดอร์ข้อมูลไม่ได้ (โฟลเดอร์อ่านได้อย่างเดียว หรือพื้นที่ดิสก์เต็ม) จึงไม่มีข้อมูลใดถูกเปลี่ยนแปลง โปรดแก้ไขสิทธิ์การเขียนของโฟลเดอร์หรือเพิ่มพื้นที่ดิสก์ แล้วสั่งคำสั่งนี้อีกครั้ง',
      en: 'The data folder cannot be written (it is read-only or its disk is full), so nothing was changed. Fix the folder\'s write permission or free some disk space, then run the command again',
    });
  }
  return new KioskError('storage', {
    th: 'เครื่องนี้เริ่มทำงานขณะที่บันทึกข้อมูลลงโฟลเดอร์ข้อมูลไม่ได้ (ดิสก์เต็มหรืออ่านได้อย่างเดียว) จึงให้บริการประชาชนได้อย่างเดียว ไม่มีข้อมูลใดถูกเปลี่ยนแปลง เมื่อแก้ไขแล้วโปรดเริ่มโปรแกรมใหม่ก่อนบันทึก',
    en: 'This kiosk started while its data folder could not be written (a full disk or a read-only folder), so it only serves citizens; nothing was changed. Once that is fixed, restart the kiosk before saving',
  });
}

