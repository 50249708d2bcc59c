/**
 * One item analysed for the index: its terms with the fields they occur in, their counts and their
 * positions (word numbers), plus what the index keeps besides postings. Plain arrays and strings
 * only, so the same record comes out of a worker thread, goes into a snapshot and back.
 *
 * Positions: the "descriptor" fields (title, keywords, category names, year, unit) come first, then
 * summary and body. A gap separates every field and keyword, so two words are never next to each
 * other across a boundary. `descriptorEnd` is the first position of the summary: a match below it
 * describes the whole item.
 */
import { createHash } from 'node:crypto';
import type { SearchableItem } from './engine';
import { compact, forEachIndexedWordOf, segmentedTexts } from './analysis';
import { yearTerms } from './eraYears';
import { FieldBit, MAX_POSITIONS } from './postingList';
import { publishedYear } from './slotFacts';
import { MAX_GAP } from './placement';

/** Wider than any gap a phrase may have (placement's MAX_GAP): a phrase never runs from one field into the next. */
const FIELD_GAP = MAX_GAP + 2;
const LAST_POSITION = 65_535;

export interface AnalysedItem {
  key: string;
  hash: string;
  /** Distinct terms, each with its fields, summary+body count and positions (concatenated in term order). */
  terms: string[];
  fields: Uint8Array;
  counts: Uint8Array;
  npos: Uint8Array;
  positions: Uint16Array;
  /** Words in summary and body, for BM25's length normalisation. */
  bodyLength: number;
  descriptorEnd: number;
  compactTitle: string;
  /** Adjacent title and keyword words joined, each with its parts. */
  phrases: Array<[phrase: string, parts: string[]]>;
}

export const itemKey = (kind: SearchableItem['kind'], id: string) => `${kind}:${id}`;

/**
 * Identifies an item's searchable content: a snapshot reuses an item's analysis only while this is
 * unchanged. The parts are joined and hashed in one call (a call per part cost twice as much: a
 * start from the cache hashes every item). A body digest, when the item has one, stands for the
 * body (marked, so that it never equals a body's own text).
 */
export function contentHash(item: SearchableItem): string {
  return hashContent(contentText(item));
}

/** What contentHash hashes: the item's searchable content, its parts joined. */
export function contentText(item: SearchableItem): string {
  return [item.kind, item.id, item.title.th, item.title.en ?? '', item.category ?? '', item.group ?? '', item.unit ?? '', item.published ?? '', item.summary,
    item.bodyHash === undefined ? item.body : `\u0004digest:${item.bodyHash}`].join('\u0001')
    + `\u0001${item.keywords.join('\u0002')}\u0003${item.categoryNames.join('\u0003')}`;
}

/** contentHash of a contentText. */
export const hashContent = (text: string): string => createHash('sha1').update(text).digest('base64');

/**
 * One digest of many items' content texts in order, each preceded by its length (so that no two
 * different lists make the same stream). The index snapshot checks a whole unchanged catalogue
 * with it at once: 20,000 item hashes took ~80 ms of a start from the cache, one stream of their
 * UTF-16 text ~46 ms, most of it making the texts (measured in one process, min of 11).
 */
export class ContentsDigest {
  private readonly hash = createHash('sha256');
  add(text: string): void { this.hash.update(`${text.length}:${text}`, 'utf16le'); }
  digest(): string { return this.hash.digest('base64'); }
}

