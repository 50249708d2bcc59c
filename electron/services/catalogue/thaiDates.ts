/**
 * Dates as Thai offices write them: พ.ศ. years (CE + 543), Thai digits, Thai month names, and
 * the government fiscal year (October–September, named by the พ.ศ. year it ends in).
 */

export const BE_OFFSET = 543;

const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';
export const toArabicDigits = (s: string): string => s.replace(/[๐-๙]/g, (d) => String(thaiDigits.indexOf(d)));

/** Full and abbreviated Thai month names, January first. */
export const thaiMonths: readonly { full: string; short: string }[] = [
  { full: 'มกราคม', short: 'ม.ค.' }, { full: 'กุมภาพันธ์', short: 'ก.พ.' }, { full: 'มีนาคม', short: 'มี.ค.' },
  { full: 'เมษายน', short: 'เม.ย.' }, { full: 'พฤษภาคม', short: 'พ.ค.' }, { full: 'มิถุนายน', short: 'มิ.ย.' },
  { full: 'กรกฎาคม', short: 'ก.ค.' }, { full: 'สิงหาคม', short: 'ส.ค.' }, { full: 'กันยายน', short: 'ก.ย.' },
  { full: 'ตุลาคม', short: 'ต.ค.' }, { full: 'พฤศจิกายน', short: 'พ.ย.' }, { full: 'ธันวาคม', short: 'ธ.ค.' },
];
const englishMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const escape = (s: string) => s.replace(/[.]/g, '\\.');
const thaiMonthPattern = thaiMonths.flatMap((m) => [m.full, escape(m.short)]).join('|');
const monthNumberOf = (name: string): number => {
  const i = thaiMonths.findIndex((m) => m.full === name || m.short === name);
  return i >= 0 ? i + 1 : englishMonths.indexOf(name.toLowerCase()) + 1;
};

const pad = (n: number) => String(n).padStart(2, '0');
const thaiNamedDate = new RegExp(`^(\\d{1,2}) ?(${thaiMonthPattern}) ?(?:พ\\.ศ\\. ?)?(\\d{4})$`);
const thaiMonthYear = new RegExp(`(${thaiMonthPattern})\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4})`);
const englishMonthYear = new RegExp(`\\b(${englishMonths.join('|')})\\s+(\\d{4})\\b`, 'i');

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** `yyyy-mm-dd` of a real calendar day, else undefined (checked by arithmetic: imports read 10,000s). */
export function isoOf(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export interface Bilingual { th: string; en: string }
export type DateReading = { iso: string; warning?: Bilingual } | { error: Bilingual };

const notADate: Bilingual = {
  th: 'วันที่ไม่ถูกต้อง ใช้ วว/ดด/ปปปป (พ.ศ.) เช่น 15/10/2568 หรือ ปปปป-ดด-วว (ค.ศ.) เช่น 2025-10-15',
  en: 'Not a date: use dd/mm/yyyy (Buddhist Era), e.g. 15/10/2568, or yyyy-mm-dd (Common Era), e.g. 2025-10-15',
};

/** Reads a typed date: `yyyy-mm-dd` (CE), `dd/mm/yyyy` (พ.ศ.), `15 ตุลาคม 2568`; Thai digits allowed. */
export function readDate(raw: string): DateReading {
  const text = toArabicDigits(raw.trim()).replace(/\s+/g, ' ');
  let year: number, month: number, day: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const isoForm = m !== null;
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = thaiNamedDate.exec(text))) {
    [day, month, year] = [Number(m[1]), monthNumberOf(m[2] ?? ''), Number(m[3])];
  } else {
    return { error: notADate };
  }
  let warning: Bilingual | undefined;
  if (year >= 2400) {
    // yyyy-mm-dd is the CE form; a พ.ศ. year there is read as such, but said.
    if (isoForm) warning = { th: `ปี ${year} อ่านเป็น พ.ศ.`, en: `year ${year} read as Buddhist Era` };
    year -= BE_OFFSET;
  } else if (!isoForm) {
    // dd/mm/yyyy with a CE-looking year: Excel often writes CE dates this way.
    warning = { th: `ปี ${year} อ่านเป็น ค.ศ. (พ.ศ. ${year + BE_OFFSET})`, en: `year ${year} read as Common Era` };
  }
  if (year < 1900 || year > 2200) return { error: notADate };
  const iso = isoOf(year, month, day);
  if (!iso) return { error: { th: `ไม่มีวันที่นี้ในปฏิทิน: ${raw.trim()}`, en: `No such day: ${raw.trim()}` } };
  return warning ? { iso, warning } : { iso };
}

/** Today (or any instant) in Bangkok, which has no daylight saving: UTC+7. */
export function bangkokDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The fiscal year (พ.ศ.) a CE `yyyy-mm` or `yyyy-mm-dd` falls in: October starts the next one. */
export function fiscalYearOf(isoMonth: string): number {
  const year = Number(isoMonth.slice(0, 4));
  const month = Number(isoMonth.slice(5, 7));
  return year + BE_OFFSET + (month >= 10 ? 1 : 0);
}

/** The twelve months (`yyyy-mm`, CE) of a fiscal year (พ.ศ.): FY 2570 = 2026-10 … 2027-09. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  const startYear = fiscalYear - BE_OFFSET - 1;
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1;
    return `${startYear + (month >= 10 ? 0 : 1)}-${pad(month)}`;
  });
}

/** The month before `yyyy-mm`. */
export function previousMonth(isoMonth: string): string {
  const year = Number(isoMonth.slice(0, 4));
  const month = Number(isoMonth.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/**
 * The month a title names, e.g. "…ในรอบเดือนตุลาคม ๒๕๖๘" → 2025-10, "… for October 2025" → 2025-10.
 * A Thai month takes a พ.ศ. year (or a CE one if it is below 2400); an English month a CE year.
 */
export function monthNamedIn(title: string): string | undefined {
  const text = toArabicDigits(title);
  const thai = thaiMonthYear.exec(text);
  if (thai) {
    const year = Number(thai[2]);
    const ce = year >= 2400 ? year - BE_OFFSET : year;
    return `${ce}-${pad(monthNumberOf(thai[1] ?? ''))}`;
  }
  const english = englishMonthYear.exec(text);
  if (english) return `${Number(english[2])}-${pad(monthNumberOf(english[1] ?? ''))}`;
  return undefined;
}
