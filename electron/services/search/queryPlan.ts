/**
 * A query read as words. The query is cut at its spaces into chunks; a chunk is what the citizen
 * typed in one go, so its words must stand next to each other, in order, in an item (a phrase);
 * chunks must stand near each other. Each word is a group of alternative index terms (the word and
 * its other-era year; or, for a word still being typed, the words it may become).
 *
 * The segmenter can split a word differently in a query and in a document (ใบ|ขับขี่ against
 * ใบขับขี่): where adjacent query words join into a word the index knows, the joined reading is
 * tried beside the split one.
 */
import { analyzeQuery, analyzeText, type AnalyzedToken } from './analysis';
import type { DocumentIndex } from './documentIndex';
import { queryFillerWords } from './stopWords';
import { isYearMarker } from './eraYears';

export interface Group {
  terms: string[];
  /** Per term: 1 for the word itself, less for a completion of a half-typed word. */
  weights: number[];
  /** The word as shown in a correction. */
  display: string;
  /** The typed start of a word being completed (the terms are its completions): highlighted instead of 30 completions. */
  typedPrefix?: string;
  /** A word no live item holds. */
  unknown: boolean;
}
export interface Chunk { groups: Group[] }
export interface Reading { chunks: Chunk[] }

const COMPLETION_WEIGHT = 0.6;
const KNOWN_COMPLETION_WEIGHT = 0.45;
const KNOWN_COMPLETIONS = 8;
const MAX_JOIN = 4;
const COMPLETIONS = 30;
export const MAX_GROUPS = 24;

const wordGroup = (index: DocumentIndex, term: string, aliases: readonly string[] = []): Group => {
  const terms = [term, ...aliases];
  return { terms, weights: terms.map(() => 1), display: term, unknown: !terms.some((t) => index.knows(t)) };
};

/** Live words starting with `typed`, the most widely held first. */
export function completions(index: DocumentIndex, typed: string, limit = COMPLETIONS): string[] {
  const found = index.wordKeys.withPrefix(typed, 3000, (t) => t !== typed && index.knows(t));
  return found
    .map((t) => [t, index.words.get(t)?.length ?? 0] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([t]) => t);
}

const joined = (tokens: readonly AnalyzedToken[], from: number, to: number) => tokens.slice(from, to).map((t) => t.term).join('');
const isNumber = (token: AnalyzedToken | undefined) => token !== undefined && /^\d+$/.test(token.term);
/** Whether joining tokens [from, to) would put two numbers side by side. */
const gluesNumbers = (tokens: readonly AnalyzedToken[], from: number, to: number) => {
  for (let k = from + 1; k < to; k++) if (isNumber(tokens[k - 1]) && isNumber(tokens[k])) return true;
  return false;
};

/** Groups of one chunk's tokens; `joinKnown` joins adjacent fragments that form a known word. */
function chunkGroups(tokens: readonly AnalyzedToken[], index: DocumentIndex, joinKnown: boolean): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < tokens.length;) {
    let step = 1;
    if (joinKnown) {
      for (let j = Math.min(tokens.length, i + MAX_JOIN); j >= i + 2; j--) {
        // Numbers the citizen kept apart stay apart: 2|01|7 of "สปส. 2-01/7" joined reads 2017, a year.
        if (gluesNumbers(tokens, i, j)) continue;
        const word = joined(tokens, i, j);
        if (index.knows(word)) { groups.push(wordGroup(index, word)); step = j - i; break; }
      }
    }
    if (step === 1) {
      const token = tokens[i] as AnalyzedToken;
      // "ปี 67", "ปีงบประมาณ 2567": the year is the group; a document may write it without the word.
      const beforeYear = isYearMarker(token.term) && (tokens[i + 1]?.aliases.length ?? 0) > 0;
      if (!token.stop && !beforeYear) groups.push(wordGroup(index, token.term, token.aliases));
    }
    i += step;
  }
  return groups;
}

