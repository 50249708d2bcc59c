/**
 * From the matched set to one page of results: filters (kind, group, category, year), the facets
 * (counted as if their own filter were off, so the chips still offer the other years and groups;
 * over what is found only: a chip that led to suggestions alone would be a chip to "nothing found"),
 * the total, and the top of the ranking. One pass over typed arrays, whatever the number of matches.
 */
import type { SearchQuery } from '../../contract/search';
import type { GroupCode } from '../../contract/categories';
import type { DocumentIndex } from './documentIndex';
import { STRONG, type MatchSet } from './matchSet';
import { topRanked, type SortOrder } from './ranking';
import { categoryId, groupId, groupOfId, kindId } from './slotFacts';

const FIRST_YEAR = 1900, YEAR_SPAN = 400;

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
  const state = matches.state;
  const wantKind = kindId(q.kind), wantGroup = groupId(q.group), wantCategory = categoryId(q.category), wantYear = q.year ?? 0;
  const yearSeen = new Int32Array(YEAR_SPAN);
  const otherYears = new Map<number, number>();
  const groupSeen = new Int32Array(16);
  const groupScore = new Float64Array(16);
  let total = 0, strongCount = 0, anyStrong = false;
  // Where the found lie by group is asked only when a group filter left nothing (searchEngine's closestGroup).
  const groupFiltered = wantGroup !== 0 || wantCategory !== 0;
  for (let i = 0; i < matches.count; i++) {
    const slot = matches.slots[i] as number;
    const k = kind[slot] as number;
    if (k === 0 || (wantKind !== 0 && k !== wantKind)) continue;
    const y = year[slot] as number, g = group[slot] as number;
    const groupOk = (wantGroup === 0 || g === wantGroup) && (wantCategory === 0 || category[slot] === wantCategory);
    const yearOk = wantYear === 0 || y === wantYear;
    const strong = state[slot] === STRONG;
    if (strong) {
      if (groupOk && y !== 0) { if (y - FIRST_YEAR >= 0 && y - FIRST_YEAR < YEAR_SPAN) yearSeen[y - FIRST_YEAR] = (yearSeen[y - FIRST_YEAR] as number) + 1; else otherYears.set(y, (otherYears.get(y) ?? 0) + 1); }
      if (yearOk && g !== 0) { groupSeen[g] = (groupSeen[g] as number) + 1; if (groupFiltered) groupScore[g] = (groupScore[g] as number) + (matches.score[slot] as number); }
    }
    if (!groupOk || !yearOk) continue;
    anyStrong ||= strong;
    if (strong) strongCount++;
    slots[total] = slot;
    strongAt[total] = strong ? 1 : 0;
    total++;
  }
  const foundIn: RankedMatches['foundIn'] = { years: Object.fromEntries(otherYears), groups: {} };
  yearSeen.forEach((found, offset) => { if (found) foundIn.years[FIRST_YEAR + offset] = found; });
  const groups: GroupCode[] = [];
  groupSeen.forEach((found, id) => { const code = found ? groupOfId(id) : undefined; if (code) { groups.push(code); foundIn.groups[code] = found; } });
  const years = Object.keys(foundIn.years).map(Number).sort((a, b) => b - a);
  return { slots, strongAt, total, score: matches.score, day, tie, keyOf: (slot) => index.keyOf(slot), sort, strong: strongCount, anyStrong, years, groups, foundIn, groupScore };
}

/** Slots of the best `count` ranked matches, from `offset`. */
export const topSlots = (ranked: RankedMatches, offset: number, count: number): number[] =>
  topRanked({ slots: ranked.slots, strong: ranked.strongAt, n: ranked.total, score: ranked.score, day: ranked.day, tie: ranked.tie, keyOf: ranked.keyOf, sort: ranked.sort }, offset + count)
    .slice(offset).map((i) => ranked.slots[i] as number);
