import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { bootKiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import { Settings } from '../../electron/contract/settings';
import type { AuditRecord, AuditVerifyReport, LoginAnswer, StaffStatus } from '../../electron/contract/staff';
import type { ReportModel } from '../../electron/contract/stats';
import { CatalogueFile } from '../../electron/services/catalogue/catalogueFile';
import { StaffFile } from '../../electron/services/staff/staffFile';
import { mulberry32 } from './fuzz-payloads';
import { ADMIN_PIN, createAdminOnMachine, writeSmallCatalogue } from './staff-fixtures';
import { tempDir } from './support';

/*
 * Issue 7, "data that survives": the real web mode (`electron/web/serve.ts`, a child process)
 * takes staff edits and bursts of usage events over HTTP and is killed with SIGKILL at a seeded
 * moment, ROUNDS times on the same data folder. After each restart every store must parse,
 * every edit and event whose call answered ok before the kill must be there (documents in the
 * catalogue and the audit trail, events in stats/events-*.ndjson), the audit chain must verify
 * (the CLI's `verify`), and the month's report must still build.
 * CRASH_SEED=<seed> reproduces a run; CRASH_ROUNDS changes the number of rounds.
 */
const seed = Number(process.env.CRASH_SEED ?? 20261209) >>> 0;
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
/** Edits answered ok before each kill: at least 10 a round, so 20 rounds make at least 200. */
const MIN_EDITS = 10;
const EDIT_STREAMS = 3;
const FIRST_PORT = 5600;
const LAST_PORT = 5699;

interface Answer { ok: boolean; value?: unknown; error?: { code: string; message: string } }

/** One POST /api/<method>; each server gets its own keep-alive agent (a killed one leaves only dead sockets behind). */
function post(agent: Agent, port: number, method: string, body: unknown, token?: string): Promise<Answer> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': payload.length, ...(token ? { 'x-kiosk-session': token } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer); } catch (error) { reject(error as Error); }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function must<T>(server: Server, method: string, body: unknown, token?: string): Promise<T> {
  const answer = await post(server.agent, server.port, method, body, token);
  if (!answer.ok) throw new Error(`${method} refused: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

interface Server { child: ChildProcess; port: number; agent: Agent; exited: Promise<void>; startMs: number }

/** Starts the real web mode; a port in use (another run, another test) moves on to the next. */
async function startServer(dataDir: string, rendererDir: string, firstPort: number): Promise<Server> {
  for (let port = firstPort; port <= LAST_PORT; port++) {
    const began = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/serve.ts', '--data', dataDir, '--port', String(port), '--renderer', rendererDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const outcome = await new Promise<'up' | 'port-taken'>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`server did not start in 60 s:\n${output}`)); }, 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(`Kiosk: http://127.0.0.1:${port}/`)) { clearTimeout(timer); resolve('up'); }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        if (/EADDRINUSE/.test(output)) resolve('port-taken');
        else reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
    if (outcome === 'up') return { child, port, agent: new Agent({ keepAlive: true, maxSockets: 32 }), exited, startMs: performance.now() - began };
  }
  throw new Error(`no free port in ${firstPort}-${LAST_PORT}`);
}

/** Bangkok's calendar day of a moment: the kiosk files and reports events by it. */
const bangkokDay = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);

