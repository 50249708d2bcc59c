/**
 * What words (and adjacent-word phrases from titles and keywords) the index holds, for prefix and
 * typo lookups. A radix tree answers "words starting with" and "words within one edit" without
 * scanning; counts let removal forget a word when its last document goes.
 */
import SearchableMap from 'minisearch/SearchableMap';

export class Vocabulary<Value = true> {
  private readonly tree = new SearchableMap<number>();
  private readonly values = new Map<string, Value>();

  has(key: string): boolean { return this.values.has(key); }
  get(key: string): Value | undefined { return this.values.get(key); }
  count(key: string): number { return this.tree.get(key) ?? 0; }
  get size(): number { return this.values.size; }

  add(key: string, value: Value): void {
    const count = this.tree.get(key) ?? 0;
    this.tree.set(key, count + 1);
    if (count === 0) this.values.set(key, value);
  }

  release(key: string): void {
    const count = this.tree.get(key) ?? 0;
    if (count <= 1) { this.tree.delete(key); this.values.delete(key); } else this.tree.set(key, count - 1);
  }

  clear(): void { this.tree.clear(); this.values.clear(); }

  /** Keys that start with `prefix`, most frequent first; looks at no more than `scanLimit` keys. */
  withPrefix(prefix: string, limit: number, scanLimit = 3000): string[] {
    const found: Array<[string, number]> = [];
    for (const [key, count] of this.tree.atPrefix(prefix)) {
      found.push([key, count]);
      if (found.length >= scanLimit) break;
    }
    return found.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key]) => key);
  }

  /** Keys within `maxDistance` edits, nearest first, then most frequent. */
  near(key: string, maxDistance: number, limit: number): Array<{ key: string; distance: number }> {
    return [...this.tree.fuzzyGet(key, maxDistance)]
      .filter(([candidate]) => candidate !== key)
      .map(([candidate, [count, distance]]) => ({ key: candidate, distance, count }))
      .sort((a, b) => a.distance - b.distance || b.count - a.count)
      .slice(0, limit)
      .map(({ key: k, distance }) => ({ key: k, distance }));
  }
}

/** Edits allowed for a typo, by length: short words have too many neighbours. */
export const typoBudget = (text: string): number => (text.length < 3 ? 0 : text.length < 8 ? 1 : 2);
