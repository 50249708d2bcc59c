/**
 * Multi-site mode: what replication costs on this machine, each beside a baseline measured in the same run.
 * Run: npm run bench:fleet   (a few minutes; a stand-in centre on loopback, temp folders)
 *
 * Aims (issue 16): initial sync of 20,000 documents to a new kiosk < 60 s; a central edit in a
 * live kiosk's search < 5 s; the consolidated month report over 100 kiosks × 30 days < 2 s.
 * Also measured: a 10 MB PDF by plain HTTP GET checked against its hash vs PouchDB replication.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import { centreClient } from '../../electron/services/fleet/centreClient';
import { centreDatabases, fileDocId } from '../../electron/services/fleet/centreLayout';
import { createConsolidatedReports } from '../../electron/services/fleet/consolidated';
import { setupCentre } from '../../electron/services/fleet/setupCentre';
import { neutralSettings } from '../../electron/services/settings/settings';
import { systemClock } from '../../electron/services/runtime';
import { emptyDay } from '../../electron/services/stats/dayRollup';
import { asCitizen, asStaff } from '../unit/catalogue-support';
import { joinedKiosk } from '../unit/fleet-support';
import { startCentreStandIn } from '../tools/centreStandIn';

const secs = (n: number) => `${(n / 1000).toFixed(2)} s`;
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}
const row = (label: string, ms: number, aim?: number) => console.log(`  ${label.padEnd(64)} ${secs(ms).padStart(9)}${aim ? `   (aim < ${secs(aim)}: ${ms < aim ? 'met' : 'NOT met'})` : ''}`);
async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const t0 = performance.now();
  while (!(await check())) {
    if (performance.now() - t0 > timeoutMs) return Number.POSITIVE_INFINITY;
    await new Promise((r) => setTimeout(r, 25));
  }
  return performance.now() - t0;
}

const words = ['ประกาศ', 'จัดซื้อ', 'จัดจ้าง', 'ก่อสร้าง', 'ถนน', 'อาคาร', 'ครุภัณฑ์', 'คอมพิวเตอร์', 'รับสมัคร', 'งบประมาณ', 'แผนงาน', 'โครงการ', 'สัญญา', 'ผลการพิจารณา'];
const thai = (i: number, n: number) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
const item = (i: number, now: string) => ({
  id: `doc-${i}`, title: { th: `${thai(i, 5)} ฉบับที่ ${i}` }, category: 's9-1', published: '2026-10-01',
  keywords: [words[i % words.length]!], summary: { th: thai(i + 1, 12) }, body: thai(i + 2, 60),
  status: 'active', createdAt: now, updatedAt: now,
});

async function main() {
  console.log(`fleet bench: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);
  const centre = await startCentreStandIn();
  await setupCentre({ central: centre.url, admin: centre.admin });
  const admin = centreClient(centre.url, centre.admin);
  const now = new Date().toISOString();

  const N = 20_000;
  // BENCH_ONLY=report runs section 3 alone (for tuning the report).
  if (process.env.BENCH_ONLY !== 'report') {
  // 1. Initial sync of 20,000 documents to a new kiosk.
  for (let i = 0; i < N; i += 2000) {
    const docs = Array.from({ length: Math.min(2000, N - i) }, (_, k) => ({ _id: `document:doc-${i + k}`, type: 'document', item: item(i + k, now) }));
    await admin.ok('POST', `${centreDatabases.catalogue}/_bulk_docs`, { docs });
  }
  console.log(`\n1. initial sync of ${N.toLocaleString('en-US')} documents (no PDFs) to a new kiosk`);
  const bare = await mkdtemp(join(tmpdir(), 'fleet-bench-bare-'));
  const baseline = await timed(async () => {
    const db = new PouchDB(join(bare, 'replica'));
    const r = await db.replicate.from(new PouchDB(`${centre.url}/${centreDatabases.catalogue}`, { auth: centre.admin, skip_setup: true }), { batch_size: 1000, batches_limit: 4 });
    await db.close();
    return r.docs_written;
  });
  row(`baseline: PouchDB replication alone (${baseline.value} docs, nothing applied)`, baseline.ms);
  const kiosk = await joinedKiosk(centre, { kioskId: 'bench-new', office: 'bench', role: 'kiosk' }, systemClock);
  const first = await timed(() => kiosk.services.fleet.sync());
  row(`new kiosk: one round (pull + validate + fleet.apply, ${first.value.applied.added} added)`, first.ms, 60_000);
  const indexed = await timed(() => kiosk.services.search.warm());
  row('  then the search index of the 20,000 documents is ready', indexed.ms);
  await rm(bare, { recursive: true, force: true });

  // 2. A central edit reaching a live kiosk's search.
  console.log('\n2. a central edit in a live kiosk\'s search');
  const local = await timed(async () => {
    await kiosk.call('documents.save', { id: 'local-edit', title: { th: 'ประกาศทดสอบเวลาแก้ไขในตู้เอง' }, category: 's9-1', published: '2026-11-01' }, asStaff);
    return until(async () => (await kiosk.searchIds('ทดสอบเวลาแก้ไขในตู้เอง')).includes('local-edit'), 30_000);
  });
  row('baseline: a staff edit on the kiosk itself, until its search finds it', local.ms);
  const live = await kiosk.services.fleet.start();
  await new Promise((r) => setTimeout(r, 1500)); // the live pull settles after its first round
  const edited = { ...item(7, now), title: { th: 'ประกาศแก้ไขจากส่วนกลางทดสอบความเร็ว' }, updatedAt: new Date().toISOString() };
  const current = await admin.ok<{ _rev: string }>('GET', `${centreDatabases.catalogue}/document:doc-7`);
  const reach = await timed(async () => {
    await admin.ok('PUT', `${centreDatabases.catalogue}/document:doc-7`, { _rev: current.body._rev, type: 'document', item: edited });
    return until(async () => (await kiosk.call('search.query', { q: 'แก้ไขจากส่วนกลางทดสอบความเร็ว' }, asCitizen)).hits.some((h) => h.id === 'doc-7'), 30_000);
  });
  row('central edit -> live kiosk search (20,000 documents held)', reach.ms, 5_000);
  await live.stop();
  await kiosk.close();
  }

  // 3. Consolidated month report over 100 kiosks x 30 days.
  console.log('\n3. consolidated month report, 100 kiosks x 30 days of roll-ups');
  const rollups = [];
  for (let k = 0; k < 100; k++) {
    for (let d = 1; d <= 30; d++) {
      const figures = emptyDay();
      figures.visits = 20 + ((k * d) % 17); figures.visitsEnded = figures.visits; figures.searches = 30 + (d % 9);
      figures.hours[10] = figures.visits; figures.languages = { th: figures.visits };
      for (let q = 0; q < 15; q++) figures.queries[`${words[(k + q) % words.length]} ${q}`] = 1 + (q % 4);
      for (let q = 0; q < 10; q++) figures.documents[`doc-${(k * 10 + q) % N}`] = [2, 60];
      figures.documentViews = 20; figures.visitSeconds = { '120': figures.visits };
      rollups.push({ _id: `k${k}:2026-11-${String(d).padStart(2, '0')}`, type: 'rollup', kiosk: `k${k}`, office: `office-${k % 10}`, day: `2026-11-${String(d).padStart(2, '0')}`, figures });
    }
  }
  for (let i = 0; i < rollups.length; i += 1000) await admin.ok('POST', `${centreDatabases.kiosks}/_bulk_docs`, { docs: rollups.slice(i, i + 1000) });
  const fetchAll = await timed(() => admin.ok<{ rows: unknown[] }>('GET', `${centreDatabases.kiosks}/_all_docs?include_docs=true`));
  row(`baseline: fetch every document of fleet-kiosks (${fetchAll.value.body.rows.length}), no view, no report`, fetchAll.ms);
  const reports = () => createConsolidatedReports({ client: admin, clock: systemClock, settings: neutralSettings });
  const cold = await timed(() => reports().build({ kind: 'month', month: '2026-11' }));
  row(`first report (the centre builds the view index: ${cold.value.rollups} roll-ups, ${cold.value.offices.length} offices)`, cold.ms);
  if (process.env.BENCH_PROFILE) {
    const q = `startkey=${encodeURIComponent('"2026-11-01"')}&endkey=${encodeURIComponent('"2026-11-30"')}&include_docs=true`;
    const v = await timed(() => admin.ok('GET', `${centreDatabases.kiosks}/_design/fleet/_view/rollupsByDay?${q}`));
    row('  (profile) the view range query alone', v.ms);
  }
  const warm = await timed(() => reports().build({ kind: 'month', month: '2026-11' }));
  row('report again (view up to date, as CouchDB keeps it between reports)', warm.ms, 2_000);
  const xlsx = await timed(() => reports().export({ kind: 'month', month: '2026-11' }, 'xlsx'));
  row('the same as XLSX (total of all offices)', xlsx.ms);

  // 4. A 10 MB PDF: attachment replication vs HTTP GET by hash.
  console.log('\n4. a 10 MB PDF');
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(10 * 1024 * 1024)]);
  const sha = createHash('sha256').update(pdf).digest('hex');
  const put = await timed(() => fetch(`${centre.url}/${centreDatabases.files}/${fileDocId(sha)}/pdf`, { method: 'PUT', headers: { 'content-type': 'application/pdf', authorization: admin.auth! }, body: pdf }));
  row(`upload (HTTP ${put.value.status})`, put.ms);
  const get = await timed(async () => {
    const r = await fetch(`${centre.url}/${centreDatabases.files}/${fileDocId(sha)}/pdf`, { headers: { authorization: admin.auth! } });
    const bytes = Buffer.from(await r.arrayBuffer());
    return createHash('sha256').update(bytes).digest('hex') === sha;
  });
  row(`plain HTTP GET by hash, checked (${get.value ? 'hash matches' : 'HASH MISMATCH'})`, get.ms);
  const files = await mkdtemp(join(tmpdir(), 'fleet-bench-files-'));
  const replicated = await timed(async () => {
    const db = new PouchDB(join(files, 'files'));
    const r = await db.replicate.from(new PouchDB(`${centre.url}/${centreDatabases.files}`, { auth: centre.admin, skip_setup: true }), { batch_size: 1 });
    await db.close();
    return r.docs_written;
  });
  row(`PouchDB replication of the same attachment (${replicated.value} docs)`, replicated.ms);
  await rm(files, { recursive: true, force: true });
  await centre.close();
}

main().then(() => process.exit(0), (error: unknown) => { console.error(error); process.exit(1); });
