/**
 * `npm run eval:search`: what the search screen *says*, judged. For every query set: found-precision
 * (share of the hits the engine calls "found" that are relevant), found-recall, no-answer correctness
 * (queries with no relevant document answer found = 0), the rank of the first relevant found hit
 * (found-MRR@10), and MRR/nDCG@10 over every hit listed (found and suggestions), per query kind.
 * Each figure stands next to the same figure measured on main before issue 17 (recorded in
 * tests/fixtures/search-eval/before-issue-17.json) and next to Fuse.js used the obvious way
 * (everything it returns counts as found), measured in this run.
 *
 * Sets: queries.json (tuned on), queries-holdout.json (judged after tuning, never tuned on),
 * queries-holdout-17.json and queries-sample-holdout-17.json (issue 17's cases and more, judged from
 * the texts before any run, never tuned on; every document containing the query is judged, so
 * found-precision there is exact). queries-sample-holdout-17b.json (grown 2026-12-07: typos, digits
 * and the other era, proximity, Thai typed on the English layout, English, no-answer; judged the same
 * way before any run, never tuned on). The sample sets run on the shipped sample catalogue.
 *
 * Run: npm run eval:search [-- --misses]
 * Record the "before" column: SEARCH_ENGINE_MODULE=<main checkout>/electron/services/search/index.ts npm run eval:search -- --record-before
 */
import { createFolderWriter } from '../../electron/services/store/folderWriter';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { SearchQuery, type SearchAnswer } from '../../electron/contract/search';
import { openCatalogue } from '../../electron/services/catalogue/catalogue';
import type { SearchableItem, SearchEngine } from '../../electron/services/search/index';
import { sampleDir } from '../../electron/paths';
import { toSearchableItem, type EvalDocument } from './search-corpus';

interface EvalQuery { id: string; kind: string; q: string; relevant: Record<string, number>; note?: string }
interface Outcome { found: string[]; listed: string[]; correctedTo?: string }
type Metrics = Record<string, number>;

const fixtureUrl = (name: string) => new URL(`../fixtures/search-eval/${name}`, import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(fixtureUrl(name), 'utf8')) as unknown;
const K = 10;
const BEFORE_FILE = 'before-issue-17.json';

const engineModule = process.env.SEARCH_ENGINE_MODULE;
const { createSearchEngine } = (await import(engineModule ? pathToFileURL(engineModule).href : '../../electron/services/search/index')) as {
  createSearchEngine: () => SearchEngine;
};

