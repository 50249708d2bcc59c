import type { VisitorType } from '../../contract/stats';

/** Thai wording of dates and labels for reports (Buddhist Era, Thai digits, as official letters use). */
export const BE_OFFSET = 543;

export const thaiDigits = (value: number | string): string =>
  String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

export const thaiMonths = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'] as const;
export const thaiMonthsShort = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;
export const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** Monday first, as the heat map's rows. */
export const thaiWeekdaysShort = ['จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.', 'อา.'] as const;

const parts = (day: string) => ({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) });

/** "พฤศจิกายน ๒๕๖๙" */
export const thaiMonthLabel = (y: number, m: number): string => `${thaiMonths[m - 1]} ${thaiDigits(y + BE_OFFSET)}`;
/** "๓ พฤศจิกายน ๒๕๖๙" */
export function thaiDateLong(day: string): string {
  const { y, m, d } = parts(day);
  return `${thaiDigits(d)} ${thaiMonths[m - 1]} ${thaiDigits(y + BE_OFFSET)}`;
}
/** "๓ พ.ย. ๖๙" */
export function thaiDateShort(day: string): string {
  const { y, m, d } = parts(day);
  return `${thaiDigits(d)} ${thaiMonthsShort[m - 1]} ${thaiDigits(String(y + BE_OFFSET).slice(2))}`;
}
export function englishDate(day: string): string {
  const { y, m, d } = parts(day);
  return `${d} ${englishMonths[m - 1]} ${y}`;
}

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
