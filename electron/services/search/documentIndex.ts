/**
 * The inverted index: each item gets a slot; each term lists the slots (fields, counts, positions)
 * it occurs in. Slots are handed out in increasing order and never reused, so every posting list
 * stays sorted and can be appended to. Removing (or editing) an item only marks its slot dead;
 * queries skip dead slots, and `compact` renumbers the live ones once dead slots pile up.
 */
import type { SearchableItem } from './engine';
import { analyseItem, itemKey, type AnalysedItem } from './itemAnalysis';
import { PostingList } from './postingList';
import { SlotFacts } from './slotFacts';
import { TermDictionary } from './termDictionary';
import { TitleHaystack } from './titleHaystack';

/** `parts` as a string: joined by PART_SEPARATOR, as a snapshot stores them; split when first asked for. */
interface Phrase { parts: readonly string[] | string; holders: number }
export const PART_SEPARATOR = '\u0001';
/** Marks a slot whose phrase list is still in the snapshot's arrays (see phrasesOf). */
const FROM_SNAPSHOT: readonly string[] = Object.freeze([]);

/** What a snapshot holds for its slots, handed to `loadSlots` in one go. */
export interface SnapshotSlots {
  /** The current item for each slot whose analysis is still valid; undefined: a dead slot. */
  items: ReadonlyArray<SearchableItem | undefined>;
  keys: readonly string[];
  hashes: readonly string[];
  titles: readonly string[];
  /** Each slot's title signature (TitleHaystack's SIGNATURE_WORDS words per slot, in slot order). */
  signatures: Int32Array;
  bodyLength: ArrayLike<number>;
  descriptorEnd: ArrayLike<number>;
  /** Slot s's phrases are `phraseIds[phraseStart[s] .. phraseStart[s + 1]]`, indexes into `phrases`. */
  phraseStart: ArrayLike<number>;
  phraseIds: ArrayLike<number>;
  /** Sorted; each with its parts joined by PART_SEPARATOR. */
  phrases: readonly string[];
  phraseParts: readonly string[];
  /** Each slot's publication day and codes (SlotFacts.load), for items not to be read at load. */
  facts?: { day: ArrayLike<number>; codes: ArrayLike<number> };
}

export class DocumentIndex {
  readonly items: Array<SearchableItem | undefined> = [];
  /** Content hash of each live slot's item, for the snapshot. */
  readonly hashes: Array<string | undefined> = [];
  /** Normalised titles and keywords without spaces, for the substring fallback. */
  readonly titles = new TitleHaystack();
  readonly facts = new SlotFacts();
  readonly words = new Map<string, PostingList>();
  readonly wordKeys = new TermDictionary();
  readonly phrases = new Map<string, Phrase>();
  readonly phraseKeys = new TermDictionary();
  /** Per slot, the phrases its title and keywords added (released again on removal). */
  private readonly phrasesBySlot: Array<ReadonlyArray<string> | undefined> = [];
  /** The snapshot's phrase lists, for slots loaded from it whose list is still FROM_SNAPSHOT. */
  private snapshotPhrases: Pick<SnapshotSlots, 'phraseStart' | 'phraseIds' | 'phrases'> | undefined;
  private readonly slotByKey = new Map<string, number>();
  private totalBodyLength = 0;
  private dead = 0;
  private changes = 0;

  /** Grows with every change to the items (and so to scores and holders): what a query found before is stale once it moved. */
  get generation(): number { return this.changes; }

  get size(): number { return this.slotByKey.size; }
  get capacity(): number { return this.items.length; }
  get deadSlots(): number { return this.dead; }
  get averageBodyLength(): number { return this.size ? this.totalBodyLength / this.size : 1; }

  clear(): void {
    this.changes++;
    this.items.length = 0; this.hashes.length = 0; this.phrasesBySlot.length = 0; this.snapshotPhrases = undefined; this.titles.clear(); this.facts.reset();
    this.words.clear(); this.wordKeys.clear(); this.phrases.clear(); this.phraseKeys.clear(); this.slotByKey.clear();
    this.totalBodyLength = 0; this.dead = 0;
  }

  isLive(slot: number): boolean { return this.items[slot] !== undefined; }

