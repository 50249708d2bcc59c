/**
 * The one place Thai (and English) text becomes search terms. Index and query go through the same
 * steps so that whatever variant a document or a citizen uses, both land on the same term.
 */
import { cleanText, foldChars } from './thaiText';
import { expandMonthAbbreviations, fixCommonMisspellings } from './spellingVariants';
import { yearAliases } from './eraYears';
import { stemEnglish } from './englishStem';
import { stopWords, queryFillerWords } from './stopWords';
import { segmentMany, segmentWords } from './wordSegmenter';

export interface AnalyzedToken {
  term: string;
  /** Other forms of the same thing at the same place: the other era of a year. */
  aliases: string[];
  /** A function word (or, in a query, a question word): kept for joining, not required to match. */
  stop: boolean;
}

const THAI_LETTER = '\\u0E01-\\u0E2E';
const PERIOD_INSIDE_ABBREVIATION = new RegExp(`(?<=[${THAI_LETTER}])\\.(?=[${THAI_LETTER}])`, 'g');
const PERIOD_ENDING_ABBREVIATION = new RegExp(`(?<=[${THAI_LETTER}])\\.`, 'g');
const THAI_THEN_DIGIT = /([\u0E01-\u0E4E])(\d)/g;
const DIGIT_THEN_THAI = /(\d)([\u0E01-\u0E4E])/g;

/**
 * Text as the index sees it: repaired, folded, misspellings fixed, abbreviations closed up.
 * `numbersApart: false` (a query read for its chunks) leaves a number against its word: the
 * segmenter still reads them as two words, but the citizen typed them together (queryPlan).
 */
export function normalizeText(text: string, numbersApart = true): string {
  let out = expandMonthAbbreviations(fixCommonMisspellings(foldChars(cleanText(text))));
  // Each rewrite is skipped when its trigger character is absent: bodies are long and rarely have them.
  if (out.includes('.')) out = out.replace(PERIOD_INSIDE_ABBREVIATION, '').replace(PERIOD_ENDING_ABBREVIATION, ' '); // ส.ป.ส. -> สปส, สขร.1 -> สขร 1
  if (out.includes('-')) out = out.replace(/(?<=[a-z0-9])-(?=[a-z])/g, ''); // e-bidding -> ebidding
  if (out.includes(',')) out = out.replace(/(?<=\d),(?=\d{3})/g, ''); // 1,500 -> 1500
  // A number written against a Thai word ("ที่๒", "สขร1") is segmented with it; spaced, it is its own word either way.
  if (numbersApart && /\d/.test(out)) out = out.replace(THAI_THEN_DIGIT, '$1 $2').replace(DIGIT_THEN_THAI, '$1 $2');
  return out.replace(/\s+/g, ' ').trim();
}

/** The term a segmented word is indexed as (English words stemmed). */
const termOf = (word: string): string => { const first = word.charCodeAt(0); return first >= 97 && first <= 122 ? stemEnglish(word) : word; };
const noAliases: string[] = Object.freeze([]) as unknown as string[]; // shared: never written to
/** Other forms at the same place: the other era of a year. */
const aliasesOf = (term: string, previous: string | undefined): string[] => { const first = term.charCodeAt(0); return first >= 48 && first <= 57 ? yearAliases(term, previous) : noAliases; };

/** Tokens of words already segmented from normalised text (see `segmentedTexts`). */
export function tokensOfWords(words: readonly string[], dropAsStop: ReadonlySet<string> | null, before?: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  let previous: string | undefined = before;
  for (const word of words) {
    const term = termOf(word);
    tokens.push({ term, aliases: aliasesOf(term, previous), stop: stopWords.has(term) || (dropAsStop?.has(term) ?? false) });
    previous = term;
  }
  return tokens;
}

/** `forEachIndexedWord` over words already segmented: no token objects (indexing calls it for every word of every body). */
export function forEachIndexedWordOf(words: readonly string[], visit: (term: string, aliases: readonly string[]) => void): void {
  let previous: string | undefined;
  for (const word of words) {
    const term = termOf(word);
    const aliases = aliasesOf(term, previous);
    previous = term;
    if (!stopWords.has(term)) visit(term, aliases);
  }
}

const tokenize = (text: string, dropAsStop: ReadonlySet<string> | null, before?: string): AnalyzedToken[] =>
  tokensOfWords(segmentWords(normalizeText(text)), dropAsStop, before);

/**
 * Texts that repeat from item to item (a category's names, a unit, a year, keywords): each is
 * normalised once. Bounded, and emptied when full.
 */
const normalizedRepeated = new Map<string, string>();
const REPEATED_TEXT = 80, REPEATED_MEMO = 4_000;
function normalizeRepeated(text: string): string {
  if (text.length > REPEATED_TEXT) return normalizeText(text);
  let out = normalizedRepeated.get(text);
  if (out === undefined) {
    if (normalizedRepeated.size >= REPEATED_MEMO) normalizedRepeated.clear();
    out = normalizeText(text);
    normalizedRepeated.set(text, out);
  }
  return out;
}

/**
 * Several texts normalised and segmented in one pass (one ICU call per ~300 characters instead of
 * one per text): the words of each text are exactly those `tokenize` would give it.
 */
export function segmentedTexts(texts: readonly string[], repeated?: (i: number) => boolean): Array<{ normalized: string; words: string[] }> {
  const normalized = texts.map((text, i) => (repeated?.(i) ? normalizeRepeated(text) : normalizeText(text)));
  const words = segmentMany(normalized);
  return normalized.map((n, i) => ({ normalized: n, words: words[i] as string[] }));
}

/**
 * Calls `visit` for every indexed word of a text in order: the term and its aliases (which stand
 * at the same place). Stop words are skipped and take no place, on both sides: documents and
 * queries count places the same way, so "next to each other" means the same for both.
 */
export function forEachIndexedWord(text: string, visit: (term: string, aliases: readonly string[]) => void): void {
  for (const t of tokenize(text, null)) if (!t.stop) visit(t.term, t.aliases);
}

/** Terms to index for a text: stop words dropped, aliases included. */
export function analyzeText(text: string): string[] {
  const terms: string[] = [];
  for (const t of tokenize(text, null)) {
    if (t.stop) continue;
    terms.push(t.term, ...t.aliases);
  }
  return terms;
}

/**
 * Tokens of a query in order; stop and question words are flagged, not dropped, so broken words
 * can be rejoined. `before`: the word typed before this part of the query ("ปี" before "67").
 */
export function analyzeQuery(text: string, before?: string): AnalyzedToken[] {
  const tokens = tokenize(text, queryFillerWords, before);
  // A filler word the segmenter splits (ยังไง as ยัง|ไง) is filler as a whole.
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1] as AnalyzedToken, b = tokens[i] as AnalyzedToken;
    if (queryFillerWords.has(a.term + b.term)) { tokens[i - 1] = { ...a, stop: true }; tokens[i] = { ...b, stop: true }; }
  }
  return tokens;
}

/** Text with all spaces removed, for comparing phrases that were segmented differently. */
export const compact = (normalized: string): string => normalized.replace(/ /g, '');
