import type PouchDB from 'pouchdb';
import type { Doc, ReplicateOptions } from 'pouchdb';
import type { CatalogueDocument, ServiceStandard } from '../../contract/schemas';
import type { FleetState, SyncSummary } from '../../contract/fleet';
import { KioskError, type Result } from '../../contract/result';
import type { CallContext } from '../../contract/handler';
import type { Catalogue } from '../catalogue/catalogue';
import type { Clock, Log } from '../runtime';
import type { StatsService } from '../stats/stats';
import { addDays, bangkokDateOf } from '../../contract/thaiCalendar';
import { canonical } from '../../contract/canonical';
import { centreClient } from './centreClient';
import { centreDatabases, catalogueDocId, fileDocId } from './centreLayout';
import { plainSeal, readCredentials, readFleetConfig, replicaPath, type Credentials, type FleetConfig, type SecretSeal } from './fleetConfig';
import { readFleetState, recordError, writeFleetState, type FleetStateFile } from './fleetState';
import { batchFromCentral, type CentralDoc } from './pullCatalogue';
import { centreDatabase, openReplica, seqNumber } from './replica';
import { pushHeartbeat, pushOfficeDocuments, pushRollups, putChanged } from './uploads';

type Caller = Pick<CallContext, 'transport' | 'actor'>;
type DispatchFn = (method: string, input: unknown, caller: Caller) => Promise<Result<unknown>>;
/** Replication changes the catalogue as an administrator would, through the dispatcher. */
const replicationCaller: Caller = { transport: 'cli', actor: { id: 'fleet-replication', name: 'การจำลองข้อมูลจากศูนย์กลาง / fleet replication', role: 'admin' } };
const PAGE = 5000;
const FIRST_ROLLUP_DAYS = 92;

export interface FleetDeps {
  dataDir: string; clock: Clock; log: Log; catalogue: Catalogue; stats: Pick<StatsService, 'figures'>;
  appVersion: string; seal?: SecretSeal;
}

/**
 * The fleet capability of one kiosk: one replication round (`sync`), or continuous replication
 * (`start`) while the kiosk runs. Catalogue changes enter only through `fleet.apply` on the
 * dispatcher, so they take the one commit path and leave one audit entry per batch.
 */
