/**
 * The analysed index saved as bytes, so that a restart does not segment every body again: ICU
 * segmentation runs at ~4.5 M characters/s, which is ~7 s for 20,000 documents of 1,500 characters
 * (and a full build ~17 s), while loading their analysis back takes ~1.3 s. Each item is stored with a hash of its
 * content: on load, unchanged items take their analysis from the snapshot and only new or edited
 * ones are analysed again. A snapshot written by a different analyser is not used at all.
 *
 * Layout: "KSI1", header length (u32), header JSON, then per posting term id (i32 in the writer's
 * byte order, recorded in the header), field bits (u8) and count (u8), grouped by item in header order.
 */
import { createHash } from 'node:crypto';
import type { SearchableItem } from './engine';
import { analyzeText } from './analysis';
import { itemKey, type DocumentIndex } from './documentIndex';
import { PostingList } from './postingList';

const MAGIC = 'KSI1';
/** Raise when the snapshot layout or the meaning of its contents changes. */
const FORMAT_VERSION = 1;
/** Analysed on save and on load: a snapshot from an analyser that reads this differently is stale. */
const ANALYSER_PROBE = 'สรุปผลการจัดซื้อจัดจ้าง ม.ค. ๖๗ พ.ศ.2567 ส.ป.ส. e-Bidding Plans กฏหมาย ทุพลภาพ เรื่อง\u200B ทํา ๑๕,๐๐๐';

/** key, content hash, body length, compact title, posting count, phrase indexes */
type ItemRecord = [key: string, hash: string, bodyLength: number, compactTitle: string, postings: number, phrases: number[]];
interface Header {
  version: number;
  probe: string;
  littleEndian: boolean;
  terms: string[];
  phrases: Array<[phrase: string, parts: string[]]>;
  items: ItemRecord[];
}

/** Items taken from the snapshot, items analysed afresh (new or edited), snapshot items no longer wanted. */
export interface SnapshotUse {
  reused: number; analysed: number; dropped: number;
  /** With `analyseChanged: false`: the new or edited items, left for the caller to add (in slices). */
  pending?: SearchableItem[];
}

const probe = () => analyzeText(ANALYSER_PROBE).join('|');
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const contentHash = (item: SearchableItem): string => createHash('sha1').update(JSON.stringify(item)).digest('base64');

export function encodeSnapshot(index: DocumentIndex): Uint8Array {
  const terms: string[] = [];
  const postingsOfTerm: PostingList[] = [];
  for (const [term, postings] of index.words) { terms.push(term); postingsOfTerm.push(postings); }

  // Postings are stored by term; the snapshot wants them by item: count, then place.
  const perSlot = new Int32Array(index.capacity + 1);
  for (const postings of postingsOfTerm) for (let p = 0; p < postings.length; p++) { const i = (postings.slots[p] as number) + 1; perSlot[i] = (perSlot[i] as number) + 1; }
  for (let slot = 1; slot <= index.capacity; slot++) perSlot[slot] = (perSlot[slot] as number) + (perSlot[slot - 1] as number);
  const total = perSlot[index.capacity] as number;
  const termIds = new Int32Array(total), fields = new Uint8Array(total), counts = new Uint8Array(total);
  const next = perSlot.slice(0, index.capacity);
  postingsOfTerm.forEach((postings, termId) => {
    for (let p = 0; p < postings.length; p++) {
      const slot = postings.slots[p] as number;
      const at = next[slot] as number;
      next[slot] = at + 1;
      termIds[at] = termId; fields[at] = postings.fields[p] as number; counts[at] = postings.counts[p] as number;
    }
  });

  const phrases: Header['phrases'] = [];
  const phraseId = new Map<string, number>();
  const items: ItemRecord[] = [];
  const order: number[] = [];
  index.items.forEach((item, slot) => {
    if (!item) return;
    const ids = (index.phrasesBySlot[slot] ?? []).map((phrase) => {
      let id = phraseId.get(phrase);
      if (id === undefined) { id = phrases.length; phraseId.set(phrase, id); phrases.push([phrase, [...(index.phrases.get(phrase) ?? [])]]); }
      return id;
    });
    items.push([itemKey(item.kind, item.id), contentHash(item), index.facts.bodyLength[slot] as number, index.titles.titleOf(slot),
      (perSlot[slot + 1] as number) - (perSlot[slot] as number), ids]);
    order.push(slot);
  });

  const header = new TextEncoder().encode(JSON.stringify({ version: FORMAT_VERSION, probe: probe(), littleEndian, terms, phrases, items } satisfies Header));
  const headerEnd = 8 + header.length + ((4 - (header.length % 4)) % 4); // term ids start 4-aligned
  const bytes = new Uint8Array(headerEnd + total * 6);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, header.length, true);
  bytes.set(header, 8);
  const outIds = new Int32Array(bytes.buffer, headerEnd, total);
  const outFields = bytes.subarray(headerEnd + total * 4, headerEnd + total * 5);
  const outCounts = bytes.subarray(headerEnd + total * 5, headerEnd + total * 6);
  let at = 0;
  for (const slot of order) {
    const from = perSlot[slot] as number, to = perSlot[slot + 1] as number;
    outIds.set(termIds.subarray(from, to), at); outFields.set(fields.subarray(from, to), at); outCounts.set(counts.subarray(from, to), at);
    at += to - from;
  }
  return bytes;
}

