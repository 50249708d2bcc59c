import type { VisitorType } from '../../contract/stats';

/** Thai wording of report labels (dates are the Thai calendar's: contract/thaiCalendar.ts). */

/** Monday first, as the heat map's rows. */
export const thaiWeekdaysShort = ['จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.', 'อา.'] as const;

export const visitorTypeLabels: Record<VisitorType, string> = {
  insured: 'ผู้ประกันตน',
  employer: 'นายจ้าง/สถานประกอบการ',
  public: 'ประชาชนทั่วไป',
  government: 'หน่วยงานของรัฐ',
  other: 'อื่น ๆ',
};

const languageNames: Record<string, { th: string; en: string }> = {
  th: { th: 'ภาษาไทย', en: 'Thai' },
  en: { th: 'ภาษาอังกฤษ', en: 'English' },
};

/** `th` -> ภาษาไทย, `en+th` -> ภาษาไทยและภาษาอังกฤษ, `unknown` -> ไม่ทราบ; an unknown code stays as written. */
export function languagesLabel(key: string): { labelTh: string; labelEn: string } {
  if (key === 'unknown') return { labelTh: 'ไม่ทราบ (เริ่มก่อนเครื่องเริ่มทำงานใหม่)', labelEn: 'Unknown (started before a restart)' };
  const codes = key.split('+').sort((a, b) => languageRank(a) - languageRank(b) || (a < b ? -1 : 1));
  const names = codes.map((c) => languageNames[c] ?? { th: c, en: c });
  return { labelTh: names.map((n) => n.th).join('และ'), labelEn: names.map((n) => n.en).join(' and ') };
}

/** Order of the language rows (after their counts): Thai, English, combinations, unknown last. */
export const languageRank = (key: string): number => (key === 'th' ? 0 : key === 'en' ? 1 : key === 'unknown' ? 3 : 2);
