import { open, rename, readFile, mkdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that a crash or power cut leaves either the old or the new content:
 * temp file in the same folder, fsync, rename over, fsync the folder. lowdb's own JSONFile
 * (steno) renames but never fsyncs, which is safe against a process crash only.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
  await syncFolder(dirname(path));
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
