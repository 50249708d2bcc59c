/**
 * A worker thread that analyses items for the index (segmenting Thai is what makes a build slow):
 * it receives `{ id, items }` and answers `{ id, analysed }`, the typed arrays transferred, not
 * copied. Started by analysisPool; bundled as its own file for Electron (see package.json).
 */
import { parentPort } from 'node:worker_threads';
import type { SearchableItem } from './engine';
import { analyseItem, type AnalysedItem } from './itemAnalysis';

interface Request { id: number; items: SearchableItem[] }
export interface Reply { id: number; analysed: AnalysedItem[] }

parentPort?.on('message', ({ id, items }: Request) => {
  const analysed = items.map((item) => analyseItem(item));
  const transfer = analysed.flatMap((a) => [a.fields.buffer, a.counts.buffer, a.npos.buffer, a.positions.buffer]) as ArrayBuffer[];
  parentPort?.postMessage({ id, analysed } satisfies Reply, transfer);
});
