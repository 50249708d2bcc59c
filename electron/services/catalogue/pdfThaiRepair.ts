/**
 * Restores Thai marks that pdf.js reads as "\u0000".
 *
 * Why: Chromium's "print to PDF" (and other generators that shape Thai with the font's own rules)
 * draws marks with positional variants: a tone mark raised above an upper vowel (ที่), an upper vowel
 * moved left of a tall consonant (ปี), a tone and ํ drawn as one glyph (ต่ำ). Those glyphs have no
 * character of their own, so the font's ToUnicode maps them to <0000>, and the text is put right only
 * in an /ActualText around the cluster, which pdf.js 5 ignores (mozilla/pdf.js#12237). pdf.js then
 * gives "ที\u0000", and search saw "วันที" for "วันที่". The embedded font cannot help: its GSUB table,
 * the only link from a variant glyph back to its mark, is neither exposed nor kept by pdf.js.
 *
 * A lost glyph (a font and a glyph code) stands for the same characters wherever it is drawn, so each
 * is decided once for the whole document:
 * 1. from /ActualText (pdfActualText.ts): the span around it as pdf.js read it, say "ท\u0000่", lined
 *    up with the span's ActualText ("ที่"), gives the characters it hides (the most frequent answer
 *    over its occurrences wins);
 * 2. failing that, from context: each spelling that may follow the preceding character (a vowel, a
 *    tone, ์, or nothing) is tried at all of its occurrences, and the one whose text Intl.Segmenter cuts
 *    into the fewest words wins, ties going to the commoner mark. Much weaker (ซื่อ and ซื้อ are both
 *    words): it serves PDFs that have the defect but no ActualText.
 * tests/tools/pdf-text-accuracy.ts measures both against poppler, which reads ActualText.
 */

/** A "\u0000" in a page's text: where, the glyph that drew it (font and code), the innermost span around it. */
export interface LostGlyph {
  at: number;
  glyph?: string;
  span?: number;
}

/** A page's text as pdf.js gave it, its marked-content spans (offsets into text), and each "\u0000". */
export interface RawPageText {
  text: string;
  spans: readonly { start: number; end: number }[];
  lost: readonly LostGlyph[];
}

const UPPER_VOWELS = '\u0E31\u0E34\u0E35\u0E36\u0E37'; // ั ิ ี ึ ื
const LOWER_VOWELS = '\u0E38\u0E39'; // ุ ู
const TONES = '\u0E48\u0E49\u0E4A\u0E4B'; // ่ ้ ๊ ๋
const NIKHAHIT = '\u0E4D'; // ํ (pdf.js gives ำ as ํ + า)
const SARA_AA = '\u0E32'; // า
/** What may sit on a consonant, most frequent first (ties in `fewestWords` go to the earlier one). */
const ON_CONSONANT = ['\u0E48', '\u0E49', '\u0E35', '\u0E34', '\u0E31', '\u0E37', '\u0E47', '\u0E38', '\u0E39', '\u0E36', '\u0E4C', '\u0E4A', '\u0E4B', NIKHAHIT];

const isConsonant = (c: string | undefined) => c !== undefined && c >= '\u0E01' && c <= '\u0E2E';
const isThaiLetter = (c: string | undefined) => c !== undefined && c >= '\u0E01' && c <= '\u0E4E' && !'\u0E2F\u0E3F\u0E46'.includes(c);

/**
 * Spellings a lost glyph may stand for between `before` and `after`, likeliest first: a mark (or a
 * tone and ํ in one glyph, before า); '' (no text) last, as a lost glyph after a Thai letter is
 * nearly always a mark.
 */
function spellingsBetween(before: string | undefined, after: string | undefined): string[] {
  if (isConsonant(before)) return [...(after === SARA_AA ? [...TONES].map((t) => t + NIKHAHIT) : []), ...ON_CONSONANT, ''];
  if (before && (UPPER_VOWELS + LOWER_VOWELS).includes(before)) return [...TONES, '\u0E4C', ''];
  if (before && TONES.includes(before)) return [NIKHAHIT, ''];
  return [''];
}

