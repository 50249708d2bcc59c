/**
 * What a reading of several words found, kept for the next query that reads the same way.
 *
 * A phrase of common words (ผู้|ประกัน|ตน, held by nearly every item of a 100,000-item
 * catalogue) is matched by placing every holder of all its words: ~10 ms, where a one-word query
 * costs ~2. The same readings come back all the time: corrections lead many typos to one phrase
 * (ผู้ปกะกันตน, ู้ประกันตน → ผู้ประกันตน), and the popular queries of a centre are asked by one
 * citizen after another. Kept: the slots found and their scores (as matchReading offers them, factor 1, in its
 * order, so a replay ranks ties the same way), until the index changes (its generation), least
 * recently used out first, within a budget of slots. Only phrases finding many are kept; a phrase
 * finding few was cheap to match.
 */
import type { DocumentIndex } from './documentIndex';
import type { MatchSet } from './matchSet';
import type { Reading } from './queryPlan';

/** Found items kept in all (4 + 8 bytes each: ~24 MB). */
const SLOT_BUDGET = 2_000_000;
/** A phrase finding fewer was quick to match: not worth a place. */
const WORTH_KEEPING = 2_000;

interface Found { slots: Int32Array; scores: Float64Array }

export class PhraseCache {
  private readonly kept = new Map<string, Found>();
  private slotsKept = 0;
  private generation = -1;

  /** The key of a reading this cache serves (several words, typed together or apart), else undefined. */
  static keyOf(reading: Reading): string | undefined {
    const groups = reading.chunks.reduce((n, c) => n + c.groups.length, 0);
    if (groups < 2) return undefined; // one word: its posting list already is the answer
    return JSON.stringify(reading.chunks.map((c) => c.groups.map((g) => [g.terms, g.weights])));
  }

  /** Offers what `key` found before to `matches` (scores × factor, at most `limit`); the number offered, or undefined when not kept. */
  replay(key: string, index: DocumentIndex, matches: MatchSet, factor: number, limit: number): number | undefined {
    this.forgetIfStale(index);
    const found = this.kept.get(key);
    if (!found) return undefined;
    this.kept.delete(key); this.kept.set(key, found); // now the most recently used
    const n = Math.min(found.slots.length, limit);
    for (let i = 0; i < n; i++) matches.offer(found.slots[i] as number, (found.scores[i] as number) * factor, true);
    return n;
  }

  /** Keeps what a reading found, as offered (factor 1) to `from`, a MatchSet that held nothing else. */
  keep(key: string, index: DocumentIndex, from: MatchSet): void {
    this.forgetIfStale(index);
    const n = from.count;
    if (this.kept.has(key) || n < WORTH_KEEPING || n > SLOT_BUDGET) return;
    const slots = from.slots.slice(0, n);
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) scores[i] = from.score[slots[i] as number] as number;
    this.kept.set(key, { slots, scores });
    this.slotsKept += n;
    for (const [oldest, found] of this.kept) {
      if (this.slotsKept <= SLOT_BUDGET) break;
      this.kept.delete(oldest); this.slotsKept -= found.slots.length;
    }
  }

  private forgetIfStale(index: DocumentIndex): void {
    if (this.generation === index.generation) return;
    this.kept.clear(); this.slotsKept = 0; this.generation = index.generation;
  }
}
