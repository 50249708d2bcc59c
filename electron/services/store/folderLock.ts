import { hostname } from 'node:os';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { KioskError } from '../../contract/result';
import type { Log } from '../runtime';
import { writeFileDurably } from './durableFile';
import { makePrivate, makePrivateFolder } from './privateFolder';
import { bangkokTimeText } from '../../contract/thaiCalendar';

/** The lock itself (a folder proper-lockfile makes and keeps fresh) and who holds it. */
export const LOCK_NAME = '.writer.lock';
export const OWNER_FILE = '.writer.json';
/**
 * A holder that stops refreshing the lock for this long is taken to be gone (proper-lockfile's
 * mtime check). Generous, so a kiosk busy for a while is never taken over; on this machine a
 * holder's death is noticed at once by its pid instead.
 */
const STALE_MS = 30_000;

export type HolderRole = 'kiosk' | 'cli';

export interface FolderOwner {
  pid: number;
  host: string;
  role: HolderRole;
  since: string;
  /** How the CLI reaches a running kiosk's dispatcher (socket or pipe path, and a per-start secret). */
  channel?: { path: string; secret: string };
}

export interface FolderHold {
  /** False when the folder could not be locked because it cannot be written at all (full disk, read-only). */
  readonly held: boolean;
  /** Why not held, for the log and the staff screens. */
  readonly problem?: string;
  /** Tells CLIs how to reach this kiosk (written into the owner file, 0600). */
  announce(channel: FolderOwner['channel']): Promise<void>;
  release(): Promise<void>;
}

const lockOptions = (dataDir: string) => ({ lockfilePath: join(dataDir, LOCK_NAME), realpath: false, stale: STALE_MS });

function pidAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (error) { return (error as NodeJS.ErrnoException).code === 'EPERM'; }
}

async function readOwner(dataDir: string): Promise<FolderOwner | undefined> {
  try {
    const raw = JSON.parse(await readFile(join(dataDir, OWNER_FILE), 'utf8')) as Partial<FolderOwner>;
    return typeof raw.pid === 'number' && typeof raw.host === 'string' && (raw.role === 'kiosk' || raw.role === 'cli') ? (raw as FolderOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** The process holding the folder now, if any (a lock left by a killed process does not count). */
export async function liveOwner(dataDir: string): Promise<FolderOwner | undefined> {
  const locked = await lockfile.check(dataDir, lockOptions(dataDir)).catch(() => false);
  if (!locked) return undefined;
  const owner = await readOwner(dataDir);
  if (owner && owner.host === hostname() && !pidAlive(owner.pid)) return undefined;
  return owner;
}

export function describeOwner(owner: FolderOwner | undefined): { th: string; en: string } {
  if (!owner) return { th: 'โปรแกรมอื่น', en: 'another program' };
  // The lock file keeps UTC ISO (exact on any machine); staff read Bangkok clocks.
  const th = bangkokTimeText(owner.since, 'th'), en = bangkokTimeText(owner.since, 'en');
  return owner.role === 'kiosk'
    ? { th: `ตู้คีออสก์ที่กำลังทำงาน (pid ${owner.pid} บนเครื่อง ${owner.host} ตั้งแต่ ${th})`, en: `the running kiosk (pid ${owner.pid} on ${owner.host} since ${en})` }
    : { th: `คำสั่งผู้ดูแล (CLI pid ${owner.pid} บนเครื่อง ${owner.host} ตั้งแต่ ${th})`, en: `an admin CLI command (pid ${owner.pid} on ${owner.host} since ${en})` };
}

export function folderBusy(owner: FolderOwner | undefined): KioskError {
  const who = describeOwner(owner);
  return new KioskError('busy', {
    th: `โฟลเดอร์ข้อมูลนี้กำลังถูกใช้งานโดย${who.th} จึงแก้ไขข้อมูลพร้อมกันไม่ได้ โปรดรอให้เสร็จแล้วลองอีกครั้ง`,
    en: `The data folder is in use by ${who.en}; only one program may change it at a time. Wait for it to finish, then try again`,
  }, { owner });
}

const writeProblem = (error: unknown) => ['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT'].includes((error as NodeJS.ErrnoException)?.code ?? '');

/** How long a starting kiosk waits for a CLI command that holds its folder (a backup or import), past its own wait. */
const CLI_COMMAND_MS = 15 * 60 * 1000;

/**
 * Takes the data folder for this process: one writer per folder (house rule 9). A holder killed
 * without releasing is detected at once when its pid is gone on this machine, and otherwise once
 * its lock has not been refreshed for 30 s. Waits up to `waitMs`, then refuses naming the holder;
 * a kiosk waits longer for a CLI command (see CLI_COMMAND_MS).
 * A folder that cannot be written at all is not an error here: reading needs no lock, and every
 * write will be refused with its own reason.
 */
export async function holdFolder(dataDir: string, options: { role: HolderRole; waitMs: number; log: Log }): Promise<FolderHold> {
  const notHeld = (problem: string): FolderHold => ({ held: false, problem, announce: async () => undefined, release: async () => undefined });
  try { await makePrivateFolder(dataDir); } catch (error) {
    if (writeProblem(error)) return notHeld(String(error));
    throw error;
  }
  const started = Date.now();
  const deadline = started + options.waitMs;
  let toldWaiting = false;
  for (;;) {
    let release: (() => Promise<void>) | undefined;
    try {
      release = await lockfile.lock(dataDir, {
        ...lockOptions(dataDir),
        update: 5_000,
        // The default throws from a timer and ends the process: a kiosk keeps serving citizens instead.
        onCompromised: (error) => options.log.error('data folder lock lost', { error: String(error) }),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') {
        if (writeProblem(error)) return notHeld(String(error));
        throw error;
      }
      const owner = await readOwner(dataDir);
      if (owner && owner.host === hostname() && owner.pid !== process.pid && !pidAlive(owner.pid)) {
        options.log.warn('taking over the data folder from a process that is gone', { pid: owner.pid, role: owner.role });
        await rm(join(dataDir, LOCK_NAME), { recursive: true, force: true });
        continue;
      }
      // A kiosk starting while a CLI command holds the folder (a nightly backup of a big folder, an
      // import) waits for it to end, up to CLI_COMMAND_MS: given up after 30 s, the kiosk stayed down.
      const waitingForCli = options.role === 'kiosk' && owner?.role === 'cli' && Date.now() < started + CLI_COMMAND_MS;
      if (Date.now() >= deadline && !waitingForCli) throw folderBusy(owner);
      if (waitingForCli && Date.now() >= deadline && !toldWaiting) {
        toldWaiting = true;
        options.log.warn('waiting for a CLI command to finish with the data folder', { pid: owner?.pid, since: owner?.since });
      }
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    await makePrivate(join(dataDir, LOCK_NAME)); // proper-lockfile's folder, made under the umask: holds nothing, but ls shows it
    const owner: FolderOwner = { pid: process.pid, host: hostname(), role: options.role, since: new Date().toISOString() };
    const writeOwner = (o: FolderOwner) => writeFileDurably(join(dataDir, OWNER_FILE), JSON.stringify(o));
    try { await writeOwner(owner); } catch (error) {
      await release().catch(() => undefined);
      if (writeProblem(error)) return notHeld(String(error));
      throw error;
    }
    const unlock = release;
    return {
      held: true,
      announce: (channel) => writeOwner({ ...owner, channel }),
      async release() {
        await rm(join(dataDir, OWNER_FILE), { force: true }).catch(() => undefined);
        await unlock().catch(() => undefined);
      },
    };
  }
}
