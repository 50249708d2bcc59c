/**
 * Visit statistics: what recording costs as the log grows, against lowdb, and how long reports take.
 * Run: node --expose-gc --import tsx tests/bench/stats-bench.ts   (about a minute; uses a temp folder)
 *
 * Targets: one event costs the same with 0 and 1,000,000 events in the month (within 1.5x) and
 * under 2 ms; a month's report over 1M events <= 2 s; a quarter's over 3M <= 5 s.
 */
import { createFolderWriter } from '../../electron/services/store/folderWriter';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { neutralSettings } from '../../electron/services/settings/settings';
import { createReports } from '../../electron/services/reports/reports';
import { asciiJson } from '../../electron/services/stats/eventLog';
import { openStats, type StatsService } from '../../electron/services/stats/stats';
import { noVisitLimits } from '../../electron/services/stats/visitBudget';
import { silentLog, type Clock } from '../../electron/services/runtime';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const ms = (n: number) => `${n.toFixed(3)} ms`;
const secs = (n: number) => `${(n / 1000).toFixed(2)} s`;
/** Wall time and this process's CPU time (user + system): on a busy shared machine the second is the steadier figure. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; text: string }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { value, text: `${secs(wall)} (cpu ${secs((used.user + used.system) / 1000)})` };
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: pct(s, 0.5), p95: pct(s, 0.95), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** A clock that moves one second per reading inside November 2026 (Bangkok), the month under test. */
function tickingClock(startIso: string): Clock {
  let t = Date.parse(startIso);
  return { now: () => new Date((t += 1000)) };
}

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const queries = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? `ประกันสังคม ${i}` : i % 3 === 1 ? `แผนจัดซื้อ ${i}` : `ว่างงาน ${i}`));

