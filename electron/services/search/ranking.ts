/**
 * Orders hits: strong before weak; then relevance (scores within ~2% count as equal, so the newer
 * document wins the tie) or, for "newest", the date. Only the requested page is fully sorted.
 */
const DAY_MS = 86_400_000;

export interface RankInput { score: number; strong: boolean; publishedTime: number }

export function rankKey({ score, strong, publishedTime }: RankInput, sort: 'relevance' | 'newest'): number {
  const days = Math.max(0, Math.floor(publishedTime / DAY_MS)); // < 100,000 until the 22nd century
  const strength = strong ? 1e12 : 0;
  if (sort === 'newest') return strength + days * 1e3 + Math.min(999, Math.max(0, score));
  const relevance = Math.max(0, Math.round(Math.log(Math.max(score, 1e-9)) * 50) + 5000);
  return strength + relevance * 1e5 + days;
}

/** Indices of the `k` largest keys, largest first, without sorting everything. */
export function topIndices(keys: readonly number[], k: number): number[] {
  if (keys.length <= k * 4 || keys.length < 512) {
    return keys.map((_, i) => i).sort((a, b) => (keys[b] as number) - (keys[a] as number)).slice(0, k);
  }
  // Min-heap of the best k seen so far.
  const heap: number[] = [];
  const less = (a: number, b: number) => (keys[a] as number) < (keys[b] as number);
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && less(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
      i = m;
    }
  };
  for (let i = 0; i < keys.length; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0;) {
        const p = (c - 1) >> 1;
        if (!less(heap[c] as number, heap[p] as number)) break;
        [heap[c], heap[p]] = [heap[p] as number, heap[c] as number];
        c = p;
      }
    } else if (less(heap[0] as number, i)) { heap[0] = i; siftDown(0); }
  }
  return heap.sort((a, b) => (keys[b] as number) - (keys[a] as number));
}
