import { arabicDigitsOf, englishMonthNames, isoDateOf, noSuchDayText, thaiMonthNames, thaiMonthShortNames, yearBe, yearCe } from '../../contract/thaiCalendar';

/**
 * Reading dates as people type them into imports and titles: `dd/mm/yyyy` in พ.ศ., `yyyy-mm-dd` in
 * CE, Thai month names, Thai digits. The calendar itself is contract/thaiCalendar.ts.
 */

const englishMonths = englishMonthNames.map((m) => m.toLowerCase());

const escape = (s: string) => s.replace(/[.]/g, '\\.');
const thaiMonthPattern = thaiMonthNames.flatMap((full, i) => [full, escape(thaiMonthShortNames[i]!)]).join('|');
const monthNumberOf = (name: string): number => {
  const i = thaiMonthNames.findIndex((full, j) => full === name || thaiMonthShortNames[j] === name);
  return i >= 0 ? i + 1 : englishMonths.indexOf(name.toLowerCase()) + 1;
};

const pad = (n: number) => String(n).padStart(2, '0');
const thaiNamedDate = new RegExp(`^(\\d{1,2}) ?(${thaiMonthPattern}) ?(?:พ\\.ศ\\. ?)?(\\d{4})$`);
const thaiMonthYear = new RegExp(`(${thaiMonthPattern})\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4})`);
const englishMonthYear = new RegExp(`\\b(${englishMonths.join('|')})\\s+(\\d{4})\\b`, 'i');

export interface Bilingual { th: string; en: string }
export type DateReading = { iso: string; warning?: Bilingual } | { error: Bilingual };

const notADate: Bilingual = {
  th: 'วันที่ไม่ถูกต้อง ใช้ วว/ดด/ปปปป (พ.ศ.) เช่น 15/10/2568 หรือ ปปปป-ดด-วว (ค.ศ.) เช่น 2025-10-15',
  en: 'Not a date: use dd/mm/yyyy (Buddhist Era), e.g. 15/10/2568, or yyyy-mm-dd (Common Era), e.g. 2025-10-15',
};

/** Reads a typed date: `yyyy-mm-dd` (CE), `dd/mm/yyyy` (พ.ศ.), `15 ตุลาคม 2568`; Thai digits allowed. */
export function readDate(raw: string): DateReading {
  const text = arabicDigitsOf(raw.trim()).replace(/\s+/g, ' ');
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
    year = yearCe(year);
  } else if (!isoForm) {
    // dd/mm/yyyy with a CE-looking year: Excel often writes CE dates this way.
    warning = { th: `ปี ${year} อ่านเป็น ค.ศ. (พ.ศ. ${yearBe(year)})`, en: `year ${year} read as Common Era` };
  }
  if (year < 1900 || year > 2200) return { error: notADate };
  const iso = isoDateOf(year, month, day);
  if (!iso) return { error: { th: `${noSuchDayText.th}: ${raw.trim()}`, en: `${noSuchDayText.en}: ${raw.trim()}` } };
  return warning ? { iso, warning } : { iso };
}

/**
 * The month a title names, e.g. "…ในรอบเดือนตุลาคม ๒๕๖๘" → 2025-10, "… for October 2025" → 2025-10.
 * A Thai month takes a พ.ศ. year (or a CE one if it is below 2400); an English month a CE year.
 */
export function monthNamedIn(title: string): string | undefined {
  const text = arabicDigitsOf(title);
  const thai = thaiMonthYear.exec(text);
  if (thai) {
    const year = Number(thai[2]);
    const ce = year >= 2400 ? yearCe(year) : year;
    return `${ce}-${pad(monthNumberOf(thai[1] ?? ''))}`;
  }
  const english = englishMonthYear.exec(text);
  if (english) return `${Number(english[2])}-${pad(monthNumberOf(english[1] ?? ''))}`;
  return undefined;
}
