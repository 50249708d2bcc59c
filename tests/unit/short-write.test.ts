import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { appendRecord } from '../../electron/services/catalogue/store/unitLog';
import { readGeneration, writeGeneration } from '../../electron/services/catalogue/store/generation';
import { writeBackup } from '../../electron/services/backup/backupArchive';
import { generatedDocument } from './catalogue-store-support';
import { tempDir } from './support';

/*
 * A disk nearly full stores part of a write() and says so only in `bytesWritten` (the next write
 * fails with ENOSPC): a writer that ignores the count acknowledges what is not on disk (an import
 * that said "added 300" lost whole, helper-22's trial). Here every FileHandle.write stores at most
 * half of what it is given, and says so, as such a disk does.
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const open = async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args);
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'write') {
          return async (data: Uint8Array | string, ...rest: unknown[]) => {
            const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
            if (rest.length > 0 || bytes.length < 2) return target.write(bytes);
            const part = bytes.subarray(0, Math.ceil(bytes.length / 2));
            return target.write(part);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return { ...real, open, default: { ...real, open } };
});

describe('a write the disk takes only in part', () => {
  it('is finished or refused: a unit record is on disk whole once acknowledged', async () => {
    const dir = await tempDir('short-write-');
    try {
      const path = join(dir.path, 'log-1.units');
      const record = Buffer.from('ก'.repeat(10_000));
      await appendRecord(path, 0, record);
      expect((await readFile(path)).equals(record)).toBe(true);
    } finally { await dir.remove(); }
  });

  it('a generation written is read back whole, bodies and all', async () => {
    const dir = await tempDir('short-write-');
    try {
      const documents = Array.from({ length: 30 }, (_, i) => generatedDocument(i + 1));
      await writeGeneration(dir.path, 1, { version: 1, sample: false, documents, services: [] }, 7);
      const read = await readGeneration(dir.path, 1);
      expect(read.state.documents.map((d) => [d.id, d.body])).toEqual(documents.map((d) => [d.id, d.body]));
    } finally { await dir.remove(); }
  });

  it('a backup written is the whole archive its manifest lists', async () => {
    const dir = await tempDir('short-write-');
    try {
      const data = join(dir.path, 'data');
      const { mkdir, writeFile } = await import('node:fs/promises');
      await mkdir(data);
      await writeFile(join(data, 'settings.json'), JSON.stringify({ text: 'ข'.repeat(50_000) }));
      const out = join(dir.path, 'backup.zip');
      await writeBackup({ dataDir: data, out, appVersion: 'test', now: new Date('2026-12-06T00:00:00Z') });
      const { unzipSync } = await import('fflate');
      const files = unzipSync(new Uint8Array(await readFile(out)));
      expect(Buffer.from(files['settings.json']!).toString()).toBe(JSON.stringify({ text: 'ข'.repeat(50_000) }));
    } finally { await dir.remove(); }
  });
});
