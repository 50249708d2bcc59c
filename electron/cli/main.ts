import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { remoteKiosk, type RemoteKiosk } from '../adminChannel/channelClient';
import { bootKiosk } from '../boot';
import { dataDirFrom } from '../dataDir';
import { dataFolderKind, notADataFolder } from '../services/store/dataFolder';
import { KioskError } from '../contract/result';
import { sampleDir } from '../paths';
import type { Log } from '../services/runtime';
import { describeOwner, holdFolder, liveOwner, type FolderHold } from '../services/store/folderLock';
import { openCacheOnlySearch } from '../services/search/cacheOnlySearch';
import { cacheFirstKiosk, type OpenedFolder } from './cacheFirst';
import { reachFolder } from './reachFolder';
import { cliCommands } from './commands';
import { runAsProcess } from './exit';
import { WAIT_FOR_FOLDER_MS, type CliCommand } from './command';

/** run.mjs ends the bundled CLI the same way. */
export { runAsProcess };

const usage = () =>
  ['Usage: npm run -s cli -- <command> [options] --data DIR', '  (--new-folder: a command that changes data may start DIR when it does not exist yet)', '', ...Object.entries(cliCommands).map(([name, c]) => `  ${name.padEnd(19)} ${c.summary}`)].join('\n');

/** Warnings and errors one line each on stderr (what, then its details as JSON), not an object dump. */
const line = (message: string, details?: unknown) => process.stderr.write(`${message}${details === undefined ? '' : ` ${JSON.stringify(details)}`}\n`);
const quietLog: Log = { info: () => {}, warn: line, error: line };
/** Given to commands that read the folder's files themselves: they never dispatch. */
const noKiosk: RemoteKiosk = { dispatch: () => Promise.reject(new Error('this command reads the data folder itself')) };

/**
 * The dispatcher a command runs against (house rule 9, one writer per folder): the running
 * kiosk's, over its admin channel, when a kiosk holds the folder; otherwise this process's own,
 * with the folder held for the length of the command.
 */
async function openFolder(dataDir: string, searchSoon: boolean): Promise<OpenedFolder> {
  const { channel, hold } = await reachFolder(dataDir, quietLog);
  if (channel) return { kiosk: remoteKiosk(channel), close: async () => undefined };
  // A search may need no more than the index cache (cacheFirst.ts); the folder stays held either way.
  const cached = searchSoon ? await openCacheOnlySearch(dataDir).catch(() => undefined) : undefined;
  if (cached) {
    const searched = cacheFirstKiosk(cached, () => bootFolder(dataDir, hold, searchSoon));
    return { kiosk: searched.kiosk, close: async () => { try { await searched.close(); } finally { await hold.release(); } } };
  }
  const booted = await bootFolder(dataDir, hold, searchSoon).catch(async (error: unknown) => { await hold.release(); throw error; });
  return { kiosk: booted.kiosk, close: async () => { try { await booted.close(); } finally { await hold.release(); } } };
}

/** This process's own kiosk over the held folder; `close` lets it finish its writes (not the hold: openFolder releases it). */
async function bootFolder(dataDir: string, hold: FolderHold, searchSoon: boolean): Promise<OpenedFolder> {
  const local = await bootKiosk({ dataDir, sampleDir: sampleDir(), log: quietLog, owner: hold.held, runsAs: 'command', searchSoon });
  return {
    kiosk: local,
    async close() {
      await local.services.stats.close().catch(() => undefined);
      await local.services.fleet.close().catch(() => undefined);
      // The index this run built or updated goes to the cache, so the next run starts from it.
      await local.services.search.close().catch(() => undefined);
      // A compaction the run started is let finish (a kill would be safe, only wasted).
      await local.services.catalogue.close().catch(() => undefined);
    },
  };
}

/** Whether anything is at the path (a file given as the folder is refused later, by name). */

