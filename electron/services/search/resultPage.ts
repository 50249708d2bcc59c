/**
 * From the matched set to one page of results: filters (kind, group, category, year), the facets
 * (counted as if their own filter were off, so the chips still offer the other years and groups;
 * over what is found only: a chip that led to suggestions alone would be a chip to "nothing found"),
 * the total, and the top of the ranking. One pass over typed arrays, whatever the number of matches.
 */
import { FILTER_YEARS, type SearchQuery } from '../../contract/search';
import type { GroupCode } from '../../contract/categories';
import type { DocumentIndex } from './documentIndex';
import { STRONG, type MatchSet } from './matchSet';
import { topRanked, type SortOrder } from './ranking';
import { categoryId, groupId, groupOfId, kindId } from './slotFacts';

/** Years a chip can offer: those a filter takes (a date with a Buddhist year typed as CE, 2569, is found but offers no chip it could not tap). */
const FIRST_YEAR = FILTER_YEARS.first, YEAR_SPAN = FILTER_YEARS.last - FILTER_YEARS.first + 1;

export interface RankedMatches {
  /** Matched slots that pass the filters, in `[0, total)`, and whether each is strong (1). */
  slots: Int32Array;
  strongAt: Uint8Array;
  total: number;
  /** Read when the page is cut (see topSlots): only the few best need a ranking key. */
  score: Float64Array;
  day: Int32Array;
  tie: Uint32Array;
  keyOf: (slot: number) => string;
  sort: SortOrder;
  /** How many of them matched the whole query (not weak). */
  strong: number;
  anyStrong: boolean;
  years: number[];
  groups: GroupCode[];
  /** How many are found in each year and group (each counted under the other filter): what a tap on its chip lists. */
  foundIn: { years: Record<number, number>; groups: Partial<Record<GroupCode, number>> };
  /** Summed score of what is found in each group (by group id), the group filter off: where to point when the chosen group has nothing. */
  groupScore: Float64Array;
}

/** Scratch arrays reused between queries. */
export class PageScratch {
  slots = new Int32Array(0);
  strongAt = new Uint8Array(0);
  ensure(capacity: number): void {
    if (this.slots.length >= capacity) return;
    this.slots = new Int32Array(capacity * 2); this.strongAt = new Uint8Array(capacity * 2);
  }
}

export function rankMatches(matches: MatchSet, index: DocumentIndex, q: SearchQuery, sort: SortOrder, scratch: PageScratch): RankedMatches {
  scratch.ensure(index.capacity);
  const { slots, strongAt } = scratch;
  const { kind, year, group, category, day, tie } = index.facts;
  const wantYear = q.year ?? 0;
  const yearSeen = new Int32Array(YEAR_SPAN);
  const groupSeen = new Int32Array(16);
  const groupScore = new Float64Array(16);
  const counts = new Int32Array(1);
  const total = filterMatches(matches.slots, matches.count, matches.state, matches.score, kind, year, group, category,
    kindId(q.kind), groupId(q.group), categoryId(q.category), wantYear, slots, strongAt, yearSeen, groupSeen, groupScore, counts);
  const strongCount = counts[0] as number;
  const foundIn: RankedMatches['foundIn'] = { years: {}, groups: {} };
  yearSeen.forEach((found, offset) => { if (found) foundIn.years[FIRST_YEAR + offset] = found; });
  const groups: GroupCode[] = [];
  groupSeen.forEach((found, id) => { const code = found ? groupOfId(id) : undefined; if (code) { groups.push(code); foundIn.groups[code] = found; } });
  const years = Object.keys(foundIn.years).map(Number).sort((a, b) => b - a);
  return { slots, strongAt, total, score: matches.score, day, tie, keyOf: (slot) => index.keyOf(slot), sort, strong: strongCount, anyStrong: strongCount > 0, years, groups, foundIn, groupScore };
}

/**
 * The hot loop of rankMatches, on typed arrays and numbers only: a function of its own, because
 * V8 optimised it inside rankMatches and threw that code away after the loop on every call (the
 * objects built there had no type feedback yet), so 100,000 matches ran ~1.7 ms instead of ~0.5.
 * Returns how many pass the filters; `counts[0]` gets how many of them are strong.
 */
function filterMatches(matched: Int32Array, count: number, state: Uint8Array, score: Float64Array,
  kind: Uint8Array, year: Uint16Array, group: Uint8Array, category: Uint8Array,
  wantKind: number, wantGroup: number, wantCategory: number, wantYear: number,
  slots: Int32Array, strongAt: Uint8Array, yearSeen: Int32Array, groupSeen: Int32Array, groupScore: Float64Array, counts: Int32Array): number {
  let total = 0, strongCount = 0;
  // Where the found lie by group is asked only when a group filter left nothing (searchEngine's closestGroup).
  const groupFiltered = wantGroup !== 0 || wantCategory !== 0;
  for (let i = 0; i < count; i++) {
    const slot = matched[i] as number;
    const k = kind[slot] as number;
    if (k === 0 || (wantKind !== 0 && k !== wantKind)) continue;
    const y = year[slot] as number, g = group[slot] as number;
    const groupOk = (wantGroup === 0 || g === wantGroup) && (wantCategory === 0 || category[slot] === wantCategory);
    const yearOk = wantYear === 0 || y === wantYear;
    const strong = state[slot] === STRONG;
    if (strong) {
      if (groupOk && y >= FIRST_YEAR && y - FIRST_YEAR < YEAR_SPAN) yearSeen[y - FIRST_YEAR] = (yearSeen[y - FIRST_YEAR] as number) + 1;
      if (yearOk && g !== 0) { groupSeen[g] = (groupSeen[g] as number) + 1; if (groupFiltered) groupScore[g] = (groupScore[g] as number) + (score[slot] as number); }
    }
    if (!groupOk || !yearOk) continue;
    if (strong) strongCount++;
    slots[total] = slot;
    strongAt[total] = strong ? 1 : 0;
    total++;
  }
  counts[0] = strongCount;
  return total;
}

/** Slots of the best `count` ranked matches, from `offset`. */
export const topSlots = (ranked: RankedMatches, offset: number, count: number): number[] =>
  topRanked({ slots: ranked.slots, strong: ranked.strongAt, n: ranked.total, score: ranked.score, day: ranked.day, tie: ranked.tie, keyOf: ranked.keyOf, sort: ranked.sort }, offset + count)
    .slice(offset).map((i) => ranked.slots[i] as number);
