import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { CatalogueOverview } from '../../electron/contract/catalogue';
import type { SearchAnswer } from '../../electron/contract/search';
import type { LoginAnswer } from '../../electron/contract/staff';
import type { ReportModel } from '../../electron/contract/reports';
import { sampleDir } from '../../electron/paths';
import { silentLog } from '../../electron/services/runtime';
import { holdFolder } from '../../electron/services/store/folderLock';
import { ADMIN_PIN, as, call, loginInput, setUpAccounts } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * Issue 11, "the kiosk cannot start on a full disk or a read-only folder": reading needs no write,
 * so citizens must be served while every staff edit is refused with its reason. The folder is
 * made unwritable below the services (node:fs/promises answers EROFS or ENOSPC for every write
 * inside it), and, where this machine lets the test mount, by a real read-only bind mount.
 */
const fault = vi.hoisted(() => ({ root: '', code: '' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const { resolve: resolvePath, sep } = await import('node:path');
  const inside = (path: unknown) => fault.code !== '' && typeof path === 'string' && resolvePath(path).startsWith(fault.root + sep);
  const refuse = (syscall: string, path: unknown) => Object.assign(new Error(`${fault.code}: refused, ${syscall} '${String(path)}'`), { code: fault.code, syscall });
  const guard = <A extends unknown[], R>(syscall: string, fn: (...args: A) => Promise<R>, writes: (...args: A) => boolean = () => true) =>
    async (...args: A): Promise<R> => {
      if (writes(...args) && (inside(args[0]) || (syscall === 'rename' && inside(args[1])))) throw refuse(syscall, args[0]);
      return fn(...args);
    };
  const mocked = {
    ...real,
    open: guard('open', real.open as (path: string, flags?: string) => Promise<FsPromises.FileHandle>, (_p, flags) => typeof flags === 'string' && /[wa+]/.test(flags)),
    writeFile: guard('write', real.writeFile as (...a: unknown[]) => Promise<void>),
    appendFile: guard('write', real.appendFile as (...a: unknown[]) => Promise<void>),
    // As on a real read-only disk, making a folder that exists already is no write.
    mkdir: async (path: string, ...rest: unknown[]) => {
      if (inside(path) && !(await real.stat(path).then(() => true, () => false))) throw refuse('mkdir', path);
      return (real.mkdir as (...a: unknown[]) => Promise<string | undefined>)(path, ...rest);
    },
    rename: guard('rename', real.rename as (...a: unknown[]) => Promise<void>),
    rm: guard('rm', real.rm as (...a: unknown[]) => Promise<void>),
    copyFile: guard('copyfile', real.copyFile as (...a: unknown[]) => Promise<void>, (_from, to) => inside(to)),
    truncate: guard('truncate', real.truncate as (...a: unknown[]) => Promise<void>),
  };
  return { ...mocked, default: mocked };
});

const clock = fixedClock('2026-12-04T03:00:00Z');
const snapshot = async (dir: string) => {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    try { files[name] = await readFile(join(dir, name), 'base64'); } catch { files[name] = '(folder)'; }
  }
  return files;
};

/** A folder as a kiosk left it: the sample, two accounts, a search cache. */
async function usedFolder() {
  const dir = await tempDir('kiosk-read-only-');
  const first = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
  const accounts = await setUpAccounts(first);
  await call(first, 'search.query', { q: 'ประกันสังคม' });
  await first.services.stats.close();
  await first.services.search.close(); // its cache is written in the background: finished before the folder is compared
  return { dir, accounts };
}

async function expectServesCitizensAndRefusesStaff(kiosk: Kiosk, accounts: Awaited<ReturnType<typeof usedFolder>>['accounts']) {
  const overview = await call<CatalogueOverview>(kiosk, 'catalogue.overview', {});
  expect(overview.documentCount).toBeGreaterThan(10);
  const found = await call<SearchAnswer>(kiosk, 'search.query', { q: 'ว่างงาน' });
  expect(found.hits.length).toBeGreaterThan(0);
  const login = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, accounts.admin.actor.id, ADMIN_PIN));
  // Staff hear why before they try.
  expect(login.notices.join('\n')).toMatch(/บันทึกข้อมูลลงโฟลเดอร์ข้อมูลไม่ได้.*every edit will be refused/);
  const save = await kiosk.dispatch('documents.save', { title: { th: 'ประกาศระหว่างดิสก์เต็ม' }, category: 'other', published: '2026-12-04' }, as(login.actor));
  expect(save.ok).toBe(false);
  if (!save.ok) {
    expect(['storage', 'disk_full']).toContain(save.error.code);
    expect(save.error.messageTh).toMatch(/ไม่มีข้อมูลใดถูกเปลี่ยนแปลง|พื้นที่ดิสก์เต็ม/);
  }
}

