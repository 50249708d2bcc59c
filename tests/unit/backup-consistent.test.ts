import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAdminChannel } from '../../electron/adminChannel/channelServer';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { Settings } from '../../electron/contract/settings';
import type { AuditRecord } from '../../electron/contract/staff';
import { silentLog } from '../../electron/services/runtime';
import { holdFolder } from '../../electron/services/store/folderLock';
import { checkDataFolder } from '../../electron/services/backup/dataCheck';
import { partialOf } from '../../electron/services/backup/backupArchive';
import { fixedClock, tempDir } from './support';

/*
 * A backup is one moment of the folder, never a change half in it. Taken beside a running kiosk,
 * it read the stores before an import's catalogue write and the trail after its audit entry: the
 * restored folder's trail claimed an import its catalogue lacked, and verify called it sound
 * (outside trial, 7 Dec 2026: 2 backups in 5). A change is held open here between its audit entry
 * and its store write, where that race lands.
 */
const deferred = () => { let resolve!: () => void; const promise = new Promise<void>((r) => { resolve = r; }); return { promise, resolve }; };
const trailOf = async (dataDir: string) =>
  (await readFile(join(dataDir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

/** A settings change whose audit entry is on disk while its settings.json write waits for `release`. */
async function changeHeldOpen(kiosk: Kiosk, phone: string) {
  const sealed = deferred(), gate = deferred();
  const next: Settings = { ...kiosk.services.settings.get(), centre: { ...kiosk.services.settings.get().centre, phone } };
  const done = kiosk.services.writer.unit(() => kiosk.services.settings.replace(next), {
    seal: async (stores) => {
      const { seq } = await kiosk.services.staff.audit.append({ transport: 'test', method: 'settings.update', actor: null, changes: [{ target: 'settings' }], stores });
      sealed.resolve();
      await gate.promise;
      return seq;
    },
    failed: async () => undefined,
  });
  await sealed.promise;
  return { release: async () => { gate.resolve(); await done; } };
}

/** True when, for a whole second, neither the archive nor its partial file appears: the backup is waiting, not copying. */
async function staysWaiting(archive: string): Promise<boolean> {
  for (let waited = 0; waited < 1_000; waited += 50) {
    if (existsSync(archive) || existsSync(`${archive}.partial`)) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Restores `archive` into a new folder, starts a kiosk there, and says what its trail and settings hold. */
async function restored(archive: string, into: string) {
  expect(await runCli(['restore', archive, '--data', into], () => {})).toBe(0);
  const kiosk = await bootKiosk({ dataDir: into, clock: fixedClock('2026-12-08T03:00:00Z') });
  await kiosk.services.stats.close();
  const trail = await trailOf(into);
  return { phone: kiosk.services.settings.get().centre.phone, methods: trail.map((r) => r.method) };
}

describe('a backup taken while a change is being written', () => {
  it('by the running kiosk (the CLI asks it) waits for the change, and restores to the trail and data agreeing', async () => {
    const dir = await tempDir('backup-consistent-');
    const dataDir = join(dir.path, 'data');
    const hold = await holdFolder(dataDir, { role: 'kiosk', waitMs: 5_000, log: silentLog });
    const kiosk = await bootKiosk({ dataDir, owner: hold.held, clock: fixedClock('2026-12-07T03:00:00Z') });
    const asked = deferred();
    const channel = await startAdminChannel({ dataDir, dispatch: kiosk.dispatch, hold, log: silentLog, backup: (out) => { asked.resolve(); return kiosk.backup(out); } });
    try {
      const change = await changeHeldOpen(kiosk, '0 2999 9999');
      const said: string[] = [];
      const backup = runCli(['backup', '--data', dataDir, '--out', join(dir.path, 'mid.zip')], (l) => said.push(l));
      await asked.promise; // the kiosk has the request
      expect(await staysWaiting(join(dir.path, 'mid.zip'))).toBe(true); // not copied while the change is half written
      await change.release();
      expect(await backup).toBe(0);
      expect(said.join('\n')).toContain('Backed up');

      const after = await restored(join(dir.path, 'mid.zip'), join(dir.path, 'restored'));
      expect(after.phone).toBe('0 2999 9999');
      expect(after.methods).toContain('settings.update');
      expect(after.methods).not.toContain('system.unitNotApplied');
    } finally {
      await channel.close();
      await kiosk.services.stats.close();
      await hold.release();
      await dir.remove();
    }
  });

  it('by the kiosk in process takes the copy between two changes', async () => {
    const dir = await tempDir('backup-consistent-');
    const dataDir = join(dir.path, 'data');
    const kiosk = await bootKiosk({ dataDir, clock: fixedClock('2026-12-07T03:00:00Z') });
    try {
      const change = await changeHeldOpen(kiosk, '0 2888 8888');
      const backup = kiosk.backup(join(dir.path, 'mid.zip'));
      expect(await staysWaiting(join(dir.path, 'mid.zip'))).toBe(true);
      await change.release();
      await backup;
      // The live trail says a copy (personal data with it) was taken; the archive's own trail ends before that entry.
      expect((await trailOf(dataDir)).at(-1)).toMatchObject({ method: 'system.backedUp', changes: [{ target: 'folder:data', note: { code: 'backup.made', archive: join(dir.path, 'mid.zip') } }] });
      const after = await restored(join(dir.path, 'mid.zip'), join(dir.path, 'restored'));
      expect(after.methods).not.toContain('system.unitNotApplied');
      expect(after.phone).toBe('0 2888 8888');
    } finally {
      await kiosk.services.stats.close();
      await dir.remove();
    }
  });

  it('said plainly when the kiosk stops during the copy, and its partial file (personal data) is not left behind', async () => {
    const dir = await tempDir('backup-consistent-');
    const dataDir = join(dir.path, 'data');
    const hold = await holdFolder(dataDir, { role: 'kiosk', waitMs: 5_000, log: silentLog });
    const kiosk = await bootKiosk({ dataDir, owner: hold.held, clock: fixedClock('2026-12-07T03:00:00Z') });
    // A kiosk that begins the copy and stops: its channel closes under the CLI's call.
    const channel = await startAdminChannel({ dataDir, dispatch: kiosk.dispatch, hold, log: silentLog, backup: async (out) => {
      await writeFile(partialOf(out), 'half an archive');
      void channel.close();
      return new Promise<never>(() => {});
    } });
    try {
      const out = join(dir.path, 'stopped.zip');
      const said: string[] = [];
      expect(await runCli(['backup', '--data', dataDir, '--out', out], (l) => said.push(l))).toBe(1);
      expect(said.join('\n')).toContain(`The kiosk stopped during the backup: ${out} was not written`);
      expect(existsSync(partialOf(out))).toBe(false);
      expect(existsSync(out)).toBe(false);
    } finally {
      await kiosk.services.stats.close();
      await hold.release();
      await dir.remove();
    }
  });

  it('holds off the catalogue\'s compaction (a new generation, CURRENT moved, the old one deleted) until the copy is done', async () => {
    const dir = await tempDir('backup-consistent-');
    const dataDir = join(dir.path, 'data');
    const kiosk = await bootKiosk({ dataDir, clock: fixedClock('2026-12-07T03:00:00Z') });
    try {
      const done: string[] = [];
      const backup = kiosk.backup(join(dir.path, 'during.zip')).then(() => done.push('backup'));
      await new Promise((r) => setImmediate(r)); // the copy has begun
      const compaction = kiosk.services.catalogue.compact().then(() => done.push('compaction'));
      await Promise.all([backup, compaction]);
      expect(done).toEqual(['backup', 'compaction']);
      expect(await runCli(['restore', join(dir.path, 'during.zip'), '--data', join(dir.path, 'restored')], () => {})).toBe(0);
      expect((await checkDataFolder(join(dir.path, 'restored'))).problems).toEqual([]);
    } finally {
      await kiosk.services.stats.close();
      await dir.remove();
    }
  });
});
