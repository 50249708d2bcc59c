/**
 * Relevance: per group, the best of its expansions (idf × field score); summed over groups and
 * multiplied by coverage², so a document matching every word beats one matching a rare word only.
 * Field weights make a title match worth far more than a mention deep in the body.
 *
 * A common word can occur in every item, so this loop runs over every posting of the query's terms:
 * everything here is typed arrays sized to the index and reused, with no allocation per item.
 */
import type { DocumentIndex } from './documentIndex';
import { FieldBit } from './postingList';
import type { TermGroup } from './queryPlan';

const FIELD_WEIGHT = { title: 8, keywords: 5, summary: 2, category: 1.5, unit: 1.5 } as const;
const K1 = 1.2;
const B = 0.75;

/** Score of the fixed fields for each bit set, precomputed. */
const fixedFieldScore = Float64Array.from({ length: 64 }, (_, bits) =>
  (bits & FieldBit.title ? FIELD_WEIGHT.title : 0) + (bits & FieldBit.keywords ? FIELD_WEIGHT.keywords : 0)
  + (bits & FieldBit.summary ? FIELD_WEIGHT.summary : 0) + (bits & FieldBit.category ? FIELD_WEIGHT.category : 0)
  + (bits & FieldBit.unit ? FIELD_WEIGHT.unit : 0));

/**
 * Reusable per-slot accumulators. After `scoreGroups` returns n, the matched slots are
 * `found[0..n)` with their scores in `foundScore` and strength (1 = every group matched by a
 * non-weak term) in `foundStrong`.
 */
export class ScoringScratch {
  groupBest = new Float64Array(0);
  groupStrong = new Uint8Array(0);
  groupTouched = new Int32Array(0);
  total = new Float64Array(0);
  matched = new Uint16Array(0);
  strongMatched = new Uint16Array(0);
  found = new Int32Array(0);
  foundScore = new Float64Array(0);
  foundStrong = new Uint8Array(0);

  ensure(capacity: number): void {
    if (this.total.length >= capacity) return;
    const size = Math.max(capacity, this.total.length * 2, 64);
    this.groupBest = new Float64Array(size); this.groupStrong = new Uint8Array(size); this.groupTouched = new Int32Array(size);
    this.total = new Float64Array(size); this.matched = new Uint16Array(size); this.strongMatched = new Uint16Array(size);
    this.found = new Int32Array(size); this.foundScore = new Float64Array(size); this.foundStrong = new Uint8Array(size);
  }
}

/** Scores every item matching at least one group; returns how many (see ScoringScratch). */
export function scoreGroups(groups: readonly TermGroup[], index: DocumentIndex, scratch: ScoringScratch): number {
  scratch.ensure(index.capacity);
  const { groupBest, groupStrong, groupTouched, total, matched, strongMatched, found } = scratch;
  const bodyLength = index.facts.bodyLength;
  const docCount = Math.max(index.size, 1);
  const lengthScale = (K1 * B) / index.averageBodyLength;
  const lengthBase = K1 * (1 - B);
  let foundCount = 0;
  for (const group of groups) {
    let touchedCount = 0;
    for (const { term, weight, weak } of group.expansions) {
      const postings = index.words.get(term);
      if (!postings) continue;
      const n = postings.length;
      const w = weight * Math.log(1 + (docCount - n + 0.5) / (n + 0.5));
      const { slots, fields, counts } = postings;
      const strong = weak ? 0 : 1;
      for (let p = 0; p < n; p++) {
        const slot = slots[p] as number;
        const count = counts[p] as number;
        let s = fixedFieldScore[fields[p] as number] as number;
        if (count > 0) s += (count * (K1 + 1)) / (count + lengthBase + lengthScale * (bodyLength[slot] as number));
        s *= w; // > 0: every posting has a field or a count, and idf > 0
        const had = groupBest[slot] as number;
        if (had === 0) groupTouched[touchedCount++] = slot;
        if (s > had) groupBest[slot] = s;
        groupStrong[slot] = (groupStrong[slot] as number) | strong;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const slot = groupTouched[i] as number;
      if (matched[slot] === 0) found[foundCount++] = slot;
      total[slot] = (total[slot] as number) + (groupBest[slot] as number);
      matched[slot] = (matched[slot] as number) + 1;
      strongMatched[slot] = (strongMatched[slot] as number) + (groupStrong[slot] as number);
      groupBest[slot] = 0; groupStrong[slot] = 0;
    }
  }
  const required = Math.max(groups.length, 1);
  const { foundScore, foundStrong } = scratch;
  for (let i = 0; i < foundCount; i++) {
    const slot = found[i] as number;
    const coverage = (matched[slot] as number) / required;
    foundScore[i] = (total[slot] as number) * coverage * coverage;
    foundStrong[i] = strongMatched[slot] === required ? 1 : 0;
    total[slot] = 0; matched[slot] = 0; strongMatched[slot] = 0;
  }
  return foundCount;
}
