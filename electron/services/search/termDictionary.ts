/**
 * The keys of a vocabulary in sorted order, for "keys starting with" (the word being typed). A
 * sorted array answers that with a binary search and a short scan, costs 8 bytes a key, and comes
 * sorted out of a snapshot; a radix tree (MiniSearch's SearchableMap) cost ~1 s to build at 100,000
 * documents. Keys added since the last question are sorted in then, in one merge.
 */
export class TermDictionary {
  private sorted: string[] = [];
  private readonly pending: string[] = [];

  /** Replaces the keys with ones already in sorted order (from a snapshot). */
  resetSorted(keys: string[]): void { this.sorted = keys; this.pending.length = 0; }
  clear(): void { this.sorted = []; this.pending.length = 0; }
  add(key: string): void { this.pending.push(key); }

  /** Every key in sorted order, pending ones included. */
  keys(): readonly string[] { this.settle(); return this.sorted; }

  /** Up to `scanLimit` keys that start with `prefix`, in sorted order; `isLive` drops keys no live item holds. */
  withPrefix(prefix: string, scanLimit: number, isLive: (key: string) => boolean): string[] {
    this.settle();
    const keys = this.sorted;
    let lo = 0, hi = keys.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if ((keys[mid] as string) < prefix) lo = mid + 1; else hi = mid; }
    const found: string[] = [];
    for (let i = lo; i < keys.length && found.length < scanLimit; i++) {
      const key = keys[i] as string;
      if (!key.startsWith(prefix)) break;
      if (isLive(key)) found.push(key);
    }
    return found;
  }

  private settle(): void {
    if (this.pending.length === 0) return;
    const added = [...new Set(this.pending)].sort();
    this.pending.length = 0;
    const merged: string[] = [];
    let i = 0, j = 0;
    const old = this.sorted;
    while (i < old.length || j < added.length) {
      const a = old[i], b = added[j];
      if (b === undefined || (a !== undefined && a < b)) { merged.push(a as string); i++; } else if (a === b) { merged.push(a); i++; j++; } else { merged.push(b); j++; }
    }
    this.sorted = merged;
  }
}
