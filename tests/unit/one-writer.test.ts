import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { DocumentCard } from '../../electron/contract/catalogue';
import type { Result } from '../../electron/contract/result';
import type { CatalogueDocument } from '../../electron/contract/schemas';
import type { Settings } from '../../electron/contract/settings';
import type { AuditRecord, LoginAnswer } from '../../electron/contract/staff';
import { checkDataFolder } from '../../electron/services/backup/dataCheck';
import { as, call, setUpAccounts, writeSmallCatalogue } from './staff-fixtures';
import { catalogueStoreBytes, fixedClock, storedCatalogue, tempDir } from './support';

/*
 * Issue 11, "refused edits come back, unaudited" and "the change is stored before its audit
 * entry": a write that fails must change neither memory nor disk, and a change whose audit entry
 * cannot be written must not be stored. Faults are injected at node:fs/promises: while a file
 * name is in `faults`, every write to a path containing it fails with EIO.
 */
const faults = vi.hoisted(() => ({ names: new Set<string>() }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const failing = (path: unknown) => [...faults.names].some((n) => String(path).includes(n));
  const ioError = (path: unknown) => Object.assign(new Error(`EIO: i/o error, write '${String(path)}'`), { code: 'EIO' });
  const mocked = {
    ...real,
    open: async (path: string, flags?: string, ...rest: unknown[]) => {
      if (flags && /[wa]/.test(flags) && failing(path)) throw ioError(path);
      return (real.open as (...args: unknown[]) => Promise<FsPromises.FileHandle>)(path, flags, ...rest);
    },
  };
  return { ...mocked, default: mocked };
});

