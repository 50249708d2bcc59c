/**
 * `npm run bench:store`: the catalogue store (electron/services/catalogue/store/) beside the lowdb
 * store it replaced, measured in the same run on the same generated catalogues (300–2,000 Thai
 * characters of body each), at 1,000, 20,000 and 100,000 documents:
 *   open (read and ready to serve), one save (p50/p95; a unit with its seq, as a staff save
 *   writes it), an import of 5,000 documents (one unit), the folder's size, and the heap it holds;
 * plus one staff save through the dispatcher (audit entry + catalogue, both flushed) on the new store.
 * Options: --sizes 1000,20000  --saves N  --import-100k (the CLI importing 20 files of 5,000, each a
 * new process, target ≤ 60 s in all).
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bootKiosk } from '../../electron/boot';
import type { CatalogueDocument } from '../../electron/contract/schemas';
import { CatalogueFile, emptyCatalogue } from '../../electron/services/catalogue/catalogueFile';
import { createFolderWriter } from '../../electron/services/store/folderWriter';
import { openJsonStore } from '../../electron/services/store/jsonStore';
import { countingAudit, generatedDocument, openStore } from '../unit/catalogue-store-support';
import { as, setUpAccounts } from '../unit/staff-fixtures';
import { toCsv, withBom } from '../fixtures/import/build';

const arg = (name: string) => { const i = process.argv.indexOf(name); return i < 0 ? undefined : process.argv[i + 1]; };
const sizes = (arg('--sizes') ?? '1000,20000,100000').split(',').map(Number).filter((n) => n > 0); // --sizes 0: only --import-100k
const SAVES = Number(arg('--saves') ?? 40);
const gc = () => { (globalThis as { gc?: () => void }).gc?.(); (globalThis as { gc?: () => void }).gc?.(); };
const heapMb = () => { gc(); return process.memoryUsage().heapUsed / 1024 / 1024; };
const now = () => performance.now();
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
async function folderBytes(path: string, only?: (name: string) => boolean): Promise<number> {
  let total = 0;
  for (const e of await readdir(path, { withFileTypes: true })) {
    if (only && !only(e.name)) continue;
    total += e.isDirectory() ? await folderBytes(join(path, e.name)) : (await stat(join(path, e.name))).size;
  }
  return total;
}
const lowdbText = (data: CatalogueFile, auditSeq: number) => JSON.stringify({ ...data, $auditSeq: auditSeq }, null, 1);
const edit = (d: CatalogueDocument, i: number): CatalogueDocument => ({ ...d, title: { th: `${d.title.th} แก้ไขครั้งที่ ${i}` }, updatedAt: new Date(Date.UTC(2026, 11, 5, 0, 0, i)).toISOString() });

interface Figures { open: number; heap: number; p50: number; p95: number; saves: number; import5k: number; bytes: number }

/**
 * The two saves staff make, alternately (an edit of an existing document, a new document), each
 * timed, then one import of 5,000: the same work for every store measured.
 */
async function timeSavesAndImport(unit: (mutate: (d: CatalogueFile) => void) => Promise<unknown>, n: number, saves: number) {
  const times: number[] = [];
  for (let i = 0; i < saves; i++) {
    const t = now();
    if (i % 2) await unit((d) => { const at = (i * 7919) % n; d.documents[at] = edit(d.documents[at]!, i); });
    else await unit((d) => { d.documents.push(generatedDocument(n + 1 + i)); });
    times.push(now() - t);
  }
  const batch = Array.from({ length: 5000 }, (_, i) => generatedDocument(2 * n + 10 + i));
  const t = now();
  await unit((d) => { d.documents.push(...batch); });
  return { times, import5k: now() - t };
}

async function benchNewStore(dataDir: string, n: number): Promise<Figures> {
  const before = heapMb();
  const t = now();
  const { store, unit } = await openStore(dataDir);
  const open = now() - t;
  const heap = heapMb() - before;
  const { times, import5k } = await timeSavesAndImport(unit, n, SAVES);
  await store.settled();
  store.close();
  return { open, heap, p50: pct(times, 50), p95: pct(times, 95), saves: times.length, import5k, bytes: await folderBytes(join(dataDir, 'catalogue')) };
}

async function benchLowdb(dataDir: string, n: number): Promise<Figures> {
  const writer = createFolderWriter();
  const audit = countingAudit(1);
  const before = heapMb();
  const t = now();
  const store = await openJsonStore({ path: join(dataDir, 'catalogue.json'), schema: CatalogueFile, defaults: emptyCatalogue, now: () => new Date(), writer, owner: true });
  const open = now() - t;
  const heap = heapMb() - before;
  const unit = (mutate: (d: CatalogueFile) => void) => writer.unit(() => store.commit((c) => { const d = { ...c, documents: [...c.documents] }; mutate(d); return d; }), audit);
  const saves = n >= 100_000 ? 4 : n >= 20_000 ? 10 : SAVES;
  const { times, import5k } = await timeSavesAndImport(unit, n, saves);
  return { open, heap, p50: pct(times, 50), p95: pct(times, 95), saves, import5k, bytes: await folderBytes(dataDir, (f) => f.startsWith('catalogue.json')) };
}

