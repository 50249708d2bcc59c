import { createDispatcher } from './dispatch';
import { createServices, type ServiceOptions } from './services/index';
import { NOT_APPLIED_METHOD, notAppliedChange } from './services/staff/auditReconcile';
import { backupAuditEntry, writeBackup } from './services/backup/backupArchive';
import { appVersion } from './paths';

/**
 * Opens the data folder and builds the one dispatcher over it. Electron's main process,
 * the web mode and the CLI all start here, so they cannot drift apart.
 */
export async function bootKiosk(options: ServiceOptions) {
  const services = await createServices(options);
  const { audit } = services.staff;
  const killAfterSeals = crashPoint();
  let seals = 0;
  const dispatch = createDispatcher({
    handlers: services.handlers, clock: services.clock, log: services.log, writer: services.writer, readOnly: options.owner === false, runsAs: options.runsAs,
    audit: async (entry) => {
      const { seq } = await audit.append(entry);
      if (++seals === killAfterSeals) process.kill(process.pid, 'SIGKILL');
      return seq;
    },
    auditNotApplied: async (seq, stores, error) => {
      await audit.append({ method: NOT_APPLIED_METHOD, transport: 'system', actor: null, changes: [notAppliedChange(seq, stores, String(error).slice(0, 200))] });
    },
  });
  services.fleet.bindDispatch(dispatch);
  /** Transports turn the session token they carry (IPC 3rd argument, HTTP x-kiosk-session) into the actor. */
  const resolveSession = (token: string) => services.staff.resolveSession(token);
  /**
   * The folder in one zip, taken between two changes and with the catalogue's compaction held
   * off (the CLI's backup comes here through the admin channel while this process holds the
   * folder): read beside a running writer, a backup caught an import's audit entry without its
   * documents, and restored a trail that lied.
   */
  const backup = (out: string) => services.writer.betweenUnits(() => services.catalogue.still(async () => {
    const manifest = await writeBackup({ dataDir: services.dataDir, out, appVersion: options.appVersion ?? appVersion(), now: services.clock.now() });
    await audit.append(backupAuditEntry(out, manifest)).catch((error: unknown) => services.log.error('a backup was taken but its audit entry could not be written', { out, error: String(error) }));
    return manifest;
  }));
  return { services, dispatch, resolveSession, backup };
}
/**
 * Fault injection for the crash test (`tests/unit/crash-kill.test.ts`): KIOSK_CRASH_AFTER_SEALS=N
 * kills the process right after the N-th changing call's audit entry is written and before its
 * change is, the one moment an outside kill cannot aim at. Unset in every real start.
 */
function crashPoint(): number | undefined {
  const n = Number(process.env.KIOSK_CRASH_AFTER_SEALS);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export type Kiosk = Awaited<ReturnType<typeof bootKiosk>>;
