/**
 * Words typed with their marks left out. On a touchscreen the marks above and below the letters
 * (ั ิ ี ึ ื ุ ู ็ and the tone marks) take a second look to find, and a hurried citizen skips them,
 * often in more than one syllable: ประกนสงคม for ประกันสังคม, ขอมูลขาวสาร for ข้อมูลข่าวสาร.
 * thaiEdits makes one edit in one run of words at a time, so it cannot reach these. Here a typed
 * run is read as a sequence of vocabulary words whose letters, their marks dropped, are the typed
 * letters in order, keeping every mark that was typed. Two readings are offered, the corrections
 * search both: the fewest words (ประกันสังคม, not ประกัน|สง|คม), and the fewest marks added, so
 * that a word typed right beside the one lacking marks stays as typed (ขาวสาร, rice, is not
 * ข่าวสาร, news: ขาวสารประกนสงคม is ขาวสารประกันสังคม).
 */
import type { DocumentIndex } from './documentIndex';
import { indelCost } from './thaiEdits';

const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const isMark = (code: number) => code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
export const withoutMarks = (text: string): string => text.replace(MARK, '');
/** Longest stretch of typed letters read as one word. */
const MAX_WORD_LETTERS = 20;
/** Longest typed run read at all (corrections' MAX_WHOLE_PART). */
const MAX_RUN = 32;

/** What adding marks to `typed` to make `word` costs (thaiEdits' scale), or -1 when `word` is not `typed` with marks added: every typed character kept, in order. */
function marksAddedCost(typed: string, word: string): number {
  let i = 0, cost = 0;
  for (let j = 0; j < word.length; j++) {
    if (i < typed.length && typed.charCodeAt(i) === word.charCodeAt(j)) i++;
    else if (isMark(word.charCodeAt(j))) cost += indelCost(word[j] as string);
    else return -1;
  }
  return i === typed.length ? cost : -1;
}

interface Reading { words: number; cost: number; held: number; text: string }
type Better = (a: Reading, b: Reading | undefined) => boolean;
const fewestWords: Better = (a, b) => !b || a.words < b.words || (a.words === b.words && (a.cost < b.cost || (a.cost === b.cost && a.held > b.held)));
const fewestMarks: Better = (a, b) => !b || a.cost < b.cost || (a.cost === b.cost && (a.words < b.words || (a.words === b.words && a.held > b.held)));

export class MarksLeftOut {
  private readonly byKey = new Map<string, string[]>();
  private readonly keyed = new Set<string>();
  private builtFor = -1;

  constructor(private readonly index: DocumentIndex) {}

  /** `typed` (Thai, no spaces) read as known words with marks added, each reading with what adding them costs (none when no reading adds one). */
  restore(typed: string): Array<{ text: string; cost: number }> {
    if (typed.length < 2 || typed.length > MAX_RUN || !/^[\u0E01-\u0E4E]+$/.test(typed)) return [];
    this.prepare();
    const readings = [this.read(typed, fewestWords), this.read(typed, fewestMarks)]
      .filter((r): r is Reading => r !== undefined && r.cost > 0)
      .map((r) => ({ text: r.text, cost: Math.round(r.cost * 1000) / 1000 }));
    return readings.filter((r, i) => readings.findIndex((o) => o.text === r.text) === i);
  }

  /** The best reading of all of `typed` as known words with marks added, by `better`. */
  private read(typed: string, better: Better): Reading | undefined {
    const best: Array<Reading | undefined> = [{ words: 0, cost: 0, held: 0, text: '' }];
    for (let p = 0; p < typed.length; p++) {
      const from = best[p];
      if (!from) continue;
      for (let q = p + 1; q <= Math.min(typed.length, p + MAX_WORD_LETTERS); q++) {
        const piece = typed.slice(p, q);
        for (const word of this.byKey.get(withoutMarks(piece)) ?? []) {
          const cost = marksAddedCost(piece, word);
          if (cost < 0 || !this.index.knows(word)) continue;
          const next = { words: from.words + 1, cost: from.cost + cost, held: from.held + (this.index.words.get(word)?.length ?? 0), text: from.text + word };
          if (better(next, best[q])) best[q] = next;
        }
      }
    }
    return best[typed.length];
  }

  /** Keys the vocabulary: once, then after a change only the words new since (a word no longer held is passed over by `restore`). */
  prepare(): void {
    if (this.builtFor === this.index.generation) return;
    for (const word of this.index.words.keys()) {
      if (this.keyed.has(word)) continue;
      this.keyed.add(word);
      const key = withoutMarks(word);
      const words = this.byKey.get(key);
      if (words) words.push(word); else this.byKey.set(key, [word]);
    }
    this.builtFor = this.index.generation;
  }
}
