import { readFile } from 'node:fs/promises';
import type { SearchAnswer } from '../contract/search';
import { cliCaller, type CliCommand } from './command';

/**
 * `search "ว่างงาน" --json --limit 10` prints `[{"id","score","title"}]`;
 * `search --queries FILE --json` prints one `{"q","ids"}` line per query line.
 */
export const searchCommand: CliCommand = {
  summary: 'search the catalogue: "QUERY" [--limit N] [--json] | --queries FILE',
  options: { json: { type: 'boolean' }, limit: { type: 'string', default: '10' }, queries: { type: 'string' } },
  async run({ kiosk, values, positionals, print }) {
    const limit = Number(values.limit);
    const ask = async (q: string): Promise<SearchAnswer> => {
      const result = await kiosk.dispatch('search.query', { q, limit }, cliCaller);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as SearchAnswer;
    };
    if (typeof values.queries === 'string') {
      const lines = (await readFile(values.queries, 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      for (const q of lines) print(JSON.stringify({ q, ids: (await ask(q)).hits.map((h) => h.id) }));
      return 0;
    }
    const q = positionals.join(' ');
    if (!q) { process.stderr.write('search needs a query or --queries FILE\n'); return 2; }
    const answer = await ask(q);
    if (values.json) {
      print(JSON.stringify(answer.hits.map((h) => ({ id: h.id, score: h.score, title: h.title.th }))));
    } else {
      for (const h of answer.hits) print(`${h.score.toFixed(2).padStart(8)}  ${h.id}  ${h.title.th}${h.weak ? '  (weak)' : ''}`);
      if (answer.hits.length === 0) print(answer.didYouMean ? `No results. Did you mean: ${answer.didYouMean}` : 'No results.');
    }
    return 0;
  },
};
