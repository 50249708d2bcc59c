/**
 * What words (and adjacent-word phrases from titles and keywords) the index holds, for prefix and
 * typo lookups. Counts live in a Map (cheap per document); a radix tree answers "keys starting
 * with" and "keys within one edit" and is brought up to date only when such a question is asked,
 * since inserting into it for every word of every document would double the build time.
 */
import SearchableMap from 'minisearch/SearchableMap';

interface Entry<Value> { value: Value; count: number }

export class Vocabulary<Value> {
  private readonly entries = new Map<string, Entry<Value>>();
  private readonly tree = new SearchableMap<true>();
  private readonly added = new Set<string>();
  private readonly deleted = new Set<string>();

  has(key: string): boolean { return this.entries.has(key); }
  get(key: string): Value | undefined { return this.entries.get(key)?.value; }
  count(key: string): number { return this.entries.get(key)?.count ?? 0; }
  get size(): number { return this.entries.size; }

  /** Notes `holders` more holders of `key` (one by default); the value is kept from the first. */
  add(key: string, value: Value, holders = 1): void {
    const entry = this.entries.get(key);
    if (entry) { entry.count += holders; return; }
    this.entries.set(key, { value, count: holders });
    this.added.add(key);
    this.deleted.delete(key);
  }

  /** Every key with its value, in no particular order. */
  *[Symbol.iterator](): IterableIterator<[string, Value]> {
    for (const [key, entry] of this.entries) yield [key, entry.value];
  }

  release(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (entry.count > 1) { entry.count--; return; }
    this.entries.delete(key);
    this.deleted.add(key);
    this.added.delete(key);
  }

  clear(): void { this.entries.clear(); this.tree.clear(); this.added.clear(); this.deleted.clear(); }

  /** Applies pending additions and removals to the radix tree. */
  settle(): void {
    for (const key of this.added) this.tree.set(key, true);
    for (const key of this.deleted) this.tree.delete(key);
    this.added.clear(); this.deleted.clear();
  }

  /** Keys that start with `prefix`, most frequent first; looks at no more than `scanLimit` keys. */
  withPrefix(prefix: string, limit: number, scanLimit = 3000): string[] {
    this.settle();
    const found: Array<[string, number]> = [];
    for (const [key] of this.tree.atPrefix(prefix)) {
      found.push([key, this.count(key)]);
      if (found.length >= scanLimit) break;
    }
    return found.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key]) => key);
  }

  /** Keys within `maxDistance` edits (other than `key` itself), nearest first, then most frequent. */
  near(key: string, maxDistance: number, limit: number): Array<{ key: string; distance: number }> {
    this.settle();
    return [...this.tree.fuzzyGet(key, maxDistance)]
      .filter(([candidate]) => candidate !== key)
      .map(([candidate, [, distance]]) => ({ key: candidate, distance, count: this.count(candidate) }))
      .sort((a, b) => a.distance - b.distance || b.count - a.count)
      .slice(0, limit)
      .map(({ key: k, distance }) => ({ key: k, distance }));
  }
}

/** Edits allowed for a typo, by length: short words have too many neighbours. */
export const typoBudget = (text: string): number => (text.length < 3 ? 0 : text.length < 8 ? 1 : 2);
