/**
 * Finds the items that hold a reading, and scores them. An item is *found* when every chunk of the
 * reading stands in it as a phrase (its words next to each other, in order) and the chunks stand
 * near each other (within a few words), or in the item's title, keywords, category or unit, which
 * describe the whole item. Anything less is at most a suggestion (see `scoreAnyWords`).
 *
 * Relevance is BM25 with field weights (a title match is worth far more than a mention deep in the
 * body), per group the best of its terms, summed, times a bonus for chunks standing close together.
 *
 * Candidates are found from the rarest group outwards: its postings are scanned, then each further
 * group is looked up for the remaining candidates only (by binary search or a merge, whichever
 * costs less), so a common word costs little next to a rare one. Everything is typed arrays sized
 * to the index and reused: on 100,000 items this runs on every keystroke.
 */
import type { DocumentIndex } from './documentIndex';
import { FieldBit, type PostingList } from './postingList';
import type { Reading } from './queryPlan';
import type { MatchSet } from './matchSet';
import { chunkBounds, placement } from './placement';

const FIELD_WEIGHT = { title: 8, keywords: 5, summary: 2, category: 1.5, unit: 1.5 } as const;
const K1 = 1.2;
/** Candidates checked together: small enough to stop soon after a `limit`, large enough to walk lists in order. */
const BLOCK = 512;
const B = 0.75;

const fixedFieldScore = Float64Array.from({ length: 64 }, (_, bits) =>
  (bits & FieldBit.title ? FIELD_WEIGHT.title : 0) + (bits & FieldBit.keywords ? FIELD_WEIGHT.keywords : 0)
  + (bits & FieldBit.summary ? FIELD_WEIGHT.summary : 0) + (bits & FieldBit.category ? FIELD_WEIGHT.category : 0)
  + (bits & FieldBit.unit ? FIELD_WEIGHT.unit : 0));

export interface Term { list: PostingList; weight: number; group: number }

/** Reusable per-slot arrays; everything a query touched is reset before the next. */
export class MatchScratch {
  groupBest = new Float64Array(0);
  total = new Float64Array(0);
  matched = new Int32Array(0);
  candidates = new Int32Array(0);
  /** Share of a reading's idf an item holds, per mille. */
  heldPerMille = new Int32Array(0);
  touched = new Int32Array(0);
  /** Per group, per slot: the first of its entries, -1 when none. */
  heads: Int32Array[] = [];
  /** An entry: a term's posting for the slot, as where its positions start in the list and how many. */
  entryTerm = new Int32Array(256);
  entryFrom = new Int32Array(256);
  entryCount = new Int32Array(256);
  entryNext = new Int32Array(256);
  entries = 0;
  /** Candidates being checked (see matchReading), and per term how far its list was walked. */
  block = new Int32Array(BLOCK);
  private cursorP = new Int32Array(64);
  private cursorFrom = new Int32Array(64);
  /** Per group of the item being placed: its positions, as a view into a list's or `merged`. */
  positionArray: Uint16Array[] = [];
  positionFrom: number[] = [];
  positionCount: number[] = [];
  merged = new Uint16Array(1024);
  /** Per chunk compared for nearness (placement's nearInBody): its first group's positions, where its current run starts and how long it is, its groups. */
  spanArray: Uint16Array[] = [];
  spanAt: number[] = [];
  spanEnd: number[] = [];
  spanLength: number[] = [];
  spanFrom: number[] = [];
  spanTo: number[] = [];

  ensure(capacity: number, groups: number): void {
    if (this.total.length < capacity) {
      const size = Math.max(capacity, this.total.length * 2, 64);
      this.groupBest = new Float64Array(size); this.total = new Float64Array(size); this.matched = new Int32Array(size);
      this.candidates = new Int32Array(size); this.heldPerMille = new Int32Array(size); this.touched = new Int32Array(size);
      this.heads = [];
    }
    while (this.heads.length < groups) this.heads.push(new Int32Array(this.total.length).fill(-1));
    this.entries = 0;
  }

  /** Walk positions for `terms` terms, all at the start of their lists. */
  cursors(terms: number): { p: Int32Array; from: Int32Array } {
    if (this.cursorP.length < terms) { this.cursorP = new Int32Array(terms * 2); this.cursorFrom = new Int32Array(terms * 2); }
    this.cursorP.fill(0, 0, terms); this.cursorFrom.fill(0, 0, terms);
    return { p: this.cursorP, from: this.cursorFrom };
  }

