/**
 * The inverted index: each item gets a slot; each term lists the slots (and fields) it occurs in.
 * Upsert and remove touch only the terms of that one item.
 */
import type { SearchableItem } from './engine';
import { analyzeText, compact, normalizeText } from './analysis';
import { yearTerms } from './eraYears';
import { FieldBit, PostingList } from './postingList';
import { publishedYear, SlotFacts } from './slotFacts';
import { TitleHaystack } from './titleHaystack';
import { Vocabulary } from './vocabulary';

interface TermInItem { fields: number; count: number }

/** What the index keeps about an item besides its postings; all of it comes from analysing the item. */
export interface PlacedItem {
  bodyLength: number;
  compactTitle: string;
  /** Adjacent title and keyword words joined, each with its parts. */
  phrases: ReadonlyArray<readonly [phrase: string, parts: readonly string[]]>;
}

export const itemKey = (kind: SearchableItem['kind'], id: string) => `${kind}:${id}`;

export class DocumentIndex {
  readonly items: Array<SearchableItem | undefined> = [];
  /** Normalised titles and keywords without spaces, for the substring fallback. */
  readonly titles = new TitleHaystack();
  readonly facts = new SlotFacts();
  readonly words = new Vocabulary<PostingList>();
  readonly phrases = new Vocabulary<readonly string[]>();
  /** Per slot, the phrases its title and keywords added (released again on removal); the parts are in `phrases`. */
  readonly phrasesBySlot: Array<readonly string[] | undefined> = [];
  private readonly slotByKey = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private totalBodyLength = 0;

  get size(): number { return this.slotByKey.size; }
  get capacity(): number { return this.items.length; }
  get averageBodyLength(): number { return this.size ? this.totalBodyLength / this.size : 1; }

  /** Brings prefix and typo lookups up to date; called after a bulk load so the first query is not slowed. */
  settle(): void { this.words.settle(); this.phrases.settle(); }

  clear(): void {
    this.items.length = 0; this.phrasesBySlot.length = 0; this.titles.clear(); this.facts.reset();
    this.words.clear(); this.phrases.clear(); this.slotByKey.clear(); this.freeSlots.length = 0; this.totalBodyLength = 0;
  }

  upsert(item: SearchableItem): void {
    this.remove(item.kind, item.id);
    const analysed = analyseItem(item);
    const slot = this.place(item, analysed);
    for (const [term, { fields, count }] of analysed.terms) {
      const postings = this.words.get(term) ?? new PostingList();
      this.words.add(term, postings);
      postings.add(slot, fields, count);
    }
  }

  /** Gives an item (not yet in the index) a slot and everything but its postings; returns the slot. */
  place(item: SearchableItem, placed: PlacedItem): number {
    const slot = this.freeSlots.pop() ?? this.items.length;
    for (const [phrase, parts] of placed.phrases) this.phrases.add(phrase, parts);
    this.items[slot] = item;
    this.phrasesBySlot[slot] = placed.phrases.map(([phrase]) => phrase);
    this.titles.set(slot, placed.compactTitle);
    this.facts.set(slot, item, placed.bodyLength);
    this.totalBodyLength += placed.bodyLength;
    this.slotByKey.set(itemKey(item.kind, item.id), slot);
    return slot;
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
      this.totalBodyLength -= this.facts.bodyLength[slot] ?? 0;
    }
    for (const phrase of this.phrasesBySlot[slot] ?? []) this.phrases.release(phrase);
    this.phrasesBySlot[slot] = undefined;
    this.items[slot] = undefined;
    this.titles.set(slot, '');
    this.facts.clear(slot);
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
  return { terms, phrases: [...phrases], bodyLength: Math.max(bodyLength, 1), compactTitle };
}
