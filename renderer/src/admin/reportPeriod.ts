import type { PeriodInput } from '../../../electron/contract/stats';

/** Buddhist Era = Common Era + 543 (staff pick years in พ.ศ.; the calls carry CE dates). */
export const BE = 543;

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's date in the kiosk's time zone (the statistics count Bangkok days), as yyyy-mm-dd. */
export function todayInBangkok(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The Thai fiscal quarter a date falls in: October starts Q1 of the next fiscal year. */
export function fiscalQuarterOf(iso: string): { fiscalYear: number; quarter: number } {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return m >= 10 ? { fiscalYear: y + 1, quarter: 1 } : { fiscalYear: y, quarter: Math.floor((m - 1) / 3) + 2 };
}

export const currentMonth = (today = todayInBangkok()): PeriodInput => ({ kind: 'month', month: today.slice(0, 7) });

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const quarterPattern = /^\d{4}-Q[1-4]$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The period in the screen's URL (so a report can be reopened, and printed, from its address). */
export function periodFromParams(params: URLSearchParams): PeriodInput {
  const kind = params.get('kind');
  const month = params.get('month') ?? '';
  const quarter = params.get('quarter') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (kind === 'month' && monthPattern.test(month)) return { kind, month };
  if (kind === 'quarter' && quarterPattern.test(quarter)) return { kind, quarter };
  if (kind === 'range' && datePattern.test(from) && datePattern.test(to) && from <= to) return { kind, from, to };
  return currentMonth();
}

export function periodParams(period: PeriodInput): Record<string, string> {
  switch (period.kind) {
    case 'month': return { kind: 'month', month: period.month };
    case 'quarter': return { kind: 'quarter', quarter: period.quarter };
    case 'range': return { kind: 'range', from: period.from, to: period.to };
  }
}

export const monthKey = (ceYear: number, month: number) => `${ceYear}-${pad(month)}`;
export const quarterKey = (fiscalYearCe: number, quarter: number) => `${fiscalYearCe}-Q${quarter}`;

/** Years offered in the pickers: the kiosk's first years up to next year (CE). */
export function yearChoices(today = todayInBangkok()): number[] {
  const now = Number(today.slice(0, 4));
  const years: number[] = [];
  for (let y = now + 1; y >= Math.min(2024, now - 5); y--) years.push(y);
  return years;
}

/** "พฤศจิกายน" / "November": month names for the pickers. */
export const longMonthName = (month: number, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'th-TH', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

/** Digits as Thai documents write them (๑ ๒ ๓) in Thai; Arabic digits in English. */
export const localDigits = (n: number, language: string) =>
  language === 'en' ? String(n) : new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false }).format(n);
