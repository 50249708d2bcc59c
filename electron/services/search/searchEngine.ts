/**
 * The search engine over catalogue items. One notion of "found", used by the screen, the stats and
 * the CLI alike: an item is found when it holds the whole query as words (see matcher), read as
 * typed, through the synonym table, or with a stray ะ dropped. When nothing is found as typed, the
 * likeliest correction of a slip (corrections) is searched instead and, if it finds something, its
 * results are the answer, with `correctedTo` saying so; a likely correction bigger than a slip is
 * only offered (`didYouMean`), not searched. Everything else (items holding part of the query,
 * titles merely containing the typed letters) is a suggestion: `weak`, never counted as found.
 */
import type { SearchAnswer, SearchHit, SearchQuery, SnippetPart } from '../../contract/search';
import type { SearchableItem, SearchEngine } from './engine';
import { analyzeText, compact, normalizeText } from './analysis';
import { DocumentIndex } from './documentIndex';
import { hasStopWordFragment, joinLetterWords, onlyFunctionWords, planReadings, type Reading } from './queryPlan';
import { MatchScratch, matchReading, suggestFromWords } from './matcher';
import { compileSynonyms, defaultSynonyms, synonymRewrites } from './synonyms';
import { markableUnits, markText, ShownText, snippetWindow, type CompiledUnit, type MarkUnit } from './snippets';
import { MatchSet } from './matchSet';
import { PageScratch, rankMatches, topSlots } from './resultPage';
import { groupOfId } from './slotFacts';
import type { GroupCode } from '../../contract/categories';
import { groupFromHits, groupFromWords } from './closestGroup';
import { withoutStraySaraA } from './straySaraA';
import { loadSnapshot, loadSnapshotAlone } from './indexSnapshot';
import { encodeSnapshot, encodeSnapshotInSlices } from './snapshotEncoder';
import { correctionCandidates, isSlip, LAYOUT_COST, type SuggestionSource } from './corrections';
import { looksLikeThaiOnEnglishKeys } from './keyboardLayout';
import { ShortFieldSuggester } from './shortFieldSuggester';
import { SoundAlikeWords } from './soundAlike';
import { MarksLeftOut } from './marksLeftOut';
import type { AnalysedItem } from './itemAnalysis';
import { PhraseCache } from './phraseCache';

export interface SearchEngineOptions {
  /** Citizen words to formal terms; replaces the default table. */
  synonyms?: Record<string, string[]>;
  /** Where corrections come from (all by default); the evaluation measures them one by one. */
  suggestions?: readonly SuggestionSource[];
  /** Keep what common phrases found (phraseCache); off only to measure what it saves. */
  keepPhrases?: boolean;
}

const SYNONYM_WEIGHT = 0.9;
const TITLE_TEXT_WEIGHT = 0.5;
const MIN_SUBSTRING = 3;
/**
 * Letters held by more titles than this (ดือ inside every เดือน) point to none of them: the
 * fallback offers nothing then. Listing them all cost ~12 ms a query at 100,000 items.
 */
const MOST_SUBSTRING_TITLES = 1_000;
/** Corrections are compared by what they find up to this many: more is no likelier. */
const ENOUGH_TO_COMPARE = 100;
/** A correction may cost at most this much (thaiEdits' scale: a tone mark 0.3, a letter 0.8). */
const MAX_CORRECTION_COST = 1.6;
/** A query that finds something, but maybe only through a misread fragment, is corrected only for a slip this small. */
const DOUBTFUL_CORRECTION_COST = 0.8;

interface Found { readings: Reading[]; correctedTo?: string; didYouMean?: string }
interface Correction { text: string; readings: Array<{ r: Reading; w: number }>; cost: number; score: number }
/** The correction to search (a slip), and failing one, a bigger one to offer, not searched. */
interface Corrections { made?: Correction; offered?: Correction }
/** Words of a query corrected one by one at most (each costs a search of its own). */
const MAX_WORDS_CORRECTED = 4;

