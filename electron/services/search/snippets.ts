/**
 * Marks matched words in a title and cuts a ~160-character window around the first match in the
 * summary or body. A mark is a whole word or a whole phrase: an occurrence counts only where the
 * segmenter puts a word boundary on both sides of it, so "งาน" inside "สำนักงาน" is never marked.
 * The window starts and ends on word boundaries too (Thai has no spaces: a cut by characters
 * leaves half a word, or a vowel or tone mark floating on nothing).
 * Matching runs on folded text, which has the same offsets as the cleaned text shown.
 */
import type { SnippetPart } from '../../contract/search';
import { cleanText, foldChars, isCombiningMark } from './thaiText';

const WINDOW = 160;
const LEAD = 40;
/** The longest lead, for a window that would repeat one above it (see snippetWindow): the match near its end. */
const BEFORE = WINDOW - 30;
/** PDF text can be very long; a match further in than this is not worth finding for a snippet. */
const SCAN_LIMIT = 20_000;
/** Context segmented around an occurrence to find its word boundaries. */
const CONTEXT = 30;
/**
 * Occurrences inside longer words tried per unit and text before giving up: a short word ("งา")
 * occurs inside hundreds of others, and each try segments its context.
 */
const MAX_MISSES = 12;
/** Windows tried for a hit whose first window repeats one shown above it (see snippetWindow). */
const MAX_WINDOWS = 6;

/**
 * What to mark: a word, or the words of a phrase (which a text may write with spaces between them),
 * as the index sees them (folded); `prefix` marks the start of a word being typed, to its end.
 */
export interface MarkUnit { words: readonly string[]; prefix: boolean }
export interface CompiledUnit extends MarkUnit { text: string; pattern: RegExp }

type Range = [start: number, end: number];

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/**
 * Text as a snippet shows it: cleaned, spaces collapsed, and a form's blank line (a run of four or
 * more dots, dashes or underscores, common in PDF text) one mark instead of a row of them. Three
 * stay as written: an ellipsis, ๑...๕, malee___j.
 */
const displayText = (text: string) => cleanText(text.slice(0, SCAN_LIMIT)).replace(/\s+/g, ' ')
  .replace(/(?:\. ?){4,}|…(?: ?…)+/g, '… ').replace(/([—–_-])(?: ?\1){3,}/g, '$1').replace(/ {2,}/g, ' ').trim();
const isLatinOrDigit = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);
/** Whether the number ending (step 1) or starting (step -1) next to `i` goes on there: a digit, or a thousands comma or decimal point before one (๙ of ๙,๒๓๕,๖๐๐ or ๙.๕ is not the number ๙). */
const numberGoesOn = (folded: string, i: number, step: 1 | -1) =>
  /\d/.test(folded[i] ?? '') || (/[.,]/.test(folded[i] ?? '') && /\d/.test(folded[i + step] ?? ''));

/** Units worth marking: single Thai letters would mark half the text. Longest first, so a phrase wins over its words. */
export const markableUnits = (units: Iterable<MarkUnit>): CompiledUnit[] => {
  const byText = new Map<string, CompiledUnit>();
  for (const u of units) {
    const text = u.words.join('');
    if (text.length < 2 && !/^\d$/.test(text)) continue;
    // A raw body may spell แ with two เ, and า as ๅ (cleanText repairs both in what is shown): a snippet is looked for in the raw text.
    const pattern = new RegExp(u.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\u0E41/g, '(?:\u0E41|\u0E40\u0E40)').replace(/\u0E32/g, '[\u0E32\u0E45]')).join('\\s*'), 'g');
    byText.set(`${u.prefix ? 1 : 0}${text}`, { ...u, text, pattern });
  }
  return [...byText.values()].sort((a, b) => b.text.length - a.text.length);
};

/** Start and end of each occurrence of a unit in `folded`, from `from`. */
function* occurrences(folded: string, unit: CompiledUnit, from = 0): Generator<Range> {
  unit.pattern.lastIndex = from;
  for (let m = unit.pattern.exec(folded); m; m = unit.pattern.exec(folded)) {
    yield [m.index, m.index + m[0].length];
    unit.pattern.lastIndex = m.index + 1;
  }
}

