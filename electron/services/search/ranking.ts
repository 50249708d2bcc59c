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
  const { slots, strong, n, score, day, sort } = input;
  if (k <= 0 || n === 0) return [];
  const cap = Math.min(k, n);
  const heap = new Int32Array(cap);
  const heapKey = new Float64Array(cap);
  let size = 0;
  // Below `floorScore` (or not strong when `floorStrong`), a match's key is less than the heap's least.
  let floorStrong = false, floorScore = 0;
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
        if (!heapWorse(input, heap, heapKey, c, p)) break;
        swap(heap, heapKey, c, p);
        c = p;
      }
    } else if (below(input, heap[0] as number, heapKey[0] as number, i, key)) {
      heap[0] = i; heapKey[0] = key;
      for (let at = 0; ;) {
        const l = 2 * at + 1, r = l + 1;
        let m = at;
        if (l < size && heapWorse(input, heap, heapKey, l, m)) m = l;
        if (r < size && heapWorse(input, heap, heapKey, r, m)) m = r;
        if (m === at) break;
        swap(heap, heapKey, at, m);
        at = m;
      }
    } else continue;
    if (size === cap) {
      const least = heapKey[0] as number;
      floorStrong = least >= 1e12;
      floorScore = sort === 'relevance' ? scoreFloor(least, floorStrong) : 0;
    }
  }
  const order = Array.from({ length: size }, (_, h) => h);
  order.sort((a, b) => (heapWorse(input, heap, heapKey, a, b) ? 1 : heapWorse(input, heap, heapKey, b, a) ? -1 : 0));
  return order.map((h) => heap[h] as number);
}

// The helpers below are module functions, not closures made per call: V8 inlines a closure into
// topRanked's optimised code and throws that code away when the next call brings a new closure,
// which left the 100,000-hit loop running unoptimised (~5 ms instead of ~0.5–0.8 ms: npm run bench:rank).

/** The least score whose key can reach relevance bucket of `least` (rankKey's relevance is round(50·ln score) + 5000): below it, at most that relevance − 1. */
function scoreFloor(least: number, strong: boolean): number {
  const relevance = Math.floor((least - (strong ? 1e12 : 0)) / 1e5);
  return relevance >= 1 ? Math.exp((relevance - 5000.5) / 50) * (1 - 1e-9) : 0;
}

/** Input `i` (of key `key`) ranks below input `j` (of key `keyJ`): a smaller key, a later tie order, a later item key, or found later. */
function below(input: RankInput, i: number, key: number, j: number, keyJ: number): boolean {
  if (key !== keyJ) return key < keyJ;
  const slotI = input.slots[i] as number, slotJ = input.slots[j] as number;
  const tieI = input.tie[slotI] as number, tieJ = input.tie[slotJ] as number;
  if (tieI !== tieJ) return tieI > tieJ;
  if (input.keyOf) { const a = input.keyOf(slotI), b = input.keyOf(slotJ); if (a !== b) return a > b; }
  return i > j;
}

const heapWorse = (input: RankInput, heap: Int32Array, heapKey: Float64Array, a: number, b: number) =>
  below(input, heap[a] as number, heapKey[a] as number, heap[b] as number, heapKey[b] as number);

function swap(heap: Int32Array, heapKey: Float64Array, a: number, b: number): void {
  const t = heap[a] as number; heap[a] = heap[b] as number; heap[b] = t;
  const k = heapKey[a] as number; heapKey[a] = heapKey[b] as number; heapKey[b] = k;
}