/**
 * The tail of the last chunk while it is still being typed (no space after it): the start of a
 * word, completed to the words it may become, or of a title phrase ("ใบขับข"). A word typed alone
 * that the index knows is kept and its longer words join it at a lower weight ("ทุพพล" on the way
 * to "ทุพพลภาพ", which the segmenter reads as one word or two).
 */
function tailGroups(tokens: AnalyzedToken[], index: DocumentIndex): Group[] {
  const last = tokens[tokens.length - 1];
  if (!last || last.stop || /^\d+$/.test(last.term)) return [];
  if (index.knows(last.term)) {
    // A short word after others may be the start of a longer one the segmenter cut off
    // ("ทันตกร" read as ทันต|กร on the way to ทันตกรรม): the words the run so far begins.
    if (last.term.length <= 2 && tokens.length >= 2) {
      for (let k = Math.min(3, tokens.length); k >= 2; k--) {
        const typed = joined(tokens, tokens.length - k, tokens.length);
        if (index.knows(typed)) break;
        const words = completions(index, typed);
        if (words.length > 0) {
          tokens.splice(tokens.length - k, k);
          return [{ terms: words, weights: words.map(() => COMPLETION_WEIGHT), display: words[0] as string, typedPrefix: typed, unknown: false }];
        }
        // Or a title phrase whose words are the typed ones, the last one begun (กองทุน|เงิน|ทด: ทดแทน).
        const typedWords = tokens.slice(tokens.length - k).map((t) => t.term);
        const lastParts = new Set<string>();
        for (const phrase of index.phraseKeys.withPrefix(typed, 50, (p) => index.phrases.has(p))) {
          const parts = index.phraseParts(phrase) ?? [];
          if (parts.length === k && parts.slice(0, -1).every((p, i) => p === typedWords[i]) && (parts[k - 1] as string).startsWith(last.term)) lastParts.add(parts[k - 1] as string);
        }
        if (lastParts.size > 0) {
          tokens.pop();
          const terms = [...lastParts];
          return [{ terms, weights: terms.map(() => COMPLETION_WEIGHT), display: terms[0] as string, typedPrefix: last.term, unknown: false }];
        }
      }
    }
    // Only a word typed alone: after other words, a known word is most likely whole ("ผู้ประกันตน"
    // ends in ตน, which is not the start of ตนเอง there).
    if (tokens.filter((t) => !t.stop).length > 1) return [];
    // And only when a longer word is more widely held than the word itself: then the word is
    // likely the first part of it, split off by the segmenter; "เดือน" in every item is a word.
    const held = index.words.get(last.term)?.length ?? 0;
    const longer = last.term.length >= 2 ? completions(index, last.term, KNOWN_COMPLETIONS) : [];
    if (!longer.some((w) => (index.words.get(w)?.length ?? 0) > held)) return [];
    tokens.pop();
    return [{ terms: [last.term, ...longer], weights: [1, ...longer.map(() => KNOWN_COMPLETION_WEIGHT)], display: last.term, typedPrefix: last.term, unknown: false }];
  }
  if (last.aliases.some((a) => index.knows(a))) return [];
  for (let k = Math.min(3, tokens.length); k >= 1; k--) {
    const typed = joined(tokens, tokens.length - k, tokens.length);
    if (typed.length < 2) continue;
    const words = completions(index, typed);
    if (words.length > 0) {
      tokens.splice(tokens.length - k, k);
      return [{ terms: words, weights: words.map(() => COMPLETION_WEIGHT), display: words[0] as string, typedPrefix: typed, unknown: false }];
    }
    const phrase = index.phraseKeys.withPrefix(typed, 1, (p) => index.phrases.has(p))[0];
    const parts = phrase ? index.phraseParts(phrase) : undefined;
    if (parts) {
      tokens.splice(tokens.length - k, k);
      return parts.map((p) => wordGroup(index, p));
    }
  }
  return [];
}

/**
 * Chunks of a normalised query. A question or politeness word ends a chunk (it is not looked for,
 * and the words around it need only be near each other).
 */