/**
 * Word boundaries of `text` (offsets where the segmenter starts or ends a piece), as one
 * segmentation of [from, to) sees them: a whole title or snippet window, or the context around
 * one occurrence in a long body. The edges of a cut context are not boundaries of the text. Each
 * offset is asked of the segmenter directly (`containing`: ICU segments only the stretch around
 * it), which gives the same boundaries as walking every piece at a tenth of the cost: a page of
 * 20 hits asks about a few dozen offsets in texts of thousands of characters.
 */
class Boundaries {
  private segments: Intl.Segments | undefined;
  constructor(private readonly text: string, private readonly from = 0, private readonly to = text.length) {}
  has(offset: number): boolean {
    if (offset === 0 || offset === this.text.length) return true;
    if (offset <= this.from || offset >= this.to) return false;
    this.segments ??= segmenter.segment(this.from === 0 && this.to === this.text.length ? this.text : this.text.slice(this.from, this.to));
    return this.segments.containing(offset - this.from)?.index === offset - this.from;
  }
  /** The nearest boundary at or after `offset` (the end of the piece it falls in). */
  atOrAfter(offset: number): number {
    if (this.has(offset) || offset <= this.from || offset >= this.to) return offset;
    const piece = (this.segments as Intl.Segments).containing(offset - this.from) as Intl.SegmentData;
    return this.from + piece.index + piece.segment.length;
  }
  /** The nearest boundary at or before `offset` (the start of the piece it falls in). */
  atOrBefore(offset: number): number {
    if (this.has(offset) || offset <= this.from || offset >= this.to) return offset;
    return this.from + ((this.segments as Intl.Segments).containing(offset - this.from) as Intl.SegmentData).index;
  }
  /** The end of the word that runs on past `offset`. */
  wordEndAfter(offset: number): number {
    if (offset > this.from && offset < this.to && !this.has(offset)) {
      const piece = (this.segments as Intl.Segments).containing(offset - this.from) as Intl.SegmentData;
      return this.from + piece.index + piece.segment.length;
    }
    let end = offset;
    while (end < this.to && !this.has(end)) end++;
    return end;
  }
}

const localBoundaries = (text: string, at: number, end: number) =>
  new Boundaries(text, Math.max(0, at - CONTEXT), Math.min(text.length, end + CONTEXT));

/**
 * The range of a whole-word occurrence of `unit` at [at, matchEnd) in `folded` (same offsets as
 * `text`), or undefined when it is part of a longer word. Latin words and numbers are checked by
 * their characters (a stemmed "plan" marks all of "plans"); Thai by the segmenter's boundaries.
 */
function wholeWordAt(folded: string, [at, matchEnd]: Range, unit: CompiledUnit, boundaries: () => Boundaries): Range | undefined {
  let end = matchEnd;
  if (/[a-z0-9]$/.test(unit.text) || /^[a-z0-9]/.test(unit.text)) {
    if (/^[a-z0-9]/.test(unit.text) && (isLatinOrDigit(folded[at - 1]) || (/^\d/.test(unit.text) && numberGoesOn(folded, at - 1, -1)))) return undefined;
    if (/[a-z]$/.test(unit.text)) while (isLatinOrDigit(folded[end])) end++;
    else if (/\d$/.test(unit.text) && numberGoesOn(folded, end, 1)) return undefined;
    if (!/[\u0E00-\u0E7F]/.test(unit.text)) return [at, end];
  }
  const b = boundaries();
  if (!b.has(at)) return undefined;
  if (unit.prefix) return [at, Math.max(end, b.wordEndAfter(end))];
  return b.has(end) ? [at, end] : undefined;
}

