/**
 * Where a reading's words stand in one item, from their positions: whether the item holds the
 * reading (each chunk as a phrase, the chunks near each other or describing the item) and how
 * close together (the ranking's bonus). Runs for every candidate of every query (50,000 of them
 * for a common phrase at 100,000 documents), so it allocates nothing and calls no closures: the
 * positions are read as views into the posting lists (their offsets found while the candidates
 * were collected), unless a group has several terms in the item (a year and its other era, the
 * completions of a word being typed), which are merged into one reused buffer.
 */
import type { MatchScratch, Term } from './matcher';

/** How many other words may stand between the chunks of a query in a summary or body. */
export const NEAR_WORDS = 6;
/** Most words standing between two words of one chunk in the document (itemAnalysis' field gap is wider). */
export const MAX_GAP = 3;

/** Loads the positions of group `g` in `slot` into scratch.position*[g]. */
function loadPositions(slot: number, scratch: MatchScratch, terms: readonly Term[], g: number, mergedTop: number): number {
  const head = (scratch.heads[g] as Int32Array)[slot] as number;
  if (scratch.entryNext[head] === -1) {
    scratch.positionArray[g] = (terms[scratch.entryTerm[head] as number] as Term).list.positions;
    scratch.positionFrom[g] = scratch.entryFrom[head] as number; scratch.positionCount[g] = scratch.entryCount[head] as number;
    return mergedTop;
  }
  let total = 0;
  for (let e = head; e !== -1; e = scratch.entryNext[e] as number) total += scratch.entryCount[e] as number;
  if (mergedTop + total > scratch.merged.length) {
    const grown = new Uint16Array(Math.max(scratch.merged.length * 2, mergedTop + total));
    grown.set(scratch.merged); scratch.merged = grown;
    // Earlier groups' views into the old buffer stay valid: it is kept alive by their references.
  }
  const merged = scratch.merged;
  let at = mergedTop;
  for (let e = head; e !== -1; e = scratch.entryNext[e] as number) {
    const positions = (terms[scratch.entryTerm[e] as number] as Term).list.positions;
    const from = scratch.entryFrom[e] as number, n = scratch.entryCount[e] as number;
    for (let i = 0; i < n; i++) merged[at++] = positions[from + i] as number;
  }
  merged.subarray(mergedTop, at).sort();
  scratch.positionArray[g] = merged; scratch.positionFrom[g] = mergedTop; scratch.positionCount[g] = total;
  return at;
}

/** The first position of group `g` after `value`, or -1. */
function firstAfter(scratch: MatchScratch, g: number, value: number): number {
  const array = scratch.positionArray[g] as Uint16Array;
  let lo = scratch.positionFrom[g] as number, hi = lo + (scratch.positionCount[g] as number);
  const end = hi;
  // Positions are few per item, and the next word usually stands right after: look there first.
  if (lo < end && (array[lo] as number) > value) return array[lo] as number;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((array[mid] as number) <= value) lo = mid + 1; else hi = mid; }
  return lo < end ? (array[lo] as number) : -1;
}

/**
 * The end (last word's position) of a run of groups [from, to) starting at `start`, or -1: the
 * groups stand in order, two words next to each other (usually one word the segmenter split:
 * ว่าง|งาน, ราคา|กลาง); a longer run typed in one go with a few words between its words (at most
 * one for every two words, three in one place), as "ขึ้นทะเบียนผู้ว่างงานภายใน ๓๐ วัน" has
 * "กับกรมการจัดหางาน" in the middle.
 */
function runEnd(scratch: MatchScratch, from: number, to: number, start: number): number {
  const words = to - from;
  const allowed = words === 2 ? 0 : Math.floor(words / 2);
  let at = start, extra = 0;
  for (let g = from + 1; g < to; g++) {
    const next = firstAfter(scratch, g, at);
    if (next < 0) return -1;
    const gap = next - at - 1;
    if (gap > MAX_GAP || extra + gap > allowed) return -1;
    extra += gap; at = next;
  }
  return at;
}

/** Set by firstRun: where the run it found starts. */
let runStart = 0;

