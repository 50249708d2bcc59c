import type { PeriodInput, ReportPeriod } from '../../contract/stats';
import { KioskError } from '../../contract/result';
import { addDays, daysBetween } from '../stats/bangkokTime';
import { englishDate, englishMonths, thaiDateLong, thaiDigits, thaiMonthLabel, BE_OFFSET } from './thaiLabels';

/** Longest custom range a report covers (three years and a day or so). */
const MAX_RANGE_DAYS = 1100;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthRange = (y: number, m: number) => ({ from: `${pad(y, 4)}-${pad(m)}-01`, to: `${pad(y, 4)}-${pad(m)}-${pad(lastDayOf(y, m))}` });

/** Calendar month and year of `m` months after (y, m). */
function shiftMonth(y: number, m: number, by: number): [number, number] {
  const index = y * 12 + (m - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * Thai fiscal year N (CE) runs 1 October N-1 .. 30 September N; ปีงบประมาณ = N + 543.
 * Q1 Oct-Dec (of N-1), Q2 Jan-Mar, Q3 Apr-Jun, Q4 Jul-Sep.
 */
export function fiscalQuarterMonths(fiscalYear: number, quarter: number): { y: number; m: number } {
  const [y, m] = shiftMonth(fiscalYear - 1, 10, (quarter - 1) * 3);
  return { y, m };
}

export function monthPeriod(y: number, m: number): ReportPeriod {
  const { from, to } = monthRange(y, m);
  return { kind: 'month', key: `${pad(y, 4)}-${pad(m)}`, from, to, days: lastDayOf(y, m), labelTh: thaiMonthLabel(y, m), labelEn: `${englishMonths[m - 1]} ${y}` };
}

export function quarterPeriod(fiscalYear: number, quarter: number): ReportPeriod {
  const start = fiscalQuarterMonths(fiscalYear, quarter);
  const [endY, endM] = shiftMonth(start.y, start.m, 2);
  const from = monthRange(start.y, start.m).from;
  const to = monthRange(endY, endM).to;
  return {
    kind: 'quarter', key: `${fiscalYear}-Q${quarter}`, from, to, days: daysBetween(from, to).length,
    labelTh: `ไตรมาส ${thaiDigits(quarter)} ปีงบประมาณ ${thaiDigits(fiscalYear + BE_OFFSET)}`,
    labelEn: `Q${quarter} of fiscal year ${fiscalYear} (${englishMonths[start.m - 1]!.slice(0, 3)} ${start.y} - ${englishMonths[endM - 1]!.slice(0, 3)} ${endY})`,
  };
}

export function rangePeriod(from: string, to: string): ReportPeriod {
  const days = daysBetween(from, to).length;
  if (days < 1 || days > MAX_RANGE_DAYS) {
    throw new KioskError('bad_input', { th: 'ช่วงวันที่ต้องไม่เกิน ๓ ปี และวันเริ่มต้องไม่อยู่หลังวันสิ้นสุด', en: 'A date range must run forwards and cover at most three years' });
  }
  return {
    kind: 'range', key: `${from}_${to}`, from, to, days,
    labelTh: from === to ? thaiDateLong(from) : `${thaiDateLong(from)} – ${thaiDateLong(to)}`,
    labelEn: from === to ? englishDate(from) : `${englishDate(from)} - ${englishDate(to)}`,
  };
}

export function resolvePeriod(input: PeriodInput): ReportPeriod {
  switch (input.kind) {
    case 'month': return monthPeriod(Number(input.month.slice(0, 4)), Number(input.month.slice(5, 7)));
    case 'quarter': return quarterPeriod(Number(input.quarter.slice(0, 4)), Number(input.quarter.slice(6)));
    case 'range': return rangePeriod(input.from, input.to);
  }
}

/** The period just before: the previous month, the previous fiscal quarter, or as many days before. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  if (p.kind === 'month') return monthPeriod(...shiftMonth(Number(p.key.slice(0, 4)), Number(p.key.slice(5, 7)), -1));
  if (p.kind === 'quarter') {
    const [fy, q] = [Number(p.key.slice(0, 4)), Number(p.key.slice(6))];
    return q === 1 ? quarterPeriod(fy - 1, 4) : quarterPeriod(fy, q - 1);
  }
  return rangePeriod(addDays(p.from, -p.days), addDays(p.from, -1));
}

/** The same period a year earlier (29 February becomes 28 February). */
export function lastYearPeriod(p: ReportPeriod): ReportPeriod {
  if (p.kind === 'month') return monthPeriod(Number(p.key.slice(0, 4)) - 1, Number(p.key.slice(5, 7)));
  if (p.kind === 'quarter') return quarterPeriod(Number(p.key.slice(0, 4)) - 1, Number(p.key.slice(6)));
  const back = (day: string) => {
    const y = Number(day.slice(0, 4)) - 1;
    const m = Number(day.slice(5, 7));
    return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(Number(day.slice(8, 10)), lastDayOf(y, m)))}`;
  };
  return rangePeriod(back(p.from), back(p.to));
}
