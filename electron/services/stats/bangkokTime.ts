/**
 * Asia/Bangkok local time: UTC+7 all year (Thailand has no daylight saving), so days, hours and
 * months are plain arithmetic and do not depend on the machine's time zone setting.
 */
export const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 86_400_000;

const shifted = (ms: number) => new Date(ms + BANGKOK_OFFSET_MS);

/** `2026-11-03` for an instant, in Bangkok. */
export const bangkokDay = (ms: number): string => shifted(ms).toISOString().slice(0, 10);
/** `2026-11` for an instant, in Bangkok. */
export const bangkokMonth = (ms: number): string => shifted(ms).toISOString().slice(0, 7);
export const bangkokHour = (ms: number): number => shifted(ms).getUTCHours();

/** 0 = Monday ... 6 = Sunday, for a `yyyy-mm-dd` day. */
export const weekdayOf = (day: string): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** Days from `from` to `to` inclusive, as `yyyy-mm-dd`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); ms <= end; ms += DAY_MS) {
    days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

export const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Months (`yyyy-mm`) touched by the inclusive day range. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
}
