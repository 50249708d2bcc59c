import type { RemoteKiosk } from '../adminChannel/channelClient';
import type { SearchAnswer } from '../contract/search';
import { SearchQuery } from '../contract/search';
import { CacheOutOfStep, type CacheOnlySearch } from '../services/search/cacheOnlySearch';

/** The folder opened as every command opens it (cli/main.ts). */
export interface OpenedFolder { kiosk: RemoteKiosk; close(): Promise<void> }

/**
 * A search command's kiosk: `search.query` answered from the index cache alone while the cache
 * matches the folder (services/search/cacheOnlySearch.ts), the folder opened as usual the first
 * time that will not do: a query that found nothing (whether the settings refer it to another
 * agency is read there), an item the cache could not show, any other method. From then on the
 * opened folder answers everything.
 */
export function cacheFirstKiosk(cached: CacheOnlySearch, open: () => Promise<OpenedFolder>): OpenedFolder {
  let opened: Promise<OpenedFolder> | undefined;
  const folder = () => (opened ??= open().finally(() => cached.close()));
  const fromCache = (input: unknown): SearchAnswer | undefined => {
    if (opened) return undefined;
    const query = SearchQuery.safeParse(input);
    if (!query.success) return undefined; // the folder's dispatcher says what is wrong with it
    try {
      const answer = cached.query(query.data);
      return answer.found > 0 ? answer : undefined;
    } catch (error) {
      if (error instanceof CacheOutOfStep) return undefined;
      throw error;
    }
  };
  return {
    kiosk: {
      async dispatch(method, input, caller) {
        const answer = method === 'search.query' ? fromCache(input) : undefined;
        return answer ? { ok: true, value: answer } : (await folder()).kiosk.dispatch(method, input, caller);
      },
    },
    async close() {
      if (opened) await (await opened).close(); else cached.close();
    },
  };
}
