/**
 * Speed and memory of the search engine on generated Thai corpora (20,000 and 100,000 documents,
 * bodies of 1,000–2,000 characters), side by side with Fuse.js (ignoreLocation) in the same run.
 * Build, restart from a saved snapshot, one-document upserts and 300 mixed queries (exact, prefix, typo).
 * Run: node --expose-gc --import tsx tests/bench/search-bench.ts [--sizes=20000,100000] [--fuse-queries=20000:20,100000:3]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { SearchQuery } from '../../electron/contract/search';
import { createSearchEngine, resetSegmentationMemo, segmentationStats, type SearchableItem } from '../../electron/services/search/index';
import { clause, makeCorpus, makeQueries, pickDocument, reseed } from './search-bench-corpus';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (arg('sizes') ?? '20000,100000').split(',').map(Number);
const fuseQueryCounts = new Map((arg('fuse-queries') ?? '20000:20,100000:3').split(',').map((p) => p.split(':').map(Number) as [number, number]));
const QUERY_COUNT = 300;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => { gc?.(); gc?.(); return process.memoryUsage().heapUsed / 1_048_576; };
const percentile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN; };
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
/** The machine is shared: every timing line says how busy it was. */
const load = () => `load ${loadavg()[0]?.toFixed(1)}`;
/** CPU time of this process in ms: on a busy machine a truer picture of the work than the wall clock. */
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };

/** Segmenting every text with ICU and nothing else: the floor for any build that segments all bodies. */
function segmentationFloor(corpus: readonly SearchableItem[]): number {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const t = performance.now();
  for (const d of corpus) {
    const text = `${d.title.th} ${d.summary} ${d.body}`;
    for (let i = 0; i < text.length; i += 800) for (const piece of segmenter.segment(text.slice(i, i + 800))) if (piece.isWordLike) continue;
  }
  return performance.now() - t;
}

console.log(`Search benchmark (Node ${process.version}${gc ? ', --expose-gc' : ', no --expose-gc: memory figures are rough'})`);
for (const size of sizes) {
  reseed(size);
  const corpus = makeCorpus(size);
  const queries = makeQueries(corpus, QUERY_COUNT);
  const chars = corpus.reduce((n, d) => n + d.body.length + d.summary.length + d.title.th.length, 0);
  console.log(`\n== ${size.toLocaleString('en-US')} documents, ${(chars / 1e6).toFixed(1)} M characters ==`);

  resetSegmentationMemo();
  const engine = createSearchEngine();
  const before = heapMb();
  let t = performance.now();
  const buildCpu = cpuMs();
  engine.replaceAll(corpus);
  const build = performance.now() - t;
  const buildCpuMs = cpuMs() - buildCpu;
  const memory = heapMb() - before;
  const seg = segmentationStats();
  console.log(`ours  build ${ms(build)} (cpu ${ms(buildCpuMs)}, ${load()}), heap +${memory.toFixed(0)} MB; segmented ${(seg.charsSegmented / 1e6).toFixed(1)} M chars, memo hits ${((seg.memoHits / seg.runs) * 100).toFixed(0)}% of ${seg.runs.toLocaleString('en-US')} runs`);

  if (size <= 20_000) console.log(`      ICU segmentation alone, no indexing: ${ms(segmentationFloor(corpus))} (${load()})`);

  // A restart: the analysed index saved to disk, read back, and loaded against the same catalogue
  // (and against one where 1% of the documents were edited since).
  t = performance.now();
  const bytes = engine.snapshot();
  const snapshotFile = join(tmpdir(), `search-bench-${process.pid}.bin`);
  writeFileSync(snapshotFile, bytes);
  console.log(`ours  snapshot written in ${ms(performance.now() - t)}, ${(bytes.length / 1_048_576).toFixed(0)} MB`);
  for (const editedShare of [0, 0.01]) {
    const every = editedShare > 0 ? Math.round(1 / editedShare) : 0;
    const now = corpus.map((d, i) => (every > 0 && i % every === 0 ? { ...d, body: `${d.body} ${clause()}` } : d));
    resetSegmentationMemo();
    const restarted = createSearchEngine();
    t = performance.now();
    const cpu = cpuMs();
    const use = restarted.replaceAllFromSnapshot(now, readFileSync(snapshotFile));
    console.log(`ours  start from snapshot, ${editedShare * 100}% edited: ${ms(performance.now() - t)} (cpu ${ms(cpuMs() - cpu)}, ${load()}) ${JSON.stringify(use)}`);
  }
  rmSync(snapshotFile, { force: true });

  const upsertTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const doc = pickDocument(corpus);
    t = performance.now(); engine.upsert({ ...doc, body: `${doc.body} ${clause()}` }); upsertTimes.push(performance.now() - t);
  }
  console.log(`ours  upsert one edited document p50 ${ms(percentile(upsertTimes, 50))}, p95 ${ms(percentile(upsertTimes, 95))}`);

  for (let i = 0; i < 20; i++) engine.query(SearchQuery.parse({ q: (queries[i] as { q: string }).q })); // warm-up
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  const allCpu: number[] = [];
  for (const { kind, q } of queries) {
    t = performance.now();
    const cpu = cpuMs();
    engine.query(SearchQuery.parse({ q }));
    const took = performance.now() - t;
    allCpu.push(cpuMs() - cpu);
    all.push(took);
    byKind.set(kind, [...(byKind.get(kind) ?? []), took]);
  }
  const kinds = [...byKind].map(([k, xs]) => `${k} p50 ${ms(percentile(xs, 50))} p95 ${ms(percentile(xs, 95))}`).join('; ');
  console.log(`ours  ${all.length} queries p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, max ${ms(Math.max(...all))} (${load()}; cpu p50 ${ms(percentile(allCpu, 50))}, p95 ${ms(percentile(allCpu, 95))})  (${kinds})`);

  const fuseCount = fuseQueryCounts.get(size) ?? 10;
  const beforeFuse = heapMb();
  t = performance.now();
  const fuse = new Fuse(corpus, { keys: ['title.th', 'body'], ignoreLocation: true });
  const fuseBuild = performance.now() - t;
  const fuseMemory = heapMb() - beforeFuse;
  const fuseTimes: number[] = [];
  for (const { q } of queries.slice(0, fuseCount)) { t = performance.now(); fuse.search(q, { limit: 20 }); fuseTimes.push(performance.now() - t); }
  console.log(`fuse  build ${ms(fuseBuild)}, heap +${fuseMemory.toFixed(0)} MB; ${fuseCount} of ${QUERY_COUNT} queries (sampled: Fuse scans every document) p50 ${ms(percentile(fuseTimes, 50))}, p95 ${ms(percentile(fuseTimes, 95))} (${load()})`);
}
