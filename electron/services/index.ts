import type { HandlersFor } from '../contract/handler';
import type { MethodName } from '../contract/index';
import { openCatalogue } from './catalogue/catalogue';
import { catalogueHandlers } from './catalogue/handlers';
import { createSearchEngine } from './search/index';
import { searchHandlers } from './search/handlers';
import { openSettings } from './settings/settings';
import { settingsHandlers } from './settings/handlers';
import type { StoreRecovery } from './store/jsonStore';
import { silentLog, systemClock, type Clock, type Log } from './runtime';

export interface ServiceOptions {
  /** The data folder: every store and file lives below it. */
  dataDir: string;
  /** Folder of the shipped sample; seeded into an empty data folder on first start. */
  sampleDir?: string;
  clock?: Clock;
  log?: Log;
}

/** Creates every capability over one data folder. Pure Node: runs in Electron's main process, the web mode, the CLI and tests. */
export async function createServices(options: ServiceOptions) {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLog;
  const { dataDir, sampleDir } = options;

  const settings = await openSettings({ dataDir, sampleDir, clock });
  const catalogue = await openCatalogue({ dataDir, sampleDir, clock });

  const search = createSearchEngine();
  search.replaceAll(await catalogue.searchableItems());
  catalogue.onChange(async (change) => {
    if (change.kind === 'all') return search.replaceAll(await catalogue.searchableItems());
    if (change.kind === 'service') return search.replaceAll(await catalogue.searchableItems());
    const item = await catalogue.searchableDocument(change.id);
    if (item) search.upsert(item); else search.remove('document', change.id);
  });

  const recoveries: StoreRecovery[] = [settings.recovery, catalogue.recovery].filter((r): r is StoreRecovery => Boolean(r));
  for (const r of recoveries) log.warn('store recovered at start-up', { ...r });

  const handlers = {
    ...catalogueHandlers(catalogue, settings),
    ...searchHandlers(search),
    ...settingsHandlers(settings),
  } satisfies HandlersFor<MethodName>;

  return { dataDir, clock, log, settings, catalogue, search, recoveries, handlers };
}
export type Services = Awaited<ReturnType<typeof createServices>>;
