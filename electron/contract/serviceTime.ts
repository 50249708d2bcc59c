/**
 * Service-standard time, shared by the catalogue (lists, staff totals) and every screen, so the
 * total is computed in one place.
 */

/** A working day in the service manuals counts as 7 hours. */
export const WORKDAY_MINUTES = 420;

/**
 * The time the one-off process takes. A step that repeats after it (reporting every month to keep
 * receiving a benefit) is shown but not added: it would make the service look longer than it is.
 */
export const totalMinutes = (s: { steps: readonly { minutes: number; recurring?: boolean | undefined }[] }): number =>
  s.steps.reduce((sum, step) => (step.recurring ? sum : sum + step.minutes), 0);

export interface WorkingTime { days: number; hours: number; minutes: number }

/** Whole working days, then hours, then minutes (2,550 → 6 days 0 h 30 min): never a fraction of a day. */
export function workingTime(total: number): WorkingTime {
  const whole = Math.max(0, Math.round(total));
  const rest = whole % WORKDAY_MINUTES;
  return { days: (whole - rest) / WORKDAY_MINUTES, hours: Math.floor(rest / 60), minutes: rest % 60 };
}