/** The first run of groups [from, to) (runs come in order of position): its start in `runStart`, its length returned; 0 when none. */
function firstRun(scratch: MatchScratch, from: number, to: number): number {
  const first = scratch.positionArray[from] as Uint16Array;
  const firstFrom = scratch.positionFrom[from] as number, firstEnd = firstFrom + (scratch.positionCount[from] as number);
  for (let i = firstFrom; i < firstEnd; i++) {
    const start = first[i] as number;
    const end = to - from === 1 ? start : runEnd(scratch, from, to, start);
    if (end >= 0) { runStart = start; return end - start + 1; }
  }
  return 0;
}

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
  const chunkCount = bounds.length / 2;
  if (chunkCount === 1) {
    for (let g = 0; g < groupCount; g++) mergedTop = loadPositions(slot, scratch, terms, g, mergedTop);
    // The shortest run: a run as short as the chunk cannot be beaten.
    const first = scratch.positionArray[0] as Uint16Array;
    const firstFrom = scratch.positionFrom[0] as number, firstEnd = firstFrom + (scratch.positionCount[0] as number);
    let best = Infinity;
    for (let i = firstFrom; i < firstEnd && best !== groupCount; i++) {
      const start = first[i] as number;
      const end = runEnd(scratch, 0, groupCount, start);
      if (end >= 0 && end - start + 1 < best) best = end - start + 1;
    }
    return best === Infinity ? 0 : 1 + 0.5 * Math.min(1, groupCount / best);
  }
  // Each chunk's first run (runs come in order of position, and the title, keywords, category
  // and unit come first): a chunk whose first run is among them describes the whole item. A
  // one-word chunk's first run is its first position, read without merging its terms' positions.
  let bodyOnly = 0, lo = Infinity, hi = -Infinity, words = 0;
  for (let c = 0; c < chunkCount; c++) {
    const from = bounds[2 * c] as number, to = bounds[2 * c + 1] as number;
    let length: number;
    if (to - from === 1) {
      length = firstPosition(slot, scratch, terms, from);
    } else {
      for (let g = from; g < to; g++) mergedTop = loadPositions(slot, scratch, terms, g, mergedTop);
      length = firstRun(scratch, from, to);
    }
    if (length === 0) return 0;
    if (runStart >= descriptorEnd) bodyOnly++;
    if (runStart < lo) lo = runStart;
    if (runStart + length > hi) hi = runStart + length;
    words += length;
  }
  // The chunks found only in the summary or body must stand near each other.
  if (bodyOnly > 1) {
    for (let c = 0; c < chunkCount; c++) {
      const from = bounds[2 * c] as number;
      if ((bounds[2 * c + 1] as number) - from === 1) mergedTop = loadPositions(slot, scratch, terms, from, mergedTop);
    }
    if (!nearInBody(scratch, descriptorEnd, bounds)) return 0;
  }
  // Closeness of the first runs: the title, when the chunks are all in it.
  return 1 + 0.5 * Math.min(1, words / Math.max(hi - lo, 1));
}

/** A one-word chunk's first run: its group's first position in `slot` (in `runStart`), length 1; 0 when it has none. */
function firstPosition(slot: number, scratch: MatchScratch, terms: readonly Term[], g: number): number {
  let first = Infinity;
  for (let e = (scratch.heads[g] as Int32Array)[slot] as number; e !== -1; e = scratch.entryNext[e] as number) {
    if ((scratch.entryCount[e] as number) === 0) continue;
    const at = (terms[scratch.entryTerm[e] as number] as Term).list.positions[scratch.entryFrom[e] as number] as number;
    if (at < first) first = at;
  }
  if (first === Infinity) return 0;
  runStart = first;
  return 1;
}

/**
 * Whether the chunks found only in the summary or body have runs within NEAR_WORDS of each other:
 * some window holding one run of each such chunk is at most their lengths plus NEAR_WORDS long. A
 * one-word chunk's runs are its positions, read in place; a longer chunk's runs are found one at a
 * time, only as far as the walk needs: a common phrase stands dozens of times in a long body, and
 * most items that hold two of them hold them near each other early on.
 */
function nearInBody(scratch: MatchScratch, descriptorEnd: number, bounds: Int32Array): boolean {
  const chunkCount = bounds.length / 2;
  const { spanAt, spanEnd, spanFrom, spanTo } = scratch;
  let lists = 0;
  for (let c = 0; c < chunkCount; c++) {
    const from = bounds[2 * c] as number, to = bounds[2 * c + 1] as number;
    const array = scratch.positionArray[from] as Uint16Array, at = scratch.positionFrom[from] as number;
    scratch.spanArray[lists] = array;
    spanAt[lists] = at; spanEnd[lists] = at + (scratch.positionCount[from] as number);
    spanFrom[lists] = from; spanTo[lists] = to;
    if (!nextRun(scratch, lists)) return false;
    if ((array[spanAt[lists] as number] as number) < descriptorEnd) continue; // its first run describes the item: near everything
    lists++;
  }
  return lists < 2 || smallestSpanAtMost(scratch, lists);
}

/** Moves span list `l` to its next run at or after where it stands (its length in spanLength); false when it has none left. */
function nextRun(scratch: MatchScratch, l: number): boolean {
  const from = scratch.spanFrom[l] as number, to = scratch.spanTo[l] as number, end = scratch.spanEnd[l] as number;
  const array = scratch.spanArray[l] as Uint16Array;
  for (let at = scratch.spanAt[l] as number; at < end; at++) {
    const start = array[at] as number;
    const last = to - from === 1 ? start : runEnd(scratch, from, to, start);
    if (last >= 0) { scratch.spanAt[l] = at; scratch.spanLength[l] = last - start + 1; return true; }
  }
  return false;
}

/**
 * Whether some window holding one run from each of the first `lists` span lists is at most the
 * runs' lengths plus NEAR_WORDS long. Walks the runs in order of position, always advancing the
 * list whose run starts first, as a merge does.
 */
function smallestSpanAtMost(scratch: MatchScratch, lists: number): boolean {
  const { spanArray, spanAt, spanLength } = scratch;
  for (;;) {
    let lo = Infinity, loList = -1, hi = -Infinity, lengths = 0;
    for (let l = 0; l < lists; l++) {
      const p = (spanArray[l] as Uint16Array)[spanAt[l] as number] as number, length = spanLength[l] as number;
      if (p < lo) { lo = p; loList = l; }
      if (p + length > hi) hi = p + length;
      lengths += length;
    }
    if (hi - lo <= lengths + NEAR_WORDS) return true;
    spanAt[loList] = (spanAt[loList] as number) + 1;
    if (!nextRun(scratch, loList)) return false;
  }
}
