/**
 * Every string one edit away from a typed word, with what the edit costs: the slips Thai typists
 * make most cost least. A tone mark left out, added or swapped (วางงาน for ว่างงาน) is the cheapest;
 * a vowel mark next; a vowel swapped for its look-alike (ิ/ี, ุ/ู, ใ/ไ) or a consonant for one
 * that sounds the same (ด/ต, ส/ศ/ษ) less than any other letter; a letter dropped or added (ราคากาง
 * for ราคากลาง) costs most. The caller keeps the strings its vocabulary knows.
 */
const TONES = ['\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C'];
const MARKS = ['\u0E31', '\u0E34', '\u0E35', '\u0E36', '\u0E37', '\u0E38', '\u0E39', '\u0E47'];
const VOWELS = ['\u0E30', '\u0E32', '\u0E33', '\u0E40', '\u0E41', '\u0E42', '\u0E43', '\u0E44'];
const CONSONANTS = Array.from({ length: 0x0e2e - 0x0e01 + 1 }, (_, i) => String.fromCharCode(0x0e01 + i));

const LOOK_ALIKE: ReadonlyArray<readonly string[]> = [
  ['\u0E34', '\u0E35'], ['\u0E36', '\u0E37'], ['\u0E38', '\u0E39'], ['\u0E30', '\u0E31'], ['\u0E43', '\u0E44'],
  ['ด', 'ต'], ['ส', 'ศ', 'ษ'], ['ท', 'ธ', 'ฑ', 'ฒ'], ['น', 'ณ'], ['ล', 'ฬ', 'ร'], ['ข', 'ฃ'], ['ค', 'ฅ', 'ฆ'],
  ['ช', 'ฌ'], ['ย', 'ญ'], ['พ', 'ภ'], ['ซ', 'ทร'], ['ฎ', 'ฏ'], ['ฐ', 'ถ'], ['จ', 'ฉ'],
];
const lookAlike = new Map<string, string[]>();
for (const set of LOOK_ALIKE) for (const c of set) lookAlike.set(c, [...(lookAlike.get(c) ?? []), ...set.filter((o) => o !== c)]);

const COST = { tone: 0.3, mark: 0.5, lookAlike: 0.4, vowel: 0.6, letter: 0.8, swap: 0.6 } as const;
/** What a letter (a consonant, or any non-Thai character) costs to add, drop or change: the scale's unit. */
export const LETTER_COST = COST.letter;

const kindOf = (c: string) => (TONES.includes(c) ? 'tone' : MARKS.includes(c) ? 'mark' : VOWELS.includes(c) ? 'vowel' : 'letter');
/** What adding or dropping `c` costs. */
export const indelCost = (c: string): number => COST[kindOf(c)];

/** Calls `visit` for each string one edit from `word` (Thai letters only), with its cost; a string may come more than once. */
export function forEachThaiEdit(word: string, visit: (candidate: string, cost: number) => void): void {
  const chars = [...word];
  const n = chars.length;
  const at = (i: number) => chars.slice(0, i).join('');
  const from = (i: number) => chars.slice(i).join('');
  for (let i = 0; i <= n; i++) {
    const before = at(i), after = from(i);
    // Insertions: a tone or mark only after a consonant or a mark; letters anywhere.
    const prev = chars[i - 1];
    if (prev && (kindOf(prev) === 'letter' || kindOf(prev) === 'mark')) for (const t of TONES) visit(before + t + after, COST.tone);
    if (prev && kindOf(prev) === 'letter') for (const m of MARKS) visit(before + m + after, COST.mark);
    for (const v of VOWELS) visit(before + v + after, COST.vowel);
    for (const c of CONSONANTS) visit(before + c + after, COST.letter);
    if (i === n) break;
    const c = chars[i] as string;
    const rest = from(i + 1);
    const kind = kindOf(c);
    // Deletion.
    visit(before + rest, kind === 'tone' ? COST.tone : kind === 'mark' ? COST.mark : kind === 'vowel' ? COST.vowel : COST.letter);
    // Substitution.
    for (const o of lookAlike.get(c) ?? []) visit(before + o + rest, COST.lookAlike);
    const pool = kind === 'tone' ? TONES : kind === 'mark' ? MARKS : kind === 'vowel' ? VOWELS : CONSONANTS;
    const cost = kind === 'tone' ? COST.tone : kind === 'mark' ? COST.mark : kind === 'vowel' ? COST.vowel : COST.letter;
    for (const o of pool) if (o !== c) visit(before + o + rest, cost);
    // Two neighbours swapped.
    const next = chars[i + 1];
    if (next && next !== c) visit(before + next + c + from(i + 2), COST.swap);
  }
}

/** The cheapest edit cost of each candidate `isKnown` accepts, cheapest first. */
export function knownEdits(word: string, isKnown: (candidate: string) => boolean, limit = 8): Array<{ text: string; cost: number }> {
  const best = new Map<string, number>();
  forEachThaiEdit(word, (candidate, cost) => {
    const had = best.get(candidate);
    if (had !== undefined) { if (cost < had) best.set(candidate, cost); return; }
    if (candidate !== word && isKnown(candidate)) best.set(candidate, cost);
  });
  return [...best].map(([text, cost]) => ({ text, cost })).sort((a, b) => a.cost - b.cost).slice(0, limit);
}

/**
 * What turning `typed` into `word` costs on this scale, however many edits it takes: the cheapest
 * run of the edits above (a character added, dropped or changed, two neighbours swapped), each at
 * its cost; a character changed for one of another kind (a tone mark for a vowel mark) is dropped
 * and the other added. For a candidate found some other way (Fuse.js scores only the stretch of a
 * keyword that best matches what was typed, so ทุเรียน is "two slips" from ร้องเรียน's องเรียน),
 * this is what it changes of the whole word: ทุ → ร้อง, 3.2, four letters' worth.
 */
export function thaiEditCost(typed: string, word: string): number {
  const a = [...typed], b = [...word];
  const substitution = (x: string, y: string) => {
    if (x === y) return 0;
    if (lookAlike.get(x)?.includes(y)) return COST.lookAlike;
    return kindOf(x) === kindOf(y) ? COST[kindOf(x)] : indelCost(x) + indelCost(y);
  };
  // Optimal string alignment distance, weighted: d[i][j] turns a's first i into b's first j.
  const first = [0];
  for (let j = 1; j <= b.length; j++) first.push((first[j - 1] as number) + indelCost(b[j - 1] as string));
  const d: number[][] = [first];
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [((d[i - 1] as number[])[0] as number) + indelCost(a[i - 1] as string)];
    const up = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] as string, y = b[j - 1] as string;
      let best = Math.min((up[j] as number) + indelCost(x), (row[j - 1] as number) + indelCost(y), (up[j - 1] as number) + substitution(x, y));
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y && x !== y) best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + COST.swap);
      row.push(best);
    }
    d.push(row);
  }
  return Math.round(((d[a.length] as number[])[b.length] as number) * 1000) / 1000;
}
