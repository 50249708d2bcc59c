import { statfs } from 'node:fs/promises';
import type { HandlersFor } from '../contract/handler';
import type { MethodName } from '../contract/index';
import { joinTables } from '../contract/methodTables';
import { SearchQuery } from '../contract/search';
import { openCatalogue } from './catalogue/catalogue';
import { catalogueHandlers, catalogueStaffHandlers } from './catalogue/handlers';
import { readSnapshotFile } from './search/indexSnapshot';
import { createLiveSearch } from './search/liveSearch';
import { searchCacheFile } from './search/cacheOnlySearch';
import { searchHandlers } from './search/handlers';
import { openSettings } from './settings/settings';
import { settingsHandlers } from './settings/handlers';
import { openStaff } from './staff/staff';
import { restoreNoticeToTell } from './backup/restoreNotice';
import { staffHandlers } from './staff/handlers';
import { openStats } from './stats/stats';
import { statsHandlers } from './stats/handlers';
import type { VisitLimits } from './stats/visitBudget';
import { createAskedQueries } from './stats/askedQueries';
import { createReports } from './reports/reports';
import { reportHandlers } from './reports/handlers';
import { openHolidays } from './registers/holidays';
import { openRegisters } from './registers/registers';
import { registerHandlers } from './registers/handlers';
import { registerFigures } from './registers/reportFigures';
import { createSubmitBudget, defaultSubmitLimit } from './registers/submitBudget';
import type { BucketRule } from './limits/tokenBucket';
import { createFleet } from './fleet/fleet';
import { fleetHandlers } from './fleet/handlers';
import type { SecretSeal } from './fleet/fleetConfig';
import { createFolderWriter } from './store/folderWriter';
import { keepFolderPrivate } from './store/privateFolder';
import type { StoreContext, StoreRecovery } from './store/jsonStore';
import type { FolderUser } from './store/saveError';
import { silentLog, systemClock, type Clock, type Log } from './runtime';

export interface ServiceOptions {
  /** The data folder: every store and file lives below it. */
  dataDir: string;
  /** Folder of the shipped sample; seeded into an empty data folder on first start. */
  sampleDir?: string;
  clock?: Clock;
  log?: Log;
  /**
   * False when this process could not take the folder (it cannot be written: full disk, read-only):
   * nothing is tidied or pruned at start-up, and every write is refused with its own reason.
   */
  owner?: boolean;
  /**
   * What this process is, for the words of the dispatcher's refusal of a change when it does not own
   * the folder (see notHolderError): a kiosk unless said. (Writes outside a change, such as the usage
   * log, refuse in the kiosk's words: a CLI command makes none.)
   */
  runsAs?: FolderUser;
  /** What the public may write to the usage log; production defaults unless a test or bench says otherwise. */
  visitLimits?: VisitLimits;
  /** Forms the kiosk accepts from citizens (registers.submit); production default unless a test says otherwise. */
  submitLimit?: BucketRule;
  /** Shown in the fleet heartbeat. */
  appVersion?: string;
  /** How the fleet's CouchDB password is kept at rest (Electron's safeStorage where it exists). */
  secretSeal?: SecretSeal;
  /**
   * This process searches at once (the kiosk warms its index at start-up; the CLI's `search`): the
   * search index cache is read while the catalogue opens, not after. Commands that never search
   * leave it unread.
   */
  searchSoon?: boolean;
}

