import { join } from 'node:path';
import type { SearchAnswer, SearchQuery } from '../../contract/search';
import { currentPdfTextSync, pdfTextsListing } from '../catalogue/fileStore';
import { documentForSearchWith, searchStamp, serviceForSearch } from '../catalogue/searchItem';
import { readCurrentItems, type CurrentItems } from '../catalogue/store/currentItems';
import type { SearchableItem } from './engine';
import { ItemOnDemand } from './itemOnDemand';
import { readSnapshotFile } from './indexSnapshot';
import { createSearchEngine } from './searchEngine';

/** Where a data folder keeps its search index cache. */
export const searchCacheFile = (dataDir: string) => join(dataDir, '.cache', 'search-index.bin');

/** The cache and the folder disagree after all (an item it names is gone, a PDF's text must be extracted again): the caller opens the folder. */
export class CacheOutOfStep extends Error {}

export interface CacheOnlySearch {
  /** Throws CacheOutOfStep when an item the answer shows cannot be read as the cache knew it. */
  query(q: SearchQuery): SearchAnswer;
  close(): void;
}

/**
 * Searches answered from the index cache alone, when the cache was written for exactly the
 * catalogue state on disk (its stamp, indexSnapshot's header `catalogue`, is the store's state
 * label): the catalogue is not parsed, only the items an answer shows. A one-shot CLI search
 * otherwise parses the whole catalogue, builds every search item and checks each against the
 * cache (at 20,000 documents ~0.6 s of its ~1.2 s, garbage collection included) before it can
 * answer. Undefined when the cache is missing, stale or unstamped, or the folder is not plainly
 * as stored: the caller opens the folder as always (and the run that does stamps the cache).
 */
export async function openCacheOnlySearch(dataDir: string): Promise<CacheOnlySearch | undefined> {
  const [current, bytes] = await Promise.all([readCurrentItems(dataDir), readSnapshotFile(searchCacheFile(dataDir)).catch(() => undefined)]);
  if (!current || !bytes) { current?.close(); return undefined; }
  const engine = createSearchEngine();
  const itemOf = (kind: SearchableItem['kind'], id: string) => readItem(current, dataDir, kind, id);
  const stamp = searchStamp(current.label, await pdfTextsListing(dataDir));
  if (!engine.loadSnapshotAlone(bytes, stamp, (kind, id) => new ItemOnDemand(kind, id, itemOf))) { current.close(); return undefined; }
  return { query: (q) => engine.query(q), close: () => current.close() };
}

function readItem(current: CurrentItems, dataDir: string, kind: SearchableItem['kind'], id: string): SearchableItem {
  if (kind === 'service') {
    const service = current.service(id);
    if (service?.status !== 'active') throw new CacheOutOfStep(`service ${id} is not in the catalogue as the cache knew it`);
    return serviceForSearch(service);
  }
  const document = current.document(id);
  if (document?.status !== 'active') throw new CacheOutOfStep(`document ${id} is not in the catalogue as the cache knew it`);
  const pdfText = document.file ? currentPdfTextSync(dataDir, document.file.sha256) : '';
  if (pdfText === undefined) throw new CacheOutOfStep(`the text of document ${id}'s PDF is to be extracted again`);
  return documentForSearchWith(document, pdfText, () => document.body ?? '');
}
