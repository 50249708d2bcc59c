/**
 * Where a reading's words stand in one item, from their positions: whether the item holds the
 * reading (each chunk as a phrase, the chunks near each other or describing the item) and how
 * close together (the ranking's bonus). Runs for every candidate of every query: the positions
 * are read as views into the posting lists, without copying, unless a group has several terms
 * in the item (a year and its other era), which are merged into one reused buffer.
 */
import type { MatchScratch, Term } from './matcher';

/** How many other words may stand between the chunks of a query in a summary or body. */
export const NEAR_WORDS = 6;
/** Most words standing between two words of one chunk in the document. */
const MAX_GAP = 3;

/** Loads the positions of group `g` in `slot` into scratch.position*[g]. */
function loadPositions(slot: number, scratch: MatchScratch, terms: readonly Term[], g: number, mergedTop: number): number {
  const head = (scratch.heads[g] as Int32Array)[slot] as number;
  if (scratch.entryNext[head] === -1) {
    const { list } = terms[scratch.entryTerm[head] as number] as Term;
    const p = scratch.entryPosting[head] as number;
    scratch.positionArray[g] = list.positions; scratch.positionFrom[g] = list.positionStart(p); scratch.positionCount[g] = list.npos[p] as number;
    return mergedTop;
  }
  const collected: number[] = [];
  for (let e = head; e !== -1; e = scratch.entryNext[e] as number) {
    const { list } = terms[scratch.entryTerm[e] as number] as Term;
    const p = scratch.entryPosting[e] as number;
    const start = list.positionStart(p), n = list.npos[p] as number;
    for (let i = 0; i < n; i++) collected.push(list.positions[start + i] as number);
  }
  collected.sort((a, b) => a - b);
  if (mergedTop + collected.length > scratch.merged.length) {
    const grown = new Uint16Array(Math.max(scratch.merged.length * 2, mergedTop + collected.length));
    grown.set(scratch.merged); scratch.merged = grown;
    // Earlier groups' views into the old buffer stay valid: it is kept alive by their references.
  }
  scratch.merged.set(collected, mergedTop);
  scratch.positionArray[g] = scratch.merged; scratch.positionFrom[g] = mergedTop; scratch.positionCount[g] = collected.length;
  return mergedTop + collected.length;
}

/** The first position of group `g` after `value`, or -1. */
function firstAfter(scratch: MatchScratch, g: number, value: number): number {
  const array = scratch.positionArray[g] as Uint16Array;
  let lo = scratch.positionFrom[g] as number, hi = lo + (scratch.positionCount[g] as number);
  const end = hi;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((array[mid] as number) <= value) lo = mid + 1; else hi = mid; }
  return lo < end ? (array[lo] as number) : -1;
}

/**
 * Calls `visit(start, end)` for each place groups [from, to) stand in order: two words next to
 * each other (usually one word the segmenter split: ว่าง|งาน, ราคา|กลาง); a longer run typed in one
 * go with a few words between its words (at most one for every two words, three in one place),
 * as "ขึ้นทะเบียนผู้ว่างงานภายใน ๓๐ วัน" has "กับกรมการจัดหางาน" in the middle. `visit` returns
 * true to stop.
 */
function forEachRun(scratch: MatchScratch, from: number, to: number, visit: (start: number, end: number) => boolean): void {
  const words = to - from;
  const allowed = words === 2 ? 0 : Math.floor(words / 2);
  const first = scratch.positionArray[from] as Uint16Array;
  const firstFrom = scratch.positionFrom[from] as number, firstEnd = firstFrom + (scratch.positionCount[from] as number);
  for (let i = firstFrom; i < firstEnd; i++) {
    const start = first[i] as number;
    let at = start, extra = 0, ok = true;
    for (let g = from + 1; g < to; g++) {
      const next = firstAfter(scratch, g, at);
      const gap = next < 0 ? Infinity : next - at - 1;
      if (gap > MAX_GAP || extra + gap > allowed) { ok = false; break; }
      extra += gap; at = next;
    }
    if (ok && visit(start, at)) return;
  }
}

