import type { SearchAnswer } from '../../../electron/contract/search';

/**
 * How many hits were found: matched every word of the query. `answer.total` also counts weak
 * matches, which are only suggestions ("ผลที่ใกล้เคียง"). Strong hits rank first, so a page that
 * reaches a weak hit holds every strong one; a page of strong hits only is exact when it holds all
 * the hits, else its length is a lower bound.
 */
export function foundCount(answer: Pick<SearchAnswer, 'hits' | 'total'>): { count: number; atLeast: boolean } {
  const count = answer.hits.filter((h) => !h.weak).length;
  const pageHoldsAllFound = count < answer.hits.length || answer.hits.length >= answer.total;
  return { count, atLeast: !pageHoldsAllFound };
}