/** Writes `count` realistic log lines for a Bangkok month straight to its file (8 lines a visit). */
async function writeMonth(folder: string, month: string, count: number): Promise<void> {
  const out = createWriteStream(join(folder, `events-${month}.ndjson`), { flags: 'a' });
  const start = Date.parse(`${month}-01T00:00:00+07:00`);
  const span = 27 * 86_400_000;
  let batch: string[] = [];
  for (let i = 0, v = 0; i < count; v++) {
    const visit = uuid(v + (month.charCodeAt(6) << 32));
    let t = start + Math.floor((v * 7919) % span);
    const at = () => new Date((t += 7000)).toISOString();
    const q = queries[(v * 31) % queries.length]!;
    const lines = [
      { at: at(), visit, type: 'visitStart', language: v % 5 ? 'th' : 'en' },
      { at: at(), visit, type: 'screen', name: 'search' },
      { at: at(), visit, type: 'search', query: q, resultCount: v % 7, ...(v % 7 === 0 ? { newNoResult: true } : {}) },
      { at: at(), visit, type: 'resultOpened', query: q, documentId: `doc-${v % 2000}` },
      { at: at(), visit, type: 'documentView', documentId: `doc-${v % 2000}`, seconds: 20 + (v % 90), pagesTurned: v % 6 },
      { at: at(), visit, type: 'categoryView', group: 'procurement' },
      { at: at(), visit, type: 'visitEnd', reason: 'idle', seconds: 49 },
      { at: at(), visit, type: 'survey', skipped: v % 3 === 0, ...(v % 3 ? { visitorType: 'public', satisfaction: 1 + (v % 5) } : {}) },
    ];
    for (const line of lines) {
      if (i++ >= count) break;
      batch.push(asciiJson(line));
    }
    if (batch.length >= 20_000) {
      if (!out.write(batch.join('\n') + '\n')) await once(out, 'drain');
      batch = [];
    }
  }
  if (batch.length) out.write(batch.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
  await flush(join(folder, `events-${month}.ndjson`));
}

/** Records `events` searches on each log in turn (interleaved, so machine load falls on both alike). */
async function recordingCost(logs: StatsService[], events: number): Promise<number[][]> {
  const samples = logs.map(() => [] as number[]);
  const visitId = uuid(987_654_321);
  for (const stats of logs) await stats.visitStart(visitId, 'th');
  for (let i = 0; i < events; i++) {
    for (const [k, stats] of logs.entries()) {
      const t0 = performance.now();
      await stats.record(visitId, { type: 'search', query: `ประกันสังคม ${i % 50}`, resultCount: i % 4 });
      samples[k]!.push(performance.now() - t0);
    }
  }
  return samples;
}

/** Flushes a generated file to disk, so its dirty pages do not land on the first measured fdatasync. */
async function flush(path: string) {
  const handle = await open(path, 'r+');
  await handle.sync();
  await handle.close();
}

async function lowdbCost(folder: string, existing: number, writes: number): Promise<number[]> {
  type Row = { at: string; visit: string; type: string; query: string; resultCount: number };
  const row = (i: number): Row => ({ at: new Date(1_790_000_000_000 + i * 1000).toISOString(), visit: uuid(i >> 3), type: 'search', query: queries[i % queries.length]!, resultCount: i % 7 });
  const db = new Low<{ events: Row[] }>(new JSONFile(join(folder, `lowdb-${existing}.json`)), { events: [] });
  db.data.events = Array.from({ length: existing }, (_, i) => row(i));
  await db.write();
  const samples: number[] = [];
  for (let i = 0; i < writes; i++) {
    const t0 = performance.now();
    db.data.events.push(row(existing + i));
    await db.write();
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'stats-bench-'));
  const rows: string[][] = [];
  try {
    const settings = neutralSettings();
    const open_ = async (dataDir: string) =>
      // Without the public write budget: this measures what an accepted event costs on disk (the flood is bench:flood's).
      openStats({ knows: () => true, dataDir, clock: tickingClock('2026-11-10T03:00:00Z'), log: silentLog, retentionYears: () => 5, stores: { writer: createFolderWriter(), owner: true }, limits: noVisitLimits });

    // 1. A month with 1,000,000 lines, written straight to its file; and an empty data folder.
    const bigDir = join(root, 'big');
    const emptyDir = join(root, 'empty');
    await mkdir(join(bigDir, 'stats'), { recursive: true });
    const t0 = performance.now();
    await writeMonth(join(bigDir, 'stats'), '2026-11', 1_000_000);
    const generated = performance.now() - t0;
    const bytes = (await stat(join(bigDir, 'stats', 'events-2026-11.ndjson'))).size;
    let big = await open_(bigDir);
    const empty = await open_(emptyDir);

    // 2. Reports over that month. Cold: no roll-up yet (first report, or roll-ups lost): all 1M lines folded.
    const reportsOf = (stats: StatsService, now: string) =>
      createReports({ stats, settings: () => settings, documents: () => [], clock: { now: () => new Date(now) } });
    let reports = reportsOf(big, '2026-12-05T03:00:00Z');
    const monthCold = (await timed(() => reports.build({ kind: 'month', month: '2026-11' }))).text;
    gc();

    // 3. Recording one event (append + fdatasync), 0 vs 1,000,000 lines already in the month, interleaved.
    const [onEmpty, onBig] = await recordingCost([empty, big], 1500);
    const e = summary(onEmpty!);
    const b = summary(onBig!);
    rows.push(['recording one event (append+fdatasync), interleaved x1500', 'p50', 'p95', 'mean']);
    rows.push(['  0 events in the month', ms(e.p50), ms(e.p95), ms(e.mean)]);
    rows.push([`  1,000,000 events in the month (${(bytes / 1e6).toFixed(0)} MB)`, ms(b.p50), ms(b.p95), ms(b.mean)]);
    rows.push(['  ratio 1M / 0 (target <= 1.5; p50 < 2 ms)', (b.p50 / e.p50).toFixed(2), (b.p95 / e.p95).toFixed(2), (b.mean / e.mean).toFixed(2)]);
    await empty.close();

    // Normal: the roll-up is kept up to date every 2,000 appends; here 1,500 lines arrived since it was made.
    const normal = await timed(() => reports.build({ kind: 'month', month: '2026-11' }));
    const month = normal.value;
    const monthNormal = normal.text;
    const monthWarm = (await timed(() => reports.build({ kind: 'month', month: '2026-11' }))).text;
    await big.close();
    gc();

    // 4. The same with lowdb: push one event and write the whole file (steno: temp + rename, no fsync).
    rows.push(['lowdb push + write() of one event (no fsync)', 'p50', 'p95', 'mean']);
    const lowDir = join(root, 'lowdb');
    await mkdir(lowDir);
    for (const [existing, writes] of [[0, 200], [10_000, 50], [100_000, 10]] as const) {
      const s = summary(await lowdbCost(lowDir, existing, writes));
      rows.push([`  ${existing.toLocaleString('en-US')} events in the file`, ms(s.p50), ms(s.p95), ms(s.mean)]);
      gc();
    }

    // 5. A quarter over 3,000,000 lines: October and December written straight, November as above.
    await writeMonth(join(bigDir, 'stats'), '2026-10', 1_000_000);
    await writeMonth(join(bigDir, 'stats'), '2026-12', 1_000_000);
    await rm(join(bigDir, 'stats', 'rollups'), { recursive: true, force: true });
    big = await open_(bigDir);
    reports = reportsOf(big, '2027-01-05T03:00:00Z');
    const cold = await timed(() => reports.build({ kind: 'quarter', quarter: '2027-Q1' }));
    const quarter = cold.value;
    const quarterCold = cold.text;
    const quarterWarm = (await timed(() => reports.build({ kind: 'quarter', quarter: '2027-Q1' }))).text;
    await big.close();

    rows.push(['report build', 'cold: fold raw', 'normal', 'warm']);
    rows.push([`  month, ${month.totals.visits.toLocaleString('en-US')} visits / 1,001,501 events (target <= 2 s)`, monthCold, monthNormal, monthWarm]);
    rows.push([`  quarter, ${quarter.totals.visits.toLocaleString('en-US')} visits / 3,001,501 events (target <= 5 s)`, quarterCold, '', quarterWarm]);
    rows.push([`  (cold = no roll-up, every raw line parsed; normal = roll-up + 1,500 new lines; warm = roll-ups only)`, '', '', '']);
    rows.push([`  (1M lines generated in ${secs(generated)}; load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} cores)`, '', '', '']);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[c]!))).join('  '));
}

await main();
