/**
 * Orders hits: strong before weak; then relevance (scores within ~2% count as equal, so the newer
 * document wins the tie) or, for "newest", the date; then, between hits still equal, a number fixed
 * per item (slotFacts' tieOrder), so the order never depends on the index's history. Only the
 * requested page is fully sorted.
 */
export type SortOrder = 'relevance' | 'newest';

/** One number per hit whose order is the ranking; `day` is the publication day since 1970 (< 100,000 until the 22nd century). */
export function rankKey(score: number, strong: boolean, day: number, sort: SortOrder): number {
  const strength = strong ? 1e12 : 0;
  if (sort === 'newest') return strength + day * 1e3 + Math.min(999, Math.max(0, score));
  const relevance = Math.max(0, Math.round(Math.log(Math.max(score, 1e-9)) * 50) + 5000);
  return strength + relevance * 1e5 + day;
}

/** The matches to rank, by index in [0, n): the slot, whether it is strong; score and day are read by slot. */
export interface RankInput {
  slots: Int32Array;
  strong: Uint8Array;
  n: number;
  score: Float64Array;
  day: Int32Array;
  /** Per slot: the order among equal keys (smaller first). */
  tie: Uint32Array;
  /** The item's `kind:id`, asked only when two tie orders are equal too (a hash collision); without it, the order of the input. */
  keyOf?: (slot: number) => string;
  sort: SortOrder;
}

/**
 * Indices (into the input) of the `k` best by rankKey, best first; equal keys in `tie` order,
 * also where the page ends (so a tie is never on two pages, or on none). A min-heap of the best k seen so far, in typed arrays: on 100,000 hits this
 * runs per keystroke. Once the heap is full, a match whose score cannot reach the relevance of
 * the heap's least key is passed over without computing its key (a logarithm): the same matches
 * are kept, in the same order, as when every key is computed.
 */
export function topRanked(input: RankInput, k: number): number[] {
  const { slots, strong, n, score, day, tie, keyOf, sort } = input;
  if (k <= 0 || n === 0) return [];
  const cap = Math.min(k, n);
  const heap = new Int32Array(cap);
  const heapKey = new Float64Array(cap);
  /** Input `i` (of key `key`) ranks below input `j` (of key `keyJ`): a smaller key, a later tie order, a later item key, or found later. */
  const below = (i: number, key: number, j: number, keyJ: number) => {
    if (key !== keyJ) return key < keyJ;
    const slotI = slots[i] as number, slotJ = slots[j] as number;
    const tieI = tie[slotI] as number, tieJ = tie[slotJ] as number;
    if (tieI !== tieJ) return tieI > tieJ;
    if (keyOf) { const a = keyOf(slotI), b = keyOf(slotJ); if (a !== b) return a > b; }
    return i > j;
  };
  const worse = (a: number, b: number) => below(heap[a] as number, heapKey[a] as number, heap[b] as number, heapKey[b] as number);
  let size = 0;
  // Below `floorScore` (or not strong when `floorStrong`), a match's key is less than the heap's least.
  let floorStrong = false, floorScore = 0;
  const refloor = () => {
    const least = heapKey[0] as number;
    floorStrong = least >= 1e12;
    if (sort !== 'relevance') return;
    const relevance = Math.floor((least - (floorStrong ? 1e12 : 0)) / 1e5);
    // rankKey's relevance is round(50·ln score) + 5000: below this score it is at most relevance − 1.
    floorScore = relevance >= 1 ? Math.exp((relevance - 5000.5) / 50) * (1 - 1e-9) : 0;
  };
  for (let i = 0; i < n; i++) {
    const slot = slots[i] as number;
    const isStrong = strong[i] === 1;
    if (size === cap) {
      if (floorStrong && !isStrong) continue;
      if (isStrong === floorStrong && (score[slot] as number) < floorScore) continue;
    }
    const key = rankKey(score[slot] as number, isStrong, day[slot] as number, sort);
    if (size < cap) {
      let c = size++;
      heap[c] = i; heapKey[c] = key;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!worse(c, p)) break;
        swap(heap, heapKey, c, p);
        c = p;
      }
      if (size === cap) refloor();
    } else if (below(heap[0] as number, heapKey[0] as number, i, key)) {
      heap[0] = i; heapKey[0] = key;
      for (let at = 0; ;) {
        const l = 2 * at + 1, r = l + 1;
        let m = at;
        if (l < size && worse(l, m)) m = l;
        if (r < size && worse(r, m)) m = r;
        if (m === at) break;
        swap(heap, heapKey, at, m);
        at = m;
      }
      refloor();
    }
  }
  const order = Array.from({ length: size }, (_, h) => h);
  order.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return order.map((h) => heap[h] as number);
}

function swap(heap: Int32Array, heapKey: Float64Array, a: number, b: number): void {
  const t = heap[a] as number; heap[a] = heap[b] as number; heap[b] = t;
  const k = heapKey[a] as number; heapKey[a] = heapKey[b] as number; heapKey[b] = k;
}
