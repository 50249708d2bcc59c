/**
 * Thai word segmentation with Intl.Segmenter (ICU dictionary), the costly part of indexing.
 * Measured facts shape this file (`npm run bench:search`, node 20): a segment() call costs ~10 µs
 * however short its text (an item has ten or so short fields), ICU runs fastest on texts of a few
 * hundred characters (~5 M characters a second at 300, ~4 M at 800, ~3.3 M on whole bodies), and
 * about half of that time is V8 making one object per segment, which no batching avoids.
 * So the texts of one item are segmented together: their whitespace-separated runs not seen
 * before are joined into batches of ~300 characters, one call each; runs are remembered
 * (documents repeat headings, boilerplate and dates). ICU always breaks at a space, so the words of
 * a batch are handed back to their runs exactly: the words never depend on what was batched with
 * what, nor on what the memo holds.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
// Runs repeat mostly as boilerplate, dates and numbers; a large memo costs more memory (~400 bytes a
// run) than it saves time: 400,000 runs held ~170 MB for a 13% cut in characters segmented.
const MEMO_LIMIT = 20_000;
const BATCH_CHARS = 300;
const memo = new Map<string, readonly string[]>();
const stats = { runs: 0, memoHits: 0, charsSegmented: 0, calls: 0 };

/** Segments the given distinct runs in batches and memoises each run's words. */
function segmentNewRuns(runs: readonly string[]): void {
  for (let start = 0; start < runs.length;) {
    let end = start, length = 0;
    while (end < runs.length && (end === start || length + (runs[end] as string).length < BATCH_CHARS)) length += (runs[end++] as string).length + 1;
    const batch = runs.slice(start, end);
    const text = batch.join(' ');
    stats.calls++; stats.charsSegmented += text.length;
    const perRun: string[][] = batch.map(() => []);
    let run = 0, runEnd = (batch[0] as string).length;
    for (const piece of segmenter.segment(text)) {
      while (piece.index >= runEnd && run < batch.length - 1) { run++; runEnd += 1 + (batch[run] as string).length; }
      if (piece.isWordLike) (perRun[run] as string[]).push(piece.segment);
    }
    batch.forEach((r, i) => memo.set(r, perRun[i] as string[]));
    start = end;
  }
}

/** Word-like segments of each already-normalised text, in order: one batched pass for all of them. */
export function segmentMany(normalized: readonly string[]): string[][] {
  const runsOf = normalized.map((text) => (text ? text.split(' ') : []));
  const distinct = new Set<string>();
  for (const runs of runsOf) for (const run of runs) if (run) distinct.add(run);
  let unseen: string[] = [];
  for (const run of distinct) if (!memo.has(run)) unseen.push(run);
  // Cleared before, never during, a pass: every run of these texts is in the memo below.
  if (memo.size + unseen.length > MEMO_LIMIT) { memo.clear(); unseen = [...distinct]; }
  if (unseen.length > 0) segmentNewRuns(unseen);
  stats.memoHits += distinct.size - unseen.length;
  return runsOf.map((runs) => {
    const words: string[] = [];
    for (const run of runs) {
      if (!run) continue;
      stats.runs++;
      for (const w of memo.get(run) as readonly string[]) words.push(w);
    }
    return words;
  });
}

/** Word-like segments of already-normalised text, in order. */
export const segmentWords = (normalized: string): string[] => segmentMany([normalized])[0] as string[];

/** How much segmentation the memo and batching saved, for the benchmark. */
export const segmentationStats = () => ({ ...stats, memoSize: memo.size });
export function resetSegmentationMemo(): void {
  memo.clear();
  stats.runs = 0; stats.memoHits = 0; stats.charsSegmented = 0; stats.calls = 0;
}