async function sampleItems(): Promise<SearchableItem[]> {
  const dir = await mkdtemp(join(tmpdir(), 'search-eval-sample-'));
  try {
    const catalogue = await openCatalogue({ dataDir: dir, sampleDir: sampleDir(), clock: { now: () => new Date('2026-11-21T03:00:00Z') }, stores: { writer: createFolderWriter(), owner: true } });
    return await catalogue.searchableItems();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface System { name: string; run(q: string): Outcome }

function ourSystem(items: readonly SearchableItem[], suggestions?: readonly string[]): System {
  const engine = (createSearchEngine as (options?: { suggestions?: readonly string[] }) => SearchEngine)(suggestions ? { suggestions } : undefined);
  engine.replaceAll([...items]);
  return {
    name: 'ours',
    run(q) {
      const answer = engine.query(SearchQuery.parse({ q, limit: 100 })) as SearchAnswer & { correctedTo?: string };
      return {
        found: answer.hits.filter((h) => !h.weak).map((h) => h.id),
        listed: answer.hits.map((h) => h.id),
        ...(answer.correctedTo ? { correctedTo: answer.correctedTo } : {}),
      };
    },
  };
}

function fuseSystem(items: readonly SearchableItem[]): System {
  const fuse = new Fuse(items.map((d) => ({ id: d.id, title: `${d.title.th} ${d.title.en ?? ''}`, body: d.body })), { keys: ['title', 'body'] });
  return {
    name: 'fuse',
    run(q) {
      const ids = fuse.search(q, { limit: 100 }).map((r) => r.item.id);
      return { found: ids, listed: ids };
    },
  };
}

/** Sums over a set of queries; turned into rates by `rates`. */
function tally(set: readonly EvalQuery[], outcomes: ReadonlyMap<string, Outcome>) {
  const t = { foundHits: 0, foundRelevant: 0, judgedRelevant: 0, relevantFound: 0, noAnswer: 0, noAnswerRight: 0, answerable: 0, foundMrr: 0, mrr: 0, ndcg: 0 };
  for (const query of set) {
    const o = outcomes.get(query.id) as Outcome;
    const isRelevant = (id: string) => (query.relevant[id] ?? 0) > 0;
    t.foundHits += o.found.length;
    t.foundRelevant += o.found.filter(isRelevant).length;
    const judged = Object.entries(query.relevant).filter(([, g]) => g > 0);
    if (judged.length === 0) {
      t.noAnswer++;
      if (o.found.length === 0) t.noAnswerRight++;
      continue;
    }
    t.answerable++;
    t.judgedRelevant += judged.length;
    t.relevantFound += judged.filter(([id]) => o.found.includes(id)).length;
    const firstFound = o.found.slice(0, K).findIndex(isRelevant);
    t.foundMrr += firstFound < 0 ? 0 : 1 / (firstFound + 1);
    const top = o.listed.slice(0, K);
    const first = top.findIndex(isRelevant);
    t.mrr += first < 0 ? 0 : 1 / (first + 1);
    const dcg = top.reduce((sum, id, i) => sum + (2 ** (query.relevant[id] ?? 0) - 1) / Math.log2(i + 2), 0);
    const ideal = judged.map(([, g]) => g).sort((a, b) => b - a).slice(0, K).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
    t.ndcg += dcg / ideal;
  }
  return t;
}

function rates(t: ReturnType<typeof tally>): Metrics {
  const m: Metrics = {};
  if (t.foundHits > 0 || t.answerable + t.noAnswer > 0) m.foundPrecision = t.foundHits ? t.foundRelevant / t.foundHits : 1;
  if (t.answerable > 0) {
    m.foundRecall = t.relevantFound / t.judgedRelevant;
    m.foundMrr = t.foundMrr / t.answerable;
    m.mrr = t.mrr / t.answerable;
    m.ndcg = t.ndcg / t.answerable;
  }
  if (t.noAnswer > 0) m.noAnswer = t.noAnswerRight / t.noAnswer;
  return m;
}

const columns = ['foundPrecision', 'foundRecall', 'noAnswer', 'foundMrr', 'mrr', 'ndcg'] as const;
const heading = { foundPrecision: 'found-prec', foundRecall: 'found-rec', noAnswer: 'no-answer', foundMrr: 'found-MRR', mrr: 'MRR', ndcg: 'nDCG' };

function evaluate(name: string, set: readonly EvalQuery[], systems: readonly System[]) {
  const outcomes = new Map(systems.map((s) => [s.name, new Map(set.map((q) => [q.id, s.run(q.q)]))]));
  const byKind: Record<string, Record<string, Metrics>> = {};
  const counts: Record<string, number> = {};
  for (const kind of ['overall', ...new Set(set.map((q) => q.kind))]) {
    const qs = set.filter((q) => kind === 'overall' || q.kind === kind);
    counts[kind] = qs.length;
    byKind[kind] = Object.fromEntries(systems.map((s) => [s.name, rates(tally(qs, outcomes.get(s.name) as Map<string, Outcome>))]));
  }
  return { name, byKind, counts, outcomes };
}

const f = (n: number | undefined) => (n === undefined ? '    -' : n.toFixed(3).replace(/^0/, ' '));

function print(result: ReturnType<typeof evaluate>, before: Record<string, Metrics> | undefined) {
  console.log(`\n${result.name}: before | now | fuse`);
  console.log(['kind'.padEnd(14), 'n'.padStart(3), ...columns.map((c) => heading[c].padStart(17))].join(' '));
  for (const [kind, bySystem] of Object.entries(result.byKind)) {
    const cells = columns.map((c) => {
      const now = bySystem.ours?.[c];
      if (now === undefined) return ''.padStart(17);
      return `${f(before?.[kind]?.[c])}|${f(now)}|${f(bySystem.fuse?.[c])}`.padStart(17);
    });
    console.log([kind.padEnd(14), String(result.counts[kind]).padStart(3), ...cells].join(' '));
  }
}

const corpus = (fixture('corpus.json') as EvalDocument[]).map(toSearchableItem);
const sample = await sampleItems();
const sets = [
  { name: 'tuned-on queries.json', queries: fixture('queries.json') as EvalQuery[], items: corpus },
  { name: 'held out queries-holdout.json', queries: fixture('queries-holdout.json') as EvalQuery[], items: corpus },
  { name: 'held out, issue 17: queries-holdout-17.json', queries: fixture('queries-holdout-17.json') as EvalQuery[], items: corpus },
  { name: 'held out, issue 17, sample catalogue: queries-sample-holdout-17.json', queries: fixture('queries-sample-holdout-17.json') as EvalQuery[], items: sample },
  { name: 'held out, grown 2026-12-07, sample catalogue: queries-sample-holdout-17b.json', queries: fixture('queries-sample-holdout-17b.json') as EvalQuery[], items: sample },
];

const recordBefore = process.argv.includes('--record-before');
const before = recordBefore ? {} : (JSON.parse(readFileSync(fixtureUrl(BEFORE_FILE), 'utf8')) as Record<string, Record<string, Metrics>>);
const recorded: Record<string, Record<string, Metrics>> = {};

console.log(`Search evaluation${engineModule ? ` of ${engineModule}` : ''}: ${corpus.length} eval documents, ${sample.length} sample items; metrics @${K} where ranked.`);
console.log('found-prec = relevant found / found (no-answer queries included); found-rec = relevant found / relevant judged;');
console.log('no-answer = share of no-answer queries answering found = 0; found-MRR = rank of the first relevant found hit;');
console.log('MRR, nDCG = over every hit listed, suggestions included. Fuse counts everything it returns as found.');
for (const set of sets) {
  const systems = [ourSystem(set.items), ...(recordBefore ? [] : [fuseSystem(set.items)])];
  const result = evaluate(set.name, set.queries, systems);
  recorded[set.name] = Object.fromEntries(Object.entries(result.byKind).map(([kind, s]) => [kind, s.ours as Metrics]));
  print(result, before[set.name]);
  if (process.argv.includes('--misses')) {
    for (const q of set.queries) {
      const o = result.outcomes.get('ours')!.get(q.id)!;
      const wrong = o.found.filter((id) => !((q.relevant[id] ?? 0) > 0));
      const missed = Object.keys(q.relevant).filter((id) => (q.relevant[id] ?? 0) > 0 && !o.found.includes(id));
      if (wrong.length || missed.length) {
        console.log(`  ${q.id} "${q.q}"${o.correctedTo ? ` -> ${o.correctedTo}` : ''}: found ${o.found.length}; not relevant: ${wrong.slice(0, 6).join(', ') || '-'}; missed: ${missed.slice(0, 6).join(', ') || '-'}${missed.length > 6 ? ` (+${missed.length - 6})` : ''}`);
      }
    }
  }
}
if (!recordBefore) {
  // Fuse.js beside what it replaces: corrections from the Thai rules (and the other layout) alone,
  // from Fuse alone over the short fields, and both (Fuse asked only when the rules found nothing).
  console.log('\nTypo queries of every set, by where corrections come from: found-recall, found-MRR, mean ms per query');
  const typoSets = sets.map((set) => ({ ...set, queries: set.queries.filter((q) => q.kind === 'typo') })).filter((s) => s.queries.length > 0);
  for (const [label, suggestions] of [['Thai rules + layout', ['thai-edits', 'layout']], ['+ sounds alike', ['thai-edits', 'sound-alike', 'layout']], ['Fuse.js only', ['fuse']], ['all (shipped)', ['thai-edits', 'sound-alike', 'layout', 'fuse']]] as const) {
    let recall = 0, mrr = 0, n = 0, time = 0, count = 0;
    for (const set of typoSets) {
      const system = ourSystem(set.items, suggestions);
      const started = performance.now();
      const outcomes = new Map(set.queries.map((q) => [q.id, system.run(q.q)]));
      time += performance.now() - started; count += set.queries.length;
      const r = rates(tally(set.queries, outcomes));
      recall += (r.foundRecall ?? 0) * set.queries.length; mrr += (r.foundMrr ?? 0) * set.queries.length; n += set.queries.length;
    }
    console.log(`  ${label.padEnd(22)} found-rec ${f(recall / n)}  found-MRR ${f(mrr / n)}  ${(time / count).toFixed(1)} ms  (${n} queries)`);
  }
}
if (recordBefore) {
  writeFileSync(fixtureUrl(BEFORE_FILE), `${JSON.stringify(recorded, null, 1)}\n`);
  console.log(`\nRecorded as the "before" column in tests/fixtures/search-eval/${BEFORE_FILE}.`);
}
