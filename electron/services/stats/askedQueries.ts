import { maskPersonalNumbers } from './mask';
import { normaliseQuery } from './normaliseQuery';

/**
 * The queries citizens asked the kiosk through `search.query` lately, normalised as the report
 * groups them (normaliseQuery), with whether the latest ask was "as typed". A search event counts
 * only for a query in here: the screen runs a search before it records it, so a `stats.record` for
 * text the kiosk was never asked is a made-up top search (outside tester: "ผู้บริหารโกง").
 *
 * Budgeted (house rule 11): at most `max` queries, the oldest forgotten first, each for `keepMs`
 * after its latest ask. A flood of searches can push honest ones out early (they then go
 * uncounted), never grow memory or put text into the report.
 */
export interface AskedQueries {
  /** A citizen's search.query asked this query now. */
  note(query: string, asTyped: boolean): void;
  /** The latest ask of this query (spaces, case and ID numbers aside) within the window, or undefined. */
  lookup(query: string): { asTyped: boolean } | undefined;
  size(): number;
}

/** Long enough for a visit's slowest search to be recorded (a visit idles out within minutes; the recorder forgets one silent this long). */
export const ASKED_KEEP_MS = 30 * 60_000;
/** A kiosk serves one person at a time: far more distinct queries than half an hour of searching asks, ~0.5 MB at most. */
export const ASKED_MAX = 2_000;

export function createAskedQueries(options: { now: () => number; keepMs?: number; max?: number }): AskedQueries {
  const keepMs = options.keepMs ?? ASKED_KEEP_MS;
  const max = options.max ?? ASKED_MAX;
  // Insertion order is ask order (a query asked again moves to the end): the first entry is the oldest.
  const asked = new Map<string, { atMs: number; asTyped: boolean }>();
  // Kept as the recorder keys them (masked, normalised): no ID number typed into search stays in memory.
  const keyOf = (query: string) => normaliseQuery(maskPersonalNumbers(query));

  function forgetOld(nowMs: number) {
    for (const [key, entry] of asked) {
      if (nowMs - entry.atMs <= keepMs && asked.size <= max) break;
      asked.delete(key);
    }
  }

  return {
    note(query, asTyped) {
      const key = keyOf(query);
      const nowMs = options.now();
      asked.delete(key);
      asked.set(key, { atMs: nowMs, asTyped });
      forgetOld(nowMs);
    },
    lookup(query) {
      const entry = asked.get(keyOf(query));
      if (!entry || options.now() - entry.atMs > keepMs) return undefined;
      return { asTyped: entry.asTyped };
    },
    size: () => asked.size,
  };
}
