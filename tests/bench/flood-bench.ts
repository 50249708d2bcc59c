/**
 * The public flood (issue 12): a script floods the public stats calls (fresh visit ids, a search of
 * its choosing, satisfaction 1) as fast as it can over HTTP, from its own thread, while citizens
 * search. Figures are printed beside a baseline measured in the same run: the same citizens'
 * calls and the same real visits on a kiosk nobody floods.
 * Run: node --import tsx tests/bench/flood-bench.ts   (about 40 s; uses temp folders)
 *
 * Targets: citizens' search p95 during the flood within 3x the baseline's and under 250 ms; the
 * flood refused past the stated bursts; the report's figures (visits, top search, satisfaction)
 * those of the baseline, give or take the bursts; the refused calls counted in the report.
 */
import { Agent, request, type Server } from 'node:http';
import { createServer } from 'node:net';
import { mkdtemp, rm, stat, readdir, mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { ReportModel } from '../../electron/contract/reports';
import { sampleDir } from '../../electron/paths';
import { defaultVisitLimits } from '../../electron/services/stats/visitBudget';
import { createWebServer } from '../../electron/web/server';

const FLOOD_SECONDS = 10;
const FLOOD_CONNECTIONS = 8;
const REAL_VISITS = 40;
const CITIZEN_QUERIES = ['ประกันสังคม', 'ว่างงาน', 'แผนจัดซื้อจัดจ้าง', 'คลอดบุตร', 'เปลี่ยนโรงพยาบาล', 'งบประมาณ 2570', 'ราคากลาง', 'ร้องเรียน', 'hospital', 'ชราภาพ'];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const { port } = probe.address() as { port: number }; probe.close(() => resolve(port)); });
});

/** The kiosk's clock: real time, moved forward between real visitors (minutes apart, as in a day). */
function benchClock() {
  const now = new Date();
  // 08:00 in Bangkok on the first of this month: the real visits and the flood fall in one month.
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, 1, 0, 0);
  let offset = start - Date.now();
  return { now: () => new Date(Date.now() + offset), skip: (minutes: number) => { offset += minutes * 60_000; } };
}

interface Running { kiosk: Kiosk; server: Server; port: number; clock: ReturnType<typeof benchClock>; dataDir: string }

