/**
 * The items a query matched, across all the ways it was read (as typed, through synonyms, repaired):
 * per slot the best score and whether any reading matched it strongly. Typed arrays reused between
 * queries; clearing touches only the slots the last query matched.
 */
export const NONE = 0, WEAK = 1, STRONG = 2;

export class MatchSet {
  score = new Float64Array(0);
  state = new Uint8Array(0);
  slots = new Int32Array(0);
  count = 0;
  strongCount = 0;

  reset(capacity: number): void {
    for (let i = 0; i < this.count; i++) { const slot = this.slots[i] as number; this.state[slot] = NONE; this.score[slot] = 0; }
    this.count = 0; this.strongCount = 0;
    if (this.state.length < capacity) {
      const size = capacity * 2;
      this.score = new Float64Array(size); this.state = new Uint8Array(size); this.slots = new Int32Array(size);
    }
  }

  offer(slot: number, score: number, strong: boolean): void {
    const state = strong ? STRONG : WEAK;
    const had = this.state[slot] as number;
    if (had === NONE) this.slots[this.count++] = slot;
    if (state > had) {
      if (state === STRONG) this.strongCount++;
      this.state[slot] = state; this.score[slot] = score;
    } else if (state === had && score > (this.score[slot] as number)) this.score[slot] = score;
  }

  /** Offers everything `other` holds as strong, its scores × factor, in its order. */
  offerAll(other: MatchSet, factor: number): void {
    for (let i = 0; i < other.count; i++) { const slot = other.slots[i] as number; this.offer(slot, (other.score[slot] as number) * factor, true); }
  }

  isStrong(slot: number): boolean { return this.state[slot] === STRONG; }
}
