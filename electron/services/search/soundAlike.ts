/**
 * Words spelt as they sound. Thai has several letters for one sound (พ/ภ, ส/ศ/ษ, ท/ธ/ฑ/ฒ…), and
 * at the end of a syllable whole families sound alike (บ ป พ ฟ ภ all end in "p"), so a citizen
 * who knows a word by ear writes ชราพาบ for ชราภาพ: two letters wrong, each a slip that sounds
 * right, which the one-edit rules (thaiEdits) cannot reach. Each word gets a key that spells its
 * sound (letters of one sound as one, tone marks and long/short vowel marks dropped, a silenced
 * letter dropped), and a typed word is read as the vocabulary word with the same key.
 * Not a full Thai soundex (LK82, Udom83 also fold vowels and syllable structure): this key keeps
 * every vowel, so it only ever reaches a word that differs in how its sounds are spelt.
 */
import type { DocumentIndex } from './documentIndex';

/** Letters read alike at the start of a syllable: each to the first of its family. */
const INITIAL_FAMILIES = ['คขฃฅฆ', 'ชฌ', 'สซศษ', 'ดฎ', 'ตฏ', 'ทถฐธฑฒ', 'นณ', 'พภ', 'ฟฝ', 'ยญ', 'ลรฬ'];
/** Letters read alike at the end of a word (its final sound). */
const FINAL_FAMILIES = ['บปพฟภ', 'ดจชซฎฏฐฑฒตถทธศษส', 'นณญรลฬ', 'กขคฆ'];
const initial = new Map<string, string>();
const final = new Map<string, string>();
for (const family of INITIAL_FAMILIES) for (const c of family) initial.set(c, family[0] as string);
for (const family of FINAL_FAMILIES) for (const c of family) final.set(c, family[0] as string);
/** Tone marks and the short-vowel mark ็ are dropped; look-alike vowel lengths (ี/ิ, ู/ุ, ื/ึ, ไ/ใ) read as one. */
const isDropped = (code: number) => code >= 0x0e47 && code <= 0x0e4b;
const VOWEL_LENGTH = new Map([['\u0E35', '\u0E34'], ['\u0E39', '\u0E38'], ['\u0E37', '\u0E36'], ['\u0E44', '\u0E43']]);
const SILENCER = 0x0e4c;
const isConsonant = (code: number) => code >= 0x0e01 && code <= 0x0e2e;

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
    if (isDropped(code)) continue;
    if (code === SILENCER) {
      // A letter under ์ is not said (จันทร์ is said จัน), with a vowel mark it carries (ิ, ุ).
      if (kept.length > 0 && !isConsonant((kept[kept.length - 1] as string).charCodeAt(0))) kept.pop();
      kept.pop();
      continue;
    }
    kept.push(word[i] as string);
  }
  const last = kept.length - 1;
  let key = '';
  for (let i = 0; i <= last; i++) {
    const c = kept[i] as string;
    key += (i === last ? final.get(c) : undefined) ?? initial.get(c) ?? VOWEL_LENGTH.get(c) ?? c;
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
 * Known words by key. Built once (~0.6 s at 100,000 documents, so the engine readies it with its
 * other did-you-mean index just after start-up), then only words new since are keyed: a word no
 * longer held stays listed and is passed over by `of`.
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
