/**
 * Words spelt as they sound. Thai has several letters for one sound (พ/ภ, ส/ศ/ษ, ท/ธ/ฑ/ฒ…), and
 * at the end of a syllable whole families sound alike (บ ป พ ฟ ภ all end in "p"), so a citizen
 * who knows a word by ear writes ชราพาบ for ชราภาพ: two letters wrong, each a slip that sounds
 * right, which the one-edit rules (thaiEdits) cannot reach. Each word gets a key that spells its
 * sound: an initial consonant by its sound *and* its class (the class sets the tone, so ข and ค,
 * ถ and ท, ส and ซ are different sounds: ขึ้น is not คืน, สื่อ is not ซื้อ), a word's last
 * consonant by its final sound, a letter silenced by ์ left out. Vowels and tone marks are kept as
 * typed: they change the word. A typed word is read as the vocabulary word with the same key.
 * (thaiEdits' look-alikes are about shape and one slip; these are about sound.)
 */
import type { DocumentIndex } from './documentIndex';

/** Initial consonants of one sound and one class (Thai's high, middle and low classes): each to the first of its family. */
const INITIAL_FAMILIES = ['ขฃ', 'ฐถ', 'สศษ', 'ดฎ', 'ตฏ', 'คฅฆ', 'ชฌ', 'ทธฑฒ', 'นณ', 'พภ', 'ยญ', 'ลฬ'];
/** Consonants closing a word, by the sound they close it with (a final has no class). */
const FINAL_FAMILIES = ['บปพฟภ', 'ดจชซฎฏฐฑฒตถทธศษส', 'นณญรลฬ', 'กขคฆ'];
const initial = new Map<string, string>();
const final = new Map<string, string>();
for (const family of INITIAL_FAMILIES) for (const c of family) initial.set(c, family[0] as string);
for (const family of FINAL_FAMILIES) for (const c of family) final.set(c, family[0] as string);
const SILENCER = 0x0e4c;
const isConsonant = (code: number) => code >= 0x0e01 && code <= 0x0e2e;
/** เ แ โ ใ ไ: written before the consonant they follow in sound, so a consonant after one starts its syllable. */
const isLeadingVowel = (code: number) => code >= 0x0e40 && code <= 0x0e44;

/**
 * The key of a Thai word's sound, or undefined for a word too short to guess from (or not Thai).
 * One pass over the characters: it runs over the whole vocabulary.
 */
export function soundKey(word: string): string | undefined {
  if (word.length < 3) return undefined;
  const kept: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x0e01 || code > 0x0e4e) return undefined;
    if (code !== SILENCER) { kept.push(word[i] as string); continue; }
    // A letter under ์ is not said, with a vowel mark it carries (ิ, ุ); a silenced ร takes the
    // consonant it clusters with (จันทร์ is said จัน, ศาสตร์ ศาส).
    if (kept.length > 0 && !isConsonant((kept[kept.length - 1] as string).charCodeAt(0))) kept.pop();
    const silenced = kept.pop();
    const before = kept.length >= 2 ? (kept[kept.length - 2] as string).charCodeAt(0) : 0;
    if (silenced === 'ร' && kept.length >= 2 && isConsonant((kept[kept.length - 1] as string).charCodeAt(0)) && isConsonant(before)) kept.pop();
  }
  if (kept.length < 2) return undefined;
  // The last letter is a final sound only when it closes a syllable: a consonant, not the first
  // after a leading vowel (ได, ใช).
  const last = kept.length - 1;
  const lastCode = (kept[last] as string).charCodeAt(0);
  const closes = isConsonant(lastCode) && !isLeadingVowel((kept[last - 1] as string).charCodeAt(0));
  let key = '';
  for (let i = 0; i <= last; i++) {
    const c = kept[i] as string;
    key += (i === last && closes ? final.get(c) : initial.get(c)) ?? c;
  }
  return key;
}

/** Edits between two short words (Levenshtein, over UTF-16 units: Thai is one unit a letter). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] as number;
}

/**
 * Known words by key. Built once (27 ms over the ~14,000 words of 100,000 generated documents;
 * the engine readies it with its other did-you-mean index just after start-up), then after a
 * change only words new since are keyed (a walk over the vocabulary, no keys computed again): a
 * word no longer held stays listed and is passed over by `of`.
 */
export class SoundAlikeWords {
  private readonly byKey = new Map<string, string[]>();
  private readonly keyed = new Set<string>();
  private builtFor = -1;

  constructor(private readonly index: DocumentIndex) {}

  /** Vocabulary words that sound like `typed` (not `typed` itself), most widely held first. */
  of(typed: string): string[] {
    const key = soundKey(typed);
    if (key === undefined) return [];
    this.prepare();
    const held = (w: string) => this.index.words.get(w)?.length ?? 0;
    return (this.byKey.get(key) ?? []).filter((w) => w !== typed && this.index.knows(w))
      .sort((a, b) => held(b) - held(a));
  }

  prepare(): void {
    if (this.builtFor === this.index.generation) return;
    const add = (word: string) => {
      if (this.keyed.has(word)) return;
      this.keyed.add(word);
      const key = soundKey(word);
      if (key === undefined) return;
      const words = this.byKey.get(key);
      if (words) words.push(word); else this.byKey.set(key, [word]);
    };
    // Words only: a title phrase is reached word by word (ลาคา|กลาง → ราคา|กลาง), and titles hold
    // ten times as many phrases as the whole catalogue holds words.
    for (const word of this.index.words.keys()) add(word);
    this.builtFor = this.index.generation;
  }
}
