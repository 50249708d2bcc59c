/**
 * Analyses many items on worker threads, one per core: a cold build of 20,000 documents segments
 * ~25 M characters, seconds of ICU work that would otherwise stall the process that answers every
 * screen. Batches come back in the order they were sent, so the index's slots follow the
 * catalogue's order whatever thread finished first. Where no worker can start (a packaged app
 * without the worker file), the caller analyses in-process instead.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SearchableItem } from './engine';
import type { AnalysedItem } from './itemAnalysis';
import type { NumberedItem, Reply } from './analysisWorker';
import { nextTurn } from '../timeSlices';

const BATCH = 200;

/**
 * The worker's entry: `workerFile` when given (the benchmark's bundle), its TypeScript source
 * (through tsx) when running from source, else its bundle beside the app's (`npm run build`).
 */
function startWorker(workerFile?: string): Worker {
  const here = import.meta.url;
  if (workerFile) return new Worker(workerFile);
  if (here.endsWith('.ts')) {
    const source = new URL('./analysisWorker.ts', here).href;
    // tsx's ESM entry, found from its package folder: `require.resolve` would answer its CommonJS one.
    const tsx = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
    const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(new URL('./searchAnalysisWorker.js', here));
}

export interface AnalysisPool {
  /**
   * Analyses `items`, calling `take` with each batch in order, one batch per turn of the event loop
   * (and after the promise `take` returned, if any): batches that come back together are not taken
   * in one go, which held a kiosk's screens for a second during an import. Resolves when all are taken.
   */
  analyse(items: readonly SearchableItem[], take: (batch: Array<{ item: SearchableItem; analysed: AnalysedItem }>) => void | Promise<void>): Promise<void>;
  /** Batches sent to the workers and not yet taken (at most two a worker: a slow taker holds the workers back). */
  sentAhead(): number;
  close(): Promise<void>;
}

/** A term's number in one worker, back to its text: one string per term, shared by every item. */
const withTerms = (numbered: NumberedItem, termOf: readonly string[]): AnalysedItem => {
  const { termNumbers, ...rest } = numbered;
  return { ...rest, terms: Array.from(termNumbers, (n) => termOf[n] as string) };
};

export function createAnalysisPool(size = Math.max(1, Math.min(4, availableParallelism())), workerFile?: string): AnalysisPool {
  let workers: Worker[] | undefined;
  /** Each worker's terms by number, as it announced them (see analysisWorker). */
  const termsOf = new Map<Worker, string[]>();
  /** The batches of the current analyse() sent and not yet taken. */
  let ahead = () => 0;
  const ensure = () => (workers ??= Array.from({ length: size }, () => {
    const w = startWorker(workerFile);
    w.unref();
    const termOf: string[] = [];
    termsOf.set(w, termOf);
    // Always listening, first: a reply that comes after its analyse() gave up still numbers terms.
    w.on('message', ({ newTerms }: Reply) => { for (const term of newTerms) termOf.push(term); });
    return w;
  }));

  return {
    async analyse(items, take) {
      const pool = ensure();
      const batches: SearchableItem[][] = [];
      for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
      const done = new Map<number, AnalysedItem[]>();
      let nextToTake = 0, nextToSend = 0;
      ahead = () => nextToSend - nextToTake;
      await new Promise<void>((resolve, reject) => {
        if (batches.length === 0) { resolve(); return; }
        let taking = false, failed = false;
        const inFlight = new Map<Worker, number>();
        const fail = (error: unknown) => { failed = true; cleanup(); reject(error instanceof Error ? error : new Error(String(error))); };
        /** Takes the batches that are back, in order, one per turn of the event loop. */
        const takeReady = async () => {
          if (taking) return;
          taking = true;
          try {
            while (done.has(nextToTake) && !failed) {
              await nextTurn();
              if (failed) break;
              const batch = batches[nextToTake] as SearchableItem[];
              const result = done.get(nextToTake) as AnalysedItem[];
              done.delete(nextToTake);
              await take(batch.map((item, i) => ({ item, analysed: result[i] as AnalysedItem })));
              nextToTake++;
              topUp();
            }
          } catch (error) {
            fail(error);
            return;
          } finally {
            taking = false;
          }
          if (nextToTake === batches.length && !failed) { cleanup(); resolve(); }
        };
        const onMessage = (worker: Worker, { id, analysed }: Reply) => {
          const termOf = termsOf.get(worker) as string[]; // already holds this reply's new terms
          done.set(id, analysed.map((a) => withTerms(a, termOf)));
          inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
          void takeReady();
          topUp();
        };
        const handlers = pool.map((worker) => {
          const message = (reply: Reply) => { onMessage(worker, reply); };
          worker.on('message', message); worker.on('error', fail);
          return { worker, message };
        });
        function cleanup() { for (const { worker, message } of handlers) { worker.off('message', message); worker.off('error', fail); } }
        /**
         * Two batches per worker, one being analysed and one waiting, and no more sent than taken
         * plus two a worker: results a slow taker has not taken yet hold the workers back, instead
         * of piling up (a rebuild of 100,000 documents' analyses in memory at once).
         */
        function topUp() {
          for (const worker of pool) {
            while ((inFlight.get(worker) ?? 0) < 2 && nextToSend < batches.length && nextToSend - nextToTake < 2 * pool.length) {
              const id = nextToSend++;
              inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
              worker.postMessage({ id, items: batches[id] });
            }
          }
        }
        topUp();
      });
    },
    sentAhead: () => ahead(),
    async close() {
      const pool = workers;
      workers = undefined;
      termsOf.clear();
      await Promise.all((pool ?? []).map((w) => w.terminate()));
    },
  };
}
