import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as FsPromises from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { Result } from '../../electron/contract/result';
import { ADMIN_PIN, STAFF_PIN, loginInput, setUpAccounts } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * Issue 12: "on a full disk 30 wrong PINs all answered disk_full, the failure counter stayed 0,
 * and the right PIN was then accepted". The data folder is made unwritable below the services,
 * at node:fs/promises: every write, append, rename, copy or removal inside it fails with ENOSPC
 * (a full disk) or EROFS (a read-only folder); reads work. The e2e spec
 * `staff-pin-unwritable.spec.ts` does the same with a real read-only mount and a real full tmpfs.
 */
const disk = vi.hoisted(() => ({ root: '', mode: undefined as 'ENOSPC' | 'EROFS' | undefined, refused: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const { resolve: resolvePath, sep } = await import('node:path');
  const inside = (path: unknown) => disk.root !== '' && (typeof path === 'string' || path instanceof URL) && resolvePath(String(path)).startsWith(disk.root + sep);
  const refuse = (syscall: string, path: unknown) => {
    disk.refused++;
    const code = disk.mode!;
    return Object.assign(new Error(`${code}: ${code === 'ENOSPC' ? 'no space left on device' : 'read-only file system'}, ${syscall} '${String(path)}'`), { code, syscall, path: String(path) });
  };
  const guard = <A extends unknown[], R>(syscall: string, fn: (...args: A) => Promise<R>, writes: (...args: A) => boolean = () => true) =>
    async (...args: A): Promise<R> => {
      if (disk.mode && writes(...args) && (inside(args[0]) || (syscall === 'rename' || syscall === 'copyfile' ? inside(args[1]) : false))) throw refuse(syscall, args[0]);
      return fn(...args);
    };
  const writeFlags = (flags: unknown) => typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & 3) !== 0;
  const mocked = {
    ...real,
    open: guard('open', real.open as (...a: unknown[]) => Promise<FsPromises.FileHandle>, (_p, flags) => writeFlags(flags)),
    writeFile: guard('open', real.writeFile as (...a: unknown[]) => Promise<void>),
    appendFile: guard('open', real.appendFile as (...a: unknown[]) => Promise<void>),
    rename: guard('rename', real.rename as (...a: unknown[]) => Promise<void>),
    copyFile: guard('copyfile', real.copyFile as (...a: unknown[]) => Promise<void>),
    mkdir: guard('mkdir', real.mkdir as (...a: unknown[]) => Promise<string | undefined>),
    rm: guard('rm', real.rm as (...a: unknown[]) => Promise<void>),
    unlink: guard('unlink', real.unlink as (...a: unknown[]) => Promise<void>),
    truncate: guard('truncate', real.truncate as (...a: unknown[]) => Promise<void>),
  };
  return { ...mocked, default: mocked };
});

const T0 = '2026-03-02T02:00:00Z';
const WRONG = ['999888', '918273', '564738', '102938', '647382', '384756', '119922'];

/** What the PIN pad is told, attempt by attempt, with time moving as a patient guesser's would. */
async function guessThenRightPin(kiosk: Kiosk, clock: ReturnType<typeof fixedClock>, staffId: string) {
  // A sign-in's token differs between two kiosks; whether it signed in, and any plain value, does not.
  const seen: (Result<unknown> | { ok: true; value: 'a session' })[] = [];
  const strip = (r: Result<unknown>) => (r.ok && typeof r.value === 'object' ? { ok: true as const, value: 'a session' as const } : r);
  for (const pin of WRONG.slice(0, 4)) seen.push(strip(await kiosk.dispatch('staff.login', loginInput(kiosk, staffId, pin), { transport: 'http' })));
  // The right PIN while waiting, then more guesses after each wait.
  seen.push(strip(await kiosk.dispatch('staff.login', loginInput(kiosk, staffId, STAFF_PIN), { transport: 'http' })));
  for (const pin of WRONG.slice(4)) {
    clock.advance(15 * 60_000);
    seen.push(strip(await kiosk.dispatch('staff.login', loginInput(kiosk, staffId, pin), { transport: 'http' })));
  }
  seen.push(strip(await kiosk.dispatch('staff.login', loginInput(kiosk, staffId, STAFF_PIN), { transport: 'http' })));
  seen.push(strip(await kiosk.dispatch('staff.verifyAdminPin', { pin: WRONG[0] }, { transport: 'http' })));
  return seen;
}

