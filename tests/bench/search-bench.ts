/**
 * Speed and memory of the search engine on generated Thai corpora (20,000 and 100,000 documents,
 * bodies of 1,000–2,000 characters), side by side with Fuse.js (ignoreLocation) in the same run.
 * Run: node --expose-gc --import tsx tests/bench/search-bench.ts [--sizes=20000,100000] [--fuse-queries=20000:20,100000:3]
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { SearchQuery } from '../../electron/contract/search';
import { createSearchEngine, normalizeText, resetSegmentationMemo, segmentationStats, segmentWords, type SearchableItem } from '../../electron/services/search/index';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (arg('sizes') ?? '20000,100000').split(',').map(Number);
const fuseQueryCounts = new Map((arg('fuse-queries') ?? '20000:20,100000:3').split(',').map((p) => p.split(':').map(Number) as [number, number]));
const QUERY_COUNT = 300;

// Deterministic pseudo-random numbers, so every run measures the same corpus and queries.
let seed = 42;
const random = () => { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const thaiDigits = (n: number) => String(n).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)] ?? d);

// Real Thai words: every word of the evaluation corpus plus domain words, drawn with a Zipf
// distribution (a few words everywhere, most words in few documents), as in real text.
const evalCorpus = JSON.parse(readFileSync(new URL('../fixtures/search-eval/corpus.json', import.meta.url), 'utf8')) as Array<Record<string, string>>;
const domainWords = `ผู้ประกันตน นายจ้าง ลูกจ้าง สำนักงาน ประกันสังคม จังหวัด กองทุน เงินสมทบ ประโยชน์ทดแทน ว่างงาน คลอดบุตร ชราภาพ
ทุพพลภาพ เสียชีวิต เจ็บป่วย สงเคราะห์บุตร สถานพยาบาล โรงพยาบาล ทันตกรรม บำนาญ บำเหน็จ ขอนแก่น อุดรธานี นครราชสีมา เชียงใหม่
ภูเก็ต สงขลา ชลบุรี ระยอง อยุธยา สุราษฎร์ธานี พิษณุโลก อุบลราชธานี นครสวรรค์ ลำปาง มรณบัตร สูติบัตร ทะเบียนบ้าน`.split(/\s+/);
const words = [...new Set([...domainWords, ...evalCorpus.flatMap((d) => segmentWords(normalizeText(`${d.title_th} ${d.summary_th} ${d.body}`)))])]
  .filter((w) => /^[\u0E01-\u0E4E]{2,}$/.test(w));
const cumulative: number[] = [];
words.reduce((sum, _, rank) => { cumulative.push(sum + 1 / (rank + 1)); return sum + 1 / (rank + 1); }, 0);
const zipfWord = () => {
  const target = random() * (cumulative[cumulative.length - 1] as number);
  let lo = 0, hi = cumulative.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((cumulative[mid] as number) < target) lo = mid + 1; else hi = mid; }
  return words[lo] as string;
};
const months = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const titleHeads = ['คู่มือการขอรับ', 'ประกาศ เรื่อง', 'สรุปผลการจัดซื้อจัดจ้าง', 'มติคณะกรรมการ เรื่อง', 'แผนการจัดซื้อจัดจ้าง', 'รายงานผลการดำเนินงาน', 'ราคากลาง งาน', 'ระเบียบ ว่าด้วย'];

/** A clause of 2–5 words run together, as Thai is written; clauses are separated by spaces. */
const clause = () => Array.from({ length: 2 + Math.floor(random() * 4) }, zipfWord).join('') + (random() < 0.3 ? ` ${thaiDigits(Math.floor(random() * 5000))}` : '');
function body(): string {
  const target = 1000 + Math.floor(random() * 1000);
  let text = '';
  while (text.length < target) text += `${clause()} `;
  return text.slice(0, target);
}

function makeCorpus(size: number): SearchableItem[] {
  return Array.from({ length: size }, (_, i) => {
    const be = 2560 + Math.floor(random() * 9);
    const month = Math.floor(random() * 12);
    const title = `${pick(titleHeads)}${zipfWord()}${zipfWord()} ${zipfWord()} เดือน${months[month]} พ.ศ. ${thaiDigits(be)}`;
    return {
      kind: 'document', id: `doc-${i}`, title: { th: title }, keywords: [zipfWord(), zipfWord()],
      categoryNames: ['จัดซื้อจัดจ้าง', 'Procurement'], category: 'proc-result', group: 'procurement',
      summary: `${clause()} ${clause()} ${clause()}`, unit: 'ฝ่ายบริหารงานทั่วไป', body: body(),
      published: `${be - 543}-${String(month + 1).padStart(2, '0')}-15`,
    } satisfies SearchableItem;
  });
}

