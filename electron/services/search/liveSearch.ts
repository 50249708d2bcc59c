import type { SearchAnswer, SearchQuery } from '../../contract/search';
import type { Catalogue, CatalogueChange } from '../catalogue/catalogue';
import { createSearchEngine } from './searchEngine';
import type { SearchEngine } from './engine';

/**
 * The search index kept in step with the catalogue. Built on first use (or `warm()` after
 * start-up), so CLI commands that never search pay nothing; one edit updates one item,
 * an import updates the items it changed; only "everything changed" rebuilds, and lazily.
 */
export function createLiveSearch(catalogue: Catalogue) {
  let engine: SearchEngine | undefined;
  let building: Promise<SearchEngine> | undefined;

  const ready = (): Promise<SearchEngine> => {
    if (engine) return Promise.resolve(engine);
    building ??= catalogue.searchableItems().then((items) => {
      const fresh = createSearchEngine();
      fresh.replaceAll(items);
      engine = fresh;
      building = undefined;
      return fresh;
    });
    return building;
  };

  async function apply(change: CatalogueChange) {
    if (!engine) { building = undefined; return; } // not built yet: it will be built from the current catalogue
    if (change.kind === 'all') { engine = undefined; return; }
    if (change.kind === 'service') {
      const item = catalogue.searchableService(change.id);
      if (item) engine.upsert(item); else engine.remove('service', change.id);
      return;
    }
    for (const id of change.kind === 'documents' ? change.ids : [change.id]) {
      const item = await catalogue.searchableDocument(id);
      if (item) engine.upsert(item); else engine.remove('document', id);
    }
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
  };
}
export type LiveSearch = ReturnType<typeof createLiveSearch>;
