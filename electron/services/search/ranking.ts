/**
 * Orders hits: strong before weak; then relevance (scores within ~2% count as equal, so the newer
 * document wins the tie) or, for "newest", the date. Only the requested page is fully sorted.
 */
export type SortOrder = 'relevance' | 'newest';

/** One number per hit whose order is the ranking; `day` is the publication day since 1970 (< 100,000 until the 22nd century). */
export function rankKey(score: number, strong: boolean, day: number, sort: SortOrder): number {
  const strength = strong ? 1e12 : 0;
  if (sort === 'newest') return strength + day * 1e3 + Math.min(999, Math.max(0, score));
  const relevance = Math.max(0, Math.round(Math.log(Math.max(score, 1e-9)) * 50) + 5000);
  return strength + relevance * 1e5 + day;
}

/** Indices (into `keys[0..n)`) of the `k` largest keys, largest first, without sorting everything. */
export function topIndices(keys: Float64Array, n: number, k: number): number[] {
  if (k <= 0 || n === 0) return [];
  // Min-heap of the best k seen so far, in a typed array: on 100,000 hits this runs per keystroke.
  const heap = new Int32Array(Math.min(k, n));
  let size = 0;
  const less = (a: number, b: number) => (keys[a] as number) < (keys[b] as number);
  for (let i = 0; i < n; i++) {
    if (size < heap.length) {
      let c = size++;
      heap[c] = i;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!less(heap[c] as number, heap[p] as number)) break;
        const t = heap[c] as number; heap[c] = heap[p] as number; heap[p] = t;
        c = p;
      }
    } else if (less(heap[0] as number, i)) {
      heap[0] = i;
      for (let at = 0; ;) {
        const l = 2 * at + 1, r = l + 1;
        let m = at;
        if (l < size && less(heap[l] as number, heap[m] as number)) m = l;
        if (r < size && less(heap[r] as number, heap[m] as number)) m = r;
        if (m === at) break;
        const t = heap[at] as number; heap[at] = heap[m] as number; heap[m] = t;
        at = m;
      }
    }
  }
  // Equal keys keep their first-seen order, as a stable sort would.
  return Array.from(heap).sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
}
