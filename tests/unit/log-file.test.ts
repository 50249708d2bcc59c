import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileLog } from '../../electron/services/log/fileLog';
import { teeLog } from '../../electron/services/log/teeLog';
import type { Log } from '../../electron/services/runtime';
import { fixedClock, tempDir } from './support';

const linesOf = async (path: string) => (await readFile(path, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the rotating log file', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => { dir = await tempDir(); });
  afterEach(() => dir.remove());

  it('writes JSON lines with time, level, message and detail to <dataDir>/logs/kiosk.log, in order', async () => {
    const log = createFileLog({ dataDir: dir.path, clock: fixedClock('2026-11-21T03:00:00Z') });
    log.info('kiosk starting', { version: '0.1.0' });
    log.warn('IPC refused', { refused: 'not the main frame' });
    log.error('renderer gone', { reason: 'crashed', exitCode: 139 });
    await log.flush();
    expect(log.path).toBe(join(dir.path, 'logs', 'kiosk.log'));
    expect(await linesOf(log.path)).toEqual([
      { at: '2026-11-21T03:00:00.000Z', level: 'info', message: 'kiosk starting', detail: { version: '0.1.0' } },
      { at: '2026-11-21T03:00:00.000Z', level: 'warn', message: 'IPC refused', detail: { refused: 'not the main frame' } },
      { at: '2026-11-21T03:00:00.000Z', level: 'error', message: 'renderer gone', detail: { reason: 'crashed', exitCode: 139 } },
    ]);
  });

  it('rotates at the size limit and keeps 5 files in all, oldest dropped', async () => {
    const log = createFileLog({ dataDir: dir.path, clock: fixedClock('2026-11-21T03:00:00Z'), maxBytes: 1000 });
    for (let i = 0; i < 200; i++) log.info(`line ${i}`, { pad: 'x'.repeat(50) });
    await log.flush();
    const files = (await readdir(join(dir.path, 'logs'))).sort();
    expect(files).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2', 'kiosk.log.3', 'kiosk.log.4']);
    const all = [];
    for (const name of ['kiosk.log.4', 'kiosk.log.3', 'kiosk.log.2', 'kiosk.log.1', 'kiosk.log']) {
      const text = await readFile(join(dir.path, 'logs', name), 'utf8');
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1000);
      all.push(...(await linesOf(join(dir.path, 'logs', name))).map((l) => l.message));
    }
    // The newest lines survive, consecutive and in order, ending with the last one written.
    expect(all.at(-1)).toBe('line 199');
    const first = Number(String(all[0]).split(' ')[1]);
    expect(all).toEqual(Array.from({ length: 200 - first }, (_, i) => `line ${first + i}`));
  });

  it('continues an existing file after a restart instead of truncating it', async () => {
    const clock = fixedClock('2026-11-21T03:00:00Z');
    const first = createFileLog({ dataDir: dir.path, clock });
    first.info('before restart');
    await first.flush();
    const second = createFileLog({ dataDir: dir.path, clock });
    second.info('after restart');
    await second.flush();
    expect((await linesOf(second.path)).map((l) => l.message)).toEqual(['before restart', 'after restart']);
  });

  it('never throws into the caller when the disk refuses, and reports lost lines once it accepts again', async () => {
    const failures: unknown[] = [];
    // The logs "folder" is a file: every write fails, as on a broken or full disk.
    await writeFile(join(dir.path, 'logs'), 'not a folder');
    const log = createFileLog({ dataDir: dir.path, clock: fixedClock('2026-11-21T03:00:00Z'), onFailure: (e) => failures.push(e) });
    for (let i = 0; i < 10; i++) expect(log.error('disk trouble', { i })).toBeUndefined();
    await log.flush();
    expect(failures).toHaveLength(1); // told once, not ten times

    await rm(join(dir.path, 'logs'));
    log.info('disk is back');
    await log.flush();
    const lines = await linesOf(log.path);
    expect(lines[0]).toMatchObject({ level: 'warn', message: 'log lines lost', detail: { dropped: 10 } });
    expect(lines[1]).toMatchObject({ message: 'disk is back' });
  });

  it('survives details that cannot be serialised and caps huge lines', async () => {
    const log = createFileLog({ dataDir: dir.path, clock: fixedClock('2026-11-21T03:00:00Z') });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    log.warn('circular', circular);
    log.warn('bigint', { n: 10n });
    log.warn('huge', { url: 'data:text/html,' + 'x'.repeat(2_000_000) });
    await log.flush();
    const lines = await linesOf(log.path);
    expect(lines.map((l) => l.message)).toEqual(['circular', 'bigint', 'huge']);
    expect(String(lines[0]!.detail)).toMatch(/unserialisable/);
    expect(lines[2]).toMatchObject({ truncated: expect.any(Number) });
    expect((await readFile(log.path, 'utf8')).length).toBeLessThan(20_000);
  });

  it('drops lines beyond the pending limit instead of growing without bound', async () => {
    const log = createFileLog({ dataDir: dir.path, clock: fixedClock('2026-11-21T03:00:00Z'), maxPending: 3 });
    for (let i = 0; i < 10; i++) log.info(`burst ${i}`);
    await log.flush();
    log.info('after the burst');
    await log.flush();
    const messages = (await linesOf(log.path)).map((l) => l.message);
    expect(messages).toEqual(['burst 0', 'burst 1', 'burst 2', 'log lines lost', 'after the burst']);
    expect((await linesOf(log.path))[3]).toMatchObject({ detail: { dropped: 7 } });
  });
});

describe('teeLog', () => {
  it('writes to every log, even when one of them throws', () => {
    const seen: string[] = [];
    const broken: Log = { info: () => { throw new Error('console closed'); }, warn: () => { throw new Error('x'); }, error: () => { throw new Error('x'); } };
    const kept: Log = { info: (m) => seen.push(`info ${m}`), warn: (m) => seen.push(`warn ${m}`), error: (m) => seen.push(`error ${m}`) };
    const both = teeLog(broken, kept);
    both.info('a');
    both.warn('b');
    both.error('c');
    expect(seen).toEqual(['info a', 'warn b', 'error c']);
  });
});
