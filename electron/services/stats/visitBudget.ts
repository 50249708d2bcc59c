import { createBuckets, type BucketRule } from '../limits/tokenBucket';

/**
 * What the public may write to the usage log, per kiosk screen session (a visit) and overall.
 * One screen serves one person at a time: nobody starts a visit every few seconds for long or
 * touches more than a few times a second. The limits sit well above that, so honest use never
 * meets them, and far below a script (315 events/s once made a month's report show 3,000 fake
 * visits, a top search and a satisfaction of the attacker's choosing).
 */
export interface VisitLimits {
  /** New visits (started, or implied by an event of an unknown visit), all together. */
  readonly newVisits: BucketRule;
  /** Events (and survey answers) of one visit. */
  readonly eventsPerVisit: BucketRule;
  /** Events of all visits together: bounds what a flood adds to the disk. */
  readonly eventsOverall: BucketRule;
  /** The most events one visit may record, however slowly. */
  readonly maxEventsPerVisit: number;
  /** The same search (normalised) counts at most this often in one visit; more is a flood, not a visitor. */
  readonly sameSearchPerVisit: number;
}

export const defaultVisitLimits: VisitLimits = {
  newVisits: { burst: 3, perSecond: 1 / 20 },
  eventsPerVisit: { burst: 30, perSecond: 1 },
  eventsOverall: { burst: 60, perSecond: 5 },
  maxEventsPerVisit: 600,
  sameSearchPerVisit: 3,
};

/**
 * Limits that never refuse: benchmarks of the disk path, and automated tests that replay ten
 * visits in fifteen seconds (no person does; `npm run serve -- --visit-limits off`).
 */
export const noVisitLimits: VisitLimits = {
  newVisits: { burst: Infinity, perSecond: 0 },
  eventsPerVisit: { burst: Infinity, perSecond: 0 },
  eventsOverall: { burst: Infinity, perSecond: 0 },
  maxEventsPerVisit: Infinity,
  sameSearchPerVisit: Infinity,
};

const OVERALL = '*';

export function createVisitBudget(limits: VisitLimits, nowMs: () => number) {
  const newVisits = createBuckets(limits.newVisits, nowMs, 1);
  const perVisit = createBuckets(limits.eventsPerVisit, nowMs);
  const overall = createBuckets(limits.eventsOverall, nowMs, 1);
  let refused = 0;

  return {
    limits,
    /** A new visit may open. Counts a refusal when not. */
    admitVisit(): boolean {
      if (newVisits.take(OVERALL)) return true;
      refused++;
      return false;
    },
    /**
     * An event of an open visit may be written: its own bucket and the overall one both hold a
     * token (both are taken, or neither). `eventsSoFar` is what the visit recorded already.
     */
    admitEvent(visitId: string, eventsSoFar: number): boolean {
      if (eventsSoFar < limits.maxEventsPerVisit && perVisit.has(visitId) && overall.has(OVERALL)) {
        perVisit.take(visitId);
        overall.take(OVERALL);
        return true;
      }
      refused++;
      return false;
    },
    /** Counts a refusal decided elsewhere (a search repeated past `sameSearchPerVisit`). */
    refuse() { refused++; },
    forgetVisit: (visitId: string) => perVisit.forget(visitId),
    /** Refusals not yet written to the log. */
    pendingRefused: () => refused,
    /** `n` refusals were written to the log (more may have come meanwhile: they stay pending). */
    refusedWritten(n: number) { refused -= n; },
  };
}
export type VisitBudget = ReturnType<typeof createVisitBudget>;
