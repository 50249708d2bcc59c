import { open, rename, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { makePrivateFolder, PRIVATE_FILE } from './privateFolder';

/**
 * Writes a file so that a crash or power cut leaves either the old or the new content:
 * temp file in the same folder, fsync, rename over, fsync the folder. lowdb's own JSONFile
 * (steno) renames but never fsyncs, which is safe against a process crash only.
 * The file is the account's alone (0600), and a folder made for it 0700: the data folder is private.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  await makePrivateFolder(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', PRIVATE_FILE);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    // A full disk leaves a partial temp file behind: remove it, or it holds the very space the next save needs.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Removes the temp files of writes a crash or a kill cut short: `.<name>[.<n>].<12 hex>.tmp`
 * beside `path` (the file and its rotated copies). Nothing reads them, and a kiosk often switched
 * off hard would otherwise keep one whole copy of the store per cut. Call before the first write.
 */
export async function removeLeftoverTemps(path: string): Promise<void> {
  const folder = dirname(path);
  const prefix = `.${basename(path)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && /^(\d+\.)?[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) await rm(join(folder, name), { force: true });
  }
}

export async function syncFolder(folder: string): Promise<void> {
  // Directory fsync makes the rename itself durable; not supported on every platform.
  try {
    const dir = await open(folder, 'r');
    try { await dir.sync(); } finally { await dir.close(); }
  } catch { /* Windows cannot open a directory for fsync; rename is still atomic there. */ }
}

export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