async function startKiosk(root: string, name: string): Promise<Running> {
  const dataDir = join(root, name);
  const renderer = join(root, `${name}-renderer`);
  await mkdir(renderer, { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
  const clock = benchClock();
  const kiosk = await bootKiosk({ dataDir, sampleDir: sampleDir(), clock });
  await kiosk.services.search.warm();
  const port = await freePort();
  const server = createWebServer({ dispatch: kiosk.dispatch, rendererDir: renderer, port, readPdf: (sha) => kiosk.services.catalogue.publicPdf(sha), resolveSession: kiosk.resolveSession });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { kiosk, server, port, clock, dataDir };
}

function post(agent: Agent, port: number, method: string, body: unknown): Promise<{ status: number; ms: number }> {
  const text = JSON.stringify(body);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, agent, method: 'POST', path: `/api/${method}`, headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

/** Real visitors, minutes apart: most search ประกันสังคม, all answer the survey with 4 or 5. */
async function realVisits(k: Running, agent: Agent, first: number) {
  const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  let refused = 0;
  for (let v = first; v < first + REAL_VISITS; v++) {
    k.clock.skip(7);
    const visitId = uuid(v);
    const query = v % 5 < 3 ? 'ประกันสังคม' : CITIZEN_QUERIES[v % CITIZEN_QUERIES.length]!;
    for (const [method, input] of [
      ['stats.visitStart', { visitId, language: 'th' }],
      ['stats.record', { visitId, event: { type: 'screen', name: 'search' } }],
      ['stats.record', { visitId, event: { type: 'search', query, resultCount: 3 } }],
      ['stats.record', { visitId, event: { type: 'documentView', documentId: 'sso-faq-insured', seconds: 40, pagesTurned: 2 } }],
      ['stats.survey', { visitId, visitorType: 'insured', satisfaction: 4 + (v % 2), skipped: false }],
      ['stats.visitEnd', { visitId, reason: 'survey' }],
    ] as const) {
      const { status } = await post(agent, k.port, method, input);
      if (status !== 200) refused++;
    }
  }
  return refused;
}

/** Citizens searching and browsing for `seconds` (or `count` calls): each call's time. */
async function citizens(k: Running, agent: Agent, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; !until(); i++) {
    const search = await post(agent, k.port, 'search.query', { q: CITIZEN_QUERIES[i % CITIZEN_QUERIES.length], limit: 30 });
    if (search.status !== 200) throw new Error(`a citizen's search answered ${search.status}`);
    times.push(search.ms);
    const overview = await post(agent, k.port, 'catalogue.overview', {});
    if (overview.status !== 200) throw new Error(`a citizen's overview answered ${overview.status}`);
    times.push(overview.ms);
  }
  return times.sort((a, b) => a - b);
}

/** The flood, in its own thread (its own event loop, like another program on the machine). */
const floodSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, request } = require('node:http');
const { randomUUID } = require('node:crypto');
const { port, seconds, connections } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const counts = { sent: 0, ok: 0, refused: 0, other: 0 };
const post = (method, body) => new Promise((resolve) => {
  const text = JSON.stringify(body);
  const req = request({ host: '127.0.0.1', port, agent, method: 'POST', path: '/api/' + method, headers: { Host: '127.0.0.1:' + port, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } }, (res) => {
    res.resume();
    res.on('end', () => { counts.sent++; if (res.statusCode === 200) counts.ok++; else if (res.statusCode === 429) counts.refused++; else counts.other++; resolve(); });
  });
  req.on('error', () => { counts.other++; resolve(); });
  req.end(text);
});
const end = Date.now() + seconds * 1000;
async function loop() {
  while (Date.now() < end) {
    const visitId = randomUUID();
    await post('stats.visitStart', { visitId, language: 'th' });
    await post('stats.record', { visitId, event: { type: 'search', query: 'คำของผู้โจมตี', resultCount: 99 } });
    await post('stats.survey', { visitId, visitorType: 'other', satisfaction: 1, skipped: false });
  }
}
Promise.all(Array.from({ length: connections }, loop)).then(() => parentPort.postMessage(counts));
`;

function flood(port: number): Promise<{ sent: number; ok: number; refused: number; other: number }> {
  const worker = new Worker(floodSource, { eval: true, workerData: { port, seconds: FLOOD_SECONDS, connections: FLOOD_CONNECTIONS } });
  return new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
}

async function report(k: Running): Promise<ReportModel> {
  const now = k.clock.now();
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const answer = await k.kiosk.dispatch('reports.build', { period: { kind: 'month', month } }, { transport: 'cli', actor: { id: 'bench', name: 'bench', role: 'admin' } });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as ReportModel;
}

const logBytes = async (dataDir: string) => {
  let total = 0;
  for (const f of (await readdir(join(dataDir, 'stats'))).filter((n) => n.endsWith('.ndjson'))) total += (await stat(join(dataDir, 'stats', f))).size;
  return total;
};

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'flood-bench-'));
  const rows: string[][] = [];
  const stops: (() => Promise<void>)[] = [];
  try {
    const calm = await startKiosk(root, 'calm');
    const flooded = await startKiosk(root, 'flooded');
    for (const k of [calm, flooded]) stops.push(async () => { k.server.close(); await k.kiosk.services.stats.close(); });
    const agentOf = () => new Agent({ keepAlive: true, maxSockets: 1 });

    // The same real visitors on both kiosks (the flooded one's new-visit budget is full again when the flood starts).
    const realRefused = [await realVisits(calm, agentOf(), 1), await realVisits(flooded, agentOf(), 1)];

    // Citizens' calls for the flood's duration: alone (baseline), then on the flooded kiosk during the flood.
    const untilSeconds = (s: number) => { const end = performance.now() + s * 1000; return () => performance.now() >= end; };
    const baseline = await citizens(calm, agentOf(), untilSeconds(FLOOD_SECONDS));
    const flooding = flood(flooded.port);
    const during = await citizens(flooded, agentOf(), untilSeconds(FLOOD_SECONDS));
    const sent = await flooding;

    const [before, after] = [await report(calm), await report(flooded)];
    const [bytesCalm, bytesFlooded] = [await logBytes(calm.dataDir), await logBytes(flooded.dataDir)];
    const limits = defaultVisitLimits;
    const allowedVisits = limits.newVisits.burst + Math.ceil(FLOOD_SECONDS * limits.newVisits.perSecond);

    rows.push(['', 'baseline (no flood)', 'flooded']);
    rows.push([`citizens' calls (search.query + catalogue.overview), ${FLOOD_SECONDS} s`, `${baseline.length} calls`, `${during.length} calls`]);
    rows.push(['  p50', ms(pct(baseline, 0.5)), ms(pct(during, 0.5))]);
    rows.push(['  p95 (target: flooded <= 3x baseline and < 250 ms)', ms(pct(baseline, 0.95)), ms(pct(during, 0.95))]);
    rows.push(['  max', ms(baseline.at(-1)!), ms(during.at(-1)!)]);
    rows.push([`flood: ${FLOOD_CONNECTIONS} connections, fresh visit ids, search + satisfaction 1`, '', `${sent.sent} calls (${(sent.sent / FLOOD_SECONDS).toFixed(0)}/s)`]);
    rows.push(['  accepted (200) / refused (429) / other', '', `${sent.ok} / ${sent.refused} / ${sent.other}`]);
    rows.push(['report of the month', '', '']);
    rows.push(['  visits', String(before.totals.visits), `${after.totals.visits} (flood may add <= ${allowedVisits}: burst ${limits.newVisits.burst} + 1 per ${1 / limits.newVisits.perSecond} s)`]);
    rows.push(['  searches', String(before.totals.searches), String(after.totals.searches)]);
    rows.push(['  top search', `${before.topSearches[0]?.query} (${before.topSearches[0]?.count})`, `${after.topSearches[0]?.query} (${after.topSearches[0]?.count})`]);
    const attacker = after.topSearches.find((q) => q.query === 'คำของผู้โจมตี');
    rows.push(["  the flood's search", '-', attacker ? `rank ${attacker.rank} (${attacker.count})` : 'absent']);
    rows.push(['  satisfaction average (1-5)', String(before.survey.satisfactionAverage), String(after.survey.satisfactionAverage)]);
    rows.push(['  surveys answered', String(before.survey.answered), String(after.survey.answered)]);
    rows.push(['  refused writes noted in the report', String(before.dataQuality.refusedWrites), String(after.dataQuality.refusedWrites)]);
    rows.push(['usage log on disk', `${bytesCalm} B`, `${bytesFlooded} B`]);
    rows.push([`real visitors' calls refused (both kiosks, ${REAL_VISITS} visits each)`, String(realRefused[0]), String(realRefused[1])]);
    const same = before.topSearches[0]?.query === after.topSearches[0]?.query && after.totals.visits - before.totals.visits <= allowedVisits
      && Math.abs((after.survey.satisfactionAverage ?? 0) - (before.survey.satisfactionAverage ?? 0)) < 0.5 && after.dataQuality.refusedWrites >= sent.refused;
    rows.push(['verdict', '', same ? 'report unchanged but for the stated bursts; every refusal counted' : 'CHANGED beyond the bursts']);
    rows.push([`(load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} cores)`, '', '']);
  } finally {
    for (const stop of stops) await stop().catch(() => {});
    await rm(root, { recursive: true, force: true });
  }
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[c]!))).join('  '));
}

main().catch((error: unknown) => { console.error(error); process.exit(1); });
