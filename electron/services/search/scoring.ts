/**
 * Relevance: per group, the best of its expansions (idf × field score); summed over groups and
 * multiplied by coverage², so a document matching every word beats one matching a rare word only.
 * Field weights make a title match worth far more than a mention deep in the body.
 */
import type { DocumentIndex } from './documentIndex';
import { FieldBit } from './postingList';
import type { TermGroup } from './queryPlan';

const FIELD_WEIGHT = { title: 8, keywords: 5, summary: 2, category: 1.5, unit: 1.5 } as const;
const K1 = 1.2;
const B = 0.75;

/** Score of the fixed fields for each bit set, precomputed. */
const fixedFieldScore = Array.from({ length: 64 }, (_, bits) =>
  (bits & FieldBit.title ? FIELD_WEIGHT.title : 0) + (bits & FieldBit.keywords ? FIELD_WEIGHT.keywords : 0)
  + (bits & FieldBit.summary ? FIELD_WEIGHT.summary : 0) + (bits & FieldBit.category ? FIELD_WEIGHT.category : 0)
  + (bits & FieldBit.unit ? FIELD_WEIGHT.unit : 0));

/** Matched slots with their score and strength, in parallel arrays. */
export interface Candidates {
  slots: number[];
  scores: number[];
  strong: boolean[];
}

/** Reusable arrays sized to the index, so a query allocates almost nothing. */
export class ScoringScratch {
  groupBest = new Float64Array(0);
  groupStrong = new Uint8Array(0);
  total = new Float64Array(0);
  matched = new Uint16Array(0);
  strongMatched = new Uint16Array(0);

  ensure(capacity: number): void {
    if (this.total.length >= capacity) return;
    const size = Math.max(capacity, this.total.length * 2, 64);
    this.groupBest = new Float64Array(size); this.groupStrong = new Uint8Array(size);
    this.total = new Float64Array(size); this.matched = new Uint16Array(size); this.strongMatched = new Uint16Array(size);
  }
}

export function scoreGroups(groups: readonly TermGroup[], index: DocumentIndex, scratch: ScoringScratch): Candidates {
  scratch.ensure(index.capacity);
  const { groupBest, groupStrong, total, matched, strongMatched } = scratch;
  const docCount = Math.max(index.size, 1);
  const averageLength = index.averageBodyLength;
  const touched: number[] = [];
  for (const group of groups) {
    const groupTouched: number[] = [];
    for (const { term, weight, weak } of group.expansions) {
      const postings = index.words.get(term);
      if (!postings) continue;
      const df = postings.length;
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      const w = weight * idf;
      const { slots, fields, counts } = postings;
      for (let p = 0; p < postings.length; p++) {
        const slot = slots[p] as number;
        const count = counts[p] as number;
        let s = fixedFieldScore[fields[p] as number] as number;
        if (count > 0) s += (count * (K1 + 1)) / (count + K1 * (1 - B + (B * (index.bodyLengths[slot] ?? 1)) / averageLength));
        s *= w;
        if (groupBest[slot] === 0) groupTouched.push(slot);
        if (s > (groupBest[slot] as number)) groupBest[slot] = s;
        if (!weak) groupStrong[slot] = 1;
      }
    }
    for (const slot of groupTouched) {
      if (matched[slot] === 0) touched.push(slot);
      total[slot] = (total[slot] as number) + (groupBest[slot] as number);
      matched[slot] = (matched[slot] as number) + 1;
      strongMatched[slot] = (strongMatched[slot] as number) + (groupStrong[slot] as number);
      groupBest[slot] = 0; groupStrong[slot] = 0;
    }
  }
  const required = Math.max(groups.length, 1);
  const scores: number[] = [];
  const strong: boolean[] = [];
  for (const slot of touched) {
    const coverage = (matched[slot] as number) / required;
    scores.push((total[slot] as number) * coverage * coverage);
    strong.push(strongMatched[slot] === required);
    total[slot] = 0; matched[slot] = 0; strongMatched[slot] = 0;
  }
  return { slots: touched, scores, strong };
}