  /** The phrases slot's title and keywords added (a snapshot's are looked up when first asked for). */
  phrasesOf(slot: number): readonly string[] {
    let list = this.phrasesBySlot[slot];
    if (list === FROM_SNAPSHOT && this.snapshotPhrases) {
      const { phraseStart, phraseIds, phrases } = this.snapshotPhrases;
      const start = phraseStart[slot] as number, end = phraseStart[slot + 1] as number;
      const resolved = new Array<string>(end - start);
      for (let p = start; p < end; p++) resolved[p - start] = phrases[phraseIds[p] as number] as string;
      list = resolved;
      this.phrasesBySlot[slot] = list;
    }
    return list ?? [];
  }

  /** A word some live item holds. */
  knows(term: string): boolean {
    const list = this.words.get(term);
    if (!list) return false;
    for (let p = 0; p < list.length; p++) if (this.items[list.slots[p] as number]) return true;
    return false;
  }

  /** A title or keyword phrase some live item holds. */
  phraseParts(phrase: string): readonly string[] | undefined {
    const known = this.phrases.get(phrase);
    if (known && typeof known.parts === 'string') known.parts = known.parts.split(PART_SEPARATOR);
    return known?.parts as readonly string[] | undefined;
  }

  slotOf(kind: SearchableItem['kind'], id: string): number | undefined { return this.slotByKey.get(itemKey(kind, id)); }
  /** The `kind:id` of the item in `slot` ('' for an empty slot). */
  keyOf(slot: number): string { const item = this.items[slot]; return item ? itemKey(item.kind, item.id) : ''; }

  upsert(item: SearchableItem): void {
    this.add(item, analyseItem(item));
  }

  /** Adds an analysed item in a new slot (after removing the item's old version); returns the slot. */
  add(item: SearchableItem, analysed: AnalysedItem): number {
    this.remove(item.kind, item.id);
    const slot = this.place(item, analysed);
    let offset = 0;
    analysed.terms.forEach((term, i) => {
      let list = this.words.get(term);
      if (!list) { list = new PostingList(); this.words.set(term, list); this.wordKeys.add(term); }
      const n = analysed.npos[i] as number;
      list.add(slot, analysed.fields[i] as number, analysed.counts[i] as number, analysed.positions, offset, n);
      offset += n;
    });
    return slot;
  }

  /** Gives an item a new slot and everything but its postings (a snapshot adds those itself). */
  place(item: SearchableItem, analysed: Pick<AnalysedItem, 'key' | 'hash' | 'bodyLength' | 'descriptorEnd' | 'compactTitle' | 'phrases'>): number {
    const slot = this.items.length;
    this.changes++;
    this.items.push(item);
    this.hashes.push(analysed.hash);
    for (const [phrase, parts] of analysed.phrases) {
      const known = this.phrases.get(phrase);
      if (known) known.holders++; else { this.phrases.set(phrase, { parts, holders: 1 }); this.phraseKeys.add(phrase); }
    }
    this.phrasesBySlot.push(analysed.phrases.map(([phrase]) => phrase));
    this.titles.set(slot, analysed.compactTitle);
    this.facts.set(slot, item, analysed.bodyLength, analysed.descriptorEnd);
    this.totalBodyLength += analysed.bodyLength;
    this.slotByKey.set(analysed.key, slot);
    return slot;
  }

  /**
   * Fills an empty index's slots from a snapshot in one pass (its postings are added by the
   * caller): per item only array writes, and each phrase's holders counted rather than looked up
   * item by item (placing 100,000 items one by one took ~1.5 s).
   */
  loadSlots(from: SnapshotSlots): void {
    this.changes++;
    const holders = new Int32Array(from.phrases.length);
    from.items.forEach((item, slot) => {
      if (!item) { this.placeDead(); return; }
      const start = from.phraseStart[slot] as number, end = from.phraseStart[slot + 1] as number;
      for (let p = start; p < end; p++) { const id = from.phraseIds[p] as number; holders[id] = (holders[id] as number) + 1; }
      const bodyLength = from.bodyLength[slot] as number;
      this.items.push(item);
      this.hashes.push(from.hashes[slot]);
      this.phrasesBySlot.push(FROM_SNAPSHOT); // a list of strings per slot is made only when asked for
      if (from.facts) this.facts.load(slot, item.kind, item.id, bodyLength, from.descriptorEnd[slot] as number, from.facts.day[slot] as number, from.facts.codes[slot] as number);
      else this.facts.set(slot, item, bodyLength, from.descriptorEnd[slot] as number);
      this.totalBodyLength += bodyLength;
      this.slotByKey.set(from.keys[slot] as string, slot);
    });
    // Titles with their stored signatures, after the loop: placeDead gave dead slots none.
    this.titles.load(from.titles, from.signatures, (slot) => from.items[slot] !== undefined);
    const keys: string[] = [];
    from.phrases.forEach((phrase, id) => {
      if (holders[id] === 0) return;
      this.phrases.set(phrase, { parts: from.phraseParts[id] as string, holders: holders[id] as number });
      keys.push(phrase);
    });
    this.phraseKeys.resetSorted(keys);
    this.snapshotPhrases = { phraseStart: from.phraseStart, phraseIds: from.phraseIds, phrases: from.phrases };
  }

