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

/** Text as the index sees it: repaired, folded, misspellings fixed, abbreviations closed up. */
export function normalizeText(text: string): string {
  return expandMonthAbbreviations(fixCommonMisspellings(foldChars(cleanText(text))))
    .replace(PERIOD_INSIDE_ABBREVIATION, '') // ส.ป.ส. -> สปส, พ.ศ. -> พศ
    .replace(PERIOD_ENDING_ABBREVIATION, ' ') // สขร.1 -> สขร 1, สปส. -> สปส
    .replace(/(?<=[a-z0-9])-(?=[a-z])/g, '') // e-bidding -> ebidding
    .replace(/(?<=\d),(?=\d{3})/g, '') // 1,500 -> 1500
    .replace(/[\n\r\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function tokenize(text: string, dropAsStop: ReadonlySet<string> | null): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = [];
  let previous: string | undefined;
  for (const word of segmentWords(normalizeText(text))) {
    const term = /^[a-z]/.test(word) ? stemEnglish(word) : word;
    const aliases = yearAliases(term, previous);
    const stop = stopWords.has(term) || (dropAsStop?.has(term) ?? false);
    tokens.push({ term, aliases, stop });
    previous = term;
  }
  return tokens;
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

/** Tokens of a query in order; stop and question words are flagged, not dropped, so broken words can be rejoined. */
export function analyzeQuery(text: string): AnalyzedToken[] {
  return tokenize(text, queryFillerWords);
}

/** Text with all spaces removed, for comparing phrases that were segmented differently. */
export const compact = (normalized: string): string => normalized.replace(/ /g, '');