/** Every whole-word occurrence of the units in `text` (short: a title or a snippet window), merged. */
function findRanges(text: string, units: readonly CompiledUnit[], boundaries?: Boundaries): Range[] {
  const folded = foldChars(text);
  const lazy = () => (boundaries ??= new Boundaries(text));
  const ranges: Range[] = [];
  for (const unit of units) {
    for (const found of occurrences(folded, unit)) {
      const range = wholeWordAt(folded, found, unit, lazy);
      if (range) ranges.push(range);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
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

export function markText(text: string, units: readonly CompiledUnit[]): SnippetPart[] {
  const shown = displayText(text);
  return partsOf(shown, findRanges(shown, units), 0, shown.length);
}

/** Where the earliest whole-word occurrence of a unit at or after `from` starts in `raw`, or -1. */
function firstWholeOccurrence(raw: string, units: readonly CompiledUnit[], from = 0, folded = foldChars(raw)): number {
  let first = -1;
  for (const unit of units) {
    let tries = 0;
    for (const found of occurrences(folded, unit, from)) {
      if (first >= 0 && found[0] >= first) break;
      if (wholeWordAt(folded, found, unit, () => localBoundaries(raw, found[0], found[1]))) { first = found[0]; break; }
      if (++tries > MAX_MISSES) break;
    }
  }
  return first;
}

/**
 * Moves window edges onto word boundaries: the start forward (never past `keepFrom`), the end back
 * (never before `keepTo`), then off any spaces. A vowel or tone mark still at an edge (odd PDF
 * text the segmenter splits there) moves the cut off the letter it sits on.
 */
function snapToWords(shown: string, b: Boundaries, from: number, to: number, keepFrom: number, keepTo: number): Range {
  let start = Math.min(b.atOrAfter(from), keepFrom);
  while (start < keepFrom && isCombiningMark(shown, start)) start++;
  while (start < keepFrom && shown[start] === ' ') start++;
  let end = Math.max(b.atOrBefore(to), keepTo);
  while (end > keepTo && end < shown.length && isCombiningMark(shown, end)) end--;
  while (end > keepTo && shown[end - 1] === ' ') end--;
  return [start, end];
}

/** The ~160-character window around the first range of `shown`; `cutBefore`/`cutAfter` say text was dropped. */
function windowAround(shown: string, ranges: readonly Range[], boundaries: Boundaries, cutBefore: boolean, cutAfter: boolean, leadChars = LEAD): SnippetPart[] | undefined {
  const first = ranges[0];
  if (!first) return undefined;
  // A match near the end of the text gets the rest of the window before it, not blank space after.
  let lead = Math.max(0, Math.min(first[0] - leadChars, shown.length - WINDOW));
  const space = shown.indexOf(' ', lead);
  if (lead > 0 && space >= 0 && space < first[0] && space - lead < 20) lead = space + 1;
  // Only the two edges are segmented (Boundaries asks ICU about one offset at a time).
  const [from, end] = snapToWords(shown, boundaries, lead, Math.min(shown.length, lead + WINDOW), first[0], first[1]);
  // A phrase is marked whole or not at all: an end inside a later mark moves before it.
  const split = ranges.find(([s, e]) => s > first[0] && s < end && end < e);
  const to = split ? shown.slice(0, split[0]).trimEnd().length : end;
  const parts = partsOf(shown, ranges, from, to);
  if (from > 0 || cutBefore) parts.unshift({ text: '…', mark: false });
  if (to < shown.length || cutAfter) parts.push({ text: '…', mark: false });
  return parts;
}

/**
 * Moves a cut of `raw` back (or on) to just after (before) a space, when one is near: ICU segments
 * each run between spaces as a whole, so a run cut short can be split differently from the text.
 */
function cutAtSpace(raw: string, at: number, step: -1 | 1): number {
  for (let i = at, n = 0; i > 0 && i < raw.length && n < CONTEXT * 2; i += step, n++) {
    if (/\s/.test(raw[step < 0 ? i - 1 : i] as string)) return i;
  }
  return at;
}

/**
 * What the snippets of a result page have shown so far, to tell whether one more would show the
 * citizen anything new: pairs of neighbouring runs between spaces (Thai writes a phrase as one run
 * and sets numbers, dates and names apart; a pair, so "October 2025" is new after "October 2026").
 */
export class ShownText {
  private readonly pairs = new Set<string>();
  add(parts: readonly SnippetPart[]): void {
    for (const pair of pairsOf(runsOf(parts))) this.pairs.add(pair);
  }
  /**
   * Whether every pair inside `parts` was shown above. The first and last runs are left out: the
   * window's edges cut them anywhere, so they differ without saying anything new.
   */
  repeats(parts: readonly SnippetPart[]): boolean {
    const runs = runsOf(parts);
    const inner = runs.length > 3 ? pairsOf(runs.slice(1, -1)) : [runs.join(' ')];
    return inner.every((pair) => this.pairs.has(pair));
  }
}
const runsOf = (parts: readonly SnippetPart[]): string[] =>
  parts.filter((p) => p.text !== '…').map((p) => p.text).join('').split(' ').filter(Boolean);
const pairsOf = (runs: readonly string[]): string[] => {
  const pairs = runs.length > 1 ? [] : [runs.join(' ')];
  for (let i = 1; i < runs.length; i++) pairs.push(`${runs[i - 1]} ${runs[i]}`);
  return pairs;
};

/**
 * A window around the first whole-word match in the first text that has one (or the start of the
 * first text). The match is looked for in the raw text (folding keeps offsets) and only a stretch
 * around it is cleaned: bodies are long and 20 hits are shown per keystroke.
 * A window that shows nothing new over the snippets above it on the page (`shownAbove`: documents of
 * a series open with the same preamble, and a list of identical snippets reads as duplicates) gives
 * way to one around a later match, else to one showing more of the text before a match (where a
 * date or a price often is): the first that shows something new. Only such hits pay for it, and
 * for a few windows at most.
 */
export function snippetWindow(texts: readonly string[], units: readonly CompiledUnit[], shownAbove?: ShownText, phrase: readonly CompiledUnit[] = []): SnippetPart[] {
  let fallback: string | undefined;
  const tried: Array<{ shown: string; ranges: Range[]; boundaries: Boundaries; cutBefore: boolean; cutAfter: boolean }> = [];
  // `phrase` (the whole query, when it has several parts) is looked for first: a window where it stands shows what was found.
  const folds = new Map<string, string>();
  for (const anchors of phrase.length > 0 ? [phrase, units] : [units]) for (const text of texts) {
    if (!text.trim()) continue;
    fallback ??= text;
    const raw = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
    const folded = folds.get(raw) ?? foldChars(raw);
    folds.set(raw, folded);
    for (let from = 0; anchors.length > 0 && tried.length < MAX_WINDOWS;) {
      const at = firstWholeOccurrence(raw, anchors, from, folded);
      if (at < 0) break;
      const start = cutAtSpace(raw, Math.max(0, at - BEFORE - 20), -1), end = cutAtSpace(raw, Math.min(raw.length, at + WINDOW + 60), 1);
      const shown = displayText(raw.slice(start, end));
      const boundaries = new Boundaries(shown);
      const window = { shown, ranges: findRanges(shown, units, boundaries), boundaries, cutBefore: start > 0, cutAfter: end < raw.length };
      const parts = windowAround(window.shown, window.ranges, boundaries, window.cutBefore, window.cutAfter);
      if (!parts) break;
      if (!shownAbove?.repeats(parts)) return parts;
      tried.push(window);
      // The next window starts past this one's text, so it cannot show the same stretch.
      from = at + WINDOW - LEAD;
    }
  }
  for (const w of tried) {
    const wider = windowAround(w.shown, w.ranges, w.boundaries, w.cutBefore, w.cutAfter, BEFORE) as SnippetPart[];
    if (!shownAbove?.repeats(wider)) return wider;
  }
  const first = tried[0];
  if (first) return windowAround(first.shown, first.ranges, first.boundaries, first.cutBefore, first.cutAfter) as SnippetPart[];
  if (fallback === undefined) return [];
  const shown = displayText(fallback.slice(0, WINDOW * 2));
  if (shown.length <= WINDOW && fallback.length <= WINDOW * 2) return [{ text: shown, mark: false }];
  const [, to] = snapToWords(shown, new Boundaries(shown), 0, Math.min(shown.length, WINDOW), 0, 0);
  return [{ text: `${shown.slice(0, to)}…`, mark: false }];
}
