/**
 * The analysed index saved as bytes, so that a restart does not segment every text again (ICU
 * segmentation runs at ~4 M characters a second: ~6 s for 20,000 documents of 300–2,000
 * characters). The posting lists are stored as they are held in memory, term by term, so loading
 * wraps the file's bytes instead of rebuilding lists; everything else is typed arrays and one
 * block of text too, so that loading parses nothing (a JSON header of 57 MB took 0.4–0.6 s to
 * parse at 100,000 documents). The text is UTF-16, as JavaScript holds it: at 20,000 documents
 * decoding its 10.8 MB as UTF-8 took ~48 ms (min of 9), taking 8.8 MB of UTF-16 ~7 ms. The
 * titles' substring signatures are stored too, not computed again at every start.
 *
 * Each item is stored with a hash of its content (itemAnalysis.contentHash; for a stored document
 * its body's digest stands for the body, so no body is read): on load, an item whose content
 * changed, or that is gone, leaves a dead slot behind (compacted away at once), and new or edited
 * items are analysed again. A snapshot written by a different analyser is not used at all. The
 * header also holds one digest of all items' content (itemAnalysis' ContentsDigest): a catalogue
 * that holds the same items in the same order with the same content is taken whole after one
 * stream hash, not an item hash each; any difference falls back to the item hashes. The digest
 * is written only when every item's content still hashes to the hash its analysis was made
 * with (an item hash each at a save, which happens in the background, to spare one at a start).
 *
 * Layout: "KSI3", header length (u32 LE), a small JSON header (version, analyser probe, byte
 * order, counts), zero padding to a multiple of 4, then sections, each starting at a multiple
 * of 4, in the writer's byte order:
 *   string lengths (u32, in UTF-16 units: item keys, hashes, compact titles, terms, phrases, phrase parts),
 *   body lengths (u32), descriptor ends (u32), publication days (i32), codes (u32: year | group << 16 |
 *   category << 24), phrase starts (u32, items + 1), phrase ids (u32),
 *   per term its posting count and position count (u32 pairs), title signatures (i32, SIGNATURE_WORDS
 *   per item), slots (i32), positions (u16), field bits, counts and position counts (u8 each), and
 *   last the strings as UTF-16LE (`textBytes` is their length in bytes).
 * Phrases are stored in sorted order; a phrase's parts joined by U+0001.
 *
 * Loaded without its items (loadSnapshotAlone): the header's `catalogue` names the stored state of
 * the catalogue the index was in step with when written (the catalogue store's identity); a CLI
 * search that finds the folder in that same state answers from the snapshot alone, and reads only
 * the items it shows (the days and codes above are what ranking and filters need of the others).
 */
import { open } from 'node:fs/promises';
import { categoryCodes, groupCodes } from '../../contract/categories';
import type { SearchableItem } from './engine';
import { analyzeText } from './analysis';
import type { DocumentIndex } from './documentIndex';
import { analyseItem, contentText, ContentsDigest, hashContent, itemKey } from './itemAnalysis';
import { PostingList } from './postingList';
import { SIGNATURE_WORDS, signatureProbe } from './titleHaystack';

export const MAGIC = 'KSI3';
/** Raise when the snapshot layout or the meaning of its contents changes (4: fields stand further apart, itemAnalysis' FIELD_GAP; 5: UTF-16 text, title signatures, the contents digest; 6: slot days and codes, the catalogue state). */
export const FORMAT_VERSION = 6;
/** Analysed (and signed as a title) on save and on load: a snapshot from an analyser that reads this differently is stale. */
const ANALYSER_PROBE = 'สรุปผลการจัดซื้อจัดจ้าง ม.ค. ๖๗ พ.ศ.2567 ส.ป.ส. e-Bidding Plans กฏหมาย ทุพลภาพ เรื่อง\u200B ทํา ๑๕,๐๐๐ และ ของ เเรงงาน ว่ๅง';

export interface Header {
  version: number;
  probe: string;
  littleEndian: boolean;
  /** contentsDigest of the items in slot order; absent when an item's content no longer matched its analysis at the save. */
  contents?: string;
  /** The catalogue store's identity when the index was written in step with it (see above); absent when it was not known to be. */
  catalogue?: string;
  items: number; terms: number; phrases: number; phraseRefs: number; postings: number; positions: number; textBytes: number;
}

