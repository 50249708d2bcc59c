import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Log } from '../runtime';

/**
 * The data folder holds requesters' names and contacts, complaints and PIN hashes (PDPA): it is
 * private to the account that runs the kiosk. Whatever the umask, every folder the kiosk makes
 * for its data is 0700 and every file it writes there 0600 (backups, written elsewhere, too).
 * On Windows these modes mean little: the folder's ACL decides (see README, The data folder).
 */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;
const OTHERS = 0o077;
const posix = process.platform !== 'win32';

/** `mkdir -p` in which every folder it makes is 0700 (folders that exist are left as they are). */
export async function makePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER });
}

/** Takes group and other access off one path; false when it could not (never throws). */
export async function makePrivate(path: string): Promise<boolean> {
  if (!posix) return true;
  try {
    const { mode } = await stat(path);
    if ((mode & OTHERS) !== 0) await chmod(path, mode & 0o700);
    return true;
  } catch {
    return false;
  }
}

/**
 * Called by the process that opens the folder for writing. A folder others can read, write or
 * enter (made by an older version, or under a loose umask) is made 0700, and at that same moment,
 * once, everything in it loses group and other access (files copied along with it keep their modes
 * otherwise). Never fails the start: a folder that cannot be changed (another account's, a
 * read-only disk) is said in the log, and the kiosk serves as before.
 */
export async function keepFolderPrivate(dataDir: string, log: Log): Promise<void> {
  if (!posix) return;
  let mode: number;
  try {
    mode = (await stat(dataDir)).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return; // the stores say why they cannot read it
    await makePrivateFolder(dataDir).catch(() => undefined); // the first store write says why, if this failed
    return;
  }
  // Also what stands directly in it: a folder made 0700 by hand (as the warning below advises)
  // keeps its files 0644, and a copy of it (cp -a, rsync -a) would carry them out open.
  if ((mode & OTHERS) === 0 && !(await anyOpenInside(dataDir))) return;
  try {
    await chmod(dataDir, PRIVATE_FOLDER);
  } catch (error) {
    log.warn('the data folder is open to other accounts on this machine and could not be made private (0700): it holds personal data; run the kiosk as the folder\'s owner, or chmod 700 it', { folder: dataDir, mode: mode.toString(8), error: String(error) });
    return;
  }
  let tightened = 0, failed = 0;
  const entries = await readdir(dataDir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    // chmod follows a link, which could lead out of the folder.
    if (entry.isSymbolicLink()) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      const { mode: own } = await stat(path);
      if ((own & OTHERS) === 0) continue;
      await chmod(path, own & 0o700);
      tightened++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') failed++;
    }
  }
  log.warn('the data folder or what is in it was open to other accounts on this machine; it is now private to this one (folder 0700, files 0600)', { folder: dataDir, was: mode.toString(8), tightened, ...(failed ? { notChanged: failed } : {}) });
}

/** Whether anything directly in `folder` (the stores, the folders of logs and files) is open to others. */
async function anyOpenInside(folder: string): Promise<boolean> {
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    if (entry.isSymbolicLink()) continue;
    const mode = await stat(join(folder, entry.name)).then((s) => s.mode, () => 0);
    if ((mode & OTHERS) !== 0) return true;
  }
  return false;
}
