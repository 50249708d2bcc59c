/**
 * Titles and keywords of every item, normalised and without spaces, for the substring fallback
 * (a word the segmenter split differently in the title and in the query). Scanning 20,000 titles
 * with `includes` costs ~10 ms (Thai titles share their commonest letters), too much per keystroke;
 * so each title also keeps a 512-bit signature (a Bloom filter) of its three-character sequences,
 * and only titles whose signature holds all of the query's sequences (a few percent) are scanned.
 */
export const SIGNATURE_WORDS = 16; // 512 bits; two bits per sequence: a 70-character title sets ~24% of them
const MIN_NEEDLE = 3;

function setBit(into: Int32Array, at: number, bit: number): void {
  into[at + (bit >> 5)] = (into[at + (bit >> 5)] as number) | (1 << (bit & 31));
}

function signatureOf(text: string, into: Int32Array, at: number): void {
  into.fill(0, at, at + SIGNATURE_WORDS);
  for (let i = 0; i + 2 < text.length; i++) {
    const a = text.charCodeAt(i), b = text.charCodeAt(i + 1), c = text.charCodeAt(i + 2);
    setBit(into, at, (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 23);
    setBit(into, at, (Math.imul(a, 0x27d4eb2f) ^ Math.imul(b, 0x165667b1) ^ Math.imul(c, 0xd3a2646c)) >>> 23);
  }
}

/** A text's signature as a string: the index snapshot stores signatures and keeps them only while this is unchanged. */
export const signatureProbe = (text: string): string => { const into = new Int32Array(SIGNATURE_WORDS); signatureOf(text, into, 0); return into.join(','); };

export class TitleHaystack {
  private readonly titles: string[] = [];
  private signatures = new Int32Array(64 * SIGNATURE_WORDS);

  set(slot: number, compactTitle: string): void {
    while (this.titles.length < slot) this.titles.push('');
    this.titles[slot] = compactTitle;
    if ((slot + 1) * SIGNATURE_WORDS > this.signatures.length) {
      const grown = new Int32Array(Math.max((slot + 1) * SIGNATURE_WORDS, this.signatures.length * 2));
      grown.set(this.signatures);
      this.signatures = grown;
    }
    signatureOf(compactTitle, this.signatures, slot * SIGNATURE_WORDS);
  }

  clear(): void { this.titles.length = 0; this.signatures.fill(0); }

  /** Slot `slot`'s signature, copied into `into` at `at` (for the index snapshot). */
  copySignature(slot: number, into: Int32Array, at: number): void {
    into.set(this.signatures.subarray(slot * SIGNATURE_WORDS, (slot + 1) * SIGNATURE_WORDS), at);
  }

  /**
   * Fills an empty haystack with a snapshot's titles and their signatures (SIGNATURE_WORDS per
   * slot, as `copySignature` wrote them); a slot `live` says is dead gets no title. Copied in one
   * go: signing 20,000 titles again took 16–18 ms warm (min of 11), more in a starting process.
   */
  load(titles: readonly string[], signatures: Int32Array, live: (slot: number) => boolean): void {
    this.signatures = new Int32Array(Math.max(signatures.length, 64 * SIGNATURE_WORDS));
    this.signatures.set(signatures);
    this.titles.length = 0;
    titles.forEach((title, slot) => {
      if (live(slot)) { this.titles.push(title); return; }
      this.titles.push('');
      this.signatures.fill(0, slot * SIGNATURE_WORDS, (slot + 1) * SIGNATURE_WORDS);
    });
  }

  titleOf(slot: number): string { return this.titles[slot] ?? ''; }

  /**
   * Calls `visit` once for every slot whose title contains `needle` (at least three characters),
   * unless more than `most` titles do: then for none.
   */
  find(needle: string, visit: (slot: number, titleLength: number) => void, most = Infinity): void {
    if (needle.length < MIN_NEEDLE) return;
    const wanted = new Int32Array(SIGNATURE_WORDS);
    signatureOf(needle, wanted, 0);
    // Only the signature words the needle uses need checking: a few of the sixteen.
    const used = [...wanted.keys()].filter((w) => wanted[w] !== 0);
    const { titles, signatures } = this;
    const holders: number[] = [];
    for (let slot = 0; slot < titles.length; slot++) {
      const base = slot * SIGNATURE_WORDS;
      let holds = true;
      for (const w of used) {
        const bits = wanted[w] as number;
        if (((signatures[base + w] as number) & bits) !== bits) { holds = false; break; }
      }
      if (!holds) continue;
      const title = titles[slot] as string;
      if (title.includes(needle) && holders.push(slot) > most) return;
    }
    for (const slot of holders) visit(slot, (titles[slot] as string).length);
  }
}
