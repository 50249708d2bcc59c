/**
 * The Thai calendar, in one place (house rule 10): the Buddhist Era, "today" in Bangkok, the
 * government fiscal year and quarter, and dates written as Thai offices write them.
 *
 * Every year says its era in its name: `…Be` is a Buddhist Era (พ.ศ.) year, `…Ce` a Common Era year.
 * Days are `yyyy-mm-dd` and months `yyyy-mm`, always CE and always Bangkok days. Pure: no clock is
 * read here; callers pass the instant (`now`) they were given.
 */

/** พ.ศ. = ค.ศ. + 543. The only place this number is written. */
const BE_MINUS_CE_YEARS = 543;

export const yearBe = (yearCe: number): number => yearCe + BE_MINUS_CE_YEARS;
export const yearCe = (yearBeValue: number): number => yearBeValue - BE_MINUS_CE_YEARS;
/** A four-digit year that can only be Buddhist Era (2400–2800 BE = 1857–2257 CE). */
export const looksLikeYearBe = (year: number): boolean => year >= 2400 && year <= 2800;

/**
 * For a schema of a C.E. `yyyy…` value (a month, a fiscal quarter, a day): refuses one written with
 * a Buddhist Era year, naming the C.E. form meant (2569-11 -> 2026-11), in the refusal's words
 * (refusalText's ruleWords: `params.words`). A report of "พฤศจิกายน ๓๑๑๒" was made from 2569-11.
 */
export const commonEraYearOnly = (written: string, ctx: { addIssue: (issue: { code: 'custom'; message: string; params: Record<string, unknown> }) => void }): void => {
  const year = Number(written.slice(0, 4));
  if (!/^\d{4}/.test(written) || !looksLikeYearBe(year)) return;
  const meant = `${yearCe(year)}${written.slice(4)}`;
  ctx.addIssue({
    code: 'custom', message: `Buddhist Era year ${year}`,
    params: { words: { problem: { th: `เขียนปีเป็น พ.ศ. ${year}: ใช้ปี ค.ศ. เช่น ${meant}`, en: `has the Buddhist Era year ${year}: write the Common Era year, e.g. ${meant}` } } },
  });
};
/**
 * The Common Era day a `yyyy-mm-dd` written with a Buddhist Era year (2400 or later: no C.E. table
 * of this kiosk reaches it) probably means, or undefined for a C.E. one: 2570-04-13 -> 2027-04-13.
 */
export function ceDayOfBeWritten(day: string): string | undefined {
  const year = Number(day.slice(0, 4));
  if (!/^\d{4}-/.test(day) || year < 2400) return undefined;
  return `${String(yearCe(year)).padStart(4, '0')}${day.slice(4)}`;
}

/**
 * The C.E. day a date written `dd/mm/yyyy` (or with dots or dashes, as people type them) probably
 * means: a year of 2400 or more is พ.ศ., a lower one C.E. (13/04/2571 -> 2028-04-13); undefined
 * when it is not so written or names no real day.
 */
export function ceDayOfSlashWritten(text: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[3]);
  return isoDateOf(looksLikeYearBe(year) ? yearCe(year) : year, Number(m[2]), Number(m[1]));
}

// ---------------------------------------------------------------------------------------------
// Bangkok days: UTC+7 all year (no daylight saving), so plain arithmetic, whatever the machine's zone.

const BANGKOK_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
const shifted = (instant: Date | number) => new Date((typeof instant === 'number' ? instant : instant.getTime()) + BANGKOK_OFFSET_MS);

/** `2026-11-03`: the Bangkok day of an instant. */
export const bangkokDateOf = (instant: Date | number): string => shifted(instant).toISOString().slice(0, 10);
/** Today in Bangkok, for the injected `now` (a service's clock; never a screen's own). */
export const bangkokToday = (now: Date | number): string => bangkokDateOf(now);
/** `2026-11`: the Bangkok month of an instant. */
export const bangkokMonthOf = (instant: Date | number): string => shifted(instant).toISOString().slice(0, 7);
/** 0–23: the Bangkok hour of an instant. */
export const bangkokHourOf = (instant: Date | number): number => shifted(instant).getUTCHours();
/** `2026-11-03T14:05`: Bangkok wall-clock time of an instant, to the minute. */
export const bangkokMinuteOf = (instant: Date | number): string => shifted(instant).toISOString().slice(0, 16);

const timeFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * An instant as staff read it, always in Bangkok time whatever the machine's zone: "2 พ.ย. 2569 09:15"
 * (พ.ศ.) in Thai, "2 Nov 2026, 09:15" in English. The one formatter of every time a screen or notice
 * prints; text that is not an instant comes back as it was.
 */
