import type { Clock } from '../runtime';

/** Wrong PINs in a row that cost nothing: enough for slips of the finger. */
export const FREE_FAILURES = 3;
/**
 * The wait after the 4th, 5th, … wrong PIN in a row (the last one repeats). It grows with
 * sustained guessing instead of locking at once: a passer-by's few taps cost the owner seconds,
 * while a patient guesser gets at most 96 tries a day once the wait reaches 15 minutes.
 */
export const WAITS_MS = [30_000, 60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000] as const;

export function waitAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return WAITS_MS[Math.min(failures - FREE_FAILURES - 1, WAITS_MS.length - 1)] ?? 0;
}

export interface ThrottleState {
  /** Wrong PINs in a row since the last success or unlock. */
  failures: number;
  /** No PIN is checked before this time (ms since the epoch). */
  waitUntil?: number;
}

export type Gate =
  | { kind: 'open' }
  /** `first` is true for the first refusal of this wait: only that one is worth an audit entry. */
  | { kind: 'wait'; until: Date; first: boolean };

export interface FailureOutcome extends ThrottleState {
  /** Attempts refused during the wait that just ended, for the next audit entry. */
  refusedWhileWaiting: number;
}

/**
 * Wrong-PIN counting, in memory first. Whether the disk takes the count afterwards changes
 * nothing here, so a full or read-only data folder never makes guessing free. Keys are account
 * ids, or names of other doors (`gate:exit`, `gate:setup`, `gate:unknown`).
 */
export function createPinThrottle(clock: Clock, initial: Iterable<[string, ThrottleState]> = []) {
  const states = new Map<string, ThrottleState & { refused: number; reported: boolean }>();
  for (const [key, s] of initial) states.set(key, { ...s, refused: 0, reported: false });
  const now = () => clock.now().getTime();

  return {
    /** Whether a PIN may be checked for this key now. A refusal is counted, never checked. */
    gate(key: string): Gate {
      const s = states.get(key);
      if (!s?.waitUntil || now() >= s.waitUntil) return { kind: 'open' };
      s.refused++;
      const first = !s.reported;
      s.reported = true;
      return { kind: 'wait', until: new Date(s.waitUntil), first };
    },

    failed(key: string): FailureOutcome {
      const s = states.get(key) ?? { failures: 0, refused: 0, reported: false };
      const refusedWhileWaiting = s.refused;
      s.failures = Math.min(s.failures + 1, 1000);
      const wait = waitAfter(s.failures);
      s.waitUntil = wait > 0 ? now() + wait : undefined;
      s.refused = 0;
      s.reported = false;
      states.set(key, s);
      return { failures: s.failures, waitUntil: s.waitUntil, refusedWhileWaiting };
    },

    /** A right PIN or an administrator's unlock: the count starts again. */
    clear(key: string): void { states.delete(key); },

    state(key: string): ThrottleState {
      const s = states.get(key);
      return s ? { failures: s.failures, waitUntil: s.waitUntil } : { failures: 0 };
    },
  };
}
export type PinThrottle = ReturnType<typeof createPinThrottle>;
