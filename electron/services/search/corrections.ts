/**
 * When a query finds nothing as typed, the likely query it was meant to be: the typed text read
 * back from the other keyboard layout, or words one slip away from the typed ones (thaiEdits), or
 * (for what those miss) a close keyword or service name by Fuse.js. Each candidate is searched;
 * the one that finds most for the least edit wins, and only if it finds something: a correction
 * that finds nothing is no better than the typo.
 */
import { analyzeQuery, normalizeText } from './analysis';
import type { DocumentIndex } from './documentIndex';
import { englishFromThaiKeys, thaiFromEnglishKeys } from './keyboardLayout';
import { knownEdits, LETTER_COST } from './thaiEdits';
import type { ShortFieldSuggester } from './shortFieldSuggester';
import { editDistance, type SoundAlikeWords } from './soundAlike';
import type { MarksLeftOut } from './marksLeftOut';

export type SuggestionSource = 'thai-edits' | 'sound-alike' | 'fuse' | 'layout';

/** `letters`: how long the typed text is that the candidate rewrites (the part of the query it changes). */
export interface Candidate { text: string; cost: number; source: SuggestionSource; letters: number }

/** The other layout's reading costs a little: the keys were typed as meant, on the wrong layer. */
export const LAYOUT_COST = 0.3;
const MAX_SPAN = 3;
/**
 * Longer text is not a slip in a word: the whole of a part is tried as one run, and Fuse asked for
 * a near keyword, only up to this many characters (Fuse's bitap works on 32 at a time, beyond that
 * in chunks, each costlier; a 200-character gibberish query cost ~180 ms at 20,000 documents).
 */
const MAX_WHOLE_PART = 32;
/**
 * A part (text between spaces) segmented into more words than this is a pasted or random run, not
 * a typed word with a slip: its runs are not edited one by one (each costs ~80 lookups a letter).
 */
const MAX_WORDS_EDITED = 12;
/** A query of more parts than this is not corrected letter by letter, nor by Fuse (each part costs a pass). */
const MAX_PARTS_EDITED = 6;
const MAX_CANDIDATES = 10;
/** A letter that sounds right costs as little as a look-alike (thaiEdits' 0.4); three such at most. */
const SOUND_ALIKE_COST = 0.4;
const MAX_SOUND_ALIKE_EDITS = 3;
/**
 * The other layout's reading needs a word of at least this many keys: any two keys spell some Thai
 * fragment the segmenter cut from a longer word ("ab ab" reads ฟิ ฟิ, as in อินฟินิตี้), while a
 * two-key word beside a longer one is common ("z] lv[" is ผล สอบ).
 */
const MIN_LAYOUT_KEYS = 3;

/**
 * A correction is made without asking only for a slip: edits worth less than a quarter of the
 * letters of the part it rewrites, on thaiEdits' scale (a letter LETTER_COST = 0.8, a tone mark
 * 0.3). A tone mark, a vowel, or a letter in a word of five or more is a slip (ว่างาน → ว่างงาน, a
 * letter in six; ชราพาบ → ชราภาพ, two sound-alike letters in six; มิฉชาชีพ → มิจฉาชีพ, a
 * look-alike and a letter in eight); a letter of a word of four or fewer (ร้อน → ร้อย, นายก → นาย,
 * ส.ส. → สปส), which lands on another real word as often as not, is not, nor is half a word
 * rewritten (ทุเรียน → ร้องเรียน, four letters' worth in seven). A bigger correction is only
 * offered, not searched. The other layout's reading is no edit of the letters: the keys were typed
 * as meant.
 */
export const SLIP_SHARE = 0.25;
/** Costs are tenths (thaiEdits) or rounded: compared in hundredths, so that 0.8 is not "less" than 4 × 0.2. */
const hundredths = (x: number) => Math.round(x * 100);
export const isSlip = (c: Candidate): boolean => c.source === 'layout' || hundredths(c.cost) < hundredths(SLIP_SHARE * LETTER_COST * c.letters);

/**
 * Candidate rewrites of a normalised query, cheapest first (not yet searched). The first tier is
 * the other layout and the Thai rules; the second, asked only when the first found no slip, Fuse.
 */