export function createFleet(deps: FleetDeps) {
  let dispatch: DispatchFn | undefined;
  let replica: { path: string; db: PouchDB } | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const startedAt = deps.clock.now().getTime();
  /** Central items edited here since the last round: central wins, so they are looked at again. */
  const recheck = new Set<string>();
  let recheckAll = false;
  deps.catalogue.onChange((change) => {
    if (change.kind === 'all') recheckAll = true; // an import or a restore: every central item is looked at again
    if (change.kind === 'document' || change.kind === 'service') recheck.add(catalogueDocId(change.kind, change.id));
    if (change.kind === 'documents') for (const id of change.ids) recheck.add(catalogueDocId('document', id));
  });
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  async function configured(): Promise<{ config: FleetConfig; credentials: Credentials }> {
    const config = await readFleetConfig(deps.dataDir);
    const credentials = await readCredentials(deps.dataDir, deps.seal ?? plainSeal);
    if (!config || !credentials) throw new KioskError('not_found', { th: 'ตู้นี้ยังไม่ได้เข้าร่วมเครือข่าย (fleet join)', en: 'This kiosk has not joined a fleet (run fleet join)' });
    return { config, credentials };
  }

  async function replicaOf(config: FleetConfig) {
    const path = replicaPath(deps.dataDir, config.central);
    if (replica?.path !== path) {
      await replica?.db.close();
      replica = { path, db: await openReplica(path) };
    }
    return replica.db;
  }

  /** The replica's changes since the last applied one, through `fleet.apply`, page by page. */
  async function applyFromReplica(config: FleetConfig, credentials: Credentials, state: FleetStateFile, summary: SyncSummary, centralRevision?: number) {
    if (!dispatch) throw new Error('fleet: the dispatcher is not bound');
    const db = await replicaOf(config);
    const files = centreClient(config.central, credentials);
    let since = state.appliedSeq;
    if (recheckAll) {
      recheckAll = false;
      for (const row of (await db.allDocs()).rows) if (!row.id.startsWith('_design/')) recheck.add(row.id);
    }
    const again = [...new Set([...state.waiting, ...recheck])];
    recheck.clear();
    for (let first = true; ; first = false) {
      const page = await db.changes({ since, include_docs: true, limit: PAGE });
      const docs = page.results.map((r) => (r.doc ?? { _id: r.id, _rev: r.changes[0]?.rev ?? '', _deleted: r.deleted }) as CentralDoc);
      if (first && again.length) {
        const more = await db.allDocs({ keys: again, include_docs: true });
        for (const row of more.rows) if ('doc' in row && row.doc && !page.results.some((r) => r.id === row.id)) docs.push(row.doc as unknown as CentralDoc);
      }
      const pulled = await batchFromCentral(docs, { catalogue: deps.catalogue, files });
      const seen = new Set(docs.map((d) => d._id));
      state.refused = [...state.refused.filter((r) => !seen.has(r.id)), ...pulled.refused];
      state.waiting = [...state.waiting.filter((id) => !seen.has(id)), ...pulled.waiting];
      summary.refused.push(...pulled.refused);
      summary.waitingForFile = state.waiting;
      const { batch } = pulled;
      // What the kiosk already holds is not sent: a round that changes nothing leaves no audit entry.
      const snapshot = deps.catalogue.snapshot();
      const heldDocs = new Map(snapshot.documents.map((d) => [d.id, d]));
      const heldServices = new Map(snapshot.services.map((d) => [d.id, d]));
      const before = batch.documents.length + batch.services.length + batch.retired.length;
      batch.documents = batch.documents.filter((d) => !heldDocs.has(d.id) || canonical(heldDocs.get(d.id)) !== canonical(d));
      batch.services = batch.services.filter((d) => !heldServices.has(d.id) || canonical(heldServices.get(d.id)) !== canonical(d));
      batch.retired = batch.retired.filter((r) => (r.kind === 'document' ? heldDocs : heldServices).get(r.id)?.status === 'active');
      summary.applied.unchanged += before - (batch.documents.length + batch.services.length + batch.retired.length);
      const lastPage = page.results.length < PAGE;
      const revision = lastPage && centralRevision !== undefined ? Math.max(centralRevision, state.revision) : state.revision;
      if (batch.documents.length + batch.services.length + batch.retired.length > 0) {
        const answer = await dispatch('fleet.apply', { ...batch, source: config.central, revision }, replicationCaller);
        if (!answer.ok) throw new KioskError(answer.error.code, { th: answer.error.messageTh, en: answer.error.message });
        const a = answer.value as SyncSummary['applied'];
        for (const k of ['added', 'updated', 'retired', 'unchanged'] as const) summary.applied[k] += a[k];
      }
      since = page.last_seq;
      state.appliedSeq = since;
      if (lastPage) { state.revision = revision; break; }
    }
  }

  /** The publisher's catalogue becomes the central one: replica first, then PouchDB pushes it. */
  async function publish(config: FleetConfig, credentials: Credentials, state: FleetStateFile, remote: PouchDB): Promise<number> {
    const db = await replicaOf(config);
    await db.replicate.from(remote, { batch_size: 1000 });
    const snapshot = deps.catalogue.snapshot();
    const wanted = new Map<string, { type: string; item: CatalogueDocument | ServiceStandard }>();
    for (const d of snapshot.documents) wanted.set(catalogueDocId('document', d.id), { type: 'document', item: d });
    for (const s of snapshot.services) wanted.set(catalogueDocId('service', s.id), { type: 'service', item: s });
    // Written to the centre with its current revisions (plain _bulk_docs, only what differs): the
    // PouchDB 7 stand-in dropped pushed second revisions, and this path is as idempotent.
    // The replica was just brought up to date: only what differs from it goes to the centre.
    const held = new Map((await db.allDocs({ include_docs: true })).rows.filter((r) => !r.id.startsWith('_design/')).map((r) => [r.id, r.doc as unknown as CentralDoc]));
    const docs: Doc[] = [...wanted]
      .filter(([id, want]) => { const had = held.get(id); return !had || canonical({ type: had.type, item: had.item }) !== canonical(want); })
      .map(([id, want]) => ({ _id: id, ...want }));
    for (const id of held.keys()) if (!wanted.has(id)) docs.push({ _id: id, _deleted: true });
    const client = centreClient(config.central, credentials);
    const uploaded = new Set(state.uploadedFiles);
    for (const d of snapshot.documents) {
      if (!d.file || uploaded.has(d.file.sha256)) continue;
      const path = `${centreDatabases.files}/${encodeURIComponent(fileDocId(d.file.sha256))}`;
      const had = await client.call<{ _attachments?: Record<string, unknown> }>('GET', path);
      if (!(had.status === 200 && had.body._attachments?.pdf)) {
        const bytes = await deps.catalogue.files.readPdf(d.file.sha256);
        const response = await fetch(`${config.central}/${path}/pdf`, { method: 'PUT', headers: { 'content-type': 'application/pdf', authorization: client.auth ?? '' }, body: bytes });
        if (!response.ok) throw new Error(`the centre refused the PDF ${d.file.sha256.slice(0, 12)}: ${response.status}`);
      }
      uploaded.add(d.file.sha256);
    }
    state.uploadedFiles = [...uploaded];
    let pushed = 0;
    for (let i = 0; i < docs.length; i += 1000) pushed += await putChanged(client, centreDatabases.catalogue, docs.slice(i, i + 1000));
    return pushed;
  }

  async function round(): Promise<SyncSummary> {
    const { config, credentials } = await configured();
    const state = await readFleetState(deps.dataDir);
    if (state.central && state.central !== config.central) Object.assign(state, { appliedSeq: 0, revision: 0, waiting: [], refused: [], uploadedFiles: [] });
    state.central = config.central;
    const summary: SyncSummary = {
      central: config.central, role: config.role, pulled: 0, applied: { added: 0, updated: 0, retired: 0, unchanged: 0 },
      refused: [], waitingForFile: [], pushed: { catalogue: 0, officeDocuments: 0, rollups: 0, heartbeat: false }, revision: state.revision, errors: [],
    };
    const now = deps.clock.now();
    const failed = (what: string, error: unknown) => {
      const message = `${what}: ${(error as Error).message ?? String(error)}`;
      summary.errors.push(message);
      recordError(state, now, message);
      deps.log.warn('fleet round step failed', { step: what, error: String(error) });
    };
    const client = centreClient(config.central, credentials);
    let pulledOk = false;
    try {
      const remote = await centreDatabase(config.central, credentials);
      if (config.role === 'publisher') summary.pushed.catalogue = await publish(config, credentials, state, remote);
      // Read before the pull: everything up to this revision is in the replica once the pull is done.
      const info = await remote.info();
      const db = await replicaOf(config);
      const pulled = await db.replicate.from(remote, { batch_size: 1000, batches_limit: 4 });
      summary.pulled = pulled.docs_written;
      await applyFromReplica(config, credentials, state, summary, seqNumber(info.update_seq));
      pulledOk = true;
    } catch (error) { failed('catalogue', error); }
    const who = { kioskId: config.kioskId, office: config.office };
    try {
      const from = state.rollupsThrough ? addDays(state.rollupsThrough, -1) : addDays(bangkokDateOf(now.getTime()), -FIRST_ROLLUP_DAYS);
      const r = await pushRollups(client, deps.stats, who, from, now);
      summary.pushed.rollups = r.pushed;
      state.rollupsThrough = r.through;
    } catch (error) { failed('statistics', error); }
    if (config.role === 'kiosk') {
      try {
        const central = new Set((await (await replicaOf(config)).allDocs()).rows.map((r) => r.id));
        summary.pushed.officeDocuments = await pushOfficeDocuments(client, deps.catalogue.snapshot().documents, central, who);
      } catch (error) { failed('office documents', error); }
    }
    if (pulledOk) state.lastSync = now.toISOString();
    summary.revision = state.revision;
    try {
      await pushHeartbeat(client, { ...who, role: config.role, appVersion: deps.appVersion, revision: state.revision, lastSync: state.lastSync, errors: state.errors, refused: state.refused, waitingForFile: state.waiting, dataDir: deps.dataDir, startedAt }, now);
      summary.pushed.heartbeat = true;
    } catch (error) { failed('heartbeat', error); }
    await writeFleetState(deps.dataDir, state);
    return summary;
  }

  /** Only what the live pull brought: applied as it arrives, between full rounds. */
  async function applyArrived(): Promise<void> {
    const { config, credentials } = await configured();
    const state = await readFleetState(deps.dataDir);
    const summary = { applied: { added: 0, updated: 0, retired: 0, unchanged: 0 }, refused: [], waitingForFile: [] } as unknown as SyncSummary;
    await applyFromReplica(config, credentials, state, summary);
    await writeFleetState(deps.dataDir, state);
  }

  return {
    bindDispatch(fn: DispatchFn) { dispatch = fn; },
    /** One round: pull and apply the central catalogue (publisher: push it first), push roll-ups, office documents, heartbeat. */
    sync: () => serial(round),

    async state(): Promise<FleetState> {
      const config = await readFleetConfig(deps.dataDir).catch(() => undefined);
      const state = await readFleetState(deps.dataDir);
      return {
        configured: Boolean(config), role: config?.role, central: config?.central, kioskId: config?.kioskId, office: config?.office,
        lastSync: state.lastSync, lastError: state.errors.at(-1)?.message, revision: state.revision, refused: state.refused,
      };
    },

    /** This kiosk's centre and credentials (for the fleet status and report screens). */
    configured,

    /**
     * Continuous replication while the kiosk runs: a live pull whose arrivals are applied within
     * a moment, and a full round every `pushEverySeconds`. Nothing happens without a centre.
     */
    async start(options: { applyDelayMs?: number } = {}): Promise<{ stop(): Promise<void> }> {
      const config = await readFleetConfig(deps.dataDir).catch((error: unknown) => { deps.log.error('fleet settings unreadable', { error: String(error) }); return undefined; });
      if (!config) return { stop: async () => undefined };
      const { credentials } = await configured();
      const db = await replicaOf(config);
      const remote = await centreDatabase(config.central, credentials);
      let timer: NodeJS.Timeout | undefined;
      const applySoon = () => {
        if (timer) return;
        timer = setTimeout(() => { timer = undefined; void serial(applyArrived).catch((error: unknown) => deps.log.warn('fleet apply failed', { error: String(error) })); }, options.applyDelayMs ?? 200);
      };
      const live = db.replicate.from(remote, {
        live: true, retry: true, batch_size: 500,
        back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 30_000)),
      } satisfies ReplicateOptions);
      live.on('change', applySoon);
      live.on('error', (error: unknown) => deps.log.warn('fleet live pull stopped', { error: String(error) }));
      const fullRound = () => { void serial(round).catch((error: unknown) => deps.log.warn('fleet round failed', { error: String(error) })); };
      let publishTimer: NodeJS.Timeout | undefined;
      if (config.role === 'publisher') {
        deps.catalogue.onChange(() => { if (!publishTimer) publishTimer = setTimeout(() => { publishTimer = undefined; fullRound(); }, options.applyDelayMs ?? 200); });
      }
      fullRound();
      const every = setInterval(fullRound, config.pushEverySeconds * 1000);
      return {
        async stop() {
          clearInterval(every);
          if (timer) clearTimeout(timer);
          if (publishTimer) clearTimeout(publishTimer);
          live.cancel();
          await queue;
        },
      };
    },

    async close() { await queue; await replica?.db.close(); replica = undefined; },
  };
}
export type Fleet = ReturnType<typeof createFleet>;