interface Site {
  page: number;
  at: number;
  spellings: ReadonlySet<string>;
}

/**
 * The pages' text with lost marks restored, ํา folded into ำ, and no "\u0000" left. `told` holds, per
 * page and offset, what ActualText says a "\u0000" hides (pdfActualText.ts).
 */
export function restoreThaiMarks(pages: readonly RawPageText[], told: readonly ReadonlyMap<number, string>[] = []): string[] {
  const byGlyph = new Map<string, Site[]>();
  const answers = new Map<string, string[]>();
  pages.forEach(({ text, lost }, page) => {
    for (const { at, glyph } of lost) {
      const key = glyph ?? `${page}@${at}`;
      if (!byGlyph.has(key)) {
        byGlyph.set(key, []);
        answers.set(key, []);
      }
      byGlyph.get(key)!.push({ page, at, spellings: new Set(spellingsBetween(text[at - 1], text[at + 1])) });
      const answer = told[page]?.get(at);
      if (answer !== undefined) answers.get(key)!.push(answer);
    }
  });

  const chosen = pages.map(() => new Map<number, string>());
  const undecided: Site[][] = [];
  for (const [key, sites] of byGlyph) {
    const spelling = mostFrequent(answers.get(key)!);
    if (spelling === undefined) undecided.push(sites.filter((s) => s.spellings.size > 1));
    else for (const s of sites) chosen[s.page]!.set(s.at, spelling);
  }
  // Twice: the second pass sees the neighbouring lost marks the first one filled in.
  for (let pass = 0; pass < 2; pass++) {
    for (const sites of undecided) {
      const spelling = fewestWords(sites, pages, chosen);
      for (const s of sites) chosen[s.page]!.set(s.at, s.spellings.has(spelling) ? spelling : '');
    }
  }

  return pages.map(({ text }, page) => {
    let out = '';
    let from = 0;
    for (const [at, spelling] of [...chosen[page]!].sort((x, y) => x[0] - y[0])) {
      out += text.slice(from, at) + spelling;
      from = at + 1;
    }
    return (out + text.slice(from)).replace(/\0/g, '').replace(/\u0E4D\u0E32/g, '\u0E33');
  });
}

/** The answer given most often (undefined: none given). */
function mostFrequent(answers: readonly string[]): string | undefined {
  const votes = new Map<string, number>();
  for (const a of answers) votes.set(a, (votes.get(a) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const REACH = 12;

/** The spelling that, put at the sites of one glyph (64 of them at most), leaves the fewest words around them. */
function fewestWords(all: readonly Site[], pages: readonly RawPageText[], chosen: readonly Map<number, string>[]): string {
  const step = Math.ceil(all.length / 64);
  const sites = all.filter((_, i) => i % step === 0);
  let best = '';
  let bestCost = Infinity;
  for (const spelling of new Set(sites.flatMap((s) => [...s.spellings]))) {
    let cost = 0;
    for (const s of sites) cost += s.spellings.has(spelling) ? wordsAround(pages[s.page]!.text, s.at, spelling, chosen[s.page]!) : REACH;
    if (cost < bestCost) [best, bestCost] = [spelling, cost];
  }
  return best;
}

/** Word count of the Thai run around `at` with `spelling` there and the other lost marks as chosen so far. */
function wordsAround(text: string, at: number, spelling: string, chosen: ReadonlyMap<number, string>): number {
  let start = at;
  while (start > 0 && at - start < REACH && (isThaiLetter(text[start - 1]) || text[start - 1] === '\0')) start--;
  let end = at + 1;
  while (end < text.length && end - at < REACH && (isThaiLetter(text[end]) || text[end] === '\0')) end++;
  let window = '';
  for (let i = start; i < end; i++) window += i === at ? spelling : text[i] === '\0' ? (chosen.get(i) ?? '') : text[i];
  let words = 0;
  for (const _ of segmenter.segment(window.replace(/\u0E4D\u0E32/g, '\u0E33'))) words++;
  return words;
}