describe('wrong PINs on a data folder that cannot be written', () => {
  const dirs: { remove: () => Promise<void> }[] = [];
  afterEach(async () => {
    disk.mode = undefined;
    disk.root = '';
    for (const d of dirs.splice(0)) await d.remove();
  });

  async function kioskWithAccounts(clock: ReturnType<typeof fixedClock>) {
    const dir = await tempDir('kiosk-unwritable-');
    dirs.push(dir);
    const kiosk = await bootKiosk({ dataDir: dir.path, clock });
    const { staffId } = await setUpAccounts(kiosk);
    return { dir: dir.path, kiosk, staffId };
  }

  for (const mode of ['ENOSPC', 'EROFS'] as const) {
    it(`${mode === 'ENOSPC' ? 'a full disk' : 'a read-only folder'}: every answer is what a writable folder gives, the right PIN waits, and the count is saved once the disk takes it`, async () => {
      const writableClock = fixedClock(T0);
      const writable = await kioskWithAccounts(writableClock);
      const expected = await guessThenRightPin(writable.kiosk, writableClock, writable.staffId);

      const clock = fixedClock(T0);
      const stuck = await kioskWithAccounts(clock);
      const staffBefore = await readFile(join(stuck.dir, 'staff.json'), 'utf8');
      disk.root = resolve(stuck.dir);
      disk.mode = mode;
      disk.refused = 0;
      const answers = await guessThenRightPin(stuck.kiosk, clock, stuck.staffId);
      expect(disk.refused, 'the folder really refused the saves').toBeGreaterThan(0);

      expect(answers).toEqual(expected);
      expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden', 'locked', 'forbidden', 'forbidden', 'forbidden', 'locked', 'ok']);
      expect(JSON.stringify(answers)).not.toMatch(/disk_full|storage|EROFS|ENOSPC/);
      expect(await readFile(join(stuck.dir, 'staff.json'), 'utf8')).toBe(staffBefore);
      expect(stuck.kiosk.services.staff.accounts.details().find((a) => a.id === stuck.staffId)).toMatchObject({ failedAttempts: 7 });

      // The disk takes writes again: the next wrong PIN saves the whole count, and a restart keeps it.
      disk.mode = undefined;
      clock.advance(60 * 60_000);
      const next = await stuck.kiosk.dispatch('staff.login', loginInput(stuck.kiosk, stuck.staffId, WRONG[6]!), { transport: 'http' });
      expect(next.ok).toBe(false);
      const reopened = await bootKiosk({ dataDir: stuck.dir, clock });
      expect(reopened.services.staff.accounts.details().find((a) => a.id === stuck.staffId)).toMatchObject({ failedAttempts: 8 });
      const waiting = await reopened.dispatch('staff.login', loginInput(reopened, stuck.staffId, STAFF_PIN), { transport: 'http' });
      expect(waiting.ok ? 'ok' : waiting.error.code).toBe('locked');
    });
  }

  it('the right PIN still signs in on a full disk (staff must be able to read what is wrong)', async () => {
    const clock = fixedClock(T0);
    const { dir, kiosk, staffId } = await kioskWithAccounts(clock);
    disk.root = resolve(dir);
    disk.mode = 'ENOSPC';
    for (const pin of WRONG.slice(0, 2)) await kiosk.dispatch('staff.login', loginInput(kiosk, staffId, pin), { transport: 'http' });
    const answer = await kiosk.dispatch('staff.login', loginInput(kiosk, staffId, STAFF_PIN), { transport: 'http' });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    expect(kiosk.services.staff.accounts.details().find((a) => a.id === staffId)?.failedAttempts).toBe(0);
    expect((await kiosk.dispatch('staff.verifyAdminPin', { pin: ADMIN_PIN }, { transport: 'http' }))).toEqual({ ok: true, value: true });
  });
});
