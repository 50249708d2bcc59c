import { answeredStates, isClosedState, type AnswerTiming, type ItemClock, type RegisterItem, type RegisterSettings } from '../../contract/registers';
import { addCalendarDays, dueDate, workingDaysBetween, workingDaysLeft, type Holiday } from '../../contract/workingDays';

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
  };
}

/** Monday..Sunday of the week `today` is in: "due this week". */
export function weekOf(today: string): { from: string; to: string } {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const from = addCalendarDays(today, -weekday);
  return { from, to: addCalendarDays(from, 6) };
}

/** "Due soon": open, not overdue, and due within this many working days. */
export const DUE_SOON_WORKING_DAYS = 3;
