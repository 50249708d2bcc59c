import type { RegisterKind } from '../../contract/registers';
import { thaiDateLongText } from '../../contract/thaiCalendar';
import { lastEntryUnseen } from '../staff/auditReconcile';
import type { FilingUndone } from './restoreFilings';
import { RESTORED_METHOD } from './restoreRecord';

/*
 * What staff are told of the citizens' filings a restore undid, in Thai and English: in the
 * restore's printed output and at sign-in after the kiosk starts again. References, kinds and days
 * received only, as the registers' lists show them: the personal data stays in the folder kept aside.
 */

interface Words { th: string; en: string }

const kindWords: Record<RegisterKind, Words> = {
  request: { th: 'คำขอข้อมูลข่าวสาร', en: 'information request' },
  complaint: { th: 'เรื่องร้องเรียน', en: 'complaint' },
};

const filingLine = (f: FilingUndone): Words => ({
  th: `${f.ref} ${kindWords[f.kind].th} รับเมื่อ ${thaiDateLongText(f.receivedOn)}`,
  en: `${f.ref} ${kindWords[f.kind].en} received ${f.receivedOn}`,
});

export interface FilingsWords {
  head: Words;
  lines: Words[];
  /** Staff must act: filings were undone, or they could not be checked. */
  tell: boolean;
}

/** The words for a restore's filings check; undefined when no folder was replaced (nothing to check). */
export function filingsWords(said: { filingsUndone?: readonly FilingUndone[]; filingsUnchecked?: string; keptIn?: string }): FilingsWords | undefined {
  const where = said.keptIn ? { th: `ข้อมูลเดิมที่เก็บไว้ที่ ${said.keptIn}`, en: `the previous data kept in ${said.keptIn}` } : { th: 'ข้อมูลเดิม', en: 'the previous data' };
  if (said.filingsUnchecked !== undefined) {
    return {
      head: {
        th: `ตรวจไม่ได้ว่าการกู้คืนย้อนเรื่องที่ประชาชนยื่นไว้หรือไม่ (อ่านทะเบียนของข้อมูลเดิมไม่ได้) โปรดเทียบทะเบียนใน${where.th} กับทะเบียนที่กู้คืน`,
        en: `The kiosk could not check which citizen filings the restore undid (the replaced registers cannot be read: ${said.filingsUnchecked}). Please compare the registers in ${where.en} with the restored ones`,
      },
      lines: [], tell: true,
    };
  }
  if (!said.filingsUndone) return undefined;
  const n = said.filingsUndone.length;
  if (n === 0) return { head: { th: 'ไม่มีเรื่องที่ประชาชนยื่นไว้ถูกย้อนกลับ', en: 'No citizen filing was undone' }, lines: [], tell: false };
  return {
    head: {
      th: `เรื่องที่ประชาชนยื่นไว้ในข้อมูลเดิมแต่ไม่อยู่ในข้อมูลที่กู้คืน ${n} เรื่อง (เลขที่รับเรื่องเหล่านี้จะไม่ถูกใช้ซ้ำ) โปรดบันทึกเรื่องเหล่านี้อีกครั้งจาก${where.th}:`,
      en: `${n} citizen filing(s) in the replaced data are not in the restored data (their reference numbers will not be given again). Please enter them again from ${where.en}:`,
    },
    lines: said.filingsUndone.map(filingLine),
    tell: true,
  };
}

/**
 * At start-up: what the last restore undid (the citizens' filings, listed; staff changes, counted:
 * the audit trail lists them), while no administrator has signed in since it (the trail says so,
 * so a restart before then does not lose it).
 */
export async function restoreNoticeToTell(auditPath: string): Promise<Words | undefined> {
  const entry = await lastEntryUnseen(auditPath, RESTORED_METHOD, (r) => r.method === 'staff.login' && r.actor?.role === 'admin');
  const note = entry?.changes[0]?.note;
  if (typeof note !== 'object' || note?.code !== 'backup.restored') return undefined;
  const words = filingsWords(note);
  const changes = note.undone.length;
  if (!words?.tell && changes === 0) return undefined;
  const list = (language: keyof Words) => (words?.lines.length ? ` ${words.lines.map((l) => l[language]).join('; ')}` : '');
  const undone: Words = changes === 0 ? { th: '', en: '' } : {
    th: `รายการที่บันทึกหลังการสำรอง ${changes} รายการถูกย้อนกลับ (ดูรายการได้ในประวัติการแก้ไข)`,
    en: `${changes} audited change(s) made after the backup were undone (the audit trail lists them)`,
  };
  const filings = (language: keyof Words) => (words?.tell ? `${words.head[language]}${list(language)}` : '');
  const join = (language: keyof Words) => [undone[language], filings(language)].filter(Boolean).join(language === 'th' ? ' ' : '. ');
  return {
    th: `กู้คืนข้อมูลจากไฟล์สำรอง ${note.archive}: ${join('th')}`,
    en: `Data restored from ${note.archive}: ${join('en')}`,
  };
}
