/**
 * The search engine over catalogue items: exact words first (with synonyms and completion of the
 * last word), then a title-substring fallback, then typo repair; what only the fallbacks find is weak.
 */
import type { SearchAnswer, SearchHit, SearchQuery } from '../../contract/search';
import { categoryByCode, type GroupCode } from '../../contract/categories';
import type { SearchableItem, SearchEngine } from './engine';
import { analyzeQuery, analyzeText, compact, normalizeText } from './analysis';
import { DocumentIndex, publishedYear } from './documentIndex';
import { planExact, planRepair, type TermGroup } from './queryPlan';
import { scoreGroups, ScoringScratch, type Candidates } from './scoring';
import { compileSynonyms, defaultSynonyms, synonymRewrites } from './synonyms';
import { markableTerms, markText, snippetWindow } from './snippets';
import { rankKey, topIndices } from './ranking';
import { groupFromHits, groupFromWords } from './closestGroup';

export interface SearchEngineOptions {
  /** Citizen words to formal terms; replaces the default table. */
  synonyms?: Record<string, string[]>;
}

const SYNONYM_WEIGHT = 0.9;
const TYPO_WEIGHT = 0.8;
const MIN_SUBSTRING = 3;

interface Match { score: number; strong: boolean }

export function createSearchEngine(options: SearchEngineOptions = {}): SearchEngine {
  const index = new DocumentIndex();
  const scratch = new ScoringScratch();
  const rules = compileSynonyms(options.synonyms ?? defaultSynonyms);

  const groupOf = (item: SearchableItem): GroupCode | undefined => item.group ?? (item.category ? categoryByCode[item.category].group : undefined);

  function merge(into: Map<number, Match>, found: Candidates, weight: number, forceWeak: boolean): void {
    for (let i = 0; i < found.slots.length; i++) {
      const slot = found.slots[i] as number;
      const score = (found.scores[i] as number) * weight;
      const strong = !forceWeak && (found.strong[i] as boolean);
      const had = into.get(slot);
      if (!had) into.set(slot, { score, strong });
      else if (strong && !had.strong) into.set(slot, { score, strong });
      else if (strong === had.strong && score > had.score) had.score = score;
    }
  }

  function passesFilters(item: SearchableItem, q: SearchQuery, skip: 'year' | 'group' | null): boolean {
    if (q.kind !== 'all' && item.kind !== q.kind) return false;
    if (skip !== 'group' && q.group && groupOf(item) !== q.group) return false;
    if (skip !== 'group' && q.category && item.category !== q.category) return false;
    if (skip !== 'year' && q.year && publishedYear(item.published) !== q.year) return false;
    return true;
  }

  function matchAll(text: string): { matches: Map<number, Match>; markTerms: Set<string>; didYouMean?: string } {
    const matches = new Map<number, Match>();
    const markTerms = new Set<string>();
    const useGroups = (groups: readonly TermGroup[], weight: number, weak: boolean) => {
      for (const g of groups) for (const e of g.expansions) markTerms.add(e.term);
      merge(matches, scoreGroups(groups, index, scratch), weight, weak);
    };
    const readings = [text, ...synonymRewrites(text, rules)];
    readings.forEach((reading, i) => useGroups(planExact(analyzeQuery(reading), index), i === 0 ? 1 : SYNONYM_WEIGHT, false));
    const anyStrong = () => [...matches.values()].some((m) => m.strong);
    if (anyStrong()) return { matches, markTerms };

    // Segmentation can split a word differently in a title and in the query: look for the typed
    // characters inside titles and keywords directly.
    const typed = compact(text);
    if (typed.length >= MIN_SUBSTRING) {
      index.compactTitles.forEach((title, slot) => {
        if (!title.includes(typed)) return;
        const score = 10 + (10 * typed.length) / title.length;
        const had = matches.get(slot);
        if (!had || !had.strong) matches.set(slot, { score: Math.max(score, had?.score ?? 0), strong: true });
      });
      if (anyStrong()) { markTerms.add(typed); return { matches, markTerms }; }
    }

    const repair = planRepair(analyzeQuery(text), index);
    if (!repair.changed) return { matches, markTerms };
    const before = matches.size;
    useGroups(repair.groups, TYPO_WEIGHT, true);
    const corrected = joinForDisplay(repair.groups.map((g) => g.display));
    return { matches, markTerms, ...(matches.size > before || corrected !== text ? { didYouMean: corrected } : {}) };
  }

  function toHit(slot: number, match: Match, markTerms: readonly string[]): SearchHit {
    const item = index.items[slot] as SearchableItem;
    return {
      kind: item.kind, id: item.id, title: item.title,
      titleParts: markText(item.title.th, markTerms),
      ...(item.category ? { category: item.category } : {}),
      ...(item.published ? { published: item.published } : {}),
      score: Math.round(match.score * 1000) / 1000,
      weak: !match.strong,
      snippet: snippetWindow([item.summary, item.body], markTerms),
    };
  }

  function browse(): Map<number, Match> {
    const all = new Map<number, Match>();
    index.items.forEach((item, slot) => { if (item) all.set(slot, { score: 0, strong: true }); });
    return all;
  }

  return {
    replaceAll(items) { index.clear(); for (const item of items) index.upsert(item); },
    upsert(item) { index.upsert(item); },
    remove(kind, id) { index.remove(kind, id); },
    get size() { return index.size; },

    query(q: SearchQuery): SearchAnswer {
      const text = normalizeText(q.q);
      const found = text ? matchAll(text) : { matches: browse(), markTerms: new Set<string>() };
      const sort = text ? q.sort : 'newest';

      const years = new Set<number>();
      const groups = new Set<GroupCode>();
      const slots: number[] = [];
      const keys: number[] = [];
      for (const [slot, match] of found.matches) {
        const item = index.items[slot];
        if (!item) continue;
        if (passesFilters(item, q, 'year')) { const y = publishedYear(item.published); if (y) years.add(y); }
        if (passesFilters(item, q, 'group')) { const g = groupOf(item); if (g) groups.add(g); }
        if (!passesFilters(item, q, null)) continue;
        slots.push(slot);
        keys.push(rankKey({ ...match, publishedTime: index.publishedTimes[slot] ?? 0 }, sort));
      }

      const markTerms = markableTerms(found.markTerms);
      const page = topIndices(keys, q.offset + q.limit).slice(q.offset);
      const hits = page.map((i) => {
        const slot = slots[i] as number;
        return toHit(slot, found.matches.get(slot) as Match, markTerms);
      });

      const anyStrong = slots.some((slot) => found.matches.get(slot)?.strong);
      const answer: SearchAnswer = {
        query: q.q, total: slots.length, hits,
        facets: { years: [...years].sort((a, b) => b - a), groups: [...groups] },
      };
      if (found.didYouMean && found.didYouMean !== text) answer.didYouMean = found.didYouMean;
      if (text && !anyStrong) {
        const closest = groupFromHits(slots.slice(0, 200).map((slot) => ({ group: groupOf(index.items[slot] as SearchableItem), score: found.matches.get(slot)?.score ?? 0 })))
          ?? groupFromWords(analyzeText(q.q));
        if (closest) answer.closestGroup = closest;
      }
      return answer;
    },
  };
}

/** Thai words are written without spaces between them; other words keep theirs. */
function joinForDisplay(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    const prev = out.slice(-1);
    const thaiJoin = /[\u0E00-\u0E7F]/.test(prev) && /^[\u0E00-\u0E7F]/.test(w);
    out += out && !thaiJoin ? ` ${w}` : w;
  }
  return out;
}
