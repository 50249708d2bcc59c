import {
  answeredStates, isClosedState, type AnswerTiming, type HolidaysMissing, type ItemClock, type RegisterItem, type RegisterSettings,
} from '../../contract/registers';
import { yearBe } from '../../contract/thaiCalendar';
import { addCalendarDays, dueDate, workingDaysBetween, workingDaysLeft, type Holiday } from '../../contract/workingDays';
import { everyYearHolidays } from './thaiHolidays';

/**
 * Holidays a year's table lists at the least when it holds the whole year: every Thai year has
 * some fifteen to twenty (the shipped B.E. 2569 and 2570 have 19 and 21).
 */
const WHOLE_YEAR_AT_LEAST = 12;

/**
 * The years (C.E.) of a period counted from the day after `from` up to `to` that the holiday table
 * does not hold for that period. A year is held when the table lists every holiday of every year
 * (thaiHolidays' everyYearHolidays) that falls in the period, and either lists a whole year's worth
 * of days (WHOLE_YEAR_AT_LEAST) or lists a day in each month of the year the period crosses (an
 * administrator who added December's holidays for a back-dated entry). A due day counted across a
 * year not held skipped too few days and may come too early: a year with no holidays listed, one
 * begun with New Year's Day only (its lunar holidays unknown), an import that lost a row.
 */
export function missingHolidayYears(from: string, to: string, holidays: readonly Holiday[]): number[] {
  const start = addCalendarDays(from, 1);
  const first = Number(start.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const held = new Set(holidays.map((h) => h.date));
  const perYear = new Map<number, number>();
  const monthsListed = new Set(holidays.map((h) => h.date.slice(0, 7)));
  for (const h of holidays) { const year = Number(h.date.slice(0, 4)); perYear.set(year, (perYear.get(year) ?? 0) + 1); }
  const missing: number[] = [];
  for (let year = first; year <= last; year++) {
    const since = year === first ? start : `${year}-01-01`;
    const until = year === last ? to : `${year}-12-31`;
    const lacksFixed = everyYearHolidays.some((monthDay) => {
      const day = `${year}-${monthDay}`;
      return day >= since && day <= until && !held.has(day);
    });
    const firstMonth = Number(since.slice(5, 7));
    const months = Array.from({ length: Number(until.slice(5, 7)) - firstMonth + 1 }, (_, i) => `${year}-${String(firstMonth + i).padStart(2, '0')}`);
    const sparse = (perYear.get(year) ?? 0) < WHOLE_YEAR_AT_LEAST && months.some((month) => !monthsListed.has(month));
    if (lacksFixed || sparse) missing.push(year);
  }
  return missing;
}

const listed = (items: readonly string[], and: string) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`);

/** The warning for years counted without holidays, in Thai and English; undefined when there are none. */
export function holidaysMissingOf(years: readonly number[]): HolidaysMissing | undefined {
  if (years.length === 0) return undefined;
  const th = listed(years.map((y) => String(yearBe(y))), 'และ');
  const en = listed(years.map((y) => `${y} (B.E. ${yearBe(y)})`), 'and');
  return {
    years: [...years],
    th: `ตารางวันหยุดของปี พ.ศ. ${th} ยังไม่ครบ (ไม่มีวันหยุดของปีนั้นเลย หรือขาดวันหยุดที่มีทุกปี เช่น วันสงกรานต์): วันครบกำหนดที่นับข้ามปีนั้นจึงอาจเร็วกว่าที่ถูกต้อง `
      + 'ผู้ดูแลระบบโปรดเพิ่มหรือนำเข้าวันหยุดของปีนั้น (วันหยุดและกำหนดเวลา) แล้ววันครบกำหนดของเรื่องในทะเบียนจะคำนวณใหม่เอง',
    en: `The holiday table is not complete for ${en} (it has none of that year's holidays, or lacks one every year has, such as Songkran): a due date counted across that year may be too early. `
      + 'An administrator should add or import that year\'s holidays (Holidays and deadlines); the register\'s due dates are then worked out again',
  };
}

/** "Answered in time": on or before the due day (the rule of the report's figures and of the item's page). */
export function answerTiming(on: string, due: string, holidays: readonly Holiday[]): AnswerTiming {
  const onTime = on <= due;
  return { on, onTime, workingDaysLate: onTime ? 0 : workingDaysBetween(due, on, holidays) };
}

/**
 * Where the legal clock stands for an item on `today`: its due day over the holiday table (with
 * the clarification pauses left out), whether it is overdue, and the working days left. A
 * complaint also has an acknowledgement deadline while it waits to be acknowledged. A closed item
 * keeps its due day, and an answered one says whether it was answered in time.
 */
export function itemClock(item: Pick<RegisterItem, 'kind' | 'receivedOn' | 'state' | 'pauses' | 'closedOn'>, settings: RegisterSettings, holidays: readonly Holiday[], today: string): ItemClock {
  const period = settings[item.kind];
  const due = dueDate({ from: item.receivedOn, days: period.days, unit: period.unit, holidays, pauses: item.pauses });
  const closed = isClosedState(item.kind, item.state);
  const acknowledgeBy = item.kind === 'complaint' && item.state === 'received'
    ? dueDate({ from: item.receivedOn, days: settings.complaintAcknowledgeDays, unit: 'working', holidays }).due ?? undefined
    : undefined;
  const overdue = !closed && ((due.due !== null && today > due.due) || (acknowledgeBy !== undefined && today > acknowledgeBy));
  return {
    dueOn: due.due, unit: period.unit, days: period.days, paused: due.due === null,
    overdue,
    daysLeft: closed || due.due === null ? null : workingDaysLeft(today, due.due, holidays),
    skipped: due.skipped, rolledOver: due.rolledOver,
    ...(acknowledgeBy ? { acknowledgeBy } : {}),
    ...(closed && item.closedOn && due.due !== null && answeredStates.includes(item.state) ? { answered: answerTiming(item.closedOn, due.due, holidays) } : {}),
    ...holidaysMissingFor(item.receivedOn, [due.due, acknowledgeBy], holidays),
  };
}

/** `{ holidaysMissing }` when the period from `from` to the latest of `ends` runs over years the table lacks; `{}` otherwise. */
export function holidaysMissingFor(from: string, ends: readonly (string | null | undefined)[], holidays: readonly Holiday[]): { holidaysMissing?: HolidaysMissing } {
  const to = ends.filter((d): d is string => typeof d === 'string').sort().at(-1);
  const said = to === undefined ? undefined : holidaysMissingOf(missingHolidayYears(from, to, holidays));
  return said ? { holidaysMissing: said } : {};
}

/** Monday..Sunday of the week `today` is in: "due this week". */
export function weekOf(today: string): { from: string; to: string } {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const from = addCalendarDays(today, -weekday);
  return { from, to: addCalendarDays(from, 6) };
}

/** "Due soon": open, not overdue, and due within this many working days. */
export const DUE_SOON_WORKING_DAYS = 3;
