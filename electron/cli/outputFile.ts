import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises';

/**
 * Writes a command's output file (its --out, or a report into the data folder). A failed write
 * names the file: Node's error from a write names none, and staff read "The disk is full:  could
 * not be written". It leaves no half-written file: a regular file (new or replaced) is written
 * beside and renamed over, so an earlier report of the same name survives a full disk; a link is
 * followed (the file it names is replaced, with its mode). Anything else (a FIFO, /dev/stdout) is
 * written in place: a rename would replace the device itself.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array | string, mode?: number): Promise<void> {
  try {
    const existing = await stat(path).catch(() => undefined);
    if (existing && !existing.isFile()) {
      await writeFile(path, bytes);
      return;
    }
    const target = existing ? await realpath(path) : path;
    const partial = `${target}.partial-${process.pid}`;
    try {
      await writeFile(partial, bytes, { mode: mode ?? (existing ? existing.mode & 0o777 : 0o666) });
      await renameOver(partial, target);
    } catch (error) {
      await rm(partial, { force: true }).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    // The file staff named, not the partial one beside it.
    if (error && typeof error === 'object' && 'code' in error) (error as NodeJS.ErrnoException).path = path;
    throw error;
  }
}

/** On Windows a file just written may be held a moment by an antivirus or the indexer: the rename is retried briefly. */
async function renameOver(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || attempt >= 10 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}
