import { existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootKiosk } from '../boot';
import { dataDirFrom } from '../dataDir';
import { rendererDir, sampleDir } from '../paths';
import { createFileLog } from '../services/log/fileLog';
import { teeLog } from '../services/log/teeLog';
import { consoleLog, systemClock } from '../services/runtime';
import { noVisitLimits } from '../services/stats/visitBudget';
import { createWebServer } from './server';
import { startAdminChannel } from '../adminChannel/channelServer';
import { holdFolder } from '../services/store/folderLock';
import { refuseOtherFolder } from '../services/store/dataFolder';
import { KioskError } from '../contract/result';
import { stopOnSignals } from './stopOnSignals';

/** `npm run serve -- --data DIR --port N`: the kiosk in any browser, on 127.0.0.1 only. */
export async function serve(args: string[]) {
  const { values } = parseArgs({
    args,
    // --renderer: another built renderer folder. Tests that drive only the API start the real
    // server before `npm run build` has run, on a stub page.
    // --visit-limits off: for automated tests that replay visits faster than people can (never at a kiosk).
    options: { data: { type: 'string' }, port: { type: 'string', default: '5190' }, renderer: { type: 'string' }, 'visit-limits': { type: 'string' } },
    strict: true,
  });
  const dataDir = dataDirFrom(values.data, process.env, 'kiosk-data');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be 1–65535, got ${values.port}`);
  const renderer = values.renderer ? resolve(values.renderer) : rendererDir();
  if (values['visit-limits'] !== undefined && values['visit-limits'] !== 'off') throw new Error(`--visit-limits takes only "off", got ${values['visit-limits']}`);
  const visitLimits = values['visit-limits'] === 'off' ? noVisitLimits : undefined;
  if (!existsSync(join(renderer, 'index.html'))) throw new Error(`The renderer is not built (${renderer}); run: npm run build`);

  // Before the log file or the lock is written there: a mistyped --data must leave someone's own folder as it was.
  await refuseOtherFolder(dataDir);
  const fileLog = createFileLog({ dataDir, clock: systemClock, onFailure: (error) => console.error(`Log file refused a line: ${String(error)}`) });
  const log = teeLog(consoleLog, fileLog);
  // One writer per folder: the web mode holds it while it runs; the admin CLI then works through it.
  const hold = await holdFolder(dataDir, { role: 'kiosk', waitMs: 30_000, log });
  if (!hold.held) log.warn('the data folder cannot be written; serving citizens read-only', { problem: hold.problem });
  const { services, dispatch, resolveSession, backup } = await bootKiosk({ dataDir, sampleDir: sampleDir(), log, owner: hold.held, visitLimits, searchSoon: true });
  if (visitLimits) console.log('Public write limits are off (--visit-limits off): for automated tests only.');
  const channel = await startAdminChannel({ dataDir, dispatch, hold, log, backup });
  // Multi-site mode: continuous replication with the centre, if `fleet join` configured one (nothing otherwise).
  const fleet = hold.held ? await services.fleet.start().catch((error: unknown) => { log.error('fleet replication did not start', { error: String(error) }); return undefined; }) : undefined;
  const server = createWebServer({
    resolveSession,
    dispatch, port, rendererDir: renderer,
    readPdf: (sha) => services.catalogue.publicPdf(sha),
  });
  /** Lets go of everything but the server: the folder's lock and channel socket too, so the next start finds none left behind. */
  const release = async () => {
    await fleet?.stop();
    await services.fleet.close().catch(() => undefined);
    await channel.close();
    await services.stats.close().catch(() => undefined);
    await services.search.close().catch(() => undefined);
    await services.catalogue.close().catch(() => undefined);
    await hold.release();
  };
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await release(); // a busy port left .writer.json and .kiosk.sock in the folder (helper-69)
    if (error.code !== 'EADDRINUSE') throw error;
    throw new KioskError('unavailable', {
      th: `พอร์ต ${port} มีโปรแกรมอื่นใช้อยู่: ปิดโปรแกรมนั้น หรือเลือกพอร์ตอื่นด้วย --port`,
      en: `Port ${port} is in use by another program: stop it, or choose another port with --port`,
    });
  });
  // Build the search index now rather than on the first visitor's first keystroke.
  void services.search.warm({ answerEarly: true }).catch((error: unknown) => log.error('search index build failed', { error: String(error) }));
  // Also the support log's first line: it holds warnings and errors, so without this a quiet
  // afternoon left no log at all, and support could not tell the kiosk had run.
  fileLog.info('web mode started', { port, dataDir, node: process.versions.node });
  console.log(`Kiosk: http://127.0.0.1:${port}/`);
  console.log(`Data folder: ${dataDir}`);
  console.log(`Support log: ${fileLog.path}`);
  const stop = async () => {
    server.close();
    server.closeAllConnections();
    await release();
  };
  return Object.assign(server, { stop });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  // Let go of the folder on the way out, so the next kiosk or CLI does not wait for it.
  const stopping = stopOnSignals(['SIGINT', 'SIGTERM'], { whenParentEnds: process.env.npm_lifecycle_event === 'serve' });
  serve(process.argv.slice(2)).then((server) => {
    stopping.started(server.stop);
  }).catch((error: unknown) => {
    const th = (error as { messageTh?: string }).messageTh;
    console.error(`Could not start the web mode: ${th ? `${th}\n` : ''}${(error as Error).message}`);
    process.exit(1);
  });
}