/** Creates every capability over one data folder. Pure Node: runs in Electron's main process, the web mode, the CLI and tests. */
export async function createServices(options: ServiceOptions) {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLog;
  const { dataDir, sampleDir } = options;
  const owner = options.owner ?? true;
  const writer = createFolderWriter({ freeBytes: () => statfs(dataDir).then((s) => s.bavail * s.bsize) });
  // Personal data and PIN hashes live here (PDPA): the folder is this account's alone. Never fails the start.
  if (owner) await keepFolderPrivate(dataDir, log);
  const stores: StoreContext = {
    writer, owner,
    onOpenWriteFailed: (store, error) => log.warn('could not write a store at start-up; serving it from memory', { store, error: String(error) }),
  };

  // The analysed index is cached so a restart re-analyses only what changed (a full build of
  // 20,000 documents takes ~17 s, mostly Thai word segmentation; loading the cache ~0.5 s). A
  // dot-folder: left out of backups and data checks, since it is rebuilt from the catalogue.
  const snapshotFile = searchCacheFile(dataDir);
  const cacheRead = options.searchSoon ? readSnapshotFile(snapshotFile).catch(() => undefined) : undefined;

  const settings = await openSettings({ dataDir, sampleDir, clock, stores });
  const catalogue = await openCatalogue({ dataDir, sampleDir, clock, stores, log });
  const search = createLiveSearch(catalogue, { snapshotFile, cacheRead });

  const holidays = await openHolidays({ dataDir, clock, stores });
  const registers = await openRegisters({ dataDir, clock, stores, holidays });

  const recoveries: StoreRecovery[] = [settings.recovery, catalogue.recovery, holidays.recovery, registers.recovery].filter((r): r is StoreRecovery => Boolean(r));
  for (const r of recoveries) log.warn('store recovered at start-up', { ...r });
  // After the other stores: their recoveries go to the audit trail and to the next staff sign-in.
  // Recovered stores are reported by their recovery; the others are checked for a change whose audit entry was written but not the change.
  const heads = [settings.head(), catalogue.head(), holidays.head(), registers.head()].filter((h) => !recoveries.some((r) => r.store === h.store));
  const staff = await openStaff({ dataDir, clock, log, recoveries, heads, stores, phoneNumbers: settings.phoneLines });
  // Citizens' filings a restore undid (or could not check): told at sign-in until an administrator has signed in since.
  const restoreNotice = await restoreNoticeToTell(staff.audit.path).catch((error: unknown) => { log.warn('could not read the last restore from the audit trail', { error: String(error) }); return undefined; });
  if (restoreNotice) staff.tell(restoreNotice);

  // What citizens asked search.query lately: the only searches the usage log counts (askedQueries.ts).
  const asked = createAskedQueries({ now: () => clock.now().getTime() });
  const stats = await openStats({ dataDir, clock, log, retentionYears: () => settings.get().stats.retentionYears, stores, limits: options.visitLimits, knows: catalogue.has,
    countFound: (q, group, year, asTyped) => search.found(SearchQuery.parse({ q, group, year, asTyped, limit: 1 })),
    asked,
  });
  if (owner) await stats.prune(clock.now()).catch((error: unknown) => log.error('usage log prune failed', { error: String(error) }));
  const reports = createReports({
    stats, clock, settings: settings.get,
    documents: () => catalogue.snapshot().documents,
    registers: (from, to) => registerFigures(registers.items(), registers.settings(), holidays.all(), from, to, registers.today()),
    auditHead: () => staff.audit.head(),
  });

  // Multi-site mode: inert (no replica, no timer) until `fleet join` has configured a centre.
  const fleet = createFleet({ dataDir, clock, log, catalogue, stats, appVersion: options.appVersion ?? process.env.npm_package_version ?? 'dev', seal: options.secretSeal });

  const handlers = joinTables(
    catalogueHandlers(catalogue, settings),
    catalogueStaffHandlers(catalogue, clock, settings),
    searchHandlers(search, () => settings.get().centre.referrals, (q) => asked.note(q.q, q.asTyped)),
    settingsHandlers(settings),
    staffHandlers(staff, clock),
    statsHandlers(stats),
    reportHandlers(reports),
    registerHandlers(registers, holidays, createSubmitBudget(options.submitLimit ?? defaultSubmitLimit, () => clock.now().getTime(), {
      filedOn: (day) => registers.items().filter((item) => item.channel === 'kiosk' && item.receivedOn === day).length,
      onDayFull: (day, limit) => {
        log.warn('forms sent at the kiosk reached the day\'s limit: later ones are refused until tomorrow (a script filling the register, or a very busy day)', { day, limit });
        staff.tell({
          th: `แบบฟอร์มที่ส่งจากตู้วันนี้ครบ ${limit} เรื่องแล้ว ตู้จึงแนะนำให้ประชาชนยื่นเรื่องกับเจ้าหน้าที่จนถึงพรุ่งนี้ โปรดรับเรื่องที่เคาน์เตอร์ และตรวจดูว่าเรื่องที่ส่งมาเป็นเรื่องจริงหรือไม่`,
          en: `Forms sent at the kiosk reached the day's limit of ${limit}: until tomorrow it sends citizens to the staff. Please take their matters at the counter, and check whether today's filings are genuine`,
        });
      },
    }), (kind) => stats.formFiled(kind).catch((error: unknown) => log.warn('a form sent was not written to the usage log', { kind, error: String(error) }))),
    fleetHandlers(fleet, catalogue, clock, settings.get),
  ) satisfies HandlersFor<MethodName>;

  return { dataDir, clock, log, writer, settings, catalogue, search, staff, stats, reports, holidays, registers, fleet, recoveries, handlers };
}
export type Services = Awaited<ReturnType<typeof createServices>>;
