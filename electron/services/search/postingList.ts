/**
 * The documents containing one term, packed in typed arrays: a Map per term costs ~40 bytes per
 * entry, this costs 6. Order is not kept; removal swaps the last entry into the hole.
 */
export class PostingList {
  slots = new Int32Array(4);
  /** Bit set of the fields the term occurs in (see FieldBit). */
  fields = new Uint8Array(4);
  /** Occurrences in summary and body, capped at 255. */
  counts = new Uint8Array(4);
  length = 0;

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
    const size = this.slots.length * 2;
    const slots = new Int32Array(size); slots.set(this.slots); this.slots = slots;
    const fields = new Uint8Array(size); fields.set(this.fields); this.fields = fields;
    const counts = new Uint8Array(size); counts.set(this.counts); this.counts = counts;
  }
}

export const FieldBit = { title: 1, keywords: 2, category: 4, unit: 8, summary: 16, body: 32 } as const;
