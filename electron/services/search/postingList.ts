/**
 * The items containing one term, packed in typed arrays (a Map per term costs ~40 bytes per entry,
 * this costs 7 plus 2 per position). Slots only ever grow (a removed or edited item leaves a dead
 * slot behind, see DocumentIndex), so every list is sorted by slot and positions can be stored in
 * posting order: posting p's positions start where posting p-1's end. A running sum finds them
 * while scanning; `blockStart` finds them by jumping (every 64th posting's offset is kept).
 */
export const FieldBit = { title: 1, keywords: 2, category: 4, unit: 8, summary: 16, body: 32 } as const;

/** Positions are word numbers in an item (see itemAnalysis); at most this many are kept per term and item. */
export const MAX_POSITIONS = 255;
const BLOCK_SHIFT = 6;

export class PostingList {
  slots: Int32Array;
  /** Bit set of the fields the term occurs in (see FieldBit). */
  fields: Uint8Array;
  /** Occurrences in summary and body, capped at 255: the term frequency of BM25. */
  counts: Uint8Array;
  /** How many positions this posting has in `positions`. */
  npos: Uint8Array;
  positions: Uint16Array;
  /** Offset in `positions` of every 64th posting. */
  blockStart: Uint32Array;
  length = 0;
  positionCount = 0;

  constructor(capacity = 2, positionCapacity = 4) {
    this.slots = new Int32Array(capacity); this.fields = new Uint8Array(capacity); this.counts = new Uint8Array(capacity);
    this.npos = new Uint8Array(capacity); this.positions = new Uint16Array(positionCapacity);
    this.blockStart = new Uint32Array((capacity >> BLOCK_SHIFT) + 1);
  }

  /** Wraps arrays read from a snapshot (no copy); the first add after this copies them. */
  static over(parts: { slots: Int32Array; fields: Uint8Array; counts: Uint8Array; npos: Uint8Array; positions: Uint16Array }): PostingList {
    const list = new PostingList(0, 0);
    list.slots = parts.slots; list.fields = parts.fields; list.counts = parts.counts; list.npos = parts.npos; list.positions = parts.positions;
    list.length = parts.slots.length; list.positionCount = parts.positions.length;
    list.blockStart = new Uint32Array((list.length >> BLOCK_SHIFT) + 1);
    let offset = 0;
    for (let p = 0; p < list.length; p++) {
      if ((p & 63) === 0) list.blockStart[p >> BLOCK_SHIFT] = offset;
      offset += list.npos[p] as number;
    }
    return list;
  }

  /** Appends a posting; `slot` must be larger than every slot already in the list. */
  add(slot: number, fieldBits: number, count: number, positions: ArrayLike<number>, from = 0, n = positions.length): void {
    if (this.length === this.slots.length) this.grow();
    const kept = Math.min(n, MAX_POSITIONS);
    if (this.positionCount + kept > this.positions.length) this.growPositions(this.positionCount + kept);
    const p = this.length;
    if ((p & 63) === 0) this.blockStart[p >> BLOCK_SHIFT] = this.positionCount;
    this.slots[p] = slot; this.fields[p] = fieldBits; this.counts[p] = Math.min(count, 255); this.npos[p] = kept;
    for (let i = 0; i < kept; i++) this.positions[this.positionCount + i] = positions[from + i] as number;
    this.positionCount += kept;
    this.length = p + 1;
  }

  /** Offset in `positions` of posting `p`. */
  positionStart(p: number): number {
    let offset = this.blockStart[p >> BLOCK_SHIFT] as number;
    for (let q = p & ~63; q < p; q++) offset += this.npos[q] as number;
    return offset;
  }

  /** Index of the posting for `slot`, or -1 (binary search: the list is sorted by slot). */
  find(slot: number): number {
    let lo = 0, hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.slots[mid] as number;
      if (s === slot) return mid;
      if (s < slot) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  /** A copy without the postings whose slot is dead, with slots renumbered by `renumber` (-1: dropped). */
  compacted(renumber: Int32Array): PostingList {
    let live = 0, livePositions = 0;
    for (let p = 0; p < this.length; p++) if ((renumber[this.slots[p] as number] as number) >= 0) { live++; livePositions += this.npos[p] as number; }
    const out = new PostingList(Math.max(live, 1), Math.max(livePositions, 1));
    let offset = 0;
    for (let p = 0; p < this.length; p++) {
      const n = this.npos[p] as number;
      const slot = renumber[this.slots[p] as number] as number;
      if (slot >= 0) out.add(slot, this.fields[p] as number, this.counts[p] as number, this.positions, offset, n);
      offset += n;
    }
    return out;
  }

  private grow(): void {
    const size = Math.max(4, this.slots.length * 2);
    const slots = new Int32Array(size); slots.set(this.slots.subarray(0, this.length)); this.slots = slots;
    const fields = new Uint8Array(size); fields.set(this.fields.subarray(0, this.length)); this.fields = fields;
    const counts = new Uint8Array(size); counts.set(this.counts.subarray(0, this.length)); this.counts = counts;
    const npos = new Uint8Array(size); npos.set(this.npos.subarray(0, this.length)); this.npos = npos;
    const blocks = new Uint32Array((size >> BLOCK_SHIFT) + 1); blocks.set(this.blockStart.subarray(0, Math.min(this.blockStart.length, blocks.length))); this.blockStart = blocks;
  }

  private growPositions(needed: number): void {
    const positions = new Uint16Array(Math.max(needed, this.positions.length * 2, 8));
    positions.set(this.positions.subarray(0, this.positionCount));
    this.positions = positions;
  }
}
