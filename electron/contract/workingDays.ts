/**
 * The legal clock's day rules, pure: plain ISO `yyyy-mm-dd` days (Common Era), a holiday list
 * passed in, no clock of its own. Used by the registers (due dates, days taken to answer), the
 * CLI (`register due`) and the screens (through the services' answers).
 *
 * - Working days: Monday–Friday that are not in the holiday table.
 * - A period is counted from the day after it starts (the day of receipt is not counted).
 * - A calendar-day period whose last day falls on a weekend or holiday ends on the next working
 *   day (Administrative Procedure Act B.E. 2539, section 64).
 * - Paused intervals (a request waiting for the requester's clarification) do not count: the
 *   days after the day it stopped, up to and including the day the clarification came.
 */

export interface Holiday { date: string; nameTh: string; nameEn?: string }
/** The clock stopped after `from` and restarted after `to` (undefined: still stopped). */
export interface Pause { from: string; to?: string }
export type PeriodUnit = 'working' | 'calendar';

const DAY_MS = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

export const addCalendarDays = (day: string, n: number): string => new Date(toMs(day) + n * DAY_MS).toISOString().slice(0, 10);
export const isWeekend = (day: string): boolean => { const w = new Date(toMs(day)).getUTCDay(); return w === 0 || w === 6; };

/** A holiday table indexed by day, for the rules below. */
export function holidayIndex(holidays: readonly Holiday[]): ReadonlyMap<string, Holiday> {
  return new Map(holidays.map((h) => [h.date, h]));
}

export const isWorkingDay = (day: string, holidays: ReadonlyMap<string, Holiday>): boolean => !isWeekend(day) && !holidays.has(day);

const pausedOn = (day: string, pauses: readonly Pause[]) => pauses.some((p) => day > p.from && (p.to === undefined || day <= p.to));

export interface DueDate {
  /** The last day of the period; null while the clock is stopped (an open pause). */
  due: string | null;
  /** Holidays (on weekdays) the count stepped over, and the one a calendar period rolled past. */
  skipped: Holiday[];
  /** True when a calendar period's last day was moved to the next working day (s.64). */
  rolledOver: boolean;
}

/** The longest period the rules will walk: a guard against a runaway loop on bad input. */
const MAX_WALK_DAYS = 3_660;

/**
 * The due date of a period of `days` working or calendar days starting on `from` (not counted),
 * over `holidays`, with the clock stopped during `pauses`.
 */
export function dueDate(input: { from: string; days: number; unit: PeriodUnit; holidays: readonly Holiday[]; pauses?: readonly Pause[] }): DueDate {
  const index = holidayIndex(input.holidays);
  const pauses = input.pauses ?? [];
  if (pauses.some((p) => p.to === undefined)) return { due: null, skipped: [], rolledOver: false };
  const skipped: Holiday[] = [];
  let counted = 0;
  let day = input.from;
  for (let walked = 0; counted < input.days; walked++) {
    if (walked > MAX_WALK_DAYS) throw new RangeError('period too long');
    day = addCalendarDays(day, 1);
    if (pausedOn(day, pauses)) continue;
    if (input.unit === 'calendar' || isWorkingDay(day, index)) { counted++; continue; }
    const holiday = index.get(day);
    if (holiday && !isWeekend(day)) skipped.push(holiday);
  }
  let rolledOver = false;
  if (input.unit === 'calendar') {
    while (!isWorkingDay(day, index) || pausedOn(day, pauses)) {
      const holiday = index.get(day);
      if (holiday) skipped.push(holiday);
      rolledOver = true;
      day = addCalendarDays(day, 1);
    }
  }
  return { due: day, skipped, rolledOver };
}

/** Working days counted from the day after `from` up to and including `to`, paused days left out. */
export function workingDaysBetween(from: string, to: string, holidays: readonly Holiday[], pauses: readonly Pause[] = []): number {
  const index = holidayIndex(holidays);
  let n = 0;
  for (let day = addCalendarDays(from, 1), walked = 0; day <= to && walked <= MAX_WALK_DAYS * 3; day = addCalendarDays(day, 1), walked++) {
    if (isWorkingDay(day, index) && !pausedOn(day, pauses)) n++;
  }
  return n;
}

/** Working days left from `today` (not counted) to `due` (counted); negative when overdue. */
export function workingDaysLeft(today: string, due: string, holidays: readonly Holiday[]): number {
  return today <= due ? workingDaysBetween(today, due, holidays) : -workingDaysBetween(due, today, holidays);
}
