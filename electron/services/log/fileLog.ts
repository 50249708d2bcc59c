import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock, Log } from '../runtime';
import { PRIVATE_FILE, PRIVATE_FOLDER } from '../store/privateFolder';

export interface FileLogOptions {
  dataDir: string;
  clock: Clock;
  /** Rotate when the file would pass this many bytes (~1 MB). */
  maxBytes?: number;
  /** Files kept in all: `kiosk.log` and `kiosk.log.1` … `kiosk.log.<keep-1>` (oldest). */
  keep?: number;
  /** Lines waiting for a stalled disk; beyond this, new lines are counted and dropped. */
  maxPending?: number;
  /** Told once when the disk refuses a line (the kiosk keeps running either way). */
  onFailure?: (error: unknown) => void;
}

export type FileLog = Log & {
  readonly path: string;
  /** Resolves when every line logged so far is on disk (or dropped). */
  flush(): Promise<void>;
};

export const LOG_FILE = 'kiosk.log';
/** One line never holds more than this: a refused 1 MB `data:` URL must not fill the log. */
const MAX_LINE = 16 * 1024;

/** JSON that never throws: circular objects, BigInt or a hostile toJSON become a plain string. */
function lineOf(at: string, level: string, message: string, detail: Record<string, unknown> | undefined): string {
  let line: string;
  try {
    line = JSON.stringify({ at, level, message, ...(detail === undefined ? {} : { detail }) });
  } catch (error) {
    line = JSON.stringify({ at, level, message, detail: `unserialisable detail: ${String(error)}` });
  }
  if (line.length > MAX_LINE) line = JSON.stringify({ at, level, message: message.slice(0, 1000), truncated: line.length });
  return line + '\n';
}

/**
 * The kiosk's own log: JSON lines in `<dataDir>/logs/kiosk.log`, rotated at ~1 MB, 5 files kept.
 * Writes are queued in order and never throw into the caller: a full or read-only disk must not
 * take the kiosk down. Lines lost that way are counted and reported once the disk takes them again.
 */
export function createFileLog(options: FileLogOptions): FileLog {
  const folder = join(options.dataDir, 'logs');
  const path = join(folder, LOG_FILE);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = Math.max(1, options.keep ?? 5);
  const maxPending = options.maxPending ?? 1000;
  let size: number | undefined;
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let dropped = 0;
  let failing = false;

  async function currentSize(): Promise<number> {
    if (size === undefined) {
      await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER });
      size = await stat(path).then((s) => s.size, () => 0);
    }
    return size;
  }

  async function rotate() {
    await rm(`${path}.${keep - 1}`, { force: true });
    for (let n = keep - 2; n >= 1; n--) await rename(`${path}.${n}`, `${path}.${n + 1}`).catch(() => {});
    if (keep > 1) await rename(path, `${path}.1`).catch(() => {});
    else await rm(path, { force: true });
    size = 0;
  }

  async function append(text: string) {
    const bytes = Buffer.byteLength(text);
    if ((await currentSize()) + bytes > maxBytes && (size ?? 0) > 0) await rotate();
    await appendFile(path, text, { mode: PRIVATE_FILE });
    size = (size ?? 0) + bytes;
  }

  /** Writes one line, preceded by a note of the lines lost before it (disk refused them, or too many waited). */
  async function write(text: string, lostBefore: number) {
    let lost = lostBefore;
    try {
      if (lost > 0) {
        await append(lineOf(options.clock.now().toISOString(), 'warn', 'log lines lost', { dropped: lost }));
        lost = 0;
      }
      await append(text);
      failing = false;
    } catch (error) {
      dropped += lost + 1;
      size = undefined; // the file may have changed under us; stat again next time
      if (!failing) options.onFailure?.(error);
      failing = true;
    }
  }

  function log(level: 'info' | 'warn' | 'error', message: string, detail?: Record<string, unknown>) {
    try {
      if (pending >= maxPending) { dropped++; return; }
      const text = lineOf(options.clock.now().toISOString(), level, String(message), detail);
      const lostBefore = dropped;
      dropped = 0;
      pending++;
      queue = queue.then(() => write(text, lostBefore)).finally(() => { pending--; });
    } catch {
      dropped++;
    }
  }

  return {
    path,
    info: (m, d) => log('info', m, d),
    warn: (m, d) => log('warn', m, d),
    error: (m, d) => log('error', m, d),
    flush: () => queue,
  };
}
