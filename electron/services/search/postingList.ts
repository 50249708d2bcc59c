/**
 * The documents containing one term, packed in typed arrays: a Map per term costs ~40 bytes per
 * entry, this costs 6. Order is not kept; removal swaps the last entry into the hole.
 */
export class PostingList {
  slots: Int32Array;
  /** Bit set of the fields the term occurs in (see FieldBit). */
  fields: Uint8Array;
  /** Occurrences in summary and body, capped at 255. */
  counts: Uint8Array;
  length = 0;

  /** `capacity`: how many items will hold the term, when known (loading a snapshot). */
  constructor(capacity = 4) {
    this.slots = new Int32Array(capacity); this.fields = new Uint8Array(capacity); this.counts = new Uint8Array(capacity);
  }

  add(slot: number, fieldBits: number, count: number): void {
    if (this.length === this.slots.length) this.grow();
    this.slots[this.length] = slot;
    this.fields[this.length] = fieldBits;
    this.counts[this.length] = Math.min(count, 255);
    this.length++;
  }

  remove(slot: number): boolean {
    const at = this.slots.subarray(0, this.length).indexOf(slot);
    if (at < 0) return false;
    const last = this.length - 1;
    this.slots[at] = this.slots[last] ?? 0;
    this.fields[at] = this.fields[last] ?? 0;
    this.counts[at] = this.counts[last] ?? 0;
    this.length = last;
    return true;
  }

  private grow(): void {
    const size = Math.max(4, this.slots.length * 2);
    const slots = new Int32Array(size); slots.set(this.slots); this.slots = slots;
    const fields = new Uint8Array(size); fields.set(this.fields); this.fields = fields;
    const counts = new Uint8Array(size); counts.set(this.counts); this.counts = counts;
  }
}

export const FieldBit = { title: 1, keywords: 2, category: 4, unit: 8, summary: 16, body: 32 } as const;