  entry(term: number, from: number, count: number, head: Int32Array, slot: number): void {
    if (this.entries === this.entryTerm.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.entryTerm = grow(this.entryTerm); this.entryFrom = grow(this.entryFrom); this.entryCount = grow(this.entryCount); this.entryNext = grow(this.entryNext);
    }
    const e = this.entries++;
    this.entryTerm[e] = term; this.entryFrom[e] = from; this.entryCount[e] = count; this.entryNext[e] = head[slot] as number;
    head[slot] = e;
  }
}

/** The lists of a reading's terms, with idf-weighted weights; groups numbered across chunks. */
function resolve(reading: Reading, index: DocumentIndex) {
  const docCount = Math.max(index.size, 1);
  const terms: Term[] = [];
  const groupTerms: number[][] = [];
  const groupSize: number[] = [];
  const chunkOfGroup: number[] = [];
  reading.chunks.forEach((chunk, c) => {
    for (const group of chunk.groups) {
      const g = groupTerms.length;
      const mine: number[] = [];
      let size = 0;
      group.terms.forEach((term, i) => {
        const list = index.words.get(term);
        if (!list || list.length === 0) return;
        const idf = Math.log(1 + (docCount - list.length + 0.5) / (list.length + 0.5));
        mine.push(terms.length);
        terms.push({ list, weight: (group.weights[i] ?? 1) * Math.max(idf, 0.01), group: g });
        size += list.length;
      });
      groupTerms.push(mine); groupSize.push(size); chunkOfGroup.push(c);
    }
  });
  return { terms, groupTerms, groupSize, chunkOfGroup };
}

/** How much of a reading an item must hold, weighed by idf, to be offered as a suggestion. */
const SUGGESTION_COVERAGE = 0.5;

/**
 * Offers items holding enough of the reading's words (by idf: a rare word counts more than a
 * common one) as suggestions, never as found: `matches` keeps found items found. An unknown word
 * counts as the rarest, so "ใบขับขี่" (ขับขี่ unknown) offers nothing for holding "ใบ". Returns,
 * per category group id, the weight of every item holding any of the words (for the closest group).
 */
export function suggestFromWords(reading: Reading, index: DocumentIndex, scratch: MatchScratch, matches: MatchSet, factor: number): Map<number, number> {
  const { terms, groupTerms, chunkOfGroup } = resolve(reading, index);
  const groupCount = groupTerms.length;
  const byGroup = new Map<number, number>();
  if (groupCount === 0) return byGroup;
  scratch.ensure(index.capacity, 0);
  const { groupBest, total, matched, touched, heldPerMille } = scratch;
  const docCount = Math.max(index.size, 1);
  const rarest = Math.log(1 + (docCount + 0.5) / 0.5);
  const groupIdf = groupTerms.map((ts) => (ts.length === 0 ? rarest
    : Math.max(...ts.map((t) => { const n = (terms[t] as Term).list.length; return Math.log(1 + (docCount - n + 0.5) / (n + 0.5)); }))));
  // Each chunk (what was typed between spaces) is an equal share of the query; within a chunk,
  // each word's share is its idf.
  const chunkCount = reading.chunks.length;
  const chunkIdf = new Array<number>(chunkCount).fill(0);
  groupIdf.forEach((idf, g) => { const c = chunkOfGroup[g] as number; chunkIdf[c] = (chunkIdf[c] as number) + idf; });
  const share = groupIdf.map((idf, g) => idf / (chunkIdf[chunkOfGroup[g] as number] as number) / chunkCount);
  const bodyLength = index.facts.bodyLength;
  const lengthScale = (K1 * B) / index.averageBodyLength;
  const lengthBase = K1 * (1 - B);
  let count = 0;
  const live = index.facts.kind; // 0: an empty slot
  const groupTouched = scratch.candidates;
  for (let g = 0; g < groupCount; g++) {
    let touchedHere = 0;
    for (const t of groupTerms[g] as number[]) {
      const { list, weight } = terms[t] as Term;
      const slots = list.slots;
      for (let p = 0; p < list.length; p++) {
        const slot = slots[p] as number;
        if ((live[slot] as number) === 0) continue;
        const s = postingScore(list, p, weight, bodyLength[slot] as number, lengthBase, lengthScale);
        if (groupBest[slot] === 0) groupTouched[touchedHere++] = slot;
        if (s > (groupBest[slot] as number)) groupBest[slot] = s;
      }
    }
    const held = Math.round(1000 * (share[g] as number));
    for (let i = 0; i < touchedHere; i++) {
      const slot = groupTouched[i] as number;
      if (matched[slot] === 0) touched[count++] = slot;
      total[slot] = (total[slot] as number) + (groupBest[slot] as number);
      matched[slot] = (matched[slot] as number) + 1;
      groupBest[slot] = 0;
      heldPerMille[slot] = (heldPerMille[slot] as number) + held;
    }
  }
  // Per category group, summed in typed arrays (a Map update per item costs more than the rest),
  // then handed back in the order the groups were first met.
  const groupWeight = new Float64Array(256);
  const groupOrder: number[] = [];
  const itemGroup = index.facts.group;
  for (let i = 0; i < count; i++) {
    const slot = touched[i] as number;
    const held = (heldPerMille[slot] as number) / 1000;
    const score = (total[slot] as number) * held * held * factor;
    const group = itemGroup[slot] as number;
    if (group) {
      if (groupWeight[group] === 0 && !groupOrder.includes(group)) groupOrder.push(group);
      groupWeight[group] = (groupWeight[group] as number) + score;
    }
    if (held >= SUGGESTION_COVERAGE && !matches.isStrong(slot)) matches.offer(slot, score * (matched[slot] === groupCount ? 0.7 : 1), false);
    total[slot] = 0; matched[slot] = 0; heldPerMille[slot] = 0;
  }
  for (const group of groupOrder) byGroup.set(group, groupWeight[group] as number);
  return byGroup;
}

