/**
 * "Did you mean" over the catalogue's short fields (keywords, service names, category names) with
 * Fuse.js: its Bitap scoring forgives two or three slips in a word where the one-edit Thai rules
 * (thaiEdits) give up (มิฉชาชีพ for มิจฉาชีพ). Fuse scans every string it holds, so it only holds
 * the short fields, at most MAX_STRINGS of them (the most used first), and is asked only when the
 * Thai rules found nothing. Measured beside them in `npm run eval:search` and `npm run bench:search`.
 */
import Fuse from 'fuse.js';
import { compact, normalizeText } from './analysis';
import type { DocumentIndex } from './documentIndex';
import { thaiEditCost } from './thaiEdits';

const MAX_STRINGS = 5_000;
const THRESHOLD = 0.3;
const MIN_LENGTH = 4;

export class ShortFieldSuggester {
  private fuse: Fuse<string> | undefined;
  private builtFor = -1;

  constructor(private readonly index: DocumentIndex) {}

  /**
   * Close short fields to `typed` (a query part), each at what it changes of the whole part on
   * thaiEdits' scale. Fuse's own score is no such cost: it counts the slips in the stretch of a
   * field that best matches, so a field longer than what was typed has letters for free (ทุเรียน
   * scored 0.29 against ร้องเรียน, as close as มิฉชาชีพ against มิจฉาชีพ, and was searched as it).
   */
  near(typed: string): Array<{ text: string; cost: number }> {
    const needle = compact(typed);
    if (needle.length < MIN_LENGTH) return [];
    const fuse = this.ready();
    // Fuse matches the needle anywhere in a string: a keyword much longer or shorter than what was
    // typed is another thing that merely shares a word with it.
    return fuse.search(needle, { limit: 3 })
      .filter((r) => r.item !== needle && (r.score ?? 1) <= THRESHOLD && Math.abs(r.item.length - needle.length) <= Math.max(2, needle.length * 0.25))
      .map((r) => ({ text: r.item, cost: thaiEditCost(needle, r.item) }));
  }

  /** Builds Fuse's index now rather than on the first query that needs it. */
  prepare(): void { this.ready(); }

  private ready(): Fuse<string> {
    // Rebuilt after the catalogue changed (cheap: a few thousand short strings).
    if (this.fuse && this.builtFor === this.index.capacity) return this.fuse;
    const uses = new Map<string, number>();
    // The same keywords and category names recur on thousands of items: each is normalised once
    // (normalising them all took ~1 s at 100,000 documents, on every start).
    const keyOf = new Map<string, string>();
    const count = (text: string) => {
      let key = keyOf.get(text);
      if (key === undefined) { key = compact(normalizeText(text)); keyOf.set(text, key); }
      if (key.length >= MIN_LENGTH) uses.set(key, (uses.get(key) ?? 0) + 1);
    };
    for (const item of this.index.items) {
      if (!item) continue;
      for (const text of item.keywords) count(text);
      if (item.kind === 'service') count(item.title.th);
      for (const text of item.categoryNames) count(text);
    }
    const strings = [...uses].sort((a, b) => b[1] - a[1]).slice(0, MAX_STRINGS).map(([s]) => s);
    this.fuse = new Fuse(strings, { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 });
    this.builtFor = this.index.capacity;
    return this.fuse;
  }
}