export function bangkokTimeText(iso: string, language: string, options: { seconds?: boolean } = {}): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const key = `${language === 'en' ? 'en' : 'th'}${options.seconds ? 's' : ''}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'th-TH-u-ca-buddhist', {
      day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(options.seconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23', timeZone: 'Asia/Bangkok',
    });
    timeFormats.set(key, format);
  }
  return format.format(instant);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const daysInMonth = (yearCeValue: number, month: number): number => new Date(Date.UTC(yearCeValue, month, 0)).getUTCDate();

/** `yyyy-mm-dd` of a real calendar day, else undefined (arithmetic: imports check 10,000s). */
export function isoDateOf(yearCeValue: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(yearCeValue) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(yearCeValue, month)) return undefined;
  return `${pad(yearCeValue, 4)}-${pad(month)}-${pad(day)}`;
}

/** 0 = Monday … 6 = Sunday, for a `yyyy-mm-dd` day. */
export const weekdayOf = (day: string): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
export const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Days from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); ms <= end; ms += DAY_MS) {
    days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

/** `2026-11` */
export const monthKey = (yearCeValue: number, month: number): string => `${pad(yearCeValue, 4)}-${pad(month)}`;

/** Calendar year (CE) and month of `by` months after (yearCe, month). */
export function shiftMonth(yearCeValue: number, month: number, by: number): [yearCe: number, month: number] {
  const index = yearCeValue * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The month before `yyyy-mm`. */
export const previousMonth = (isoMonth: string): string => monthKey(...shiftMonth(Number(isoMonth.slice(0, 4)), Number(isoMonth.slice(5, 7)), -1));

/** The last day (`yyyy-mm-dd`) of a `yyyy-mm` month. */
export const lastDayOfMonth = (isoMonth: string): string => {
  const [y, m] = [Number(isoMonth.slice(0, 4)), Number(isoMonth.slice(5, 7))];
  return `${isoMonth}-${pad(daysInMonth(y, m))}`;
};

/**
 * The day a month's report falls due when it is due `daysAfter` days after the month ends (the
 * monthly procurement summary, สขร.๑): November 2026 with 15 days → 2026-12-15; 0 → its last day.
 * The report is on time through the whole of that Bangkok day.
 */
export const monthlyDueDay = (isoMonth: string, daysAfter: number): string => addDays(lastDayOfMonth(isoMonth), daysAfter);

/** Months (`yyyy-mm`) touched by the inclusive day range. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = monthKey(y, m);
    months.push(key);
    if (key >= last) return months;
    [y, m] = shiftMonth(y, m, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// The government fiscal year: October to September, named by the year it ends in
// (ปีงบประมาณ 2570 BE = fiscal year 2027 CE = October 2026 … September 2027).

/** The fiscal year (CE) a `yyyy-mm` or `yyyy-mm-dd` falls in. */
export const fiscalYearCe = (isoDateOrMonth: string): number => Number(isoDateOrMonth.slice(0, 4)) + (Number(isoDateOrMonth.slice(5, 7)) >= 10 ? 1 : 0);
/** The fiscal year (พ.ศ.) a `yyyy-mm` or `yyyy-mm-dd` falls in: what Thai documents call ปีงบประมาณ. */
export const fiscalYearBe = (isoDateOrMonth: string): number => yearBe(fiscalYearCe(isoDateOrMonth));

/** The fiscal quarter a day falls in: Q1 is October–December. */
export function fiscalQuarterOf(isoDateOrMonth: string): { fiscalYearCe: number; fiscalYearBe: number; quarter: 1 | 2 | 3 | 4 } {
  const month = Number(isoDateOrMonth.slice(5, 7));
  const quarter = (Math.floor(((month + 2) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
  const fy = fiscalYearCe(isoDateOrMonth);
  return { fiscalYearCe: fy, fiscalYearBe: yearBe(fy), quarter };
}

/** `2027-Q1`: the key of a fiscal quarter, by its fiscal year in CE (the form in report URLs and file names). */
export const quarterKey = (fiscalYearCeValue: number, quarter: number): string => `${pad(fiscalYearCeValue, 4)}-Q${quarter}`;
export function readQuarterKey(key: string): { fiscalYearCe: number; quarter: number } {
  return { fiscalYearCe: Number(key.slice(0, 4)), quarter: Number(key.slice(6)) };
}

/** The first month (CE year and month) of a fiscal quarter. */
export const fiscalQuarterStart = (fiscalYearCeValue: number, quarter: number): [yearCe: number, month: number] =>
  shiftMonth(fiscalYearCeValue - 1, 10, (quarter - 1) * 3);

/** The twelve months (`yyyy-mm`) of a fiscal year given in พ.ศ.: 2570 → 2026-10 … 2027-09. */
export function fiscalYearBeMonths(fiscalYearBeValue: number): string[] {
  const start = yearCe(fiscalYearBeValue) - 1;
  return Array.from({ length: 12 }, (_, i) => monthKey(...shiftMonth(start, 10, i)));
}

// ---------------------------------------------------------------------------------------------
// Written dates: Buddhist Era and Thai digits in Thai, Common Era in English.

const thaiDigitChars = '๐๑๒๓๔๕๖๗๘๙';
export const thaiDigits = (value: number | string): string => String(value).replace(/[0-9]/g, (d) => thaiDigitChars[Number(d)]!);
export const arabicDigitsOf = (text: string): string => text.replace(/[๐-๙]/g, (d) => String(thaiDigitChars.indexOf(d)));

export const thaiMonthNames = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'] as const;
export const thaiMonthShortNames = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;
export const englishMonthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const partsOf = (day: string) => ({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) });

/** "พฤศจิกายน ๒๕๖๙" */
export const thaiMonthYearText = (yearCeValue: number, month: number): string => `${thaiMonthNames[month - 1]} ${thaiDigits(yearBe(yearCeValue))}`;
/** "๓ พฤศจิกายน ๒๕๖๙" */
export function thaiDateLongText(day: string): string {
  const { y, m, d } = partsOf(day);
  return `${thaiDigits(d)} ${thaiMonthNames[m - 1]} ${thaiDigits(yearBe(y))}`;
}
/** "๓ พ.ย. ๖๙" */
export function thaiDateShortText(day: string): string {
  const { y, m, d } = partsOf(day);
  return `${thaiDigits(d)} ${thaiMonthShortNames[m - 1]} ${thaiDigits(shortYearBe(y))}`;
}
/** "3 November 2026" */
export function englishDateText(day: string): string {
  const { y, m, d } = partsOf(day);
  return `${d} ${englishMonthNames[m - 1]} ${y}`;
}
/**
 * A day as a screen writes it, Arabic digits in both languages: "15 ธ.ค. 2569" (พ.ศ.) in Thai,
 * "15 Dec 2026" in English. Arithmetic, not Intl: the same text in Node and every browser.
 */
export function shortDateForReader(day: string, language: string): string {
  const { y, m, d } = partsOf(day);
  return language === 'en' ? `${d} ${englishMonthNames[m - 1]!.slice(0, 3)} ${y}` : `${d} ${thaiMonthShortNames[m - 1]} ${yearBe(y)}`;
}
/**
 * A day written out, Arabic digits in both languages: "8 ธันวาคม 2569" (พ.ศ.) in Thai, "8 December
 * 2026" in English. Arithmetic, not Intl, as shortDateForReader.
 */
export function longDateForReader(day: string, language: string): string {
  const { y, m, d } = partsOf(day);
  return language === 'en' ? `${d} ${englishMonthNames[m - 1]} ${y}` : `${d} ${thaiMonthNames[m - 1]} ${yearBe(y)}`;
}
/** The last two digits of the พ.ศ. year, as "ต.ค. 68" writes it. */
export const shortYearBe = (yearCeValue: number): string => String(yearBe(yearCeValue) % 100).padStart(2, '0');
/** A year as a reader of `language` counts it: พ.ศ. in Thai, CE in English. */
export const yearForReader = (yearCeValue: number, language: string): number => (language === 'en' ? yearCeValue : yearBe(yearCeValue));

/** Day, month and พ.ศ. year of a `yyyy-mm-dd` day, as a date form shows them; blanks for no day. */
export function beDatePartsOf(day: string): { day: string; month: string; yearBe: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), yearBe: String(yearBe(Number(m[1]))) } : { day: '', month: '', yearBe: '' };
}

/** What a typed พ.ศ. date reads as: a `yyyy-mm-dd` day, nothing ('') or 'invalid'. */
export type BeDateValue = string | '' | 'invalid';

/**
 * A day typed as day, month and พ.ศ. year: the `yyyy-mm-dd` day, '' when nothing is typed, or
 * 'invalid' (31 February, a CE year typed where พ.ศ. is asked, a half-typed date).
 */
export function isoDateFromBeParts(day: string, month: string, yearBeText: string): BeDateValue {
  if (!day && !month && !yearBeText) return '';
  const be = Number(yearBeText);
  if (!/^\d+$/.test(yearBeText) || !looksLikeYearBe(be)) return 'invalid';
  return isoDateOf(yearCe(be), Number(month), Number(day)) ?? 'invalid';
}

/** Said of a day the calendar does not have (31 February, 29 February of a common year), wherever a date is read. */
export const noSuchDayText = { th: 'ไม่มีวันที่นี้ในปฏิทิน', en: 'No such day in the calendar' } as const;

/**
 * Why typed parts are 'invalid' (isoDateFromBeParts): 'noSuchDay' when a day, a month and a พ.ศ.
 * year are all there and the month has no such day (the year is right: saying so would blame it);
 * 'notADate' otherwise (a CE year, no year, a half-typed date). Undefined when they read as a day or nothing.
 */
export function beDatePartsProblem(day: string, month: string, yearBeText: string): 'noSuchDay' | 'notADate' | undefined {
  if (isoDateFromBeParts(day, month, yearBeText) !== 'invalid') return undefined;
  const be = Number(yearBeText);
  const yearRight = /^\d+$/.test(yearBeText) && looksLikeYearBe(be);
  return yearRight && /^\d+$/.test(day) && /^([1-9]|1[0-2])$/.test(month) ? 'noSuchDay' : 'notADate';
}