export function createSearchEngine(options: SearchEngineOptions = {}): SearchEngine {
  const index = new DocumentIndex();
  const scratch = new MatchScratch();
  const pageScratch = new PageScratch();
  const matches = new MatchSet();
  const rules = compileSynonyms(options.synonyms ?? defaultSynonyms);
  const sources = new Set<SuggestionSource>(options.suggestions ?? ['layout', 'thai-edits', 'sound-alike', 'fuse']);
  const shortFields = new ShortFieldSuggester(index);
  const soundAlike = new SoundAlikeWords(index);
  const marksLeftOut = new MarksLeftOut(index);
  const phrases = new PhraseCache();
  const phraseFound = new MatchSet();

  /** matchReading, with a reading of several words answered from (or kept in) the phrase cache. */
  const match = (r: Reading, factor: number, limit = Infinity): number => {
    const key = options.keepPhrases === false ? undefined : PhraseCache.keyOf(r);
    if (key === undefined) return matchReading(r, index, scratch, matches, factor, limit);
    const replayed = phrases.replay(key, index, matches, factor, limit);
    if (replayed !== undefined) return replayed;
    if (limit !== Infinity) return matchReading(r, index, scratch, matches, factor, limit);
    phraseFound.reset(index.capacity);
    const offered = matchReading(r, index, scratch, phraseFound, 1);
    phrases.keep(key, index, phraseFound);
    matches.offerAll(phraseFound, factor);
    return offered;
  };

  /** Readings of a normalised query: as typed, through synonyms; each with its weight. */
  const readingsOf = (typed: string, complete: boolean) => {
    const text = joinLetterWords(typed, index);
    return [
      ...planReadings(text, index, complete).map((r) => ({ r, w: 1 })),
      ...synonymRewrites(text, rules).flatMap((t) => planReadings(t, index, complete).map((r) => ({ r, w: SYNONYM_WEIGHT }))),
    ];
  };
  /** A correction's readings: of whole words (a correction completes nothing), with synonyms, as if typed. */
  const candidateReadings = (candidateText: string) => readingsOf(candidateText, false);
  const matchAll = (readings: ReadonlyArray<{ r: Reading; w: number }>) => {
    for (const { r, w } of readings) match(r, w);
  };

  /** Fills `matches` with what is found (strong); returns the readings used, and a correction if one was made. */
  function findAll(raw: string, text: string, asTyped: boolean): Found {
    // A query still being typed (no space after its last word) completes that word.
    const complete = !/\s$/.test(raw);
    // Read in the chunks the citizen typed: a number typed against its word (เอกสารชุด15, มาตรา40)
    // stands with it, where `text` (as the index reads text) spaces it off into a chunk of its own.
    const asTypedChunks = normalizeText(raw, false);
    let readings = readingsOf(asTypedChunks, complete);
    matchAll(readings);
    if (matches.strongCount === 0) {
      // A spelling variant is as good as the spelling: what it finds is found.
      const variant = withoutStraySaraA(asTypedChunks, (t) => index.knows(t.term) || t.aliases.some((a) => index.knows(a)));
      if (variant !== asTypedChunks) { readings = readingsOf(variant, complete); matchAll(readings); }
    }
    const typed = { readings: readings.map((x) => x.r) };
    // Only function words ("ที่ของและ"): a correction would be another run of words, found by chance (ที่ของละ, ละ of แต่ละ).
    if (readings.length === 0 && onlyFunctionWords(text)) return typed;
    const typedFound = matches.strongCount;
    // A run completed whole ("ว่างง" on the way to ว่างงาน) holds no misread fragment, though it begins with ว่า.
    const lastTyped = text.split(' ').at(-1) ?? '';
    const completedWhole = complete && typed.readings.some((r) => (r.chunks.at(-1)?.groups ?? []).map((g) => g.typedPrefix ?? g.terms[0]).join('').startsWith(lastTyped));
    const doubtful = typedFound > 0 && hasStopWordFragment(text) && !completedWhole;
    // ";yo" finds English words beginning "yo", but was วัน typed on the English layout: the Thai reading wins if it finds more.
    const otherLayout = typedFound > 0 && !doubtful && looksLikeThaiOnEnglishKeys(raw.trim());
    if (typedFound > 0 && !doubtful && !otherLayout) return typed;
    if (asTyped) {
      // The citizen chose the query as typed: search it, but keep the correction on offer (not
      // searched), so that choice is not a dead end.
      if (matches.strongCount > 0) return typed;
      const { made, offered } = bestCorrection(raw, text, MAX_CORRECTION_COST);
      matches.reset(index.capacity);
      matchAll(readings);
      const offer = made ?? offered;
      return offer ? { ...typed, didYouMean: offer.text } : typed;
    }

    const { made: correction, offered } = otherLayout ? bestCorrection(raw, text, LAYOUT_COST, typedFound)
      : bestCorrection(raw, text, doubtful ? DOUBTFUL_CORRECTION_COST : MAX_CORRECTION_COST);
    matches.reset(index.capacity);
    if (!correction) {
      matchAll(readings);
      // More than a slip (ทุเรียน is not ร้องเรียน, ร้อน not ร้อย): a query that found nothing offers it, unsearched.
      return offered && typedFound === 0 ? { ...typed, didYouMean: offered.text } : typed;
    }
    // The correction is searched as if typed (synonyms too): "unemployement" finds what "unemployment" does.
    matchAll(correction.readings);
    return { readings: correction.readings.map((x) => x.r), correctedTo: correction.text };
  }

  /**
   * The likeliest correction of a slip (corrections' isSlip) that finds something (more than
   * `beat`): least edit, then most found; failing one, the likeliest bigger one, to offer. The Thai
   * rules, words that sound alike and the other layout are tried first; Fuse.js's near keywords
   * only when they found no slip.
   */
  function bestCorrection(raw: string, text: string, maxCost: number, beat = 0): Corrections {
    let offered: Correction | undefined;
    for (const tierNumber of [1, 2] as const) {
      const tier = correctionCandidates(raw, text, index, sources, { shortFields, soundAlike, marks: marksLeftOut }, tierNumber).filter((c) => c.cost <= maxCost);
      let best: Correction | undefined, bestOffer: Correction | undefined;
      for (const candidate of tier) {
        if (best && candidate.cost - 0.5 > best.score) break; // sorted by cost: nothing further can win
        const slip = isSlip(candidate);
        if (!slip && offered) continue; // an offer from an earlier tier stands
        const tried = candidateReadings(candidate.text);
        const found = countFound(tried);
        if (found <= beat) continue;
        const score = candidate.cost - 0.15 * Math.log10(1 + found);
        const correction = { text: candidate.text, readings: tried, score, cost: candidate.cost };
        if (slip && (!best || score < best.score)) best = correction;
        if (!slip && (!bestOffer || score < bestOffer.score)) bestOffer = correction;
      }
      if (best) return { made: best };
      offered ??= bestOffer;
    }
    const made = beat === 0 ? wordByWordCorrection(text, maxCost) : undefined;
    return made ? { made } : { offered };
  }

  /** How many the readings find, up to ENOUGH_TO_COMPARE (`matches` is left holding them). */
  const countFound = (readings: ReadonlyArray<{ r: Reading; w: number }>) => {
    matches.reset(index.capacity);
    for (const { r, w } of readings) match(r, w, ENOUGH_TO_COMPARE);
    return matches.strongCount;
  };

  /**
   * A slip in each of several words ("ชราพาบ ปะกันสังคม"): a correction changes one word at a time,
   * so none finds anything. Each word that finds nothing by itself is corrected on its own, and the
   * corrected query is taken when it finds something and its edits together cost no more than one
   * correction may.
   */
  function wordByWordCorrection(text: string, maxCost: number): Correction | undefined {
    const words = text.split(' ');
    if (words.length < 2 || words.length > MAX_WORDS_CORRECTED) return undefined;
    let cost = 0, changed = 0;
    const fixed: string[] = [];
    for (const word of words) {
      if (countFound(candidateReadings(word)) > 0) { fixed.push(word); continue; }
      const correction = bestCorrection(word, word, maxCost).made;
      if (!correction) return undefined;
      fixed.push(correction.text);
      cost += correction.cost; changed++;
    }
    if (changed < 2 || cost > maxCost) return undefined; // one slip was the single corrections' to find
    const corrected = fixed.join(' ');
    const readings = candidateReadings(corrected);
    const found = countFound(readings);
    return found > 0 ? { text: corrected, readings, cost, score: cost - 0.15 * Math.log10(1 + found) } : undefined;
  }

  /** Suggestions: items holding enough of the query's words, or titles containing the typed letters. */
  function suggest(text: string, readings: readonly Reading[]): Map<number, number> {
    const byGroup = new Map<number, number>();
    for (const r of readings) for (const [g, w] of suggestFromWords(r, index, scratch, matches, 1)) byGroup.set(g, (byGroup.get(g) ?? 0) + w);
    // Segmentation can split a word differently in a title and in the query: look for the typed
    // characters inside titles and keywords directly (only ever a suggestion).
    const typed = compact(text);
    if (matches.strongCount === 0 && typed.length >= MIN_SUBSTRING) {
      index.titles.find(typed, (slot, titleLength) => { if (index.isLive(slot)) matches.offer(slot, TITLE_TEXT_WEIGHT * (1 + typed.length / titleLength), false); },
        MOST_SUBSTRING_TITLES);
    }
    return byGroup;
  }

  function browseAll(): void {
    index.items.forEach((item, slot) => { if (item) matches.offer(slot, 0, true); });
  }

  /**
   * Found items mark their chunks as whole phrases; suggestions mark the single words they hold.
   * `typed`: the query as searched (normalised), whose parts between spaces are marked whole too:
   * a chunk's groups leave out its function words (การ of ผลการจัดซื้อจัดจ้าง), so their phrase alone
   * marked nothing where the text writes them; and the whole query, when it has several parts, is
   * a phrase the snippet is cut around first (มาตรา ๔๐, not the first มาตรา of the text).
   */
  function markUnits(readings: readonly Reading[], typed: string): { found: CompiledUnit[]; weak: CompiledUnit[]; whole: CompiledUnit[] } {
    const found: MarkUnit[] = [];
    const weak: MarkUnit[] = [];
    const parts = typed.split(' ').filter(Boolean);
    for (const r of readings) {
      for (const chunk of r.chunks) {
        const lastGroup = chunk.groups[chunk.groups.length - 1];
        found.push({ words: chunk.groups.map((g) => g.typedPrefix ?? (g.terms[0] as string)), prefix: Boolean(lastGroup?.typedPrefix) });
        // A one-word chunk also marks its other forms (the other era of a year).
        if (chunk.groups.length === 1 && lastGroup && !lastGroup.typedPrefix) for (const t of lastGroup.terms.slice(1)) found.push({ words: [t], prefix: false });
        for (const g of chunk.groups) {
          if (g.typedPrefix) weak.push({ words: [g.typedPrefix], prefix: true });
          else for (const t of g.terms) weak.push({ words: [t], prefix: false });
        }
      }
    }
    // A part the readings' phrases do not already spell (their groups left a function word out) is marked whole too.
    const spelled = new Set(found.map((u) => u.words.join('')));
    for (const part of parts) if (!spelled.has(part)) found.push({ words: [part], prefix: false });
    const whole = parts.length > 1 ? markableUnits([{ words: parts, prefix: false }]) : [];
    return { found: markableUnits(found), weak: markableUnits([...found, ...weak]), whole };
  }

  /** `shownAbove`: what the snippets above this one on the page showed, which it should not merely repeat. */
  function toHit(slot: number, units: { found: CompiledUnit[]; weak: CompiledUnit[]; whole: CompiledUnit[] }, shownAbove: ShownText): SearchHit {
    const item = index.items[slot] as SearchableItem;
    const strong = matches.isStrong(slot);
    const marks = strong ? units.found : units.weak;
    const snippet = snippetWindow([item.summary, item.body], marks, shownAbove, strong ? units.whole : []);
    shownAbove.add(snippet);
    const titleParts = markText(item.title.th, marks);
    const titleEnParts = item.title.en ? markText(item.title.en, marks) : undefined;
    const shows = (parts: SnippetPart[] | undefined) => parts?.some((p) => p.mark) ?? false;
    // Why a found item is listed, when what the screen shows of it does not say: in English, its
    // Thai title (the English one shows none of a Thai query); else its keyword, category or unit.
    const foundIn = !strong || shows(snippet) ? undefined
      : titleEnParts && !shows(titleEnParts) && shows(titleParts) ? { field: 'title' as const, parts: titleParts }
        : !shows(titleParts) && !shows(titleEnParts) ? describedBy(item, marks) : undefined;
    return {
      kind: item.kind, id: item.id, title: item.title,
      titleParts,
      ...(titleEnParts ? { titleEnParts } : {}),
      ...(foundIn ? { foundIn } : {}),
      ...(item.category ? { category: item.category } : {}),
      ...(item.published ? { published: item.published } : {}),
      score: Math.round((matches.score[slot] as number) * 1000) / 1000,
      weak: !strong,
      snippet,
    };
  }

  /** The first keyword, category name or unit that shows the query's words, marked. */
  function describedBy(item: SearchableItem, marks: readonly CompiledUnit[]): SearchHit['foundIn'] {
    const labels: ReadonlyArray<readonly [NonNullable<SearchHit['foundIn']>['field'], string]> = [
      ...item.keywords.map((k) => ['keyword', k] as const), ...item.categoryNames.map((c) => ['category', c] as const), ...(item.unit ? [['unit', item.unit] as const] : []),
    ];
    for (const [field, text] of labels) {
      const parts = markText(text, marks);
      if (parts.some((p) => p.mark)) return { field, parts };
    }
    return undefined;
  }

  return {
    replaceAll(items) { index.clear(); for (const item of items) index.upsert(item); },
    replaceAllFromSnapshot(items, snapshot, opts) { index.clear(); return loadSnapshot(index, items, snapshot, opts?.analyseChanged ?? true, opts?.catalogue); },
    loadSnapshotAlone(snapshot, catalogue, itemFor) { index.clear(); return loadSnapshotAlone(index, snapshot, catalogue, itemFor); },
    snapshot: (catalogue) => encodeSnapshot(index, catalogue),
    snapshotInSlices: (pause, catalogue) => encodeSnapshotInSlices(index, pause, catalogue),
    upsert(item) { index.upsert(item); },
    addAnalysed(item: SearchableItem, analysed: AnalysedItem) { index.add(item, analysed); },
    remove(kind, id) { index.remove(kind, id); },
    compactIfWorthwhile() { if (index.wantsCompaction) { index.compact(); return true; } return false; },
    prepare() { shortFields.prepare(); soundAlike.prepare(); marksLeftOut.prepare(); },
    async readItems(pause) {
      for (let slot = 0; slot < index.items.length; slot++) {
        void index.items[slot]?.title;
        await pause();
      }
    },
    get size() { return index.size; },

    query(q: SearchQuery): SearchAnswer {
      matches.reset(index.capacity);
      const text = normalizeText(q.q);
      // An empty query lists everything (the screen's browse); one of only invisible characters or
      // punctuation ("\u200b", "???") has no word to find, and finds nothing.
      const found: Found = text ? findAll(q.q, text, q.asTyped) : q.q.trim() === '' ? (browseAll(), { readings: [] }) : { readings: [] };
      // Suggestions are listed after what is found when that is less than a page: decided by the
      // page's size, not by where it starts, so every page of one size says the same total (deciding
      // by offset + limit listed them on later pages only, and one page skipped some).
      const byGroup = text && matches.strongCount < q.limit ? suggest(text, found.readings) : new Map<number, number>();
      const ranked = rankMatches(matches, index, q, text ? q.sort : 'newest', pageScratch);
      const units = markUnits(found.readings, found.correctedTo ? normalizeText(found.correctedTo) : text);
      const shownAbove = new ShownText();
      const answer: SearchAnswer = {
        query: q.q, total: ranked.total, found: ranked.strong,
        hits: topSlots(ranked, q.offset, q.limit).map((slot) => toHit(slot, units, shownAbove)),
        facets: { years: ranked.years, groups: ranked.groups, found: ranked.foundIn },
      };
      if (found.correctedTo) answer.correctedTo = found.correctedTo;
      if (found.didYouMean) answer.didYouMean = found.didYouMean;
      if (text && !ranked.anyStrong) {
        // First a group where the query is found (the chosen group had nothing), then where the
        // suggestions lie, then the groups' own words; never the group already chosen.
        const other = (group: GroupCode | undefined) => (group === q.group ? undefined : group);
        const top = topSlots(ranked, 0, 50);
        const closest = groupFromHits([...ranked.groupScore].map((score, g) => ({ group: other(groupOfId(g)), score })).filter((h) => h.score > 0))
          ?? groupFromHits(top.map((slot) => ({ group: other(groupOfId(index.facts.group[slot] as number)), score: matches.score[slot] as number })))
          ?? groupFromHits([...byGroup].map(([g, score]) => ({ group: other(groupOfId(g)), score })))
          ?? other(groupFromWords(analyzeText(q.q)));
        if (closest) answer.closestGroup = closest;
      }
      return answer;
    },
  };
}
