import { join } from 'node:path';
import type { HandlersFor } from '../contract/handler';
import type { MethodName } from '../contract/index';
import { openCatalogue } from './catalogue/catalogue';
import { catalogueHandlers, catalogueStaffHandlers } from './catalogue/handlers';
import { createLiveSearch } from './search/liveSearch';
import { searchHandlers } from './search/handlers';
import { openSettings } from './settings/settings';
import { settingsHandlers } from './settings/handlers';
import { openStaff } from './staff/staff';
import { staffHandlers } from './staff/handlers';
import { openStats } from './stats/stats';
import { statsHandlers } from './stats/handlers';
import { createReports } from './reports/reports';
import { reportHandlers } from './reports/handlers';
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

  // The analysed index is cached so a restart re-analyses only what changed (a full build of
  // 20,000 documents takes ~17 s, mostly Thai word segmentation; loading the cache ~1.3 s). A
  // dot-folder: left out of backups and data checks, since it is rebuilt from the catalogue.
  const search = createLiveSearch(catalogue, { snapshotFile: join(dataDir, '.cache', 'search-index.bin') });

  const recoveries: StoreRecovery[] = [settings.recovery, catalogue.recovery].filter((r): r is StoreRecovery => Boolean(r));
  for (const r of recoveries) log.warn('store recovered at start-up', { ...r });
  // After the other stores: their recoveries go to the audit trail and to the next staff sign-in.
  const staff = await openStaff({ dataDir, clock, log, recoveries, phoneNumbers: () => [settings.get().centre.phone] });

  const stats = await openStats({ dataDir, clock, log, retentionYears: () => settings.get().stats.retentionYears });
  await stats.prune(clock.now()).catch((error: unknown) => log.error('usage log prune failed', { error: String(error) }));
  const reports = createReports({
    stats, clock, settings: settings.get,
    documents: () => catalogue.snapshot().documents,
  });

  const handlers = {
    ...catalogueHandlers(catalogue, settings),
    ...catalogueStaffHandlers(catalogue, clock),
    ...searchHandlers(search),
    ...settingsHandlers(settings),
    ...staffHandlers(staff, clock),
    ...statsHandlers(stats),
    ...reportHandlers(reports),
  } satisfies HandlersFor<MethodName>;

  return { dataDir, clock, log, settings, catalogue, search, staff, stats, reports, recoveries, handlers };
}
export type Services = Awaited<ReturnType<typeof createServices>>;
