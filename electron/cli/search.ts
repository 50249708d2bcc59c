import { readFile } from 'node:fs/promises';
import type { SearchAnswer, SearchHit } from '../contract/search';
import { cliCaller, type CliCommand } from './command';

/** One query's answer as the CLI prints it: `found` counts results; suggestions carry `weak: true`. */
const answerLine = (q: string, answer: SearchAnswer) => ({
  q,
  found: answer.found,
  ...(answer.correctedTo ? { correctedTo: answer.correctedTo } : {}),
  ...(answer.didYouMean ? { didYouMean: answer.didYouMean } : {}),
  ...(answer.referral ? { referral: { agency: answer.referral.agency.th, contact: answer.referral.contact } } : {}),
  ids: answer.hits.map((h) => h.id),
  /** The ids of the found hits only (`ids` lists the suggestions after them). */
  foundIds: answer.hits.filter((h) => !h.weak).map((h) => h.id),
  hits: answer.hits.map((h: SearchHit) => ({ id: h.id, score: h.score, title: h.title.th, ...(h.weak ? { weak: true } : {}) })),
});

/**
 * `search "ว่างงาน" --json --limit 10` prints `{"q","found","correctedTo"?,"didYouMean"?,"referral"?,"ids","foundIds","hits":[{"id","score","title","weak"?}]}`
 * (`ids`: every hit listed, suggestions too; `foundIds`: the found ones; `didYouMean`: with --as-typed, the correction that was not searched; `referral`: found nothing, and
 * settings name the agency that handles the topic);
 * `search --queries FILE --json` prints one such line per query line. `found` is what the kiosk's
 * screen calls found; hits with `"weak": true` are suggestions, listed after the found ones.
 */
export const searchCommand: CliCommand = {
  readsOnly: () => true,
  summary: 'search the catalogue: "QUERY" [--limit N] [--json] [--as-typed] | --queries FILE',
  searches: true,
  options: { json: { type: 'boolean' }, limit: { type: 'string', default: '10' }, queries: { type: 'string' }, 'as-typed': { type: 'boolean' } },
  async run({ kiosk, values, positionals, print }) {
    const limit = Number(values.limit);
    const asTyped = values['as-typed'] === true;
    const ask = async (q: string): Promise<SearchAnswer> => {
      for (;;) {
        const result = await kiosk.dispatch('search.query', { q, limit, asTyped }, cliCaller);
        if (!result.ok) throw new Error(`${result.error.messageTh}\n${result.error.message}`);
        const answer = result.value as SearchAnswer;
        // A kiosk that has just started without its cache answers from titles and summaries first: the CLI waits for the full index.
        if (!answer.partial) return answer;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    try {
      if (typeof values.queries === 'string') {
        const lines = (await readFile(values.queries, 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
        for (const q of lines) print(JSON.stringify(answerLine(q, await ask(q))));
        return 0;
      }
      const q = positionals.join(' ');
      if (!q) { process.stderr.write('search needs a query or --queries FILE\n'); return 2; }
      const answer = await ask(q);
      if (values.json) {
        print(JSON.stringify(answerLine(q, answer)));
      } else {
        if (answer.correctedTo) print(`ค้นหาเป็น "${answer.correctedTo}" แทน "${q}" (--as-typed ค้นหาตามที่พิมพ์) / Searched for "${answer.correctedTo}" instead of "${q}" (--as-typed searches what was typed).`);
        print(`พบ ${answer.found} รายการ / Found ${answer.found}.`);
        for (const h of answer.hits) print(`${h.score.toFixed(2).padStart(8)}  ${h.id}  ${h.title.th}${h.weak ? '  (ผลที่ใกล้เคียง / suggestion)' : ''}`);
        if (answer.found === 0 && answer.didYouMean) print(`หมายถึง ${answer.didYouMean} หรือไม่ / Did you mean: ${answer.didYouMean}`);
      }
      return 0;
    } finally {
      // The index this run built or updated goes to the cache when the CLI closes its services (cli/main.ts).
    }
  },
};
