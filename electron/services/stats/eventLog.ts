import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { syncFolder } from '../store/durableFile';
import { makePrivateFolder, PRIVATE_FILE } from '../store/privateFolder';

/**
 * The usage log: one NDJSON file per Bangkok month, `events-YYYY-MM.ndjson`, appended one line at
 * a time and flushed to disk (fdatasync) before the call returns.
 *
 * Why not lowdb: lowdb rewrites its whole file on every write, so recording one touch would cost
 * more the longer the kiosk has run (~100 ms at 100k events, seconds at 1M). An append costs the
 * same at any size. Appends are serialised through one promise chain, so lines never interleave.
 */
/**
 * JSON with every non-ASCII character written as a \u escape: a line is pure ASCII, so a torn
 * write can never split a multi-byte character and reading a million lines skips UTF-8 decoding.
 */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const eventFileName = (month: string) => `events-${month}.ndjson`;
const EVENT_FILE = /^events-(\d{4}-\d{2})\.ndjson$/;
const NEWLINE = 0x0a;

export interface EventLog {
  append(month: string, line: string): Promise<void>;
  /** Resolves when every append queued so far has reached the disk (or failed). */
  idle(): Promise<void>;
  /** Months that have a raw file, oldest first. */
  months(): Promise<string[]>;
  /** Bytes in the month's file, -1 when there is none. */
  size(month: string): Promise<number>;
  /** Complete lines from byte `offset`; `end` is the offset after the last complete line. */
  readLines(month: string, offset: number, onLine: (line: string) => void): Promise<{ end: number; partialTail: boolean }>;
  /** Complete lines among the last `bytes` bytes of a month (the first, cut one is dropped). */
  readTail(month: string, bytes: number): Promise<string[]>;
  remove(month: string): Promise<void>;
  close(): Promise<void>;
}

export async function openEventLog(folder: string): Promise<EventLog> {
  // A folder restored from a backup (which holds no empty folder) onto a read-only or full disk
  // has none, and cannot have one made: reading must still work (no visits), so the first append
  // tries again. Any other failure (a file named stats) is said at once.
  let folderMade = await makePrivateFolder(folder).then(() => true, (error: NodeJS.ErrnoException) => {
    if (error.code === 'EROFS' || error.code === 'ENOSPC' || error.code === 'EACCES' || error.code === 'EPERM') return false;
    throw error;
  });
  let queue: Promise<unknown> = Promise.resolve();
  let current: { month: string; handle: FileHandle } | undefined;
  const pathOf = (month: string) => join(folder, eventFileName(month));

  async function handleFor(month: string): Promise<FileHandle> {
    if (current?.month === month) return current.handle;
    await closeCurrent();
    if (!folderMade) { await makePrivateFolder(folder); await syncFolder(dirname(folder)); folderMade = true; }
    const handle = await open(pathOf(month), 'a+', PRIVATE_FILE);
    const { size } = await handle.stat();
    if (size === 0) await syncFolder(folder); // the new file's name must survive a power cut too
    else {
      // A power cut can leave a torn last line. End it, so the next line starts clean and the
      // reader skips (and counts) only the torn piece.
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== NEWLINE) await handle.write('\n');
    }
    current = { month, handle };
    return handle;
  }

  /** Bytes in a month's file, or -1 when it has none. */
  async function sizeOf(month: string): Promise<number> {
    try { return (await stat(pathOf(month))).size; } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return -1;
      throw error;
    }
  }

  async function closeCurrent() {
    const closing = current;
    current = undefined;
    await closing?.handle.close().catch(() => {});
  }

  async function write(month: string, line: string) {
    try {
      const handle = await handleFor(month);
      await handle.appendFile(line + '\n'); // all or an error: a short write() would tear the line silently
      await handle.datasync();
    } catch (error) {
      // Reopen (and repair a torn tail) on the next append rather than write after a half line.
      await closeCurrent();
      throw error;
    }
  }

  return {
    append(month, line) {
      const done = queue.then(() => write(month, line));
      queue = done.catch(() => {});
      return done;
    },
    idle: () => queue.then(() => {}),
    async months() {
      const names = await readdir(folder).catch(() => [] as string[]);
      return names.map((n) => EVENT_FILE.exec(n)?.[1]).filter((m): m is string => Boolean(m)).sort();
    },
    size: sizeOf,
    async readLines(month, offset, onLine) {
      let end = offset;
      let carry: Buffer | undefined;
      const stream = createReadStream(pathOf(month), { start: offset, highWaterMark: 1 << 20 });
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const buffer: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
        const lastNewline = buffer.lastIndexOf(NEWLINE);
        if (lastNewline < 0) { carry = buffer; continue; }
        const body = buffer.subarray(0, lastNewline);
        // Lines are written as pure ASCII (see asciiJson): decoding them as latin1 is a copy, not a UTF-8 decode.
        const text = body.toString(isAscii(body) ? 'latin1' : 'utf8');
        let start = 0;
        for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', start)) {
          onLine(nl < 0 ? text.slice(start) : text.slice(start, nl));
          if (nl < 0) break;
          start = nl + 1;
        }
        end += lastNewline + 1;
        carry = lastNewline + 1 < buffer.length ? buffer.subarray(lastNewline + 1) : undefined;
      }
      return { end, partialTail: Boolean(carry && carry.length > 0) };
    },
    async readTail(month, bytes) {
      const size = await sizeOf(month);
      if (size <= 0) return [];
      const start = Math.max(0, size - bytes);
      const handle = await open(pathOf(month), 'r');
      try {
        const buffer = Buffer.alloc(size - start);
        await handle.read(buffer, 0, buffer.length, start);
        const lines = buffer.toString('utf8').split('\n');
        lines.pop(); // empty after the last newline, or a torn tail
        return start > 0 ? lines.slice(1) : lines;
      } finally {
        await handle.close();
      }
    },
    async remove(month) {
      if (current?.month === month) await closeCurrent();
      await rm(pathOf(month), { force: true });
    },
    async close() {
      await queue;
      await closeCurrent();
    },
  };
}
