/**
 * How close our PDF text extraction is to poppler's `pdftotext -raw` (which honours /ActualText and
 * so reads the Thai marks Chromium's PDFs hide from pdf.js), for every resources/sample/files/*.pdf
 * or the PDFs named on the command line.
 *
 *   npx tsx tests/tools/pdf-text-accuracy.ts [file.pdf ...]     (needs poppler-utils)
 *
 * Both sides are compared without whitespace, NFC, with ํา folded to ำ. For each of
 *   raw      pdf.js as it comes ("\u0000" dropped, as search normalisation did),
 *   context  the repair without /ActualText (each lost glyph decided from the words around it),
 *   repaired what extractPdfText returns,
 * it prints the character error rate (edit distance / reference length) and the Thai words of the
 * reference (Intl.Segmenter) missing from our text, with the most frequent ones.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { extractPdfText, readPdfPages } from '../../electron/services/catalogue/pdfText';
import { restoreThaiMarks } from '../../electron/services/catalogue/pdfThaiRepair';

const root = resolve(import.meta.dirname, '../..');
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(join(root, 'resources/sample/files')).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(root, 'resources/sample/files', f));

const normalize = (s: string) => s.normalize('NFC').replace(/\u0E4D\u0E32/g, '\u0E33').replace(/\0/g, '').replace(/\s+/g, '');

function editDistance(a: string, b: string): number {
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
function thaiWords(s: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const { segment } of segmenter.segment(s)) if (/[\u0E01-\u0E4E]/.test(segment)) bag.set(segment, (bag.get(segment) ?? 0) + 1);
  return bag;
}

interface Tally { errors: number; chars: number; wrongWords: number; words: number; missing: Map<string, number> }
const variants = ['raw', 'context', 'repaired'] as const;
const tallies = Object.fromEntries(variants.map((v) => [v, { errors: 0, chars: 0, wrongWords: 0, words: 0, missing: new Map() }])) as Record<(typeof variants)[number], Tally>;

console.log(`file${' '.repeat(42)}${variants.map((v) => v.padStart(18)).join('')}   (CER % / wrong Thai words)`);
for (const file of files) {
  const reference = normalize(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  const bytes = readFileSync(file);
  const pages = await readPdfPages(bytes);
  const ours = {
    raw: pages.map((p) => p.text).join(''),
    context: restoreThaiMarks(pages).join(''),
    repaired: (await extractPdfText(bytes)).text,
  };
  const refWords = thaiWords(reference);
  const cells: string[] = [];
  for (const v of variants) {
    const text = normalize(ours[v]);
    const errors = editDistance(text, reference);
    const got = thaiWords(text);
    let wrong = 0;
    let words = 0;
    for (const [word, n] of refWords) {
      words += n;
      const lost = Math.max(0, n - (got.get(word) ?? 0));
      wrong += lost;
      if (lost) tallies[v].missing.set(word, (tallies[v].missing.get(word) ?? 0) + lost);
    }
    Object.assign(tallies[v], { errors: tallies[v].errors + errors, chars: tallies[v].chars + reference.length, wrongWords: tallies[v].wrongWords + wrong, words: tallies[v].words + words });
    cells.push(`${((100 * errors) / reference.length).toFixed(2)}% / ${wrong}`.padStart(18));
  }
  console.log(basename(file).padEnd(46) + cells.join(''));
}
console.log('');
for (const v of variants) {
  const t = tallies[v];
  const top = [...t.missing].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([w, n]) => `${w}×${n}`).join(' ');
  console.log(`${v.padEnd(9)} CER ${((100 * t.errors) / t.chars).toFixed(3)}% (${t.errors} of ${t.chars} chars), Thai words missing ${t.wrongWords} of ${t.words}${top ? `: ${top}` : ''}`);
}
