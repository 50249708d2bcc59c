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
import { analyzeText, compact, forEachIndexedWord, normalizeText } from './analysis';
import { yearTerms } from './eraYears';
import { FieldBit, MAX_POSITIONS } from './postingList';
import { publishedYear } from './slotFacts';

const FIELD_GAP = 3;
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
  const text = [item.kind, item.id, item.title.th, item.title.en ?? '', item.category ?? '', item.group ?? '', item.unit ?? '', item.published ?? '', item.summary,
    item.bodyHash === undefined ? item.body : `\u0004digest:${item.bodyHash}`].join('\u0001')
    + `\u0001${item.keywords.join('\u0002')}\u0003${item.categoryNames.join('\u0003')}`;
  return createHash('sha1').update(text).digest('base64');
}

interface TermEntry { fields: number; count: number; positions: number[] }

export function analyseItem(item: SearchableItem, hash = contentHash(item)): AnalysedItem {
  const entries = new Map<string, TermEntry>();
  let position = 0;
  let bodyLength = 0;
  const note = (term: string, bit: number, counted: boolean, at: number) => {
    let entry = entries.get(term);
    if (!entry) { entry = { fields: 0, count: 0, positions: [] }; entries.set(term, entry); }
    entry.fields |= bit;
    if (counted) entry.count++;
    const last = entry.positions[entry.positions.length - 1];
    if (entry.positions.length < MAX_POSITIONS && at <= LAST_POSITION && last !== at) entry.positions.push(at);
  };
  const field = (text: string, bit: number, counted: boolean) => {
    if (!text) return;
    forEachIndexedWord(text, (term, aliases) => {
      note(term, bit, counted, position);
      for (const alias of aliases) note(alias, bit, counted, position);
      if (counted) bodyLength++;
      position++;
    });
    position += FIELD_GAP;
  };
  field(item.title.th, FieldBit.title, false);
  if (item.title.en) field(item.title.en, FieldBit.title, false);
  for (const keyword of item.keywords) field(keyword, FieldBit.keywords, false);
  for (const name of item.categoryNames) field(name, FieldBit.category, false);
  const year = publishedYear(item.published);
  if (year) field(yearTerms(year).join(' '), FieldBit.category, false);
  if (item.unit) field(item.unit, FieldBit.unit, false);
  const descriptorEnd = Math.min(position, LAST_POSITION);
  field(item.summary, FieldBit.summary, true);
  field(item.body, FieldBit.body, true);

  const terms: string[] = [];
  const fields = new Uint8Array(entries.size), counts = new Uint8Array(entries.size), npos = new Uint8Array(entries.size);
  let total = 0;
  for (const entry of entries.values()) total += entry.positions.length;
  const positions = new Uint16Array(total);
  let i = 0, at = 0;
  for (const [term, entry] of entries) {
    terms.push(term);
    fields[i] = entry.fields; counts[i] = Math.min(entry.count, 255); npos[i] = entry.positions.length;
    positions.set(entry.positions, at);
    at += entry.positions.length;
    i++;
  }
  return {
    key: itemKey(item.kind, item.id), hash, terms, fields, counts, npos, positions,
    bodyLength: Math.max(bodyLength, 1), descriptorEnd, compactTitle: compactTitleOf(item), phrases: phrasesOf(item),
  };
}

/**
 * Adjacent words of the title and of each keyword, joined: lets a half-typed or misspelt compound
 * ("ใบขับข", "ราคากาง") be recognised even though the segmenter splits it into parts.
 */
function phrasesOf(item: SearchableItem): Array<[string, string[]]> {
  const phrases = new Map<string, string[]>();
  for (const text of [item.title.th, ...item.keywords]) {
    const words = analyzeText(text).filter((w) => !/^\d+$/.test(w));
    for (let size = 2; size <= 3; size++) {
      for (let i = 0; i + size <= words.length; i++) {
        const parts = words.slice(i, i + size);
        phrases.set(parts.join(''), parts);
      }
    }
  }
  return [...phrases];
}

/** Normalised title and keywords without spaces, for the substring fallback. */
const compactTitleOf = (item: SearchableItem): string =>
  [item.title.th, item.title.en ?? '', ...item.keywords].map((t) => compact(normalizeText(t))).join('|');
