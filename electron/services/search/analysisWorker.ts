/**
 * A worker thread that analyses items for the index (segmenting Thai is what makes a build slow):
 * it receives `{ id, items }` and answers `{ id, analysed, newTerms }`. Terms travel as numbers:
 * the worker numbers every term the first time it meets it and sends each new term's text once
 * (`newTerms`, in number order); the pool turns the numbers back into one shared string per term.
 * A 20,000-document build would otherwise clone ~5 million term strings into the main thread,
 * and hash each copy again when the index looks it up. The typed arrays are transferred, not
 * copied. Started by analysisPool; bundled as its own file for Electron (see package.json).
 */
import { parentPort } from 'node:worker_threads';
import type { SearchableItem } from './engine';
import { analyseItem, type AnalysedItem } from './itemAnalysis';

interface Request { id: number; items: SearchableItem[] }
export type NumberedItem = Omit<AnalysedItem, 'terms'> & { termNumbers: Uint32Array };
export interface Reply { id: number; analysed: NumberedItem[]; newTerms: string[] }

const numberOf = new Map<string, number>();

parentPort?.on('message', ({ id, items }: Request) => {
  const newTerms: string[] = [];
  const analysed = items.map((item): NumberedItem => {
    const { terms, ...rest } = analyseItem(item);
    const termNumbers = new Uint32Array(terms.length);
    terms.forEach((term, i) => {
      let n = numberOf.get(term);
      if (n === undefined) { n = numberOf.size; numberOf.set(term, n); newTerms.push(term); }
      termNumbers[i] = n;
    });
    return { ...rest, termNumbers };
  });
  const transfer = analysed.flatMap((a) => [a.fields.buffer, a.counts.buffer, a.npos.buffer, a.positions.buffer, a.termNumbers.buffer]) as ArrayBuffer[];
  parentPort?.postMessage({ id, analysed, newTerms } satisfies Reply, transfer);
});