describe('a kiosk starts and serves citizens on a folder it cannot write', () => {
  afterEach(() => { fault.code = ''; });

  it.each(['EROFS', 'ENOSPC'])('%s: starts, serves, refuses edits, writes nothing', async (code) => {
    const { dir, accounts } = await usedFolder();
    try {
      const before = await snapshot(dir.path);
      fault.root = resolve(dir.path);
      fault.code = code;
      const hold = await holdFolder(dir.path, { role: 'kiosk', waitMs: 1_000, log: silentLog });
      expect(hold.held).toBe(false);
      const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock, owner: hold.held });
      await expectServesCitizensAndRefusesStaff(kiosk, accounts);
      fault.code = '';
      expect(await snapshot(dir.path)).toEqual(before);
    } finally {
      fault.code = '';
      await dir.remove();
    }
  });

  it('EROFS on a restored folder without a stats folder (a backup holds no empty folder): starts and serves, and a report reads no visits (trial, helper-55: every command failed "No such file: stats")', async () => {
    const { dir, accounts } = await usedFolder();
    try {
      await rm(join(dir.path, 'stats'), { recursive: true, force: true });
      const before = await snapshot(dir.path);
      fault.root = resolve(dir.path);
      fault.code = 'EROFS';
      const hold = await holdFolder(dir.path, { role: 'kiosk', waitMs: 1_000, log: silentLog });
      const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock, owner: hold.held });
      await expectServesCitizensAndRefusesStaff(kiosk, accounts);
      const report = await call<ReportModel>(kiosk, 'reports.build', { period: { kind: 'month', month: '2026-11' } }, as(accounts.admin.actor));
      expect(report.totals.visits).toBe(0);
      fault.code = '';
      expect(await snapshot(dir.path)).toEqual(before);
    } finally {
      fault.code = '';
      await dir.remove();
    }
  });

  it('once the disk has room again it still writes nothing: it never held the folder, which another writer may have taken meanwhile (trial, helper-22: audit seq 9 after 11)', async () => {
    const { dir, accounts } = await usedFolder();
    try {
      fault.root = resolve(dir.path);
      fault.code = 'ENOSPC';
      const hold = await holdFolder(dir.path, { role: 'kiosk', waitMs: 1_000, log: silentLog });
      const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock, owner: hold.held });
      const login = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, accounts.admin.actor.id, ADMIN_PIN));
      fault.code = ''; // space freed: a kiosk or the CLI started now takes the folder
      const before = await snapshot(dir.path);
      const save = await kiosk.dispatch('documents.save', { title: { th: 'ประกาศหลังดิสก์ว่าง' }, category: 'other', published: '2026-12-04' }, as(login.actor));
      expect(save.ok).toBe(false);
      if (!save.ok) {
        expect(save.error.messageTh).toMatch(/เริ่มโปรแกรมใหม่/);
        expect(save.error.message).toMatch(/restart/i);
      }
      // Nor what is written outside a changing call: the usage log, and a wrong PIN's count.
      const visitId = '00000000-0000-4000-8000-0000000000aa';
      await kiosk.dispatch('stats.visitStart', { visitId, language: 'th' }, { transport: 'test' });
      await kiosk.dispatch('stats.record', { visitId, event: { type: 'search', query: 'ประกันสังคม', resultCount: 3 } }, { transport: 'test' });
      await kiosk.dispatch('staff.login', loginInput(kiosk, accounts.staffId, '975319'), { transport: 'test' });
      await kiosk.services.stats.close().catch(() => undefined);
      const after = await snapshot(dir.path);
      expect(Object.keys(after).filter((k) => after[k] !== before[k])).toEqual([]);
    } finally {
      fault.code = '';
      await dir.remove();
    }
  });

  it('the CLI with no kiosk running: an import is refused in words for a command, not a kiosk, in Thai and English, and writes nothing (outside tester: "This kiosk started… restart the kiosk")', async () => {
    const { dir } = await usedFolder();
    const table = await tempDir('kiosk-read-only-table-');
    try {
      const csv = join(table.path, 'ok.csv');
      await writeFile(csv, 'id,title_th,category,published\ndoc-ro-1,ประกาศทดสอบ,s9-8,2026-10-15\n');
      const before = await snapshot(dir.path);
      fault.root = resolve(dir.path);
      fault.code = 'EROFS';
      const printed: string[] = [];
      const code = await runCli(['import', csv, '--data', dir.path], (l) => printed.push(l));
      const text = printed.join('\n');
      expect(code).toBe(1);
      expect(text).not.toMatch(/kiosk|คีออสก์|เริ่มโปรแกรมใหม่/i);
      expect(text).toContain('บันทึกข้อมูลลงโฟลเดอร์ข้อมูลไม่ได้ (โฟลเดอร์อ่านได้อย่างเดียว หรือพื้นที่ดิสก์เต็ม)');
      expect(text).toContain('แล้วสั่งคำสั่งนี้อีกครั้ง');
      expect(text).toContain('ไม่ได้นำเข้าข้อมูลใด');
      expect(text).toContain('The data folder cannot be written (it is read-only or its disk is full)');
      expect(text).toContain('then run the command again');
      expect(text).toContain('Nothing was imported.');
      fault.code = '';
      expect(await snapshot(dir.path)).toEqual(before);
    } finally {
      fault.code = '';
      await dir.remove();
      await table.remove();
    }
  }, 60_000);

  const canMount = (() => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    try { execFileSync('mount', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
  })();

  it.runIf(canMount)('a real read-only bind mount: starts, serves, refuses edits', async () => {
    const { dir, accounts } = await usedFolder();
    let mounted = false;
    try {
      try {
        execFileSync('mount', ['--bind', dir.path, dir.path], { stdio: 'ignore' });
        mounted = true;
        execFileSync('mount', ['-o', 'remount,bind,ro', dir.path], { stdio: 'ignore' });
      } catch {
        console.warn('read-only bind mount not permitted here; the injected EROFS case above covers the logic');
        return;
      }
      await expect(writeFile(join(dir.path, 'probe'), 'x')).rejects.toMatchObject({ code: 'EROFS' });
      const hold = await holdFolder(dir.path, { role: 'kiosk', waitMs: 1_000, log: silentLog });
      expect(hold.held).toBe(false);
      const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock, owner: hold.held });
      await expectServesCitizensAndRefusesStaff(kiosk, accounts);
    } finally {
      if (mounted) execFileSync('umount', [dir.path], { stdio: 'ignore' });
      await dir.remove();
    }
  });
});
