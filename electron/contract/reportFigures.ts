import type { ReportTotals } from './reports';

/*
 * How a report's figures compare and read, one rule each for the web report, the printable one and
 * the exports (they were written twice, in the report service and in the screen).
 */

/**
 * The change of a figure against an earlier period, as a fraction (0.25 = +25%). Null when there is
 * nothing to compare: no earlier figure, or zero before (an infinite rise says nothing).
 */
export function changeFraction(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  return (now - before) / before;
}

/** A duration as a report reads it; rounded to zero it is "under a second" (0 s reads as "not viewed"). */
export type DurationReading =
  | { kind: 'none' }
  | { kind: 'underASecond' }
  | { kind: 'seconds'; seconds: number }
  | { kind: 'minutes'; minutes: number; seconds: number };

export function durationReading(seconds: number | null): DurationReading {
  if (seconds === null) return { kind: 'none' };
  // Under ten seconds a tenth says something (1.4 s beside a median of 2 s), as the XLSX and CSV give it.
  const tenths = Math.round(seconds * 10) / 10;
  if (tenths < 0.95) return { kind: 'underASecond' };
  if (tenths < 10) return { kind: 'seconds', seconds: tenths };
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? { kind: 'minutes', minutes, seconds: whole % 60 } : { kind: 'seconds', seconds: whole };
}

/** Survey answers over completed visits (null when no visit ended): the period's and its comparisons' alike. */
export const responseRateOf = (totals: Pick<ReportTotals, 'visitsEnded' | 'surveyAnswered'>): number | null =>
  (totals.visitsEnded > 0 ? totals.surveyAnswered / totals.visitsEnded : null);
