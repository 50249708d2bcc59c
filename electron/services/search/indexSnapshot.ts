/**
 * The analysed index saved as bytes, so that a restart does not segment every text again (ICU
 * segmentation runs at ~4 M characters a second: ~6 s for 20,000 documents of 300–2,000
 * characters). The posting lists are stored as they are held in memory, term by term, so loading
 * wraps the file's bytes instead of rebuilding lists: loading costs about what reading the file
 * and hashing the catalogue cost.
 *
 * Each item is stored with a hash of its content: on load, an item whose content changed, or that
 * is gone, leaves a dead slot behind (queries skip it; DocumentIndex.compact drops it), and new or
 * edited items are analysed again. A snapshot written by a different analyser is not used at all.
 *
 * Layout: "KSI2", header length (u32 LE), header JSON, zero padding to a multiple of 4, then per
 * term (in header order) the posting count (u32) and position count (u32), then all slots (i32),
 * all positions (u16), all field bits, counts and position counts (u8 each), in the writer's byte
 * order (recorded in the header).
 */
import type { SearchableItem } from './engine';
import { analyzeText } from './analysis';
import type { DocumentIndex } from './documentIndex';
import { analyseItem, contentHash, itemKey } from './itemAnalysis';
import { PostingList } from './postingList';

const MAGIC = 'KSI2';
/** Raise when the snapshot layout or the meaning of its contents changes. */
const FORMAT_VERSION = 2;
/** Analysed on save and on load: a snapshot from an analyser that reads this differently is stale. */
const ANALYSER_PROBE = 'สรุปผลการจัดซื้อจัดจ้าง ม.ค. ๖๗ พ.ศ.2567 ส.ป.ส. e-Bidding Plans กฏหมาย ทุพลภาพ เรื่อง\u200B ทํา ๑๕,๐๐๐ และ ของ';

/** key, content hash, body length, descriptor end, compact title, phrase indexes */
type ItemRecord = [key: string, hash: string, bodyLength: number, descriptorEnd: number, compactTitle: string, phrases: number[]];
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
  /** With `analyseChanged: false`: the new or edited items, left for the caller to add (in a worker, or in slices). */
  pending?: SearchableItem[];
}

const probe = () => analyzeText(ANALYSER_PROBE).join('|');
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const pad4 = (n: number) => n + ((4 - (n % 4)) % 4);

export function encodeSnapshot(index: DocumentIndex): Uint8Array {
  // Live slots only, renumbered densely in their order.
  const renumber = new Int32Array(index.capacity).fill(-1);
  const items: ItemRecord[] = [];
  const phrases: Header['phrases'] = [];
  const phraseId = new Map<string, number>();
  index.items.forEach((item, slot) => {
    if (!item) return;
    renumber[slot] = items.length;
    const ids = (index.phrasesBySlot[slot] ?? []).map((phrase) => {
      let id = phraseId.get(phrase);
      if (id === undefined) { id = phrases.length; phraseId.set(phrase, id); phrases.push([phrase, [...(index.phraseParts(phrase) ?? [])]]); }
      return id;
    });
    items.push([itemKey(item.kind, item.id), index.hashes[slot] as string, index.facts.bodyLength[slot] as number,
      index.facts.descriptorEnd[slot] as number, index.titles.titleOf(slot), ids]);
  });

  const terms: string[] = [];
  const lists: PostingList[] = [];
  const postingCounts: number[] = [];
  const positionCounts: number[] = [];
  let totalPostings = 0, totalPositions = 0;
  for (const term of index.wordKeys.keys()) {
    const list = index.words.get(term);
    if (!list) continue;
    let n = 0, m = 0;
    for (let p = 0; p < list.length; p++) if ((renumber[list.slots[p] as number] as number) >= 0) { n++; m += list.npos[p] as number; }
    if (n === 0) continue;
    terms.push(term); lists.push(list); postingCounts.push(n); positionCounts.push(m);
    totalPostings += n; totalPositions += m;
  }

  const header = new TextEncoder().encode(JSON.stringify({ version: FORMAT_VERSION, probe: probe(), littleEndian, terms, phrases, items } satisfies Header));
  const countsAt = pad4(8 + header.length);
  const slotsAt = countsAt + terms.length * 8;
  const positionsAt = slotsAt + totalPostings * 4;
  const fieldsAt = positionsAt + totalPositions * 2;
  const bytes = new Uint8Array(fieldsAt + totalPostings * 3);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, header.length, true);
  bytes.set(header, 8);
  const counts = new Uint32Array(bytes.buffer, countsAt, terms.length * 2);
  const outSlots = new Int32Array(bytes.buffer, slotsAt, totalPostings);
  const outPositions = new Uint16Array(bytes.buffer, positionsAt, totalPositions);
  const outFields = bytes.subarray(fieldsAt, fieldsAt + totalPostings);
  const outCounts = bytes.subarray(fieldsAt + totalPostings, fieldsAt + 2 * totalPostings);
  const outNpos = bytes.subarray(fieldsAt + 2 * totalPostings, fieldsAt + 3 * totalPostings);
  let at = 0, posAt = 0;
  lists.forEach((list, t) => {
    counts[2 * t] = postingCounts[t] as number; counts[2 * t + 1] = positionCounts[t] as number;
    for (let p = 0, offset = 0; p < list.length; p++) {
      const n = list.npos[p] as number;
      const slot = renumber[list.slots[p] as number] as number;
      if (slot >= 0) {
        outSlots[at] = slot; outFields[at] = list.fields[p] as number; outCounts[at] = list.counts[p] as number; outNpos[at] = n;
        outPositions.set(list.positions.subarray(offset, offset + n), posAt);
        at++; posAt += n;
      }
      offset += n;
    }
  });
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