describe(`SIGKILL during edits and event bursts (seed ${seed}, ${ROUNDS} rounds; CRASH_SEED to change)`, () => {
  let data: Awaited<ReturnType<typeof tempDir>>;
  let renderer: Awaited<ReturnType<typeof tempDir>>;
  let server: Server | undefined;

  beforeAll(async () => {
    data = await tempDir('kiosk-crash-');
    renderer = await tempDir('kiosk-crash-renderer-');
    await writeFile(join(renderer.path, 'index.html'), '<!doctype html><title>kiosk</title>');
    await writeSmallCatalogue(data.path);
    await mkdir(join(data.path, 'stats'), { recursive: true });
  });
  afterAll(async () => {
    server?.agent.destroy();
    if (server?.child.exitCode === null && server.child.signalCode === null) { server.child.kill('SIGKILL'); await server.exited; }
    await data?.remove();
    await renderer?.remove();
  });

  it('loses nothing that was acknowledged, and the folder verifies after every kill', async () => {
    const rng = mulberry32(seed);
    const began = Date.now();
    /** Per document: the newest version acknowledged, and the newest sent (maybe in flight at the kill). */
    const docs = new Map<string, { acked: number; sent: number }>();
    const ackedEvents = new Set<string>();
    const ackedVisits = new Set<string>();
    const titleOf = (id: string, version: number) => `ประกาศทดสอบการดับเครื่อง ${id} ฉบับที่ ${version}`;
    let totalEdits = 0;
    const startTimes: number[] = [];
    const started = async (port: number) => {
      server = await startServer(data.path, renderer.path, port);
      startTimes.push(server.startMs);
      return server;
    };

    // One start per round: the server restarted after a kill is checked, then takes the next round's work.
    // The administrator is made on the machine before the kiosk starts, as `staff create-admin` does.
    const setup = await bootKiosk({ dataDir: data.path });
    await createAdminOnMachine(setup, 'ผู้ดูแลทดสอบ', ADMIN_PIN);
    await setup.services.stats.close();
    /** Signs in the one administrator by the initials the sign-in screen offers. */
    const signIn = async (on: Server) => {
      const [choice] = (await must<StaffStatus>(on, 'staff.status', {})).choices;
      return must<LoginAnswer>(on, 'staff.login', { choice: choice?.ref, pin: ADMIN_PIN });
    };
    let login = await signIn(await started(FIRST_PORT));

    for (let round = 1; round <= ROUNDS; round++) {
      const where = `seed=${seed} round ${round}`;
      const running = server!;
      // A fresh pool for the work: no idle socket the server may be closing just then.
      running.agent.destroy();
      running.agent = new Agent({ keepAlive: true, maxSockets: 32 });
      const { port, agent } = running;
      const token = login.token;

      // The kill comes after a seeded number of acknowledged edits plus a seeded delay, while the
      // work goes on, so it lands at a different point of the writes each round.
      const target = MIN_EDITS + Math.floor(rng() * 7);
      const delayMs = Math.floor(rng() * 30);
      let editsThisRound = 0;
      let killing = false;
      const kill = () => {
        if (killing) return;
        killing = true;
        setTimeout(() => running.child.kill('SIGKILL'), delayMs);
      };
      /** A request that fails is the kill's doing; one that fails before it is a failure of the test. */
      const gone = (method: string) => (error: unknown) => {
        if (!killing) throw new Error(`${where}: ${method} failed before the kill: ${String(error)}`);
        return undefined;
      };

      const editStream = async (stream: number) => {
        const streamRng = mulberry32(seed ^ (round * 131 + stream));
        const mine: string[] = [];
        for (let n = 1; ; n++) {
          // Mostly new documents, otherwise a new version of one this stream made (never two
          // requests for one document at once, so "newest acknowledged" is well defined).
          const id = mine.length === 0 || streamRng() < 0.55 ? `crash-r${round}-s${stream}-${n}` : mine[Math.floor(streamRng() * mine.length)]!;
          if (!docs.has(id)) { docs.set(id, { acked: 0, sent: 0 }); mine.push(id); }
          const doc = docs.get(id)!;
          const version = doc.acked + 1;
          doc.sent = version;
          const answer = await post(agent, port, 'documents.save', {
            id, title: { th: titleOf(id, version) }, category: 'other', published: '2026-11-01', keywords: [`รอบ ${round}`],
          }, token).catch(gone('documents.save'));
          if (!answer) return; // the server is gone
          if (!answer.ok) throw new Error(`${where}: documents.save ${id} refused: ${JSON.stringify(answer.error)}`);
          doc.acked = version;
          totalEdits++;
          if (++editsThisRound >= target) kill();
        }
      };

      const eventBursts = async () => {
        const burstRng = mulberry32(seed ^ (round * 7919));
        for (let burst = 1; ; burst++) {
          const visitId = crypto.randomUUID();
          const start = await post(agent, port, 'stats.visitStart', { visitId, language: 'th' }).catch(gone('stats.visitStart'));
          if (!start) return;
          if (start.ok) ackedVisits.add(visitId);
          const size = 5 + Math.floor(burstRng() * 20);
          const answers = await Promise.all(Array.from({ length: size }, async (_, i) => {
            const name = `r${round}-b${burst}-e${i}`;
            const answer = await post(agent, port, 'stats.record', { visitId, event: { type: 'screen', name } }).catch(gone('stats.record'));
            if (answer && !answer.ok) throw new Error(`${where}: stats.record refused: ${JSON.stringify(answer.error)}`);
            if (answer?.ok) ackedEvents.add(name);
            return answer;
          }));
          if (answers.some((a) => !a)) return;
        }
      };

      const workBegan = performance.now();
      await Promise.all([...Array.from({ length: EDIT_STREAMS }, (_, s) => editStream(s)), eventBursts()]);
      await running.exited;
      agent.destroy();
      expect(running.child.signalCode, where).toBe('SIGKILL');
      if (process.env.CRASH_TRACE) console.log(`${where}: start ${startTimes.at(-1)!.toFixed(0)} ms, work ${(performance.now() - workBegan).toFixed(0)} ms, ${editsThisRound} edits`);

      // Restart on the same folder: the start-up repairs (torn lines, damaged stores) run here.
      const restarted = await started(port);

      // Every store parses against its schema.
      const catalogue = CatalogueFile.parse(JSON.parse(await readFile(join(data.path, 'catalogue.json'), 'utf8')));
      Settings.parse(JSON.parse(await readFile(join(data.path, 'settings.json'), 'utf8')));
      StaffFile.parse(JSON.parse(await readFile(join(data.path, 'staff.json'), 'utf8')));

      // Every acknowledged edit is stored (or the newer one that was in flight), and audited.
      const stored = new Map(catalogue.documents.map((d) => [d.id, d]));
      const audit = (await readFile(join(data.path, 'audit.ndjson'), 'utf8')).split('\n').filter(Boolean).flatMap((l) => {
        try { return [JSON.parse(l) as AuditRecord]; } catch { return []; }
      });
      const audited = new Set(audit.flatMap((r) => r.changes.map((c) => `${c.target}|${(c.after as { title?: { th?: string } } | undefined)?.title?.th ?? ''}`)));
      for (const [id, doc] of docs) {
        if (doc.acked === 0) continue;
        const title = stored.get(id)?.title.th;
        const version = Number(/ฉบับที่ (\d+)$/.exec(title ?? '')?.[1] ?? 0);
        expect(version, `${where}: ${id} acknowledged v${doc.acked}, stored ${title ?? 'nothing'}`).toBeGreaterThanOrEqual(doc.acked);
        expect(version, `${where}: ${id} stored a version never sent`).toBeLessThanOrEqual(doc.sent);
        expect(audited.has(`document:${id}|${titleOf(id, doc.acked)}`), `${where}: ${id} v${doc.acked} is not in the audit trail`).toBe(true);
      }

      // Every acknowledged event is in the usage log.
      const seen = new Set<string>();
      for (const file of (await readdir(join(data.path, 'stats'))).filter((f) => /^events-\d{4}-\d{2}\.ndjson$/.test(f))) {
        for (const line of (await readFile(join(data.path, 'stats', file), 'utf8')).split('\n')) {
          try {
            const event = JSON.parse(line) as { type?: string; name?: string };
            if (event.type === 'screen' && event.name) seen.add(event.name);
          } catch { /* a torn line: reports count it as unreadable */ }
        }
      }
      expect([...ackedEvents].filter((name) => !seen.has(name)), `${where}: acknowledged events missing from the usage log`).toEqual([]);

      // The audit chain and the whole folder verify, through the CLI's own command and the contract.
      const lines: string[] = [];
      const code = await runCli(['verify', '--data', data.path], (l) => lines.push(l));
      expect(code, `${where}:\n${lines.join('\n')}`).toBe(0);
      login = await signIn(restarted);
      expect((await must<AuditVerifyReport>(restarted, 'audit.verify', {}, login.token)).sound, where).toBe(true);

      // The report of the days the test ran still builds and counts every acknowledged visit.
      const report = await must<ReportModel>(restarted, 'reports.build', { period: { kind: 'range', from: bangkokDay(began), to: bangkokDay(Date.now()) } }, login.token);
      expect(report.totals.visits, where).toBeGreaterThanOrEqual(ackedVisits.size);

      // No temp file of a write the kill cut short is left: the restart swept them.
      const leftovers = (await readdir(data.path, { recursive: true })).filter((f) => f.endsWith('.tmp') && !f.startsWith('.cache')); // the search cache is rebuilt, not data
      expect(leftovers, `${where}: temp files left by killed writes`).toEqual([]);
    }

    const mean = startTimes.reduce((s, t) => s + t, 0) / startTimes.length;
    console.log(`crash-kill seed ${seed}: ${ROUNDS} rounds, ${totalEdits} acknowledged edits, ${ackedEvents.size} acknowledged events in ${ackedVisits.size} visits, ${docs.size} documents; ${startTimes.length} server starts, mean ${mean.toFixed(0)} ms, max ${Math.max(...startTimes).toFixed(0)} ms`);
    expect(totalEdits).toBeGreaterThanOrEqual(MIN_EDITS * ROUNDS);
  }, 240_000);
});
