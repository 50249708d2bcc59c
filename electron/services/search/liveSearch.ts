import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../store/durableFile';
import type { SearchAnswer, SearchQuery } from '../../contract/search';
import type { Catalogue, CatalogueChange } from '../catalogue/catalogue';
import { createSearchEngine } from './searchEngine';
import type { SearchableItem, SearchEngine } from './engine';

export interface LiveSearchOptions {
  /**
   * Where to keep the analysed index between runs. Only a cache: without it (or when it is stale or
   * damaged) the index is built from the catalogue, which costs ~0.5 ms per 1,000 characters of text
   * (17 s for 20,000 documents of 1,500 characters, against 1.3 s from the snapshot).
   */
  snapshotFile?: string;
  /** How long after the last change the snapshot is rewritten (changes often come in bursts). */
  snapshotDelayMs?: number;
}

const SLICE_MS = 40;

/**
 * A full build segments every text and takes seconds on a large catalogue; done in one go it would
 * stall the process (Electron's main process answers every screen). So it yields between slices.
 */
async function addInSlices(engine: SearchEngine, items: readonly SearchableItem[]): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    engine.upsert(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/**
 * The search index kept in step with the catalogue. Built on first use (or `warm()` after
 * start-up), so CLI commands that never search pay nothing; one edit updates one item,
 * an import updates the items it changed; only "everything changed" rebuilds, and lazily.
 */
export function createLiveSearch(catalogue: Catalogue, options: LiveSearchOptions = {}) {
  let engine: SearchEngine | undefined;
  let building: Promise<SearchEngine> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let changesWhileUnbuilt = 0;

  async function build(): Promise<SearchEngine> {
    const items = await catalogue.searchableItems();
    const fresh = createSearchEngine();
    const saved = options.snapshotFile ? await readFile(options.snapshotFile).catch(() => undefined) : undefined;
    // Edited items (all PDFs after an extractor upgrade) are analysed in slices, as a full build is.
    const reuse = saved ? fresh.replaceAllFromSnapshot(items, saved, { analyseChanged: false }) : undefined;
    await addInSlices(fresh, reuse ? reuse.pending ?? [] : items);
    if (!reuse || reuse.analysed > 0 || reuse.dropped > 0) saveSoon();
    return fresh;
  }

  const ready = (): Promise<SearchEngine> => {
    if (engine) return Promise.resolve(engine);
    building ??= (async () => {
      try {
        for (;;) {
          const seen = changesWhileUnbuilt;
          const fresh = await build();
          // The build reads the catalogue over several event-loop turns: after a change it may have
          // missed, build again from the catalogue as it is now.
          if (seen === changesWhileUnbuilt) { engine = fresh; return fresh; }
        }
      } finally {
        building = undefined; // after a failure, the next query tries again
      }
    })();
    return building;
  };

  function saveSoon(): void {
    if (!options.snapshotFile) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { void saveSnapshot(); }, options.snapshotDelayMs ?? 5_000);
    saveTimer.unref?.(); // never keeps a one-shot process (the CLI) alive
  }

  /** Writes the snapshot now (durably, as stores are); a failure only costs the next start a full build. */
  async function saveSnapshot(): Promise<void> {
    clearTimeout(saveTimer);
    const file = options.snapshotFile;
    if (!file || !engine) return;
    await writeFileDurably(file, engine.snapshot()).catch(() => {});
  }


  async function apply(change: CatalogueChange) {
    if (!engine) { changesWhileUnbuilt++; return; } // not built yet: it will be built from the current catalogue
    if (change.kind === 'all') { engine = undefined; return; }
    if (change.kind === 'service') {
      const item = catalogue.searchableService(change.id);
      if (item) engine.upsert(item); else engine.remove('service', change.id);
    } else {
      for (const id of change.kind === 'documents' ? change.ids : [change.id]) {
        const item = await catalogue.searchableDocument(id);
        if (item) engine.upsert(item); else engine.remove('document', id);
      }
    }
    saveSoon();
  }
  // Changes are applied one after another, in the order the catalogue made them.
  let queue = Promise.resolve();
  catalogue.onChange((change) => { queue = queue.then(() => apply(change)).catch(() => { engine = undefined; }); });

  return {
    async query(q: SearchQuery): Promise<SearchAnswer> {
      await queue;
      return (await ready()).query(q);
    },
    warm: async () => { await ready(); },
    saveSnapshot,
  };
}
export type LiveSearch = ReturnType<typeof createLiveSearch>;
