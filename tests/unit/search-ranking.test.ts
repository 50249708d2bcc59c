/**
 * The page of results is cut from the matches without computing every match's ranking key; it
 * must be exactly the page a full sort gives (best key first, equal keys by the items' tie order,
 * then in the order found).
 */
import { describe, expect, it } from 'vitest';
import { rankKey, topRanked, type SortOrder } from '../../electron/services/search/ranking';

let seed = 7;
const random = () => { seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; return seed / 2_147_483_648; };

function matches(n: number, sort: SortOrder) {
  const slots = new Int32Array(n), strong = new Uint8Array(n);
  const score = new Float64Array(n * 2), day = new Int32Array(n * 2), tie = new Uint32Array(n * 2);
  // Few distinct scores and days: many ties, and scores on both sides of relevance steps.
  const scores = [0, 1e-12, 0.3, 0.97, 1, 1.0101, 1.02, 2.5, 7, 7.0001, 40, 400];
  for (let i = 0; i < n; i++) {
    const slot = 2 * i + (i % 2);
    slots[i] = slot;
    strong[i] = random() < 0.6 ? 1 : 0;
    score[slot] = (scores[Math.floor(random() * scores.length)] as number) * (random() < 0.5 ? 1 : 1 + random() * 0.05);
    // Few days too, so that equal relevance often meets an equal day: keys tie, also at the page's edge.
    day[slot] = random() < 0.1 ? 0 : 18_000 + Math.floor(random() * 4);
    // Few distinct tie orders, so that some ties are still ties after them.
    tie[slot] = Math.floor(random() * 4) * 0x40000000;
  }
  // Tie orders collide (as 32-bit hashes of ids can): the item's key decides, then the order found.
  const keyOf = (slot: number) => `document:${slot % 5}`;
  return { slots, strong, n, score, day, tie, keyOf, sort };
}

function bySorting(input: ReturnType<typeof matches>, k: number): number[] {
  const key = (i: number) => rankKey(input.score[input.slots[i] as number] as number, input.strong[i] === 1, input.day[input.slots[i] as number] as number, input.sort);
  const tie = (i: number) => input.tie[input.slots[i] as number] as number;
  const itemKey = (i: number) => input.keyOf(input.slots[i] as number);
  return Array.from({ length: input.n }, (_, i) => i)
    .sort((a, b) => key(b) - key(a) || tie(a) - tie(b) || (itemKey(a) < itemKey(b) ? -1 : itemKey(a) > itemKey(b) ? 1 : 0) || a - b).slice(0, k);
}

describe('the page of results', () => {
  for (const sort of ['relevance', 'newest'] as const) {
    it(`is the top of a full sort (${sort}), ties by tie order, then item key, then in the order found`, () => {
      for (const n of [0, 1, 5, 20, 21, 300, 5000]) {
        for (const k of [1, 3, 20, 40, 70]) {
          const input = matches(n, sort);
          expect(topRanked(input, k)).toEqual(bySorting(input, k));
        }
      }
    });
  }
});