export function analyseItem(item: SearchableItem, hash = contentHash(item)): AnalysedItem {
  // Flat arrays, not an object per term: a body has hundreds of terms and this runs for every item.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const fieldBits: number[] = [], termCounts: number[] = [];
  const seenTerm: number[] = [], seenAt: number[] = [];
  let position = 0;
  let bodyLength = 0;
  const note = (term: string, bit: number, counted: boolean, at: number) => {
    let id = termIds.get(term);
    if (id === undefined) { id = terms.length; termIds.set(term, id); terms.push(term); fieldBits.push(0); termCounts.push(0); }
    fieldBits[id] = (fieldBits[id] as number) | bit;
    if (counted) termCounts[id] = (termCounts[id] as number) + 1;
    seenTerm.push(id); seenAt.push(at);
  };
  // Every text of the item, segmented in one pass; the title and keywords also give phrases.
  const year = publishedYear(item.published);
  // `repeats`: a text that recurs across items (keywords, category names, the year, the unit), normalised once.
  const texts: Array<{ text: string; bit: number; counted: boolean; phrases?: boolean; repeats?: boolean }> = [
    { text: item.title.th, bit: FieldBit.title, counted: false, phrases: true },
    { text: item.title.en ?? '', bit: FieldBit.title, counted: false },
    ...item.keywords.map((text) => ({ text, bit: FieldBit.keywords, counted: false, phrases: true, repeats: true })),
    ...item.categoryNames.map((text) => ({ text, bit: FieldBit.category, counted: false, repeats: true })),
    { text: year ? yearTerms(year).join(' ') : '', bit: FieldBit.category, counted: false, repeats: true },
    { text: item.unit ?? '', bit: FieldBit.unit, counted: false, repeats: true },
    { text: item.summary, bit: FieldBit.summary, counted: true },
    { text: item.body, bit: FieldBit.body, counted: true },
  ];
  const segmented = segmentedTexts(texts.map((t) => t.text), (i) => texts[i]?.repeats === true);
  const phrases = new Map<string, string[]>();
  let descriptorEnd = 0;
  texts.forEach(({ text, bit, counted, phrases: givesPhrases }, i) => {
    if (bit === FieldBit.summary && descriptorEnd === 0) descriptorEnd = Math.min(position, LAST_POSITION);
    if (!text) return;
    const phraseWords: string[] = [];
    forEachIndexedWordOf((segmented[i] as { words: string[] }).words, (term, aliases) => {
      note(term, bit, counted, position);
      for (const alias of aliases) note(alias, bit, counted, position);
      if (givesPhrases) phraseWords.push(term, ...aliases);
      if (counted) bodyLength++;
      position++;
    });
    position += FIELD_GAP;
    if (givesPhrases) addPhrases(phrases, phraseWords.filter((w) => !/^\d+$/.test(w)));
  });

  // Each term keeps its distinct positions in order, at most MAX_POSITIONS, none past LAST_POSITION.
  const count = terms.length;
  const fields = new Uint8Array(fieldBits), counts = new Uint8Array(count), npos = new Uint8Array(count);
  termCounts.forEach((c, id) => { counts[id] = Math.min(c, 255); });
  const lastKept = new Int32Array(count).fill(-1);
  const kept = new Uint8Array(seenTerm.length);
  let total = 0;
  for (let k = 0; k < seenTerm.length; k++) {
    const id = seenTerm[k] as number, at = seenAt[k] as number;
    if ((npos[id] as number) < MAX_POSITIONS && at <= LAST_POSITION && lastKept[id] !== at) { npos[id] = (npos[id] as number) + 1; lastKept[id] = at; kept[k] = 1; total++; }
  }
  const next = new Uint32Array(count);
  for (let id = 1; id < count; id++) next[id] = (next[id - 1] as number) + (npos[id - 1] as number);
  const positions = new Uint16Array(total);
  for (let k = 0; k < seenTerm.length; k++) {
    if (!kept[k]) continue;
    const id = seenTerm[k] as number;
    positions[next[id] as number] = seenAt[k] as number;
    next[id] = (next[id] as number) + 1;
  }
  // Normalised title and keywords without spaces, for the substring fallback.
  const compactTitle = [0, 1, ...item.keywords.map((_, k) => 2 + k)].map((t) => compact((segmented[t] as { normalized: string }).normalized)).join('|');
  return {
    key: itemKey(item.kind, item.id), hash, terms, fields, counts, npos, positions,
    bodyLength: Math.max(bodyLength, 1), descriptorEnd, compactTitle, phrases: [...phrases],
  };
}

/**
 * Adjacent words of the title and of each keyword, joined: lets a half-typed or misspelt compound
 * ("ใบขับข", "ราคากาง") be recognised even though the segmenter splits it into parts.
 */
function addPhrases(phrases: Map<string, string[]>, words: readonly string[]): void {
  for (let size = 2; size <= 3; size++) {
    for (let i = 0; i + size <= words.length; i++) {
      const parts = words.slice(i, i + size);
      phrases.set(parts.join(''), parts);
    }
  }
}