/** Exact words from a title, the same cut mid-word (being typed), and with a one-letter typo. */
function makeQueries(corpus: readonly SearchableItem[]): Array<{ kind: string; q: string }> {
  const queries: Array<{ kind: string; q: string }> = [];
  for (let i = 0; i < QUERY_COUNT; i++) {
    const title = pick(corpus).title.th.split(' ');
    const w1 = pick(words.filter((w) => title.some((t) => t.includes(w))).concat(words.slice(0, 1))), w2 = pick(words);
    const kind = ['exact', 'prefix', 'typo'][i % 3] as string;
    if (kind === 'exact') queries.push({ kind, q: random() < 0.5 ? w1 : `${w1} ${w2}` });
    else if (kind === 'prefix') queries.push({ kind, q: `${w1} ${w2.slice(0, Math.max(2, Math.ceil(w2.length * 0.6)))}` });
    else {
      const at = Math.floor(random() * w1.length);
      const typo = random() < 0.5 ? w1.slice(0, at) + w1.slice(at + 1) : w1.slice(0, at) + pick(['า', 'น', 'ก', 'ร', '่']) + w1.slice(at + 1);
      queries.push({ kind, q: typo });
    }
  }
  if (corpus.length === 0) throw new Error('empty corpus');
  return queries;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => { gc?.(); gc?.(); return process.memoryUsage().heapUsed / 1_048_576; };
const percentile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN; };
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

console.log(`Search benchmark (Node ${process.version}${gc ? ', --expose-gc' : ', no --expose-gc: memory figures are rough'})`);
for (const size of sizes) {
  seed = 42 + size;
  const corpus = makeCorpus(size);
  const queries = makeQueries(corpus);
  const chars = corpus.reduce((n, d) => n + d.body.length + d.summary.length + d.title.th.length, 0);
  console.log(`\n== ${size.toLocaleString('en-US')} documents, ${(chars / 1e6).toFixed(1)} M characters ==`);

  resetSegmentationMemo();
  const engine = createSearchEngine();
  const before = heapMb();
  let t = performance.now();
  engine.replaceAll(corpus);
  const build = performance.now() - t;
  const memory = heapMb() - before;
  const seg = segmentationStats();
  console.log(`ours  build ${ms(build)}, heap +${memory.toFixed(0)} MB; segmented ${(seg.charsSegmented / 1e6).toFixed(1)} M chars, memo hits ${((seg.memoHits / seg.runs) * 100).toFixed(0)}% of ${seg.runs.toLocaleString('en-US')} runs`);

  // A rebuild with the segmentation memo warm: what replaceAll costs after an import, not at start-up.
  t = performance.now();
  engine.replaceAll(corpus);
  console.log(`ours  rebuild (memo warm) ${ms(performance.now() - t)}`);

  const upsertTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const doc = corpus[Math.floor(random() * corpus.length)] as SearchableItem;
    t = performance.now(); engine.upsert({ ...doc, body: `${doc.body} ${clause()}` }); upsertTimes.push(performance.now() - t);
  }
  console.log(`ours  upsert one edited document p50 ${ms(percentile(upsertTimes, 50))}, p95 ${ms(percentile(upsertTimes, 95))}`);

  for (let i = 0; i < 20; i++) engine.query(SearchQuery.parse({ q: (queries[i] as { q: string }).q })); // warm-up
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  for (const { kind, q } of queries) {
    t = performance.now();
    engine.query(SearchQuery.parse({ q }));
    const took = performance.now() - t;
    all.push(took);
    byKind.set(kind, [...(byKind.get(kind) ?? []), took]);
  }
  const kinds = [...byKind].map(([k, xs]) => `${k} p50 ${ms(percentile(xs, 50))} p95 ${ms(percentile(xs, 95))}`).join('; ');
  console.log(`ours  ${all.length} queries p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, max ${ms(Math.max(...all))}  (${kinds})`);

  const fuseCount = fuseQueryCounts.get(size) ?? 10;
  const beforeFuse = heapMb();
  t = performance.now();
  const fuse = new Fuse(corpus, { keys: ['title.th', 'body'], ignoreLocation: true });
  const fuseBuild = performance.now() - t;
  const fuseMemory = heapMb() - beforeFuse;
  const fuseTimes: number[] = [];
  for (const { q } of queries.slice(0, fuseCount)) { t = performance.now(); fuse.search(q, { limit: 20 }); fuseTimes.push(performance.now() - t); }
  console.log(`fuse  build ${ms(fuseBuild)}, heap +${fuseMemory.toFixed(0)} MB; ${fuseCount} of ${QUERY_COUNT} queries (sampled: Fuse scans every document) p50 ${ms(percentile(fuseTimes, 50))}, p95 ${ms(percentile(fuseTimes, 95))}`);
}
