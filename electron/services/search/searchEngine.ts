/**
 * The search engine over catalogue items: exact words first (with synonyms and completion of the
 * last word), then the spelling with a stray ะ dropped, then a title-substring fallback, then typo
 * repair; what only the typo repair finds is weak.
 */
import type { SearchAnswer, SearchHit, SearchQuery } from '../../contract/search';
import type { SearchableItem, SearchEngine } from './engine';
import { analyzeQuery, analyzeText, compact, normalizeText } from './analysis';
import { DocumentIndex } from './documentIndex';
import { planExact, planRepair, type TermGroup } from './queryPlan';
import { scoreGroups, ScoringScratch } from './scoring';
import { compileSynonyms, defaultSynonyms, synonymRewrites } from './synonyms';
import { markableTerms, markText, snippetWindow } from './snippets';
import { MatchSet } from './matchSet';
import { PageScratch, rankMatches, topSlots } from './resultPage';
import { groupOfId } from './slotFacts';
import { groupFromHits, groupFromWords } from './closestGroup';
import { withoutStraySaraA } from './straySaraA';
import { encodeSnapshot, loadSnapshot } from './indexSnapshot';

export interface SearchEngineOptions {
  /** Citizen words to formal terms; replaces the default table. */
  synonyms?: Record<string, string[]>;
}

const SYNONYM_WEIGHT = 0.9;
const TYPO_WEIGHT = 0.8;
const MIN_SUBSTRING = 3;

export function createSearchEngine(options: SearchEngineOptions = {}): SearchEngine {
  const index = new DocumentIndex();
  const scratch = new ScoringScratch();
  const pageScratch = new PageScratch();
  const matches = new MatchSet();
  const rules = compileSynonyms(options.synonyms ?? defaultSynonyms);

  /** Fills `matches`; returns the words to highlight and a spelling suggestion. */
  function matchAll(text: string): { markTerms: Set<string>; didYouMean?: string } {
    const markTerms = new Set<string>();
    const useGroups = (groups: readonly TermGroup[], weight: number, forceWeak: boolean) => {
      for (const g of groups) for (const term of g.marks ?? g.expansions.map((e) => e.term)) markTerms.add(term);
      const count = scoreGroups(groups, index, scratch);
      const { found, foundScore, foundStrong } = scratch;
      for (let i = 0; i < count; i++) {
        matches.offer(found[i] as number, (foundScore[i] as number) * weight, !forceWeak && foundStrong[i] === 1);
      }
    };
    const readings = [text, ...synonymRewrites(text, rules)];
    readings.forEach((reading, i) => useGroups(planExact(analyzeQuery(reading), index), i === 0 ? 1 : SYNONYM_WEIGHT, false));
    if (matches.strongCount > 0) return { markTerms };

    // A spelling variant is as good as the spelling: what it finds is strong.
    const variant = withoutStraySaraA(text, (t) => index.words.has(t.term) || t.aliases.some((a) => index.words.has(a)));
    if (variant !== text) {
      useGroups(planExact(analyzeQuery(variant), index), 1, false);
      if (matches.strongCount > 0) return { markTerms };
    }

    // Segmentation can split a word differently in a title and in the query: look for the typed
    // characters inside titles and keywords directly.
    const typed = compact(text);
    if (typed.length >= MIN_SUBSTRING) {
      index.titles.find(typed, (slot, titleLength) => matches.offer(slot, 10 + (10 * typed.length) / titleLength, true));
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
      weak: !matches.isStrong(slot),
      snippet: snippetWindow([item.summary, item.body], markTerms),
    };
  }

  return {
    replaceAll(items) { index.clear(); for (const item of items) index.upsert(item); index.settle(); },
    replaceAllFromSnapshot(items, snapshot, options) { index.clear(); return loadSnapshot(index, items, snapshot, options?.analyseChanged ?? true); },
    snapshot: () => encodeSnapshot(index),
    upsert(item) { index.upsert(item); },
    remove(kind, id) { index.remove(kind, id); },
    get size() { return index.size; },

    query(q: SearchQuery): SearchAnswer {
      matches.reset(index.capacity);
      const text = normalizeText(q.q);
      const found = text ? matchAll(text) : (browseAll(), { markTerms: new Set<string>() });
      const ranked = rankMatches(matches, index, q, text ? q.sort : 'newest', pageScratch);
      const markTerms = markableTerms(found.markTerms);
      const answer: SearchAnswer = {
        query: q.q, total: ranked.total, found: ranked.strong,
        hits: topSlots(ranked, q.offset, q.limit).map((slot) => toHit(slot, markTerms)),
        facets: { years: ranked.years, groups: ranked.groups },
      };
      if (found.didYouMean) answer.didYouMean = found.didYouMean;
      if (text && !ranked.anyStrong) {
        const top = topSlots(ranked, 0, 50);
        const closest = groupFromHits(top.map((slot) => ({ group: groupOfId(index.facts.group[slot] as number), score: matches.score[slot] as number })))
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