function chunkTokens(normalized: string): AnalyzedToken[][] {
  const chunks: AnalyzedToken[][] = [];
  let before: string | undefined;
  for (const part of normalized.split(' ')) {
    let current: AnalyzedToken[] = [];
    const tokens = analyzeQuery(part, before);
    before = tokens[tokens.length - 1]?.term ?? before;
    for (const token of tokens) {
      if (token.stop && queryFillerWords.has(token.term)) { if (current.length) chunks.push(current); current = []; continue; }
      // A year (one with another era's form) is a chunk of its own even typed against a word
      // (แผน2567, ปี2567): a plan "ประจำปีงบประมาณ พ.ศ. 2567" holds the year near, not next to, it.
      if (token.aliases.length > 0) { if (current.length) chunks.push(current); chunks.push([token]); current = []; continue; }
      current.push(token);
    }
    if (current.length) chunks.push(current);
  }
  // "ปี 67": a chunk that only says "the year" before a chunk starting with a year goes.
  return chunks.filter((c, i) => c.some((t) => !t.stop)
    && !(c.every((t) => t.stop || isYearMarker(t.term)) && (chunks[i + 1]?.[0]?.aliases.length ?? 0) > 0));
}

/**
 * A lone Latin letter before a word, where the two written together are a word the index knows:
 * "e bidding" and "e gp" for e-bidding and e-GP (the hyphen is one more key away on the on-screen
 * keyboard, and the text reads the hyphenated word as one). Done to the query before its readings
 * and its synonyms are made (searchEngine's readingsOf), so the joined word's synonyms apply too.
 */
const knowsAsOneWord = (text: string, index: DocumentIndex) => { const terms = analyzeText(text); return terms.length === 1 && index.knows(terms[0] as string); };
export const joinLetterWords = (normalized: string, index: DocumentIndex) =>
  normalized.replace(/(^| )([a-z]) ([a-z][a-z0-9]*)(?= |$)/g, (all, before: string, letter: string, word: string) => (knowsAsOneWord(letter + word, index) ? `${before}${letter}${word}` : all));

/** The readings of a normalised query: as segmented, and with fragments joined where that differs. */
export function planReadings(normalized: string, index: DocumentIndex, complete = true): Reading[] {
  const tokenChunks = chunkTokens(normalized);
  if (tokenChunks.length === 0) return [];
  const tail = complete ? tailGroups(tokenChunks[tokenChunks.length - 1] as AnalyzedToken[], index) : [];
  const build = (joinKnown: boolean): Reading => {
    const chunks = tokenChunks.map((tokens, i) => ({
      groups: [...chunkGroups(tokens, index, joinKnown), ...(i === tokenChunks.length - 1 ? tail : [])],
    })).filter((c) => c.groups.length > 0);
    let budget = MAX_GROUPS;
    for (const c of chunks) { c.groups = c.groups.slice(0, Math.max(0, budget)); budget -= c.groups.length; }
    return { chunks: chunks.filter((c) => c.groups.length > 0) };
  };
  const split = build(false);
  const join = build(true);
  const key = (r: Reading) => r.chunks.map((c) => c.groups.map((g) => g.terms.join('|')).join(' ')).join(' / ');
  return key(join) === key(split) ? [split] : [join, split];
}

/** Whether every word of a normalised query is a function or politeness word ("อะไร ยังไง ครับ"): nothing to find, nor to correct. */
export const onlyFunctionWords = (normalized: string): boolean =>
  normalized.split(' ').every((part) => analyzeQuery(part).every((t) => t.stop));

/**
 * A typed run that the segmenter read as a function word and one short word ("ว่างาน" as ว่า|งาน,
 * for ว่างงาน): the function word is not looked for, so the run would find every item holding the
 * short word. Such a query is checked for a likelier correction even though it finds something.
 */
export function hasStopWordFragment(normalized: string): boolean {
  return normalized.split(' ').some((part) => {
    const tokens = analyzeQuery(part);
    const content = tokens.filter((t) => !t.stop);
    return content.length === 1 && (content[0] as AnalyzedToken).term.length <= 4
      && tokens.some((t) => t.stop && t.term.length >= 2 && !queryFillerWords.has(t.term));
  });
}