function fill(index: DocumentIndex, items: readonly SearchableItem[], input: Uint8Array, analyseChanged: boolean): SnapshotUse | undefined {
  const header = readHeader(input);
  if (!header) return undefined;
  // Typed arrays over the bytes need 4-aligned offsets: a Node Buffer may sit anywhere in its pool.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const countsAt = pad4(8 + headerLength);
  const counts = new Uint32Array(bytes.buffer, bytes.byteOffset + countsAt, header.terms.length * 2);
  let totalPostings = 0, totalPositions = 0;
  for (let t = 0; t < header.terms.length; t++) { totalPostings += counts[2 * t] as number; totalPositions += counts[2 * t + 1] as number; }
  const slotsAt = countsAt + header.terms.length * 8;
  const positionsAt = slotsAt + totalPostings * 4;
  const fieldsAt = positionsAt + totalPositions * 2;
  if (bytes.length !== fieldsAt + totalPostings * 3) return undefined;

  const slotOf = new Map<string, number>();
  header.items.forEach((record, slot) => slotOf.set(record[0], slot));
  const kept: Array<SearchableItem | undefined> = new Array(header.items.length);
  const fresh: SearchableItem[] = [];
  for (const item of items) {
    const slot = slotOf.get(itemKey(item.kind, item.id));
    if (slot !== undefined && kept[slot] === undefined && (header.items[slot] as ItemRecord)[1] === contentHash(item)) kept[slot] = item;
    else fresh.push(item);
  }
  let reused = 0;
  header.items.forEach((record, slot) => {
    const item = kept[slot];
    if (!item) { index.placeDead(); return; }
    reused++;
    index.place(item, { key: record[0], hash: record[1], bodyLength: record[2], descriptorEnd: record[3], compactTitle: record[4],
      phrases: record[5].map((p) => header.phrases[p] as [string, string[]]) });
  });

  const base = bytes.byteOffset;
  let at = 0, posAt = 0;
  header.terms.forEach((term, t) => {
    const n = counts[2 * t] as number, m = counts[2 * t + 1] as number;
    index.words.set(term, PostingList.over({
      slots: new Int32Array(bytes.buffer, base + slotsAt + at * 4, n),
      positions: new Uint16Array(bytes.buffer, base + positionsAt + posAt * 2, m),
      fields: bytes.subarray(fieldsAt + at, fieldsAt + at + n),
      counts: bytes.subarray(fieldsAt + totalPostings + at, fieldsAt + totalPostings + at + n),
      npos: bytes.subarray(fieldsAt + 2 * totalPostings + at, fieldsAt + 2 * totalPostings + at + n),
    }));
    at += n; posAt += m;
  });
  index.wordKeys.resetSorted(header.terms);
  // Items gone or edited left dead slots: renumbered away at once, so that a restart answers as a
  // full build would (their postings would otherwise count in every idf).
  if (header.items.length > reused) index.compact();
  if (analyseChanged) for (const item of fresh) index.add(item, analyseItem(item));
  const use = { reused, analysed: fresh.length, dropped: header.items.length - reused };
  return analyseChanged ? use : { ...use, pending: fresh };
}

function readHeader(bytes: Uint8Array): Header | undefined {
  try {
    if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) return undefined;
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
    const wellFormed = Array.isArray(header.terms) && Array.isArray(header.phrases) && Array.isArray(header.items)
      && header.items.every((r) => Array.isArray(r) && r.length === 6 && typeof r[1] === 'string' && Array.isArray(r[5]));
    return wellFormed && header.version === FORMAT_VERSION && header.littleEndian === littleEndian && header.probe === probe() ? header : undefined;
  } catch {
    return undefined;
  }
}
