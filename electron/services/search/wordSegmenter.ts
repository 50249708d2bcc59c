/**
 * Thai word segmentation with Intl.Segmenter (ICU dictionary). Segmenting is the costly part of
 * indexing, so each whitespace-separated run is segmented once and remembered: official documents
 * repeat their phrases (headings, boilerplate, dates) a great deal.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const MEMO_LIMIT = 400_000;
const memo = new Map<string, readonly string[]>();
const stats = { runs: 0, memoHits: 0, charsSegmented: 0 };

function segmentRun(run: string): readonly string[] {
  stats.runs++;
  const known = memo.get(run);
  if (known) { stats.memoHits++; return known; }
  stats.charsSegmented += run.length;
  const words: string[] = [];
  for (const piece of segmenter.segment(run)) if (piece.isWordLike) words.push(piece.segment);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(run, words);
  return words;
}

/** Word-like segments of already-normalised text, in order. */
export function segmentWords(normalized: string): string[] {
  const words: string[] = [];
  for (const run of normalized.split(' ')) {
    if (run) for (const w of segmentRun(run)) words.push(w);
  }
  return words;
}

/** How much segmentation the memo saved, for the benchmark. */
export const segmentationStats = () => ({ ...stats, memoSize: memo.size });
export function resetSegmentationMemo(): void {
  memo.clear();
  stats.runs = 0; stats.memoHits = 0; stats.charsSegmented = 0;
}