export function correctionCandidates(raw: string, normalized: string, index: DocumentIndex, sources: ReadonlySet<SuggestionSource>,
  helpers: { shortFields?: ShortFieldSuggester; soundAlike?: SoundAlikeWords; marks?: MarksLeftOut }, tier: 1 | 2): Candidate[] {
  const { shortFields, soundAlike, marks } = helpers;
  const out: Candidate[] = [];
  if (tier === 1 && sources.has('layout')) {
    const other = thaiFromEnglishKeys(raw.trim()) ?? englishFromThaiKeys(raw.trim());
    if (other && raw.trim().split(/\s+/).some((keys) => [...keys].length >= MIN_LAYOUT_KEYS)) out.push({ text: normalizeText(other), cost: LAYOUT_COST, source: 'layout', letters: [...normalized].length });
  }
  const parts = normalized.split(' ');
  const editable = parts.length <= MAX_PARTS_EDITED;
  const replaced = (p: number, text: string) => [...parts.slice(0, p), text, ...parts.slice(p + 1)].join(' ');
  if (tier === 1 && editable && sources.has('thai-edits')) {
    parts.forEach((part, p) => {
      for (const fix of spanFixes(part, index)) out.push({ text: replaced(p, fix.text), cost: fix.cost, source: 'thai-edits', letters: [...part].length });
      // Marks left out of several syllables (ประกนสงคม), where one edit at a time cannot reach: only
      // a part holding a word the index does not know, and typed, not pasted (MAX_WORDS_EDITED).
      const tokens = marks ? analyzeQuery(part) : [];
      if (marks && tokens.length <= MAX_WORDS_EDITED && tokens.some((t) => !t.stop && !index.knows(t.term))) {
        for (const fix of marks.restore(part)) out.push({ text: replaced(p, fix.text), cost: fix.cost, source: 'thai-edits', letters: [...part].length });
      }
    });
  }
  if (tier === 1 && editable && soundAlike && sources.has('sound-alike')) {
    parts.forEach((part, p) => {
      for (const fix of soundAlikeFixes(part, index, soundAlike)) out.push({ text: replaced(p, fix.text), cost: fix.cost, source: 'sound-alike', letters: [...part].length });
    });
  }
  if (tier === 2 && editable && shortFields && sources.has('fuse')) {
    // Only a part holding a word the index does not know: Fuse would "correct" a query of known
    // words into any keyword sharing one of them.
    parts.forEach((part, p) => {
      if (part.length > MAX_WHOLE_PART || analyzeQuery(part).every((t) => t.stop || index.knows(t.term))) return;
      for (const fix of shortFields.near(part)) out.push({ text: replaced(p, fix.text), cost: fix.cost, source: 'fuse', letters: [...part].length });
    });
  }
  const seen = new Set<string>([normalized]);
  // A correction is to words: never to a lone letter ("้าง" is not "ง"). Checked cheapest first,
  // only until enough are kept: a long query has hundreds of candidates, each a segmentation.
  const wordy = (text: string) => analyzeQuery(text).some((t) => !t.stop && t.term.length >= 2);
  const kept: Candidate[] = [];
  for (const c of out.sort((a, b) => a.cost - b.cost)) {
    if (kept.length === MAX_CANDIDATES) break;
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    if (wordy(c.text)) kept.push(c);
  }
  return kept;
}

/**
 * One part of the query with a run of its words replaced by a known word that sounds the same: only
 * a run holding a word the index does not know (a run of known words was meant as typed).
 */
function soundAlikeFixes(part: string, index: DocumentIndex, soundAlike: SoundAlikeWords): Array<{ text: string; cost: number }> {
  const tokens = analyzeQuery(part);
  const words = tokens.map((t) => t.term);
  const fixes: Array<{ text: string; cost: number }> = [];
  if (words.length > MAX_WORDS_EDITED) return fixes;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + MAX_SPAN); j++) {
      if (tokens.slice(i, j).every((t) => t.stop || index.knows(t.term))) continue;
      const typed = words.slice(i, j).join('');
      for (const word of soundAlike.of(typed).slice(0, 4)) {
        const edits = editDistance(typed, word);
        if (edits <= MAX_SOUND_ALIKE_EDITS) fixes.push({ text: [...words.slice(0, i), word, ...words.slice(j)].join(''), cost: SOUND_ALIKE_COST * edits });
      }
    }
  }
  return fixes;
}

/**
 * One part of the query (no spaces) with one run of up to three of its segmented words replaced
 * by a known word or title phrase one edit away. A misspelt word is usually segmented into
 * fragments, so runs of fragments are tried, and the whole part too.
 */
function spanFixes(part: string, index: DocumentIndex): Array<{ text: string; cost: number }> {
  const words = analyzeQuery(part).map((t) => t.term);
  const fixes: Array<{ text: string; cost: number }> = [];
  if (words.length > MAX_WORDS_EDITED) return fixes;
  const isKnown = (t: string) => index.knows(t) || index.phrases.has(t);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= Math.min(words.length, i + MAX_SPAN); j++) spans.push([i, j]);
  if (words.length > MAX_SPAN && part.length <= MAX_WHOLE_PART) spans.push([0, words.length]);
  for (const [i, j] of spans) {
    const typed = words.slice(i, j).join('');
    if (typed.length < 2 || !/[\u0E01-\u0E4E]/.test(typed)) continue;
    // A longer run carries more evidence: its fixes cost a little less per letter typed.
    for (const edit of knownEdits(typed, isKnown, 4)) {
      fixes.push({ text: [...words.slice(0, i), edit.text, ...words.slice(j)].join(''), cost: edit.cost + (typed.length <= 3 ? 0.3 : 0) });
    }
  }
  return fixes;
}
