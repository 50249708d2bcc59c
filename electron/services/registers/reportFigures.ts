import {
  answeredStates, channels, type RegisterItem, type RegisterKind, type RegisterKindFigures, type RegistersReport, type RegisterSettings,
} from '../../contract/registers';
import { dueDate, workingDaysBetween, type Holiday } from '../../contract/workingDays';
import { answerTiming, holidaysMissingOf, missingHolidayYears } from './clock';

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Whether a complaint still waited to be acknowledged on `day`: no move out of "received" by then. */
const waitingAcknowledgementAt = (i: RegisterItem, day: string) => !i.history.some((h) => h.state !== 'received' && h.on <= day);

/**
 * The registers' section of the statistics report for the days `from`..`to` (inclusive): what
 * came in, what was answered and how fast, what was overdue when the period ended (or today, for a
 * period still running: nothing is overdue on a day still to come). Anonymous: counts only.
 */
export function registerFigures(items: readonly RegisterItem[], settings: RegisterSettings, holidays: readonly Holiday[], from: string, to: string, today: string): RegistersReport {
  const end = today < to ? today : to;
  /** Years the figures counted over without holidays: from an item's receipt to the latest day counted (its due day, its answer). */
  const missing = new Set<number>();
  const counted = (i: RegisterItem, days: readonly (string | null | undefined)[]) => {
    const last = days.filter((d): d is string => typeof d === 'string').sort().at(-1);
    if (last !== undefined) for (const y of missingHolidayYears(i.receivedOn, last, holidays)) missing.add(y);
  };
  const figures = (kind: RegisterKind): RegisterKindFigures => {
    const mine = items.filter((i) => i.kind === kind);
    const received = mine.filter((i) => i.receivedOn >= from && i.receivedOn <= to);
    const closedIn = mine.filter((i) => i.closedOn !== undefined && i.closedOn >= from && i.closedOn <= to);
    const answered = closedIn.filter((i) => answeredStates.includes(i.state));
    const dueOf = (i: RegisterItem) => dueDate({ from: i.receivedOn, days: settings[kind].days, unit: settings[kind].unit, holidays, pauses: i.pauses }).due;
    const inTime = answered.filter((i) => { const due = dueOf(i); counted(i, [due, i.closedOn]); return due !== null && answerTiming(i.closedOn!, due, holidays).onTime; });
    const overdueAtEnd = mine.filter((i) => {
      if (i.receivedOn > end || (i.closedOn !== undefined && i.closedOn <= end)) return false;
      // Pauses as they stood at the period's end: one still open then stops the clock.
      const pauses = i.pauses.filter((p) => p.from <= end).map((p) => (p.to !== undefined && p.to > end ? { from: p.from } : p));
      const due = dueDate({ from: i.receivedOn, days: settings[kind].days, unit: settings[kind].unit, holidays, pauses }).due;
      const acknowledgeBy = kind === 'complaint' && waitingAcknowledgementAt(i, end)
        ? dueDate({ from: i.receivedOn, days: settings.complaintAcknowledgeDays, unit: 'working', holidays }).due : null;
      counted(i, [due, acknowledgeBy]);
      // As the register's clock (clock.ts itemClock) says it on that day: past the answer's due day,
      // or a complaint past its acknowledgement's (the staff's dashboard counted both, the report only the first).
      return (due !== null && due < end) || (acknowledgeBy !== null && acknowledgeBy < end);
    });
    const refusedByReason: RegisterKindFigures['refusedByReason'] = {};
    for (const i of answered) if (i.state === 'refused' && i.refusal) refusedByReason[i.refusal.reason] = (refusedByReason[i.refusal.reason] ?? 0) + 1;
    const byTopic: RegisterKindFigures['byTopic'] = {};
    for (const i of received) if (i.topic) byTopic[i.topic] = (byTopic[i.topic] ?? 0) + 1;
    return {
      received: received.length,
      byChannel: Object.fromEntries(channels.map((c) => [c, received.filter((i) => i.channel === c).length])) as RegisterKindFigures['byChannel'],
      answered: answered.length,
      answeredInTime: inTime.length,
      inTimeRate: answered.length ? Math.round((inTime.length / answered.length) * 10_000) / 10_000 : null,
      medianWorkingDays: median(answered.map((i) => workingDaysBetween(i.receivedOn, i.closedOn!, holidays, i.pauses))),
      overdueAtEnd: overdueAtEnd.length,
      referred: answered.filter((i) => i.state === 'referred').length,
      refusedByReason,
      byTopic,
    };
  };
  const request = figures('request');
  const complaint = figures('complaint');
  const holidaysMissing = holidaysMissingOf([...missing].sort((a, b) => a - b));
  return { request, complaint, ...(holidaysMissing ? { holidaysMissing } : {}) };
}