  /** A dead slot in the place of a snapshot item that is gone or changed (its postings come with the snapshot). */
  placeDead(): void {
    const slot = this.items.length;
    this.changes++;
    this.items.push(undefined); this.hashes.push(undefined); this.phrasesBySlot.push(undefined);
    this.titles.set(slot, '');
    this.facts.clear(slot);
    this.dead++;
  }

  /** Marks the item's slot dead; its postings stay until `compact`. */
  remove(kind: SearchableItem['kind'], id: string): void {
    const key = itemKey(kind, id);
    const slot = this.slotByKey.get(key);
    if (slot === undefined) return;
    this.changes++;
    this.slotByKey.delete(key);
    this.totalBodyLength -= this.facts.bodyLength[slot] ?? 0;
    for (const phrase of this.phrasesOf(slot)) {
      const known = this.phrases.get(phrase);
      if (known && --known.holders <= 0) this.phrases.delete(phrase); // its key stays in phraseKeys until compact
    }
    this.phrasesBySlot[slot] = undefined;
    this.items[slot] = undefined;
    this.hashes[slot] = undefined;
    this.titles.set(slot, '');
    this.facts.clear(slot);
    this.dead++;
  }

  /** Worth renumbering: a quarter of the slots are dead. */
  get wantsCompaction(): boolean { return this.dead > 64 && this.dead * 4 > this.capacity; }

  /** Drops dead slots: live items keep their order, posting lists lose the dead postings. */
  compact(): void {
    if (this.dead === 0) return;
    this.changes++;
    const renumber = new Int32Array(this.capacity).fill(-1);
    const liveSlots: number[] = [];
    this.items.forEach((item, slot) => { if (item) { renumber[slot] = liveSlots.length; liveSlots.push(slot); } });
    const items = liveSlots.map((s) => this.items[s] as SearchableItem);
    const hashes = liveSlots.map((s) => this.hashes[s]);
    const phrasesBySlot = liveSlots.map((s) => this.phrasesOf(s));
    const titles = liveSlots.map((s) => this.titles.titleOf(s));
    const facts = liveSlots.map((s) => ({ bodyLength: this.facts.bodyLength[s] as number, descriptorEnd: this.facts.descriptorEnd[s] as number }));
    const lists = [...this.words].map(([term, list]) => [term, list.compacted(renumber)] as const).filter(([, list]) => list.length > 0);

    this.items.length = 0; this.hashes.length = 0; this.phrasesBySlot.length = 0; this.snapshotPhrases = undefined; this.titles.clear(); this.facts.reset();
    this.slotByKey.clear(); this.words.clear();
    items.forEach((item, slot) => {
      this.items.push(item); this.hashes.push(hashes[slot]); this.phrasesBySlot.push(phrasesBySlot[slot]);
      this.titles.set(slot, titles[slot] as string);
      const f = facts[slot] as { bodyLength: number; descriptorEnd: number };
      this.facts.set(slot, item, f.bodyLength, f.descriptorEnd);
      this.slotByKey.set(itemKey(item.kind, item.id), slot);
    });
    for (const [term, list] of lists) this.words.set(term, list);
    this.wordKeys.resetSorted([...this.words.keys()].sort());
    this.phraseKeys.resetSorted([...this.phrases.keys()].sort());
    this.dead = 0;
  }
}