/**
 * Fills an empty index with `items`, taking the analysis of unchanged items from the snapshot.
 * Returns what was reused, or undefined (index left empty) when the snapshot is unreadable or
 * from another analyser.
 */
export function loadSnapshot(index: DocumentIndex, items: readonly SearchableItem[], bytes: Uint8Array, analyseChanged = true): SnapshotUse | undefined {
  try {
    return fill(index, items, bytes, analyseChanged);
  } catch {
    index.clear(); // a damaged snapshot: the caller builds from scratch
    return undefined;
  }
}

function fill(index: DocumentIndex, items: readonly SearchableItem[], bytes: Uint8Array, analyseChanged: boolean): SnapshotUse | undefined {
  const header = readHeader(bytes);
  if (!header) return undefined;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const headerEnd = 8 + headerLength + ((4 - (headerLength % 4)) % 4);
  const total = header.items.reduce((n, r) => n + r[4], 0);
  if (bytes.length !== headerEnd + total * 6) return undefined;
  // Copied into a fresh buffer: a Node Buffer's slice() is a view, and its offset need not be 4-aligned.
  const idBytes = new Uint8Array(total * 4);
  idBytes.set(bytes.subarray(headerEnd, headerEnd + total * 4));
  const ids = new Int32Array(idBytes.buffer);
  const fields = bytes.subarray(headerEnd + total * 4, headerEnd + total * 5);
  const counts = bytes.subarray(headerEnd + total * 5, headerEnd + total * 6);

  const start = new Map<string, { record: ItemRecord; from: number }>();
  header.items.reduce((from, record) => { start.set(record[0], { record, from }); return from + record[4]; }, 0);
  const kept: Array<{ item: SearchableItem; record: ItemRecord; from: number }> = [];
  const fresh: SearchableItem[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const key = itemKey(item.kind, item.id);
    const cached = seen.has(key) ? undefined : start.get(key);
    seen.add(key);
    if (cached && cached.record[1] === contentHash(item)) kept.push({ item, ...cached }); else fresh.push(item);
  }

  // Size every posting list once, then fill: no growing, no Map lookup per posting.
  const holders = new Int32Array(header.terms.length);
  for (const { record, from } of kept) for (let p = from; p < from + record[4]; p++) { const id = ids[p] as number; holders[id] = (holders[id] as number) + 1; }
  const postings = header.terms.map((term, id) => {
    const n = holders[id] as number;
    if (n === 0) return undefined;
    const list = new PostingList(n);
    index.words.add(term, list, n);
    return list;
  });
  for (const { item, record, from } of kept) {
    const slot = index.place(item, { bodyLength: record[2], compactTitle: record[3], phrases: record[5].map((p) => header.phrases[p] as [string, string[]]) });
    for (let p = from; p < from + record[4]; p++) postings[ids[p] as number]?.add(slot, fields[p] as number, counts[p] as number);
  }
  if (analyseChanged) for (const item of fresh) index.upsert(item);
  index.settle();
  const use = { reused: kept.length, analysed: fresh.length, dropped: header.items.length - kept.length };
  return analyseChanged ? use : { ...use, pending: fresh };
}

function readHeader(bytes: Uint8Array): Header | undefined {
  try {
    if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) return undefined;
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
    const wellFormed = Array.isArray(header.terms) && Array.isArray(header.phrases) && Array.isArray(header.items)
      && header.items.every((r) => Array.isArray(r) && r.length === 6 && Number.isInteger(r[4]) && r[4] >= 0 && Array.isArray(r[5]));
    return wellFormed && header.version === FORMAT_VERSION && header.littleEndian === littleEndian && header.probe === probe() ? header : undefined;
  } catch {
    return undefined;
  }
}