/** A staff save as the screens make it: dispatcher, role check, audit entry, catalogue unit. */
async function benchStaffSave(dataDir: string): Promise<{ p50: number; p95: number }> {
  const kiosk = await bootKiosk({ dataDir, clock: { now: () => new Date() } });
  const { admin } = await setUpAccounts(kiosk);
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const t = now();
    const answer = await kiosk.dispatch('documents.save', { title: { th: `ประกาศทดสอบความเร็ว ${i}` }, category: 'other', published: '2026-12-05', body: 'เนื้อหา '.repeat(200) }, as(admin.actor));
    times.push(now() - t);
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  }
  await kiosk.services.catalogue.close();
  await kiosk.services.stats.close();
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

const root = await mkdtemp(join(tmpdir(), 'store-bench-'));
console.log(`store bench: load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores; ${SAVES} saves per size (lowdb fewer at 20k/100k)`);
try {
  for (const n of sizes) {
    const dir = join(root, String(n));
    const low = join(dir, 'lowdb');
    const fresh = join(dir, 'store');
    await mkdir(low, { recursive: true });
    await mkdir(fresh, { recursive: true });
    const data: CatalogueFile = { version: 1, sample: false, documents: Array.from({ length: n }, (_, i) => generatedDocument(i + 1)), services: [] };
    await writeFile(join(low, 'catalogue.json'), lowdbText(data, 1));
    data.documents.length = 0;
    await copyFile(join(low, 'catalogue.json'), join(fresh, 'catalogue.json'));
    const t = now();
    const { store } = await openStore(fresh); // the one-time conversion
    const migrate = now() - t;
    store.close();
    gc();

    const a = await benchNewStore(fresh, n);
    const staff = await benchStaffSave(fresh);
    const b = await benchLowdb(low, n);
    const line = (name: string, f: Figures) => console.log(
      `  ${name.padEnd(14)} open ${f.open.toFixed(0).padStart(6)} ms   save p50 ${f.p50.toFixed(1).padStart(7)} ms  p95 ${f.p95.toFixed(1).padStart(7)} ms (${f.saves})   import 5,000 ${f.import5k.toFixed(0).padStart(6)} ms   folder ${mb(f.bytes).padStart(9)}   heap ${f.heap.toFixed(0).padStart(5)} MB`);
    console.log(`${n.toLocaleString('en')} documents (conversion from catalogue.json ${migrate.toFixed(0)} ms, once):`);
    line('unit-log store', a);
    line('lowdb (before)', b);
    console.log(`  staff save through the dispatcher (audit + catalogue, both flushed): p50 ${staff.p50.toFixed(1)} ms, p95 ${staff.p95.toFixed(1)} ms`);
    await rm(dir, { recursive: true, force: true });
  }

  if (process.argv.includes('--import-100k')) {
    // As the issue measured it: twenty files of 5,000, each imported by its own CLI run.
    const data = join(root, 'import-100k');
    const files = join(root, 'files');
    await mkdir(files, { recursive: true });
    for (let f = 0; f < 20; f++) {
      const rows = Array.from({ length: 5000 }, (_, i) => {
        const d = generatedDocument(f * 5000 + i + 1);
        return { id: d.id, title_th: d.title.th, title_en: d.title.en ?? '', category: d.category, published: d.published, unit: d.unit ?? '', keywords: d.keywords.join(';'), summary_th: d.summary.th ?? '', summary_en: '', body: d.body ?? '', url: '', file: '' };
      });
      await writeFile(join(files, `part-${f}.csv`), withBom(toCsv(rows)));
    }
    const times: number[] = [];
    for (let f = 0; f < 20; f++) {
      const t = now();
      execFileSync(process.execPath, ['--import', 'tsx', resolve('electron/cli/main.ts'), 'import', join(files, `part-${f}.csv`), '--new-folder', '--data', data], { stdio: 'ignore' });
      times.push(now() - t);
    }
    const total = times.reduce((s, x) => s + x, 0);
    // Opening the folder the imports left (a generation plus a log of up to its own size).
    const logBytes = (await readdir(join(data, 'catalogue'))).filter((f) => f.startsWith('log-'));
    const t = now();
    const { store } = await openStore(data);
    const reopen = now() - t;
    const count = store.data().documents.length;
    store.close();
    console.log(`open of that folder: ${reopen.toFixed(0)} ms for ${count.toLocaleString('en')} documents (logs: ${logBytes.join(', ')}; ${mb(await folderBytes(join(data, 'catalogue'), (f) => f.startsWith('log-')))} of log)`);
    console.log(`CLI import of 100,000 documents in 20 files of 5,000 (a new process each): ${(total / 1000).toFixed(1)} s in all; file 1 ${(times[0]! / 1000).toFixed(1)} s, file 10 ${(times[9]! / 1000).toFixed(1)} s, file 20 ${(times[19]! / 1000).toFixed(1)} s (each: ${times.map((x) => (x / 1000).toFixed(1)).join(' ')}); folder ${mb(await folderBytes(data))}. ${total <= 60_000 ? 'OK: within 60 s' : 'SLOW: over 60 s'} (before: 405 s, measured in the issue)`);
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
