import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import { Settings } from '../../electron/contract/settings';
import type { AuditRecord, AuditVerifyReport, LoginAnswer, StaffStatus } from '../../electron/contract/staff';
import type { ReportModel } from '../../electron/contract/reports';
import { StaffFile } from '../../electron/services/staff/staffFile';
import { mulberry32 } from './fuzz-payloads';
import { ADMIN_PIN, createAdminOnMachine, writeSmallCatalogue } from './staff-fixtures';
import { Agent } from 'node:http';
import { storedCatalogue, tempDir } from './support';
import { must, post, startServer, type Server } from './web-mode-process';

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
const FIRST_PORT = Number(process.env.CRASH_PORT ?? 5600);

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
    let killsInsideUnits = 0;
    const startTimes: number[] = [];
    // Every third round the server kills itself inside a change: after its audit entry, before its store write.
    const started = async (port: number, round = 0) => {
      const inside: Record<string, string> = round > 0 && round % 3 === 0 ? { KIOSK_CRASH_AFTER_SEALS: String(MIN_EDITS + Math.floor(rng() * 7)) } : {};
      server = await startServer(data.path, renderer.path, port, inside);
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
      // A server started to kill itself inside a change may go at any moment.
      let killing = round % 3 === 0;
      let killSent = false;
      const kill = () => {
        if (killSent) return;
        killing = true;
        killSent = true;
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
            // Bursts faster than a person could touch meet the public write budget: refused, never written, not acknowledged.
            if (answer && !answer.ok && answer.error?.code !== 'rate_limited') throw new Error(`${where}: stats.record refused: ${JSON.stringify(answer.error)}`);
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
      const restarted = await started(port, round + 1);

      // Every store parses against its schema.
      const catalogue = await storedCatalogue(data.path);
      Settings.parse(JSON.parse(await readFile(join(data.path, 'settings.json'), 'utf8')));
      StaffFile.parse(JSON.parse(await readFile(join(data.path, 'staff.json'), 'utf8')));

      // Every acknowledged edit is stored (or the newer one that was in flight), and audited.
      const stored = new Map(catalogue.documents.map((d) => [d.id, d]));
      const audit = (await readFile(join(data.path, 'audit.ndjson'), 'utf8')).split('\n').filter(Boolean).flatMap((l) => {
        try { return [JSON.parse(l) as AuditRecord]; } catch { return []; }
      });
      // The trail and the stores agree: every saved version the trail does not mark "not applied" is stored (or a newer one).
      const notApplied = new Set(audit.filter((r) => r.method === 'system.unitNotApplied').map((r) => r.changes[0]?.target));
      killsInsideUnits = notApplied.size;
      for (const r of audit.filter((e) => e.method === 'documents.save' && !notApplied.has(`audit:${e.seq}`))) {
        const change = r.changes[0]!;
        const claimed = Number(/ฉบับที่ (\d+)$/.exec((change.after as { title?: { th?: string } } | undefined)?.title?.th ?? '')?.[1] ?? 0);
        const storedTitle = stored.get(change.target.replace(/^document:/, ''))?.title.th ?? '';
        expect(Number(/ฉบับที่ (\d+)$/.exec(storedTitle)?.[1] ?? 0), `${where}: audit #${r.seq} says ${change.target} v${claimed}, stored "${storedTitle}"`).toBeGreaterThanOrEqual(claimed);
      }
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

    // The self-kill rounds did land between an audit entry and its store write.
    expect(killsInsideUnits, 'kills inside a change+audit unit').toBeGreaterThan(0);
    const mean = startTimes.reduce((s, t) => s + t, 0) / startTimes.length;
    console.log(`crash-kill seed ${seed}: ${ROUNDS} rounds, ${totalEdits} acknowledged edits, ${ackedEvents.size} acknowledged events in ${ackedVisits.size} visits, ${docs.size} documents, ${killsInsideUnits} kills inside a change+audit unit; ${startTimes.length} server starts, mean ${mean.toFixed(0)} ms, max ${Math.max(...startTimes).toFixed(0)} ms`);
    expect(totalEdits).toBeGreaterThanOrEqual(MIN_EDITS * ROUNDS);
  }, 240_000);
});
