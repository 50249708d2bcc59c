import type { PeriodInput, ReportPeriod } from '../../contract/reports';
import { KioskError } from '../../contract/result';
import {
  addDays, daysBetween, daysInMonth, englishDateText, englishMonthNames, fiscalQuarterStart, monthKey, quarterKey, readQuarterKey,
  shiftMonth, thaiDateLongText, thaiDigits, thaiMonthYearText, yearBe,
} from '../../contract/thaiCalendar';

/** Longest custom range a report covers (three years and a day or so). */
const MAX_RANGE_DAYS = 1100;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const monthRange = (y: number, m: number) => ({ from: `${pad(y, 4)}-${pad(m)}-01`, to: `${pad(y, 4)}-${pad(m)}-${pad(daysInMonth(y, m))}` });

export function monthPeriod(yearCe: number, m: number): ReportPeriod {
  const { from, to } = monthRange(yearCe, m);
  return { kind: 'month', key: monthKey(yearCe, m), from, to, days: daysInMonth(yearCe, m), labelTh: thaiMonthYearText(yearCe, m), labelEn: `${englishMonthNames[m - 1]} ${yearCe}` };
}

/** Fiscal quarter `quarter` (Q1 = October–December) of fiscal year `fiscalYearCe` (ปีงบประมาณ = yearBe(fiscalYearCe)). */
export function quarterPeriod(fiscalYearCe: number, quarter: number): ReportPeriod {
  const [startY, startM] = fiscalQuarterStart(fiscalYearCe, quarter);
  const [endY, endM] = shiftMonth(startY, startM, 2);
  const from = monthRange(startY, startM).from;
  const to = monthRange(endY, endM).to;
  return {
    kind: 'quarter', key: quarterKey(fiscalYearCe, quarter), from, to, days: daysBetween(from, to).length,
    labelTh: `ไตรมาส ${thaiDigits(quarter)} ปีงบประมาณ ${thaiDigits(yearBe(fiscalYearCe))}`,
    labelEn: `Q${quarter} of fiscal year ${fiscalYearCe} (${englishMonthNames[startM - 1]!.slice(0, 3)} ${startY} - ${englishMonthNames[endM - 1]!.slice(0, 3)} ${endY})`,
  };
}

export function rangePeriod(from: string, to: string): ReportPeriod {
  const days = daysBetween(from, to).length;
  if (days < 1 || days > MAX_RANGE_DAYS) {
    throw new KioskError('bad_input', { th: 'ช่วงวันที่ต้องไม่เกิน ๓ ปี และวันเริ่มต้องไม่อยู่หลังวันสิ้นสุด', en: 'A date range must run forwards and cover at most three years' });
  }
  return {
    kind: 'range', key: `${from}_${to}`, from, to, days,
    labelTh: from === to ? thaiDateLongText(from) : `${thaiDateLongText(from)} – ${thaiDateLongText(to)}`,
    labelEn: from === to ? englishDateText(from) : `${englishDateText(from)} - ${englishDateText(to)}`,
  };
}

export function resolvePeriod(input: PeriodInput): ReportPeriod {
  switch (input.kind) {
    case 'month': return monthPeriod(Number(input.month.slice(0, 4)), Number(input.month.slice(5, 7)));
    case 'quarter': { const q = readQuarterKey(input.quarter); return quarterPeriod(q.fiscalYearCe, q.quarter); }
    case 'range': return rangePeriod(input.from, input.to);
  }
}

/** The period just before: the previous month, the previous fiscal quarter, or as many days before. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  if (p.kind === 'month') return monthPeriod(...shiftMonth(Number(p.key.slice(0, 4)), Number(p.key.slice(5, 7)), -1));
  if (p.kind === 'quarter') {
    const { fiscalYearCe, quarter } = readQuarterKey(p.key);
    return quarter === 1 ? quarterPeriod(fiscalYearCe - 1, 4) : quarterPeriod(fiscalYearCe, quarter - 1);
  }
  return rangePeriod(addDays(p.from, -p.days), addDays(p.from, -1));
}

/** The same period a year earlier (29 February becomes 28 February). */
export function lastYearPeriod(p: ReportPeriod): ReportPeriod {
  if (p.kind === 'month') return monthPeriod(Number(p.key.slice(0, 4)) - 1, Number(p.key.slice(5, 7)));
  if (p.kind === 'quarter') { const q = readQuarterKey(p.key); return quarterPeriod(q.fiscalYearCe - 1, q.quarter); }
  const back = (day: string) => {
    const y = Number(day.slice(0, 4)) - 1;
    const m = Number(day.slice(5, 7));
    return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(Number(day.slice(8, 10)), daysInMonth(y, m)))}`;
  };
  return rangePeriod(back(p.from), back(p.to));
}
