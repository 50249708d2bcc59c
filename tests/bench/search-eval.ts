/**
 * Retrieval quality on the judged evaluation set: MRR@10, nDCG@10 and recall@10, overall and per
 * query kind, for our engine and for Fuse.js used the obvious way, in the same run.
 * queries-holdout.json was written and judged after the engine (and its synonym and misspelling
 * tables) had been tuned on queries.json, and is never tuned on: it shows how far the figures carry.
 * Run: npx tsx tests/bench/search-eval.ts [--misses]
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { SearchQuery } from '../../electron/contract/search';
import { createSearchEngine } from '../../electron/services/search/index';
import { toSearchableItem, type EvalDocument } from './search-corpus';

interface EvalQuery { id: string; kind: string; q: string; relevant: Record<string, number>; note?: string }
interface Ranked { ids: string[]; onlyWeak: boolean }
interface Scores { mrr: number; ndcg: number; recall: number }

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/search-eval/${name}`, import.meta.url), 'utf8')) as unknown;
const corpus = fixture('corpus.json') as EvalDocument[];
const queries = fixture('queries.json') as EvalQuery[];
const holdout = fixture('queries-holdout.json') as EvalQuery[];
const K = 10;

function score(query: EvalQuery, ranked: Ranked): Scores {
  const judged = Object.entries(query.relevant);
  if (judged.length === 0) {
    // No-answer: right when nothing comes back, or only hits flagged weak ("might be").
    const ok = ranked.ids.length === 0 || ranked.onlyWeak ? 1 : 0;
    return { mrr: ok, ndcg: ok, recall: ok };
  }
  const top = ranked.ids.slice(0, K);
  const firstHit = top.findIndex((id) => (query.relevant[id] ?? 0) > 0);
  const dcg = top.reduce((sum, id, i) => sum + (2 ** (query.relevant[id] ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = judged.map(([, g]) => g).sort((a, b) => b - a).slice(0, K)
    .reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const found = top.filter((id) => (query.relevant[id] ?? 0) > 0).length;
  return { mrr: firstHit < 0 ? 0 : 1 / (firstHit + 1), ndcg: dcg / ideal, recall: found / Math.min(judged.length, K) };
}

const engine = createSearchEngine();
engine.replaceAll(corpus.map(toSearchableItem));
const ours = (q: string): Ranked => {
  const answer = engine.query(SearchQuery.parse({ q, limit: K }));
  return { ids: answer.hits.map((h) => h.id), onlyWeak: answer.hits.every((h) => h.weak) };
};

const fuse = new Fuse(corpus.map((d) => ({ id: d.id, title: `${d.title_th} ${d.title_en}`, body: d.body })), { keys: ['title', 'body'] });
const fuseSearch = (q: string): Ranked => ({ ids: fuse.search(q, { limit: K }).map((r) => r.item.id), onlyWeak: false });

const systems = { ours, fuse: fuseSearch };
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const f = (n: number) => n.toFixed(3);

function report(set: readonly EvalQuery[]): Map<string, Scores> {
  const results = new Map(Object.entries(systems).map(([name, run]) => [name, new Map(set.map((q) => [q.id, score(q, run(q.q))]))]));
  console.log(['kind'.padEnd(13), 'n'.padStart(3), ' ours MRR  nDCG   rec', '  fuse MRR  nDCG   rec'].join(' '));
  for (const kind of [...new Set(set.map((q) => q.kind)), 'overall']) {
    const qs = set.filter((q) => kind === 'overall' || q.kind === kind);
    const cols = Object.keys(systems).map((name) => {
      const s = qs.map((q) => results.get(name)?.get(q.id) as Scores);
      return `   ${f(mean(s.map((x) => x.mrr)))} ${f(mean(s.map((x) => x.ndcg)))} ${f(mean(s.map((x) => x.recall)))}`;
    });
    console.log([kind.padEnd(13), String(qs.length).padStart(3), ...cols].join(' '));
  }
  return results.get('ours') as Map<string, Scores>;
}

function printMisses(set: readonly EvalQuery[], ourScores: Map<string, Scores>): void {
  for (const query of set) {
    const s = ourScores.get(query.id) as Scores;
    if (s.mrr >= 1) continue;
    const answer = engine.query(SearchQuery.parse({ q: query.q, limit: 5 }));
    console.log(`${query.id} "${query.q}" MRR ${f(s.mrr)} -> ${answer.hits.map((h) => `${h.id}${h.weak ? '?' : ''}`).join(', ') || '(none)'}${answer.didYouMean ? ` didYouMean=${answer.didYouMean}` : ''}`);
  }
}

console.log(`Search evaluation: ${corpus.length} documents, ${queries.length} judged queries (+${holdout.length} held out); metrics @${K}.`);
console.log('recall@10 = relevant found in the top 10 / min(relevant, 10).');
console.log('no-answer queries score 1 when nothing comes back or every hit is weak, else 0 (Fuse has no weak flag: any hit is 0).\n');
const main = report(queries);
console.log('\nHeld-out queries (judged after tuning, never tuned on):');
const held = report(holdout);

if (process.argv.includes('--misses')) {
  console.log('\nQueries where our first relevant hit is not at rank 1:');
  printMisses(queries, main);
  console.log('Held out:');
  printMisses(holdout, held);
}
