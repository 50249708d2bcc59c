import { statfs } from 'node:fs/promises';
import type { FleetRole, RefusedDocument } from '../../contract/fleet';
import type { CatalogueDocument } from '../../contract/schemas';
import type { StatsService } from '../stats/stats';
import { bangkokDateOf } from '../../contract/thaiCalendar';
import { emptyDay } from '../stats/dayRollup';
import { canonical } from '../../contract/canonical';
import type { CentreClient } from './centreClient';
import { centreDatabases, heartbeatDocId, officeDocId, rollupDocId } from './centreLayout';

const KIOSKS = centreDatabases.kiosks;
type Doc = { _id: string; _rev?: string; _deleted?: boolean } & Record<string, unknown>;

/**
 * Writes the documents whose content differs from what the centre holds, and only those: a
 * re-push after a lost answer or a long offline spell changes nothing (ids are stable).
 */
export async function putChanged(client: CentreClient, db: string, docs: Doc[]): Promise<number> {
  if (docs.length === 0) return 0;
  const existing = await client.ok<{ rows: { key: string; value?: { rev: string; deleted?: boolean }; doc?: Doc | null }[] }>('POST', `${db}/_all_docs?include_docs=true`, { keys: docs.map((d) => d._id) });
  const held = new Map(existing.body.rows.filter((r) => r.doc).map((r) => [r.key, r.doc as Doc]));
  const deletedRev = new Map(existing.body.rows.filter((r) => r.value?.deleted).map((r) => [r.key, r.value!.rev]));
  const changed: Doc[] = [];
  for (const doc of docs) {
    const had = held.get(doc._id);
    if (had) {
      const { _rev, ...content } = had;
      if (canonical(content) === canonical({ ...doc, _rev: undefined })) continue;
      changed.push({ ...doc, _rev });
    } else if (!doc._deleted) changed.push(deletedRev.has(doc._id) ? { ...doc, _rev: deletedRev.get(doc._id) } : doc);
  }
  if (changed.length === 0) return 0;
  const answer = await client.ok<{ id: string; error?: string; reason?: string }[]>('POST', `${db}/_bulk_docs`, { docs: changed });
  const failed = answer.body.filter((r) => r.error);
  if (failed.length) throw new Error(`the centre refused ${failed.length} of ${changed.length}: ${failed[0]?.error} ${failed[0]?.reason ?? ''}`);
  return changed.length;
}

/** Day roll-ups from `from` to today (Bangkok days): ids `<kiosk>:<day>`, so two kiosks never meet. */
export async function pushRollups(client: CentreClient, stats: Pick<StatsService, 'figures'>, who: { kioskId: string; office: string }, from: string, now: Date): Promise<{ pushed: number; through: string }> {
  const today = bangkokDateOf(now.getTime());
  const figures = await stats.figures(from, today);
  const empty = canonical(emptyDay());
  const docs = figures.days
    .filter((d) => canonical(d.figures) !== empty)
    .map((d) => ({ _id: rollupDocId(who.kioskId, d.day), type: 'rollup', kiosk: who.kioskId, office: who.office, day: d.day, figures: d.figures }));
  return { pushed: await putChanged(client, KIOSKS, docs), through: today };
}

/** The office's own documents (those not from the centre), under the office code, so head office sees them. */
export async function pushOfficeDocuments(client: CentreClient, documents: readonly CatalogueDocument[], central: Set<string>, who: { kioskId: string; office: string }): Promise<number> {
  const docs = documents
    .filter((d) => !central.has(`document:${d.id}`))
    .map((d) => ({ _id: officeDocId(who.office, d.id), type: 'office-document', office: who.office, kiosk: who.kioskId, item: d }));
  return putChanged(client, KIOSKS, docs);
}

export interface HeartbeatFacts {
  kioskId: string; office: string; role: FleetRole; appVersion: string; revision: number;
  lastSync?: string; errors: { at: string; message: string }[]; refused: RefusedDocument[]; waitingForFile: string[]; dataDir: string; startedAt: number;
}

/** One document per kiosk, replaced each round; stamped with the centre's clock as well as the kiosk's. */
export async function pushHeartbeat(client: CentreClient, facts: HeartbeatFacts, now: Date): Promise<void> {
  const id = heartbeatDocId(facts.kioskId);
  const existing = await client.call<{ _rev?: string }>('GET', `${KIOSKS}/${encodeURIComponent(id)}`);
  const centreTime = existing.date ? new Date(existing.date).toISOString() : now.toISOString();
  const disk = await statfs(facts.dataDir).catch(() => undefined);
  const since = now.getTime() - 24 * 3600_000;
  const recent = facts.errors.filter((e) => Date.parse(e.at) >= since);
  await client.ok('PUT', `${KIOSKS}/${encodeURIComponent(id)}`, {
    ...(existing.status === 200 && existing.body._rev ? { _rev: existing.body._rev } : {}),
    type: 'heartbeat', kiosk: facts.kioskId, office: facts.office, role: facts.role,
    appVersion: facts.appVersion, revision: facts.revision, lastSync: facts.lastSync,
    at: now.toISOString(), centreTime,
    freeDiskBytes: disk ? Number(disk.bavail) * Number(disk.bsize) : undefined,
    errors24h: recent.length, lastError: recent.at(-1)?.message,
    uptimeSeconds: Math.round((now.getTime() - facts.startedAt) / 1000),
    refused: facts.refused.slice(0, 50),
    waitingForFile: facts.waitingForFile.slice(0, 50),
  });
}
