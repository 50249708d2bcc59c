/**
 * Marks matched words in a title and cuts a ~160-character window around the first match in the
 * summary or body. Matching runs on folded text, which has the same offsets as the cleaned text shown.
 */
import type { SnippetPart } from '../../contract/search';
import { cleanText, foldChars } from './thaiText';

const WINDOW = 160;
const LEAD = 40;
/** PDF text can be very long; a match further in than this is not worth finding for a snippet. */
const SCAN_LIMIT = 20_000;
/** How far a match is looked for when it only shows once the text is normalised ("ส.ป.ส.", "e-bidding", "15,000"). */
const SLOW_SCAN_LIMIT = 4_000;

type Range = [start: number, end: number];

const displayText = (text: string) => cleanText(text.slice(0, SCAN_LIMIT)).replace(/\s+/g, ' ').trim();

function findRanges(folded: string, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      let end = at + term.length;
      // A stemmed English term ("plan") marks the whole word ("plans").
      if (/[a-z0-9]$/.test(term)) while (end < folded.length && /[a-z0-9]/.test(folded[end] as string)) end++;
      ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
  }
  return merged;
}

function partsOf(text: string, ranges: readonly Range[], from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    if (s > at) parts.push({ text: text.slice(at, s), mark: false });
    const e = Math.min(end, to);
    parts.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  return parts;
}

/** Only terms that are meaningful to highlight: single Thai letters would mark half the text. */
export const markableTerms = (terms: Iterable<string>): string[] =>
  [...new Set(terms)].filter((t) => t.length >= 2 || /^\d$/.test(t)).sort((a, b) => b.length - a.length);

export function markText(text: string, terms: readonly string[]): SnippetPart[] {
  const shown = displayText(text);
  return partsOf(shown, findRanges(foldChars(shown), terms), 0, shown.length);
}

/** Where the earliest of `terms` occurs in `folded`, or -1. */
function firstOccurrence(folded: string, terms: readonly string[]): number {
  let first = -1;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** Cuts the ~160-character window around the first range of `shown`; `cutBefore` says text was dropped in front. */
function windowAround(shown: string, ranges: readonly Range[], cutBefore: boolean, cutAfter: boolean): SnippetPart[] | undefined {
  const first = ranges[0];
  if (!first) return undefined;
  let from = Math.max(0, first[0] - LEAD);
  const space = shown.indexOf(' ', from);
  if (from > 0 && space >= 0 && space < first[0] && space - from < 20) from = space + 1;
  const to = Math.min(shown.length, from + WINDOW);
  const parts = partsOf(shown, ranges, from, to);
  if (from > 0 || cutBefore) parts.unshift({ text: '…', mark: false });
  if (to < shown.length || cutAfter) parts.push({ text: '…', mark: false });
  return parts;
}

/**
 * A window around the first match in the first text that has one (or the start of the first text).
 * Bodies are long and 20 hits are shown per keystroke, so the match is first looked for in the raw
 * text (folding keeps offsets) and only a stretch around it is cleaned; terms that only appear once
 * the text is normalised (a fixed misspelling, a closed abbreviation) take the slow path.
 */
export function snippetWindow(texts: readonly string[], terms: readonly string[]): SnippetPart[] {
  let fallback: string | undefined;
  const thaiOnly = !terms.some((t) => /[0-9a-z]/.test(t));
  for (const text of texts) {
    if (!text.trim()) continue;
    fallback ??= text;
    const raw = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
    // Folding only changes digits and Latin letters: Thai-only terms can be looked for in the raw text.
    const at = firstOccurrence(thaiOnly ? raw : foldChars(raw), terms);
    if (at >= 0) {
      const start = Math.max(0, at - LEAD - 60), end = Math.min(raw.length, at + WINDOW + 60);
      const shown = displayText(raw.slice(start, end));
      const parts = windowAround(shown, findRanges(foldChars(shown), terms), start > 0, end < raw.length);
      if (parts) return parts;
    }
    // Only the start of a long text: cleaning all of it for every hit would cost more than the query.
    const head = raw.length > SLOW_SCAN_LIMIT ? raw.slice(0, SLOW_SCAN_LIMIT) : raw;
    const shown = displayText(head);
    const parts = windowAround(shown, findRanges(foldChars(shown), terms), false, head.length < raw.length);
    if (parts) return parts;
  }
  if (fallback === undefined) return [];
  const shown = displayText(fallback.slice(0, WINDOW * 2));
  const cut = shown.length > WINDOW || fallback.length > WINDOW * 2;
  return [{ text: cut ? `${shown.slice(0, WINDOW)}…` : shown, mark: false }];
}
