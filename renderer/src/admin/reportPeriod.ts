import type { PeriodInput, ReportPeriod } from '../../../electron/contract/reports';

/** The current month, by the Bangkok day the service's report was made on (screens read no clock of their own). */
export const currentMonth = (today: string): PeriodInput => ({ kind: 'month', month: today.slice(0, 7) });

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const quarterPattern = /^\d{4}-Q[1-4]$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The period in the screen's URL (so a report can be reopened, and printed, from its address); none: the service's current month. */
export function periodFromParams(params: URLSearchParams): PeriodInput | undefined {
  const kind = params.get('kind');
  const month = params.get('month') ?? '';
  const quarter = params.get('quarter') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (kind === 'month' && monthPattern.test(month)) return { kind, month };
  if (kind === 'quarter' && quarterPattern.test(quarter)) return { kind, quarter };
  if (kind === 'range' && datePattern.test(from) && datePattern.test(to) && from <= to) return { kind, from, to };
  return undefined;
}

export function periodParams(period: PeriodInput): Record<string, string> {
  switch (period.kind) {
    case 'month': return { kind: 'month', month: period.month };
    case 'quarter': return { kind: 'quarter', quarter: period.quarter };
    case 'range': return { kind: 'range', from: period.from, to: period.to };
  }
}

/** The period a report covers, as the calls ask for it. */
export function periodInputOf(period: ReportPeriod): PeriodInput {
  switch (period.kind) {
    case 'month': return { kind: 'month', month: period.key };
    case 'quarter': return { kind: 'quarter', quarter: period.key };
    case 'range': return { kind: 'range', from: period.from, to: period.to };
  }
}

/** Years offered in the pickers: the kiosk's first years up to next year (CE). */
export function yearChoices(today: string): number[] {
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