export async function runCli(argv: string[], print: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<number> {
  // A two-word command (`fleet sync`) when its first two words name one; else the first word.
  const twoWords = argv.length >= 2 ? `${argv[0]} ${argv[1]}` : '';
  const [name, ...rest] = Object.hasOwn(cliCommands, twoWords) ? [twoWords, ...argv.slice(2)] : argv;
  if (!name || name === '--help' || name === '-h' || !Object.hasOwn(cliCommands, name)) {
    if (name && name !== '--help' && name !== '-h') process.stderr.write(`ไม่รู้จักคำสั่ง ${name} / Unknown command: ${name}\n\n`);
    process.stderr.write(usage() + '\n');
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  const command = cliCommands[name as keyof typeof cliCommands] as CliCommand;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { data: { type: 'string' }, 'new-folder': { type: 'boolean' }, ...command.options },
    allowPositionals: true,
    strict: true,
  });
  const dataDir = dataDirFrom(typeof values.data === 'string' ? values.data : undefined, process.env, 'kiosk-data');
  const context = { values: { ...values, data: dataDir }, positionals, print };
  const kind = await dataFolderKind(dataDir);
  if (kind === 'other') {
    const refusal = notADataFolder(dataDir);
    print(refusal.th);
    print(refusal.en);
    return 2;
  }
  const folderIsNew = kind === 'missing';
  if (folderIsNew && command.readsOnly?.(positionals)) {
    print(`ไม่พบโฟลเดอร์ข้อมูล ${dataDir}: คำสั่งนี้อ่านข้อมูลอย่างเดียว จึงไม่สร้างโฟลเดอร์ใหม่ โปรดตรวจสอบ --data`);
    print(`The data folder ${dataDir} does not exist: this command only reads, so it makes no new folder. Check --data`);
    return 2;
  }
  const makesItsFolder = command.setsUpFolder?.(positionals) || command.replacesFolder || command.opensDataItself;
  if (folderIsNew && !makesItsFolder && values['new-folder'] !== true) {
    print(`ไม่พบโฟลเดอร์ข้อมูล ${dataDir}: ไม่ได้ทำรายการใด โปรดตรวจสอบ --data หรือถ้าต้องการเริ่มโฟลเดอร์ข้อมูลใหม่ ให้เพิ่ม --new-folder`);
    print(`The data folder ${dataDir} does not exist: nothing was done. Check --data, or add --new-folder to start a new data folder`);
    return 2;
  }
  try {
    if (command.replacesFolder) {
      // Replacing the folder under a running kiosk would fork it: the kiosk must be stopped first.
      const owner = await liveOwner(dataDir);
      if (owner?.role === 'kiosk') {
        const who = describeOwner(owner);
        print(`หยุดตู้คีออสก์ก่อน แล้วจึงกู้คืนข้อมูล: โฟลเดอร์นี้ถูกใช้งานโดย${who.th}`);
        print(`Stop the kiosk first, then restore: the folder is in use by ${who.en}`);
        return 1;
      }
      // Silent: the lock moves away with the old folder, and its refresh then fails by design.
      const hold = await holdFolder(dataDir, { role: 'cli', waitMs: WAIT_FOR_FOLDER_MS, log: { ...quietLog, error: () => {} } });
      try {
        return await command.run({ ...context, kiosk: noKiosk });
      } finally {
        await hold.release();
      }
    }
    if (command.opensDataItself) return await command.run({ ...context, kiosk: noKiosk });
    const folder = await openFolder(dataDir, command.searches === true);
    // Said, so a mistyped --data is noticed: the command goes on in an empty folder (with the sample).
    if (folderIsNew) print(`สร้างโฟลเดอร์ข้อมูลใหม่ที่ ${dataDir} / Created a new data folder at ${dataDir}`);
    try {
      return await command.run({ ...context, kiosk: folder.kiosk });
    } finally {
      await folder.close();
    }
  } catch (error) {
    // The kiosk the command went through stopped before answering (channelClient): said, exit 2.
    if (error instanceof KioskError && error.code === 'unavailable') { print(`${error.messageTh}\n${error.message}`); return 2; }
    if (!(error instanceof KioskError) || error.code !== 'busy') throw error;
    print(`${error.messageTh}\n${error.message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  runAsProcess(runCli, process.argv.slice(2));
}
