/**
 * The one place Thai (and English) text becomes search terms. Index and query go through the same
 * steps so that whatever variant a document or a citizen uses, both land on the same term.
 */
import { cleanText, foldChars } from './thaiText';
import { expandMonthAbbreviations, fixCommonMisspellings } from './spellingVariants';
import { yearAliases } from './eraYears';
import { stemEnglish } from './englishStem';
import { stopWords, queryFillerWords } from './stopWords';
import { segmentWords } from './wordSegmenter';

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

/** Text as the index sees it: repaired, folded, misspellings fixed, abbreviations closed up. */
export function normalizeText(text: string): string {
  let out = expandMonthAbbreviations(fixCommonMisspellings(foldChars(cleanText(text))));
  // Each rewrite is skipped when its trigger character is absent: bodies are long and rarely have them.
  if (out.includes('.')) out = out.replace(PERIOD_INSIDE_ABBREVIATION, '').replace(PERIOD_ENDING_ABBREVIATION, ' '); // ส.ป.ส. -> สปส, สขร.1 -> สขร 1
  if (out.includes('-')) out = out.replace(/(?<=[a-z0-9])-(?=[a-z])/g, ''); // e-bidding -> ebidding
  if (out.includes(',')) out = out.replace(/(?<=\d),(?=\d{3})/g, ''); // 1,500 -> 1500
  // A number written against a Thai word ("ที่๒", "สขร1") is segmented with it; spaced, it is its own word either way.
  if (/\d/.test(out)) out = out.replace(THAI_THEN_DIGIT, '$1 $2').replace(DIGIT_THEN_THAI, '$1 $2');
  return out.replace(/\s+/g, ' ').trim();
}

function tokenize(text: string, dropAsStop: ReadonlySet<string> | null, before?: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  let previous: string | undefined = before;
  for (const word of segmentWords(normalizeText(text))) {
    const first = word.charCodeAt(0);
    const term = first >= 97 && first <= 122 ? stemEnglish(word) : word;
    const aliases = first >= 48 && first <= 57 ? yearAliases(term, previous) : [];
    const stop = stopWords.has(term) || (dropAsStop?.has(term) ?? false);
    tokens.push({ term, aliases, stop });
    previous = term;
  }
  return tokens;
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
  return tokenize(text, queryFillerWords, before);
}

/** Text with all spaces removed, for comparing phrases that were segmented differently. */
export const compact = (normalized: string): string => normalized.replace(/ /g, '');