/** Items taken from the snapshot, items analysed afresh (new or edited), snapshot items no longer wanted. */
export interface SnapshotUse {
  reused: number; analysed: number; dropped: number;
  /** With `analyseChanged: false`: the new or edited items, left for the caller to add (in a worker, or in slices). */
  pending?: SearchableItem[];
  /** The catalogue state the snapshot was stamped with (header.catalogue). */
  catalogue?: string;
}

/** Also the order of the group and category codes: the slots' stored codes are positions in them (slotFacts). */
export const probe = () => `${analyzeText(ANALYSER_PROBE).join('|')}#${signatureProbe(ANALYSER_PROBE)}#${groupCodes.join(',')}#${categoryCodes.join(',')}`;
export const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const pad4 = (n: number) => n + ((4 - (n % 4)) % 4);

/**
 * Reads a snapshot file with one read into one buffer (rejects when it cannot be read). fs's
 * readFile reads 512 KB at a time, each next read started from the event loop: a start reads the
 * cache while it parses the catalogue (~0.2 s of JavaScript at 20,000 documents), so the 42 MB
 * stalled behind the parse and its tail came ~50-65 ms after it; one read goes on meanwhile.
 */
export async function readSnapshotFile(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const bytes = Buffer.allocUnsafe(size); // its own ArrayBuffer (not the pool's): 4-aligned for fill
    let done = 0;
    while (done < size) {
      const { bytesRead } = await file.read(bytes, done, size - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return bytes.subarray(0, done);
  } finally {
    await file.close();
  }
}

type Counts = Omit<Header, 'version' | 'probe' | 'littleEndian'>;

/** Where each section starts (every one 4-aligned) and the file's whole size. */
export function sectionsOf(headerEnd: number, c: Counts) {
  let at = pad4(headerEnd);
  const take = (bytes: number) => { const start = at; at = pad4(at + bytes); return start; };
  const stringCount = 3 * c.items + c.terms + 2 * c.phrases;
  const layout = {
    stringCount,
    stringLengths: take(stringCount * 4), bodyLength: take(c.items * 4), descriptorEnd: take(c.items * 4), day: take(c.items * 4), codes: take(c.items * 4),
    phraseStart: take((c.items + 1) * 4), phraseIds: take(c.phraseRefs * 4), termCounts: take(c.terms * 8),
    signatures: take(c.items * SIGNATURE_WORDS * 4), slots: take(c.postings * 4), positionsAt: take(c.positions * 2), fields: take(c.postings), counts: take(c.postings), npos: take(c.postings),
    text: take(c.textBytes), size: 0, ...c,
  };
  layout.size = layout.text + c.textBytes;
  return layout;
}

/** Typed arrays over the file's bytes (no copy); `bytes` must start 4-aligned in its buffer. */
export function viewsOf(bytes: Uint8Array, l: ReturnType<typeof sectionsOf>) {
  const u32 = (at: number, n: number) => new Uint32Array(bytes.buffer, bytes.byteOffset + at, n);
  return {
    stringLengths: u32(l.stringLengths, l.stringCount), bodyLength: u32(l.bodyLength, l.items), descriptorEnd: u32(l.descriptorEnd, l.items),
    day: new Int32Array(bytes.buffer, bytes.byteOffset + l.day, l.items), codes: u32(l.codes, l.items),
    phraseStart: u32(l.phraseStart, l.items + 1), phraseIds: u32(l.phraseIds, l.phraseRefs), termCounts: u32(l.termCounts, l.terms * 2),
    signatures: new Int32Array(bytes.buffer, bytes.byteOffset + l.signatures, l.items * SIGNATURE_WORDS),
    slots: new Int32Array(bytes.buffer, bytes.byteOffset + l.slots, l.postings),
    positions: new Uint16Array(bytes.buffer, bytes.byteOffset + l.positionsAt, l.positions),
    fields: bytes.subarray(l.fields, l.fields + l.postings), counts: bytes.subarray(l.counts, l.counts + l.postings), npos: bytes.subarray(l.npos, l.npos + l.postings),
    text: bytes.subarray(l.text, l.text + l.textBytes),
  };
}

/**
 * Fills an empty index with `items`, taking the analysis of unchanged items from the snapshot.
 * Returns what was reused, or undefined (index left empty) when the snapshot is unreadable or
 * from another analyser.
 */
export function loadSnapshot(index: DocumentIndex, items: readonly SearchableItem[], bytes: Uint8Array, analyseChanged = true, catalogue?: string): SnapshotUse | undefined {
  try {
    return fill(index, { items, catalogue }, bytes, analyseChanged);
  } catch {
    index.clear(); // a damaged snapshot: the caller builds from scratch
    return undefined;
  }
}

/**
 * Fills an empty index from a snapshot written for the catalogue state `catalogue`, without the
 * catalogue's items: each slot gets `itemFor(kind, id)`, an item that reads its fields only when
 * asked (a hit shown). False (index left empty) when the snapshot was written for another state,
 * or cannot be read.
 */
export function loadSnapshotAlone(index: DocumentIndex, bytes: Uint8Array, catalogue: string, itemFor: (kind: SearchableItem['kind'], id: string) => SearchableItem): boolean {
  try {
    return fill(index, { alone: { catalogue, itemFor } }, bytes, false) !== undefined;
  } catch {
    index.clear();
    return false;
  }
}

type Source = { items: readonly SearchableItem[]; catalogue?: string; alone?: undefined } | { items?: undefined; alone: { catalogue: string; itemFor: (kind: SearchableItem['kind'], id: string) => SearchableItem } };

function fill(index: DocumentIndex, source: Source, input: Uint8Array, analyseChanged: boolean): SnapshotUse | undefined {
  const header = readHeader(input);
  if (!header) return undefined;
  if (source.alone && header.catalogue !== source.alone.catalogue) return undefined;
  // Typed arrays over the bytes need 4-aligned offsets: a Node Buffer may sit anywhere in its pool.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const layout = sectionsOf(8 + headerLength, header);
  if (bytes.length !== layout.size) return undefined;
  const v = viewsOf(bytes, layout);

  // One decode for every string, then slices of it.
  if (v.text.length % 2 !== 0) return undefined;
  const text = Buffer.from(v.text.buffer, v.text.byteOffset, v.text.length).toString('utf16le');
  const strings = new Array<string>(layout.stringCount);
  let at = 0;
  for (let i = 0; i < layout.stringCount; i++) { const end = at + (v.stringLengths[i] as number); strings[i] = text.slice(at, end); at = end; }
  if (at !== text.length) return undefined;
  const n = header.items;
  const keys = strings.slice(0, n), hashes = strings.slice(n, 2 * n), titles = strings.slice(2 * n, 3 * n);
  const terms = strings.slice(3 * n, 3 * n + header.terms);
  const phrases = strings.slice(3 * n + header.terms, 3 * n + header.terms + header.phrases);
  const phraseParts = strings.slice(3 * n + header.terms + header.phrases);
  if ((v.phraseStart[n] as number) !== header.phraseRefs) return undefined;
  for (let r = 0; r < header.phraseRefs; r++) if ((v.phraseIds[r] as number) >= header.phrases) return undefined;
  for (let s = 0; s < n; s++) if ((v.phraseStart[s] as number) > (v.phraseStart[s + 1] as number)) return undefined;

  // Slots follow the catalogue's order, so an item is usually at the slot after the previous
  // one's: the map of keys is built only when that guess first fails.
  let slotOf: Map<string, number> | undefined;
  const find = (key: string, guess: number) => {
    if (keys[guess] === key) return guess;
    if (!slotOf) { slotOf = new Map(); keys.forEach((k, slot) => slotOf!.set(k, slot)); }
    return slotOf.get(key);
  };
  let kept: Array<SearchableItem | undefined> = new Array(n).fill(undefined);
  const fresh: SearchableItem[] = [];
  let reused = 0, next = 0;
  const { items, alone } = source;
  /** The slots' stored facts hold for their items (loaded alone, or stamped with the items' state). */
  let stamped = alone !== undefined;
  if (alone) {
    // Written for the catalogue as it is on disk: every slot is one of its items, as analysed.
    for (let slot = 0; slot < n; slot++) {
      const key = keys[slot] as string, colon = key.indexOf(':');
      kept[slot] = alone.itemFor(key.slice(0, colon) as SearchableItem['kind'], key.slice(colon + 1));
    }
    reused = n;
  } else if (source.catalogue !== undefined && header.catalogue === source.catalogue && items.length === n && placedBySlot(items, keys, kept)) {
    // Stamped with the state these items come from: exactly these items, as analysed (no digest, no hash).
    reused = n;
    stamped = true;
  } else if (header.contents !== undefined && items.length === n && items.every((item, i) => keys[i] === itemKey(item.kind, item.id)) && digestOf(items) === header.contents) {
    kept = [...items]; reused = n;
  } else {
    for (const item of items) {
      const slot = find(itemKey(item.kind, item.id), next);
      if (slot !== undefined) next = slot + 1;
      if (slot !== undefined && kept[slot] === undefined && hashes[slot] === hashContent(contentText(item))) { kept[slot] = item; reused++; } else fresh.push(item);
    }
  }
  index.loadSlots({
    items: kept, keys, hashes, titles, signatures: v.signatures, bodyLength: v.bodyLength, descriptorEnd: v.descriptorEnd, phraseStart: v.phraseStart, phraseIds: v.phraseIds, phrases, phraseParts,
    ...(stamped ? { facts: { day: v.day, codes: v.codes } } : {}),
  });

  let posting = 0, posAt = 0;
  terms.forEach((term, t) => {
    const k = v.termCounts[2 * t] as number, m = v.termCounts[2 * t + 1] as number;
    index.words.set(term, PostingList.over({
      slots: v.slots.subarray(posting, posting + k),
      positions: v.positions.subarray(posAt, posAt + m),
      fields: v.fields.subarray(posting, posting + k),
      counts: v.counts.subarray(posting, posting + k),
      npos: v.npos.subarray(posting, posting + k),
    }));
    posting += k; posAt += m;
  });
  if (posting !== header.postings || posAt !== header.positions) { index.clear(); return undefined; }
  index.wordKeys.resetSorted(terms);
  // Items gone or edited left dead slots: renumbered away at once, so that a restart answers as a
  // full build would (their postings would otherwise count in every idf).
  if (n > reused) index.compact();
  if (analyseChanged) for (const item of fresh as SearchableItem[]) index.add(item, analyseItem(item));
  const use = { reused, analysed: fresh.length, dropped: n - reused, ...(header.catalogue === undefined ? {} : { catalogue: header.catalogue }) };
  return analyseChanged ? use : { ...use, pending: fresh };
}

/** Puts each item in the slot its key has (true when every item has one, each its own). */
function placedBySlot(items: readonly SearchableItem[], keys: readonly string[], kept: Array<SearchableItem | undefined>): boolean {
  const slotOf = new Map<string, number>();
  keys.forEach((key, slot) => slotOf.set(key, slot));
  for (const item of items) {
    const slot = slotOf.get(itemKey(item.kind, item.id));
    if (slot === undefined || kept[slot] !== undefined) { kept.fill(undefined); return false; }
    kept[slot] = item;
  }
  return true;
}

function digestOf(items: readonly SearchableItem[]): string {
  const contents = new ContentsDigest();
  for (const item of items) contents.add(contentText(item));
  return contents.digest();
}

function readHeader(bytes: Uint8Array): Header | undefined {
  try {
    if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) return undefined;
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    if (length > 4096) return undefined;
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
    const counts = [header.items, header.terms, header.phrases, header.phraseRefs, header.postings, header.positions, header.textBytes];
    const wellFormed = counts.every((c) => Number.isSafeInteger(c) && c >= 0) && (header.contents === undefined || typeof header.contents === 'string')
      && (header.catalogue === undefined || typeof header.catalogue === 'string');
    return wellFormed && header.version === FORMAT_VERSION && header.littleEndian === littleEndian && header.probe === probe() ? header : undefined;
  } catch {
    return undefined;
  }
}
