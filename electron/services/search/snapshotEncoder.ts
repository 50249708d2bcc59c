/**
 * Writing the index snapshot (its layout: indexSnapshot.ts). In one go for a one-shot command,
 * or a slice at a time for a running kiosk, which answers searches between the slices.
 */
import type { DocumentIndex } from './documentIndex';
import { PART_SEPARATOR } from './documentIndex';
import { contentText, ContentsDigest, hashContent, itemKey } from './itemAnalysis';
import type { PostingList } from './postingList';
import { SIGNATURE_WORDS } from './titleHaystack';
import { FORMAT_VERSION, littleEndian, MAGIC, probe, sectionsOf, viewsOf, type Header } from './indexSnapshot';

/** The snapshot of `index`, encoded in one go (a one-shot command about to exit, tests). */
export function encodeSnapshot(index: DocumentIndex, catalogue?: string): Uint8Array {
  const steps = encodeSteps(index, catalogue);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a slice at a time, `pause` awaited between slices, so that a kiosk answers searches
 * meanwhile: in one go the encoding held the main thread ~5 s at 100,000 documents (the items'
 * content digests, the phrases, the postings), GC on top, and a citizen who came then waited it
 * out. Undefined when the index changed meanwhile: the snapshot would mix two states.
 */
export async function encodeSnapshotInSlices(index: DocumentIndex, pause: () => Promise<void>, catalogue?: string): Promise<Uint8Array | undefined> {
  const generation = index.generation;
  const steps = encodeSteps(index, catalogue);
  for (;;) {
    const step = steps.next();
    if (step.done) return index.generation === generation ? step.value : undefined;
    await pause();
    if (index.generation !== generation) return undefined;
  }
}

/** Items, or postings, encoded between two pauses (a few milliseconds' work). */
const SLICE_ITEMS = 1024;
const SLICE_POSTINGS = 200_000;

/** `catalogue`: the catalogue state the index is in step with, when the caller knows it (indexSnapshot's header). */
function* encodeSteps(index: DocumentIndex, catalogue: string | undefined): Generator<void, Uint8Array, void> {
  // Live slots only, renumbered densely in their order.
  const renumber = new Int32Array(index.capacity).fill(-1);
  const keys: string[] = [], hashes: string[] = [], titles: string[] = [], bodyLength: number[] = [], descriptorEnd: number[] = [], day: number[] = [], codes: number[] = [];
  const contents = new ContentsDigest();
  let analysedAsHeld = true;
  const slotPhrases: Array<readonly string[]> = [];
  const phraseSet = new Set<string>();
  for (let slot = 0; slot < index.items.length; slot++) {
    if (slot > 0 && slot % SLICE_ITEMS === 0) yield;
    const item = index.items[slot];
    if (!item) continue;
    renumber[slot] = keys.length;
    keys.push(itemKey(item.kind, item.id)); hashes.push(index.hashes[slot] as string); titles.push(index.titles.titleOf(slot));
    // The whole-catalogue digest may vouch only for content the stored analyses were made from.
    const text = contentText(item);
    contents.add(text);
    if (hashContent(text) !== index.hashes[slot]) analysedAsHeld = false;
    bodyLength.push(index.facts.bodyLength[slot] as number); descriptorEnd.push(index.facts.descriptorEnd[slot] as number);
    day.push(index.facts.day[slot] as number); codes.push(index.facts.codesOf(slot));
    const phrases = index.phrasesOf(slot);
    slotPhrases.push(phrases);
    for (const phrase of phrases) phraseSet.add(phrase);
  }
  yield;
  const phrases = [...phraseSet].sort();
  yield;
  const phraseId = new Map<string, number>();
  const phraseParts: string[] = [];
  for (let i = 0; i < phrases.length; i++) {
    if (i > 0 && i % (8 * SLICE_ITEMS) === 0) yield;
    const phrase = phrases[i] as string;
    phraseId.set(phrase, i);
    phraseParts.push((index.phraseParts(phrase) ?? []).join(PART_SEPARATOR));
  }

  const terms: string[] = [];
  const lists: PostingList[] = [];
  const postingCounts: number[] = [];
  const positionCounts: number[] = [];
  let totalPostings = 0, totalPositions = 0, sinceYield = 0;
  yield;
  for (const term of index.wordKeys.keys()) {
    const list = index.words.get(term);
    if (!list) continue;
    if ((sinceYield += list.length) > SLICE_POSTINGS) { sinceYield = 0; yield; }
    let n = 0, m = 0;
    for (let p = 0; p < list.length; p++) if ((renumber[list.slots[p] as number] as number) >= 0) { n++; m += list.npos[p] as number; }
    if (n === 0) continue;
    terms.push(term); lists.push(list); postingCounts.push(n); positionCounts.push(m);
    totalPostings += n; totalPositions += m;
  }

  yield;
  const strings = [...keys, ...hashes, ...titles, ...terms, ...phrases, ...phraseParts];
  const text = Buffer.from(strings.join(''), 'utf16le');
  yield;
  const n = keys.length;
  const phraseRefs = slotPhrases.reduce((sum, p) => sum + p.length, 0);
  const header = new TextEncoder().encode(JSON.stringify({
    version: FORMAT_VERSION, probe: probe(), littleEndian, ...(analysedAsHeld ? { contents: contents.digest() } : {}), ...(catalogue !== undefined && analysedAsHeld ? { catalogue } : {}),
    items: n, terms: terms.length, phrases: phrases.length, phraseRefs, postings: totalPostings, positions: totalPositions, textBytes: text.length,
  } satisfies Header));
  const layout = sectionsOf(8 + header.length, { items: n, terms: terms.length, phrases: phrases.length, phraseRefs, postings: totalPostings, positions: totalPositions, textBytes: text.length });
  const bytes = new Uint8Array(layout.size);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, header.length, true);
  bytes.set(header, 8);
  const v = viewsOf(bytes, layout);
  yield;
  strings.forEach((str, i) => { v.stringLengths[i] = str.length; });
  v.bodyLength.set(bodyLength); v.descriptorEnd.set(descriptorEnd); v.day.set(day); v.codes.set(codes);
  let ref = 0;
  for (let slot = 0; slot < slotPhrases.length; slot++) {
    if (slot > 0 && slot % (8 * SLICE_ITEMS) === 0) yield;
    v.phraseStart[slot] = ref;
    for (const phrase of slotPhrases[slot] as readonly string[]) v.phraseIds[ref++] = phraseId.get(phrase) as number;
  }
  v.phraseStart[n] = ref;
  yield;
  v.text.set(text);
  index.items.forEach((item, slot) => { if (item) index.titles.copySignature(slot, v.signatures, (renumber[slot] as number) * SIGNATURE_WORDS); });
  // Tens of millions of postings at 100,000 documents: no object per posting, and a list whose
  // every holder is live is copied whole. (The whole encoding still takes 5-15 s at that size,
  // most of it the items' content digests, the phrases and garbage collection: liveSearch encodes
  // in slices, once no citizen has searched for a while.)
  let at = 0, posAt = 0;
  const { slots, fields, counts, npos, positions } = v;
  sinceYield = 0;
  for (let t = 0; t < lists.length; t++) {
    const list = lists[t] as PostingList;
    if ((sinceYield += list.length) > SLICE_POSTINGS) { sinceYield = 0; yield; }
    const kept = postingCounts[t] as number, keptPositions = positionCounts[t] as number;
    v.termCounts[2 * t] = kept; v.termCounts[2 * t + 1] = keptPositions;
    if (kept === list.length) {
      for (let p = 0; p < kept; p++) slots[at + p] = renumber[list.slots[p] as number] as number;
      fields.set(list.fields.subarray(0, kept), at); counts.set(list.counts.subarray(0, kept), at); npos.set(list.npos.subarray(0, kept), at);
      positions.set(list.positions.subarray(0, keptPositions), posAt);
      at += kept; posAt += keptPositions;
      continue;
    }
    const from = list.positions;
    for (let p = 0, offset = 0; p < list.length; p++) {
      const k = list.npos[p] as number;
      const slot = renumber[list.slots[p] as number] as number;
      if (slot >= 0) {
        slots[at] = slot; fields[at] = list.fields[p] as number; counts[at] = list.counts[p] as number; npos[at] = k;
        for (let i = 0; i < k; i++) positions[posAt + i] = from[offset + i] as number;
        at++; posAt += k;
      }
      offset += k;
    }
  }
  return bytes;
}
