/**
 * The stats recorder counts a recorded search by what the kiosk itself finds for it (a claimed 0
 * cannot put a found query among "no result"). The screen ran that same search a moment before:
 * the count is taken from that answer, not searched a second time on the thread that answers the
 * screens, as long as nothing changed in the index in between.
 */
import { describe, expect, it, vi } from 'vitest';
import { SearchQuery } from '../../electron/contract/search';
import type { Catalogue, CatalogueChange } from '../../electron/services/catalogue/catalogue';
import type { SearchableItem } from '../../electron/services/search/engine';
import { createLiveSearch } from '../../electron/services/search/liveSearch';
import type * as SearchEngineModule from '../../electron/services/search/searchEngine';

const searches = vi.hoisted(() => ({ run: 0 }));
vi.mock('../../electron/services/search/searchEngine', async (importOriginal) => {
  const actual = await importOriginal<typeof SearchEngineModule>();
  return {
    ...actual,
    createSearchEngine: (...args: Parameters<typeof actual.createSearchEngine>) => {
      const engine = actual.createSearchEngine(...args);
      const query = engine.query.bind(engine);
      engine.query = (q) => { searches.run++; return query(q); };
      return engine;
    },
  };
});

const doc = (id: string, th: string, body: string, group?: SearchableItem['group']): SearchableItem => ({
  kind: 'document', id, title: { th }, keywords: [], categoryNames: [], summary: '', body, ...(group ? { group } : {}),
});

/** A catalogue of `items` whose changes the test announces itself. */
function catalogueOf(items: SearchableItem[]) {
  const listeners: Array<(change: CatalogueChange) => void> = [];
  const catalogue = {
    searchableItems: async () => items, stateLabel: () => undefined, searchItemsNow: () => ({ label: undefined, itemOf: () => undefined }), onChange: (listener: (change: CatalogueChange) => void) => { listeners.push(listener); },
    searchableService: () => undefined, searchableDocument: async (id: string) => items.find((i) => i.id === id),
  } as unknown as Catalogue;
  return { catalogue, announce: (change: CatalogueChange) => { for (const l of listeners) l(change); } };
}

describe('what a recorded search found', () => {
  it('is the screen\'s answer, not a second search, while the index is unchanged', async () => {
    const items = [doc('a', 'เงินทดแทนกรณีว่างงาน', 'ผู้ประกันตนว่างงาน', 'service-manuals'), doc('b', 'ระเบียบการเบิกจ่าย', 'ทันตกรรม')];
    const { catalogue, announce } = catalogueOf(items);
    const live = createLiveSearch(catalogue, { workerThreshold: Infinity });
    const screen = await live.query(SearchQuery.parse({ q: 'ว่างงาน', limit: 20 }));
    expect(screen.found).toBe(1);
    const before = searches.run;
    expect(await live.found(SearchQuery.parse({ q: 'ว่างงาน', limit: 1 }))).toEqual({ found: 1, partial: false });
    expect(searches.run).toBe(before);

    // A filter changes what is found: that is another search.
    expect(await live.found(SearchQuery.parse({ q: 'ว่างงาน', group: 'procurement', limit: 1 }))).toEqual({ found: 0, partial: false });
    expect(searches.run).toBe(before + 1);

    // After a change to the index, the count is searched again, and sees the change.
    items.push(doc('c', 'คู่มือผู้ว่างงาน', 'การขึ้นทะเบียนว่างงาน'));
    announce({ kind: 'document', id: 'c' } as CatalogueChange);
    expect(await live.found(SearchQuery.parse({ q: 'ว่างงาน', limit: 1 }))).toEqual({ found: 2, partial: false });
    expect(searches.run).toBe(before + 2);
    await live.close();
  });

  it('is searched again after a change that was being applied while the screen searched (review, helper-36)', async () => {
    const items = [doc('a', 'เงินทดแทนกรณีว่างงาน', 'ผู้ประกันตนว่างงาน'), doc('b', 'ระเบียบการเบิกจ่าย', 'ทันตกรรม')];
    const { catalogue, announce } = catalogueOf(items);
    let release = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const read = catalogue.searchableDocument.bind(catalogue);
    // The new document takes a while to read (a body on disk): its change is being applied meanwhile.
    catalogue.searchableDocument = async (id: string) => { if (id === 'c') await gate; return read(id); };
    const live = createLiveSearch(catalogue, { workerThreshold: Infinity });
    await live.warm();
    announce({ kind: 'document', id: 'b' });
    const screen = live.query(SearchQuery.parse({ q: 'ว่างงาน' }));
    items.push(doc('c', 'คู่มือผู้ว่างงาน', 'การขึ้นทะเบียนว่างงาน'));
    announce({ kind: 'document', id: 'c' });
    expect((await screen).found).toBe(1); // answered before the new document was in
    release();
    await live.flush();
    expect(await live.found(SearchQuery.parse({ q: 'ว่างงาน', limit: 1 }))).toEqual({ found: 2, partial: false });
    await live.close();
  });
});