/**
 * A reading of one word (the commonest query): every live holder is found, with no positions to
 * check, so the postings go straight to `matches`, the best of the word's terms per item.
 */
function matchOneWord(termIds: readonly number[], terms: readonly Term[], index: DocumentIndex, scratch: MatchScratch, matches: MatchSet,
  factor: number, limit: number, lengthBase: number, lengthScale: number): number {
  const bodyLength = index.facts.bodyLength;
  const live = index.facts.kind; // 0: an empty slot
  if (termIds.length === 1) {
    const { list, weight } = terms[termIds[0] as number] as Term;
    let offered = 0;
    for (let p = 0; p < list.length && offered < limit; p++) {
      const slot = list.slots[p] as number;
      if ((live[slot] as number) === 0) continue;
      matches.offer(slot, postingScore(list, p, weight, bodyLength[slot] as number, lengthBase, lengthScale) * factor, true);
      offered++;
    }
    return offered;
  }
  const { groupBest, touched } = scratch;
  let count = 0;
  for (const t of termIds) {
    const { list, weight } = terms[t] as Term;
    for (let p = 0; p < list.length && count < limit; p++) {
      const slot = list.slots[p] as number;
      if ((live[slot] as number) === 0) continue;
      const s = postingScore(list, p, weight, bodyLength[slot] as number, lengthBase, lengthScale);
      if (groupBest[slot] === 0) touched[count++] = slot;
      if (s > (groupBest[slot] as number)) groupBest[slot] = s;
    }
  }
  for (let i = 0; i < count; i++) {
    const slot = touched[i] as number;
    matches.offer(slot, (groupBest[slot] as number) * factor, true);
    groupBest[slot] = 0;
  }
  return count;
}

/** BM25 part of one posting. */
function postingScore(list: PostingList, p: number, weight: number, bodyLength: number, lengthBase: number, lengthScale: number): number {
  let s = fixedFieldScore[list.fields[p] as number] as number;
  const count = list.counts[p] as number;
  if (count > 0) s += (count * (K1 + 1)) / (count + lengthBase + lengthScale * bodyLength);
  return s * weight;
}

/**
 * Offers every item holding the whole reading to `matches` as found, with its score × `factor`.
 * Returns how many it offered; with `limit`, stops offering after that many (enough to compare
 * corrections: the one finding more than `limit` needs no exact count).
 */
