/**
 * The inverted index: each item gets a slot; each term lists the slots (and fields) it occurs in.
 * Upsert and remove touch only the terms of that one item.
 */
import { categoryByCode, type GroupCode } from '../../contract/categories';
import type { SearchableItem } from './engine';
import { analyzeText, compact, normalizeText } from './analysis';
import { yearTerms } from './eraYears';
import { FieldBit, PostingList } from './postingList';
import { Vocabulary } from './vocabulary';

interface TermInItem { fields: number; count: number }

export const itemKey = (kind: SearchableItem['kind'], id: string) => `${kind}:${id}`;

/** CE year of an ISO date, or undefined. */
export const publishedYear = (published: string | undefined): number | undefined => {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : undefined;
};

export class DocumentIndex {
  readonly items: Array<SearchableItem | undefined> = [];
  /** Normalised title and keywords without spaces, for the substring fallback. */
  readonly compactTitles: string[] = [];
  readonly bodyLengths: number[] = [];
  readonly publishedTimes: number[] = [];
  /** CE year of publication per slot (0 when unknown), for the year filter and facet. */
  readonly years: number[] = [];
  readonly groups: Array<GroupCode | undefined> = [];
  readonly words = new Vocabulary<PostingList>();
  readonly phrases = new Vocabulary<readonly string[]>();
  private readonly slotByKey = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private totalBodyLength = 0;

  get size(): number { return this.slotByKey.size; }
  get capacity(): number { return this.items.length; }
  get averageBodyLength(): number { return this.size ? this.totalBodyLength / this.size : 1; }

  /** Brings prefix and typo lookups up to date; called after a bulk load so the first query is not slowed. */
  settle(): void { this.words.settle(); this.phrases.settle(); }

  clear(): void {
    this.years.length = 0; this.groups.length = 0;
    this.items.length = 0; this.compactTitles.length = 0; this.bodyLengths.length = 0; this.publishedTimes.length = 0;
    this.words.clear(); this.phrases.clear(); this.slotByKey.clear(); this.freeSlots.length = 0; this.totalBodyLength = 0;
  }

  upsert(item: SearchableItem): void {
    this.remove(item.kind, item.id);
    const slot = this.freeSlots.pop() ?? this.items.length;
    const analysed = analyseItem(item);
    for (const [term, { fields, count }] of analysed.terms) {
      const postings = this.words.get(term) ?? new PostingList();
      this.words.add(term, postings);
      postings.add(slot, fields, count);
    }
    for (const [phrase, parts] of analysed.phrases) this.phrases.add(phrase, parts);
    this.items[slot] = item;
    this.compactTitles[slot] = analysed.compactTitle;
    this.bodyLengths[slot] = analysed.bodyLength;
    this.publishedTimes[slot] = item.published ? Date.parse(item.published) || 0 : 0;
    this.years[slot] = publishedYear(item.published) ?? 0;
    this.groups[slot] = item.group ?? (item.category ? categoryByCode[item.category].group : undefined);
    this.totalBodyLength += analysed.bodyLength;
    this.slotByKey.set(itemKey(item.kind, item.id), slot);
  }

  remove(kind: SearchableItem['kind'], id: string): void {
    const key = itemKey(kind, id);
    const slot = this.slotByKey.get(key);
    if (slot === undefined) return;
    const item = this.items[slot];
    if (item) {
      // Analysis is deterministic, so re-analysing tells exactly which postings to drop.
      const analysed = analyseItem(item);
      for (const term of analysed.terms.keys()) {
        this.words.get(term)?.remove(slot);
        this.words.release(term);
      }
      for (const phrase of analysed.phrases.keys()) this.phrases.release(phrase);
      this.totalBodyLength -= this.bodyLengths[slot] ?? 0;
    }
    this.items[slot] = undefined;
    this.compactTitles[slot] = '';
    this.slotByKey.delete(key);
    this.freeSlots.push(slot);
  }
}

function analyseItem(item: SearchableItem) {
  const terms = new Map<string, TermInItem>();
  const note = (text: string, bit: number, counted: boolean) => {
    const found = analyzeText(text);
    for (const term of found) {
      const entry = terms.get(term);
      if (entry) { entry.fields |= bit; if (counted) entry.count++; } else terms.set(term, { fields: bit, count: counted ? 1 : 0 });
    }
    return found.length;
  };
  const titleText = [item.title.th, item.title.en ?? ''].join(' ');
  note(titleText, FieldBit.title, false);
  note(item.keywords.join(' '), FieldBit.keywords, false);
  const year = publishedYear(item.published);
  note([...item.categoryNames, ...(year ? yearTerms(year) : [])].join(' '), FieldBit.category, false);
  if (item.unit) note(item.unit, FieldBit.unit, false);
  const bodyLength = note(item.summary, FieldBit.summary, true) + note(item.body, FieldBit.body, true);

  // Adjacent words of the title and of each keyword, joined: lets a half-typed or misspelt compound
  // ("ใบขับข", "ประกันสั่งคม") be recognised even though the segmenter splits it into parts.
  const phrases = new Map<string, readonly string[]>();
  for (const text of [item.title.th, ...item.keywords]) {
    const words = analyzeText(text).filter((w) => !/^\d+$/.test(w));
    for (let size = 2; size <= 3; size++) {
      for (let i = 0; i + size <= words.length; i++) {
        const parts = words.slice(i, i + size);
        phrases.set(parts.join(''), parts);
      }
    }
  }
  const compactTitle = [item.title.th, item.title.en ?? '', ...item.keywords].map((t) => compact(normalizeText(t))).join('|');
  return { terms, phrases, bodyLength: Math.max(bodyLength, 1), compactTitle };
}
