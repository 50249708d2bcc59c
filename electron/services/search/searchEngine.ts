/**
 * The search engine over catalogue items: exact words first (with synonyms and completion of the
 * last word), then a title-substring fallback, then typo repair; what only the fallbacks find is weak.
 */
import type { SearchAnswer, SearchHit, SearchQuery } from '../../contract/search';
import type { GroupCode } from '../../contract/categories';
import type { SearchableItem, SearchEngine } from './engine';
import { analyzeQuery, analyzeText, compact, normalizeText } from './analysis';
import { DocumentIndex } from './documentIndex';
import { planExact, planRepair, type TermGroup } from './queryPlan';
import { scoreGroups, ScoringScratch } from './scoring';
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
const NONE = 0, WEAK = 1, STRONG = 2;

/** Best score and strength per slot across all the ways a query was read; reused between queries. */
class Matches {
  score = new Float64Array(0);
  state = new Uint8Array(0);
  slots: number[] = [];
  strongCount = 0;

  reset(capacity: number): void {
    for (const slot of this.slots) { this.state[slot] = NONE; this.score[slot] = 0; }
    this.slots = []; this.strongCount = 0;
    if (this.state.length < capacity) { this.score = new Float64Array(capacity * 2); this.state = new Uint8Array(capacity * 2); }
  }

  offer(slot: number, score: number, strong: boolean): void {
    const state = strong ? STRONG : WEAK;
    const had = this.state[slot] as number;
    if (had === NONE) this.slots.push(slot);
    if (state > had) {
      if (state === STRONG) this.strongCount++;
      this.state[slot] = state; this.score[slot] = score;
    } else if (state === had && score > (this.score[slot] as number)) this.score[slot] = score;
  }
}

export function createSearchEngine(options: SearchEngineOptions = {}): SearchEngine {
  const index = new DocumentIndex();
  const scratch = new ScoringScratch();
  const matches = new Matches();
  const rules = compileSynonyms(options.synonyms ?? defaultSynonyms);

  /** Fills `matches`; returns the words to highlight and a spelling suggestion. */
  function matchAll(text: string): { markTerms: Set<string>; didYouMean?: string } {
    const markTerms = new Set<string>();
    const useGroups = (groups: readonly TermGroup[], weight: number, forceWeak: boolean) => {
      for (const g of groups) for (const e of g.expansions) markTerms.add(e.term);
      const found = scoreGroups(groups, index, scratch);
      for (let i = 0; i < found.slots.length; i++) {
        matches.offer(found.slots[i] as number, (found.scores[i] as number) * weight, !forceWeak && (found.strong[i] as boolean));
      }
    };
    const readings = [text, ...synonymRewrites(text, rules)];
    readings.forEach((reading, i) => useGroups(planExact(analyzeQuery(reading), index), i === 0 ? 1 : SYNONYM_WEIGHT, false));
    if (matches.strongCount > 0) return { markTerms };

    // Segmentation can split a word differently in a title and in the query: look for the typed
    // characters inside titles and keywords directly.
    const typed = compact(text);
    if (typed.length >= MIN_SUBSTRING) {
      index.compactTitles.forEach((title, slot) => {
        if (title.includes(typed)) matches.offer(slot, 10 + (10 * typed.length) / title.length, true);
      });
      if (matches.strongCount > 0) { markTerms.add(typed); return { markTerms }; }
    }

    const repair = planRepair(analyzeQuery(text), index);
    if (!repair.changed) return { markTerms };
    useGroups(repair.groups, TYPO_WEIGHT, true);
    const corrected = joinForDisplay(repair.groups.map((g) => g.display));
    return { markTerms, ...(corrected !== text ? { didYouMean: corrected } : {}) };
  }

  function browseAll(): void {
    index.items.forEach((item, slot) => { if (item) matches.offer(slot, 0, true); });
  }

  function toHit(slot: number, markTerms: readonly string[]): SearchHit {
    const item = index.items[slot] as SearchableItem;
    return {
      kind: item.kind, id: item.id, title: item.title,
      titleParts: markText(item.title.th, markTerms),
      ...(item.category ? { category: item.category } : {}),
      ...(item.published ? { published: item.published } : {}),
      score: Math.round((matches.score[slot] as number) * 1000) / 1000,
      weak: matches.state[slot] !== STRONG,
      snippet: snippetWindow([item.summary, item.body], markTerms),
    };
  }

  return {
    replaceAll(items) { index.clear(); for (const item of items) index.upsert(item); index.settle(); },
    upsert(item) { index.upsert(item); },
    remove(kind, id) { index.remove(kind, id); },
    get size() { return index.size; },

    query(q: SearchQuery): SearchAnswer {
      matches.reset(index.capacity);
      const text = normalizeText(q.q);
      const found = text ? matchAll(text) : (browseAll(), { markTerms: new Set<string>() });
      const sort = text ? q.sort : 'newest';

      // Facets are counted as if their own filter were off, so the chips still offer the other years/groups.
      const years = new Set<number>();
      const groups = new Set<GroupCode>();
      const slots: number[] = [];
      const keys: number[] = [];
      let anyStrong = false;
      for (const slot of matches.slots) {
        const item = index.items[slot];
        if (!item || (q.kind !== 'all' && item.kind !== q.kind)) continue;
        const year = index.years[slot] as number;
        const group = index.groups[slot];
        const groupOk = (!q.group || group === q.group) && (!q.category || item.category === q.category);
        const yearOk = !q.year || year === q.year;
        if (groupOk && year) years.add(year);
        if (yearOk && group) groups.add(group);
        if (!groupOk || !yearOk) continue;
        const strong = matches.state[slot] === STRONG;
        anyStrong ||= strong;
        slots.push(slot);
        keys.push(rankKey({ score: matches.score[slot] as number, strong, publishedTime: index.publishedTimes[slot] ?? 0 }, sort));
      }

      const markTerms = markableTerms(found.markTerms);
      const page = topIndices(keys, q.offset + q.limit).slice(q.offset);
      const answer: SearchAnswer = {
        query: q.q, total: slots.length,
        hits: page.map((i) => toHit(slots[i] as number, markTerms)),
        facets: { years: [...years].sort((a, b) => b - a), groups: [...groups] },
      };
      if (found.didYouMean) answer.didYouMean = found.didYouMean;
      if (text && !anyStrong) {
        const top = topIndices(keys, 50).map((i) => slots[i] as number);
        const closest = groupFromHits(top.map((slot) => ({ group: index.groups[slot], score: matches.score[slot] as number })))
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
    const thaiJoin = /[\u0E00-\u0E7F]$/.test(out) && /^[\u0E00-\u0E7F]/.test(w);
    out += out && !thaiJoin ? ` ${w}` : w;
  }
  return out;
}