const trail = async (dir: string) =>
  (await readFile(join(dir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
const onDisk = (dir: string) => storedCatalogue(dir);
const listed = async (kiosk: Kiosk) => (await call<{ items: DocumentCard[] }>(kiosk, 'catalogue.list', { limit: 100 })).items.map((d) => d.id).sort();
const draft = (th: string) => ({ title: { th }, category: 'other' as const, published: '2026-12-04' });

describe('one commit path: a change and its audit entry are one unit', () => {
  const clock = fixedClock('2026-12-04T03:00:00Z');
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  let admin: LoginAnswer;
  beforeEach(async () => {
    dir = await tempDir('kiosk-one-writer-');
    await writeSmallCatalogue(dir.path);
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    admin = (await setUpAccounts(kiosk)).admin;
  });
  afterEach(async () => { faults.names.clear(); await dir.remove(); });

  it('ten parallel saves refused by the disk leave memory and disk equal, and none comes back after a later save', async () => {
    faults.names.add('log-1.units');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      kiosk.dispatch('documents.save', draft(`ประกาศที่ปฏิเสธ ${i}`), as(admin.actor)) as Promise<Result<CatalogueDocument>>));
    expect(answers.every((a) => !a.ok)).toBe(true);
    expect(answers.map((a) => (a.ok ? '' : a.error.code))).toEqual(Array(10).fill('storage'));
    expect(await listed(kiosk)).toEqual(['doc-1', 'doc-2']);
    faults.names.clear();
    const saved = await call<CatalogueDocument>(kiosk, 'documents.save', draft('ประกาศที่บันทึกได้'), as(admin.actor));
    expect(await listed(kiosk)).toEqual(['doc-1', 'doc-2', saved.id].sort());
    expect((await onDisk(dir.path)).documents.map((d) => d.id).sort()).toEqual(['doc-1', 'doc-2', saved.id].sort());
    // Every refused save is in the trail followed by its "not applied" entry; the one that landed is not.
    const entries = await trail(dir.path);
    const saves = entries.filter((e) => e.method === 'documents.save');
    const notApplied = new Set(entries.filter((e) => e.method === 'system.unitNotApplied').map((e) => e.changes[0]?.target));
    expect(saves).toHaveLength(11);
    expect(saves.filter((e) => !notApplied.has(`audit:${e.seq}`)).map((e) => e.changes[0]?.target)).toEqual([`document:${saved.id}`]);
    expect((await checkDataFolder(dir.path)).sound).toBe(true);
  });

  it('a refused settings change is not served to citizens', async () => {
    const before = await call<Settings>(kiosk, 'settings.get', {});
    faults.names.add('settings.json');
    const answer = await kiosk.dispatch('settings.update', { ...before, centre: { ...before.centre, phone: '0 2999 9999' } }, as(admin.actor));
    expect(answer.ok).toBe(false);
    expect((await call<Settings>(kiosk, 'settings.get', {})).centre.phone).toBe(before.centre.phone);
    expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8')).centre.phone).toBe(before.centre.phone);
  });

  it('when the audit trail cannot be written, an edit and an admin delete are refused and nothing is stored', async () => {
    const saved = await call<CatalogueDocument>(kiosk, 'documents.save', draft('ประกาศเดิม'), as(admin.actor));
    const diskBefore = await catalogueStoreBytes(dir.path);
    const entriesBefore = (await trail(dir.path)).length;
    faults.names.add('audit.ndjson');
    const edit = await kiosk.dispatch('documents.save', { ...draft('ประกาศแก้ไขแล้ว'), id: saved.id }, as(admin.actor));
    const remove = await kiosk.dispatch('documents.delete', { id: 'doc-1', reason: 'ลบเพื่อทดสอบการบันทึก' }, as(admin.actor));
    expect([edit.ok, remove.ok]).toEqual([false, false]);
    expect(edit.ok ? '' : edit.error.messageTh).toMatch(/ไม่มีข้อมูลใดถูกเปลี่ยนแปลง/);
    faults.names.clear();
    expect(await catalogueStoreBytes(dir.path)).toEqual(diskBefore);
    expect(await listed(kiosk)).toEqual(['doc-1', 'doc-2', saved.id].sort());
    const page = await call<{ document: { title: { th: string } } }>(kiosk, 'catalogue.get', { id: saved.id });
    expect(page.document.title.th).toBe('ประกาศเดิม');
    expect((await trail(dir.path)).length).toBe(entriesBefore);
  });

  it('a kill between the audit entry and the store write is recorded as not applied at the next start', async () => {
    const entriesBefore = (await trail(dir.path)).length;
    // What a kill leaves: the sealed entry is on disk, the store is not. Simulated by failing the store and the follow-up entry.
    faults.names.add('log-1.units');
    const openAudit = kiosk.services.staff.audit;
    const realAppend = openAudit.append.bind(openAudit);
    let sealed = 0;
    openAudit.append = async (input) => {
      if (input.method === 'system.unitNotApplied') throw new Error('killed');
      sealed++;
      return realAppend(input);
    };
    expect((await kiosk.dispatch('documents.save', draft('ประกาศที่ไม่ถึงดิสก์'), as(admin.actor))).ok).toBe(false);
    expect(sealed).toBe(1);
    faults.names.clear();
    const again = await bootKiosk({ dataDir: dir.path, clock });
    const entries = (await trail(dir.path)).slice(entriesBefore);
    expect(entries.map((e) => e.method)).toEqual(['documents.save', 'system.unitNotApplied']);
    expect(entries[1]?.changes[0]?.target).toBe(`audit:${entries[0]?.seq}`);
    expect(await listed(again)).toEqual(['doc-1', 'doc-2']);
    expect((await checkDataFolder(dir.path)).sound).toBe(true);
    // A second start finds nothing more to record.
    await bootKiosk({ dataDir: dir.path, clock });
    expect((await trail(dir.path)).length).toBe(entriesBefore + 2);
  });
});

describe('who holds the folder, as a refusal says it', () => {
  it('tells the time the holder started in Bangkok time, as staff read clocks, not UTC (review)', async () => {
    const { describeOwner } = await import('../../electron/services/store/folderLock');
    const kiosk = describeOwner({ pid: 4242, host: 'kiosk-1', role: 'kiosk', since: '2026-12-06T23:05:00.000Z' });
    expect(kiosk.th).toBe('ตู้คีออสก์ที่กำลังทำงาน (pid 4242 บนเครื่อง kiosk-1 ตั้งแต่ 7 ธ.ค. 2569 06:05)');
    expect(kiosk.en).toBe('the running kiosk (pid 4242 on kiosk-1 since 7 Dec 2026, 06:05)');
    expect(describeOwner({ pid: 7, host: 'h', role: 'cli', since: '2026-12-06T23:05:00.000Z' }).en).toBe('an admin CLI command (pid 7 on h since 7 Dec 2026, 06:05)');
  });
});