export function matchReading(reading: Reading, index: DocumentIndex, scratch: MatchScratch, matches: MatchSet, factor: number, limit = Infinity): number {
  const { terms, groupTerms, groupSize, chunkOfGroup } = resolve(reading, index);
  const groupCount = groupTerms.length;
  if (groupCount === 0 || groupTerms.some((t) => t.length === 0)) return 0;
  scratch.ensure(index.capacity, groupCount);
  const { groupBest, total, candidates, heads } = scratch;
  const bodyLength = index.facts.bodyLength;
  const lengthScale = (K1 * B) / index.averageBodyLength;
  const lengthBase = K1 * (1 - B);
  const order = groupTerms.map((_, g) => g).sort((a, b) => (groupSize[a] as number) - (groupSize[b] as number));

  if (groupCount === 1) return matchOneWord(groupTerms[0] as number[], terms, index, scratch, matches, factor, limit, lengthBase, lengthScale);

  // Candidates come from the rarest group, in slot order, a block at a time; each block is
  // checked against the further groups (their lists walked forward by galloping, so a common
  // word costs little next to a rare one), placed, and offered. With a `limit`, matching stops
  // once that many were offered. Where each posting's positions start is summed along the way
  // (placement reads them).
  const live = index.facts.kind; // 0: an empty slot
  const first = order[0] as number;
  const firstHead = heads[first] as Int32Array;
  const firstTerms = groupTerms[first] as number[];
  const touched = scratch.touched;
  let count = 0;
  if (firstTerms.length > 1) {
    // Several terms (the words a half-typed word may become): their union, sorted, up front.
    for (const t of firstTerms) {
      const { list, weight } = terms[t] as Term;
      const { slots, npos } = list;
      for (let p = 0, from = 0; p < list.length; p++) {
        const slot = slots[p] as number, n = npos[p] as number;
        if ((live[slot] as number) > 0) {
          if (firstHead[slot] === -1) { candidates[count] = slot; touched[count++] = slot; }
          scratch.entry(t, from, n, firstHead, slot);
          const s = postingScore(list, p, weight, bodyLength[slot] as number, lengthBase, lengthScale);
          if (s > (groupBest[slot] as number)) groupBest[slot] = s;
        }
        from += n;
      }
    }
    candidates.subarray(0, count).sort();
    for (let i = 0; i < count; i++) { const slot = candidates[i] as number; total[slot] = groupBest[slot] as number; groupBest[slot] = 0; }
  }
  const cursor = scratch.cursors(terms.length);
  const block = scratch.block;
  const bounds = chunkBounds(chunkOfGroup, reading.chunks.length);
  let offered = 0, taken = 0, firstP = 0, firstFrom = 0;
  while (offered < limit) {
    let kept = 0;
    if (firstTerms.length === 1) {
      const t = firstTerms[0] as number;
      const { list, weight } = terms[t] as Term;
      const { slots, npos } = list;
      for (; firstP < list.length && kept < BLOCK; firstP++) {
        const slot = slots[firstP] as number, n = npos[firstP] as number;
        if ((live[slot] as number) > 0) {
          touched[count++] = slot; block[kept++] = slot;
          scratch.entry(t, firstFrom, n, firstHead, slot);
          total[slot] = postingScore(list, firstP, weight, bodyLength[slot] as number, lengthBase, lengthScale);
        }
        firstFrom += n;
      }
    } else {
      for (; taken < count && kept < BLOCK; taken++) block[kept++] = candidates[taken] as number;
    }
    if (kept === 0) break;

    // Every further group keeps only the candidates it also holds.
    for (let k = 1; k < groupCount && kept > 0; k++) {
      const g = order[k] as number;
      const head = heads[g] as Int32Array;
      for (const t of groupTerms[g] as number[]) {
        const { list, weight } = terms[t] as Term;
        const { slots, npos } = list;
        const length = list.length;
        let p = cursor.p[t] as number, from = cursor.from[t] as number;
        for (let i = 0; i < kept && p < length; i++) {
          const slot = block[i] as number;
          if ((slots[p] as number) < slot) {
            // Gallop to the first posting at or after `slot`, then add up the positions passed.
            let lo = p, hi = p + 1, step = 1;
            while (hi < length && (slots[hi] as number) < slot) { lo = hi; step *= 2; hi = lo + step; }
            let a = lo + 1, b = Math.min(hi, length);
            while (a < b) { const mid = (a + b) >> 1; if ((slots[mid] as number) < slot) a = mid + 1; else b = mid; }
            if (a - p <= 64) { for (let q = p; q < a; q++) from += npos[q] as number; } else if (a < length) from = list.positionStart(a);
            p = a;
            if (p >= length) break;
          }
          if (slots[p] === slot) {
            scratch.entry(t, from, npos[p] as number, head, slot);
            const s = postingScore(list, p, weight, bodyLength[slot] as number, lengthBase, lengthScale);
            if (s > (groupBest[slot] as number)) groupBest[slot] = s;
          }
        }
        cursor.p[t] = p; cursor.from[t] = from;
      }
      let out = 0;
      for (let i = 0; i < kept; i++) {
        const slot = block[i] as number;
        if (head[slot] !== -1) { block[out++] = slot; total[slot] = (total[slot] as number) + (groupBest[slot] as number); groupBest[slot] = 0; }
      }
      kept = out;
    }

    for (let i = 0; i < kept && offered < limit; i++) {
      const slot = block[i] as number;
      const closeness = placement(slot, index.facts.descriptorEnd[slot] as number, scratch, terms, groupCount, bounds);
      if (closeness > 0) { matches.offer(slot, (total[slot] as number) * closeness * factor, true); offered++; }
    }
  }

  // Reset what this reading touched: every group's head for every first-group candidate.
  for (let i = 0; i < count; i++) {
    const slot = touched[i] as number;
    total[slot] = 0; groupBest[slot] = 0;
    for (let g = 0; g < groupCount; g++) (heads[g] as Int32Array)[slot] = -1;
  }
  return offered;
}