/** The first run of groups [from, to) (see forEachRun): its start in `runStart`, its length returned; 0 when none. */
function firstRun(scratch: MatchScratch, from: number, to: number): number {
  let length = 0;
  forEachRun(scratch, from, to, (start, end) => { runStart = start; length = end - start + 1; return true; });
  return length;
}
let runStart = 0;

/** Where each chunk's groups begin and end, for one reading: chunk c is groups [bounds[2c], bounds[2c+1]). */
export function chunkBounds(chunkOfGroup: readonly number[], chunkCount: number): Int32Array {
  const bounds = new Int32Array(chunkCount * 2);
  for (let c = 0, g = 0; c < chunkCount; c++) {
    bounds[2 * c] = g;
    while (g < chunkOfGroup.length && chunkOfGroup[g] === c) g++;
    bounds[2 * c + 1] = g;
  }
  return bounds;
}

/**
 * 0 when the chunks do not stand as phrases in the item, or stand only far apart in its summary
 * and body; else a factor from 1 to 1.5 that grows as the chunks stand closer together.
 */
export function placement(slot: number, descriptorEnd: number, scratch: MatchScratch, terms: readonly Term[], groupCount: number,
  bounds: Int32Array): number {
  let mergedTop = 0;
  for (let g = 0; g < groupCount; g++) mergedTop = loadPositions(slot, scratch, terms, g, mergedTop);
  const chunkCount = bounds.length / 2;
  if (chunkCount === 1) {
    let best = Infinity;
    forEachRun(scratch, 0, groupCount, (start, end) => { best = Math.min(best, end - start + 1); return best === groupCount; });
    return best === Infinity ? 0 : 1 + 0.5 * Math.min(1, groupCount / best);
  }
  // Each chunk's first run (runs come in order of position, and the title, keywords, category
  // and unit come first): a chunk whose first run is among them describes the whole item.
  let bodyOnly = 0, lo = Infinity, hi = -Infinity, words = 0;
  for (let c = 0; c < chunkCount; c++) {
    const length = firstRun(scratch, bounds[2 * c] as number, bounds[2 * c + 1] as number);
    if (length === 0) return 0;
    if (runStart >= descriptorEnd) bodyOnly++;
    if (runStart < lo) lo = runStart;
    if (runStart + length > hi) hi = runStart + length;
    words += length;
  }
  // The chunks found only in the summary or body must stand near each other.
  if (bodyOnly > 1 && !nearInBody(scratch, descriptorEnd, bounds)) return 0;
  // Closeness of the first runs: the title, when the chunks are all in it.
  return 1 + 0.5 * Math.min(1, words / Math.max(hi - lo, 1));
}

/** Whether the chunks found only in the summary or body have runs within NEAR_WORDS of each other. */
function nearInBody(scratch: MatchScratch, descriptorEnd: number, bounds: Int32Array): boolean {
  const lists: number[][] = [], lens: number[] = [];
  for (let c = 0; c < bounds.length / 2; c++) {
    const from = bounds[2 * c] as number, to = bounds[2 * c + 1] as number;
    const all: number[] = [];
    let shortest = Infinity;
    forEachRun(scratch, from, to, (s0, e0) => { all.push(s0); shortest = Math.min(shortest, e0 - s0 + 1); return false; });
    if ((all[0] as number) < descriptorEnd) continue;
    lists.push(all); lens.push(shortest);
  }
  return smallestSpan(lists, lens) <= lens.reduce((a, b) => a + b, 0) + NEAR_WORDS;
}

/** The smallest window holding one start from each list (a phrase of length L spans L words). */
function smallestSpan(lists: readonly number[][], lengths: readonly number[]): number {
  if (lists.length === 0) return 0;
  if (lists.length === 1) return lengths[0] as number;
  const at = lists.map(() => 0);
  let best = Infinity;
  for (;;) {
    let lo = Infinity, loList = -1, hi = -Infinity;
    lists.forEach((l, i) => {
      const p = l[at[i] as number] as number;
      if (p < lo) { lo = p; loList = i; }
      if (p + (lengths[i] as number) > hi) hi = p + (lengths[i] as number);
    });
    best = Math.min(best, hi - lo);
    at[loList] = (at[loList] as number) + 1;
    if ((at[loList] as number) >= (lists[loList] as number[]).length) return best;
  }
}
