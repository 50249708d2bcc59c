import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { open, readFile, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { CatalogueOverview, DocumentCard } from '../../electron/contract/catalogue';
import type { Result } from '../../electron/contract/result';
import type { CatalogueDocument } from '../../electron/contract/schemas';
import type { SearchAnswer } from '../../electron/contract/search';
import type { Settings } from '../../electron/contract/settings';
import type { LoginAnswer } from '../../electron/contract/staff';
import type { Caller } from '../../electron/dispatch';
import { checkDataFolder } from '../../electron/services/backup/dataCheck';
import { catalogueRows, tinyPdf, toCsv, utf8, zipOf } from '../fixtures/import/build';
import { mulberry32 } from './fuzz-payloads';
import { ADMIN_PIN, as, call, setUpAccounts, writeSmallCatalogue, loginInput } from './staff-fixtures';
import { catalogueStoreBytes, fixedClock, storedCatalogue, tempDir } from './support';

/*
 * Issue 7: "When the disk is full, the kiosk keeps serving citizens, refuses staff edits with a
 * clear message, and loses no earlier data."
 *
 * A full disk is injected below the services, at node:fs/promises: while `disk.full` is set,
 * every write into the data folder stores at most `disk.spare` more bytes (a partial write, as a
 * real disk does when the last blocks go) and then fails with ENOSPC. Reads, renames and
 * deletes work as on a real full disk. This runs on any machine; a loop or tmpfs mount needs
 * privileges a CI container does not have (the last test uses a real tmpfs where it can mount
 * one, and says when it cannot). How many bytes still fit is seeded: FUZZ_SEED=<seed>.
 */
const disk = vi.hoisted(() => ({ root: '', full: false, spare: 0, refused: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const { resolve: resolvePath, sep: separator } = await import('node:path');
  const inside = (path: unknown) => disk.root !== '' && typeof path === 'string' && resolvePath(path).startsWith(disk.root + separator);
  const noSpace = (syscall: string, path: string) =>
    Object.assign(new Error(`ENOSPC: no space left on device, ${syscall} '${path}'`), { code: 'ENOSPC', errno: -28, syscall, path });
  const bytesOf = (data: unknown): Buffer => (typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array));
  /** How much of a write still fits; throws after storing that much when it does not all fit. */
  async function fit(path: string, data: unknown, write: (part: Buffer) => Promise<unknown>, syscall: string): Promise<boolean> {
    if (!disk.full || !inside(path)) return false;
    const bytes = bytesOf(data);
    const room = Math.min(bytes.length, disk.spare);
    disk.spare -= room;
    if (room === bytes.length) return false;
    if (room > 0) await write(bytes.subarray(0, room));
    disk.refused++;
    throw noSpace(syscall, path);
  }
  const wrap = (handle: FileHandle, path: string) => new Proxy(handle, {
    get(target, prop) {
      if (prop === 'write' || prop === 'writeFile' || prop === 'appendFile') {
        return async (data: unknown, ...rest: unknown[]) => {
          await fit(path, data, (part) => target.write(part), 'write');
          return (target[prop] as (...args: unknown[]) => Promise<unknown>).call(target, data, ...rest);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const mocked = {
    ...real,
    open: async (path: string, ...rest: unknown[]) => wrap(await (real.open as (...args: unknown[]) => Promise<FileHandle>)(path, ...rest), String(path)),
    writeFile: async (path: string, data: unknown, ...rest: unknown[]) => {
      await fit(String(path), data, (part) => real.appendFile(path, part), 'write');
      return (real.writeFile as (...args: unknown[]) => Promise<void>)(path, data, ...rest);
    },
    appendFile: async (path: string, data: unknown, ...rest: unknown[]) => {
      await fit(String(path), data, (part) => real.appendFile(path, part), 'write');
      return (real.appendFile as (...args: unknown[]) => Promise<void>)(path, data, ...rest);
    },
    // What df says: the bytes still free, while the disk is "full".
    statfs: async (path: string, ...rest: unknown[]) => {
      const real_ = await (real.statfs as (...args: unknown[]) => Promise<{ bavail: number; bsize: number }>)(path, ...rest);
      return disk.full && (inside(path) || resolvePath(path) === disk.root) ? { ...real_, bavail: Math.floor(disk.spare / 4096), bsize: 4096 } : real_;
    },
    copyFile: async (from: string, to: string, ...rest: unknown[]) => {
      if (disk.full && inside(to)) { disk.refused++; throw noSpace('copyfile', to); }
      return (real.copyFile as (...args: unknown[]) => Promise<void>)(from, to, ...rest);
    },
  };
  return { ...mocked, default: mocked };
});

const seed = Number(process.env.FUZZ_SEED ?? 20261208) >>> 0;
const citizen: Caller = { transport: 'test' };

/** Every file of the data folder with its bytes (temp files included, so a leftover shows). */
async function contentsOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(folder: string) {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.set(path.slice(dir.length + 1), (await readFile(path)).toString('base64'));
    }
  }
  await walk(dir);
  return out;
}

/** What a citizen sees: the same answers whether the disk is full or not. */
async function citizenView(kiosk: Kiosk, sha256: string) {
  const overview = await call<CatalogueOverview>(kiosk, 'catalogue.overview', {}, citizen);
  const list = await call<{ items: DocumentCard[] }>(kiosk, 'catalogue.list', { limit: 100 }, citizen);
  const page = await call<{ document: { title: { th: string } } }>(kiosk, 'catalogue.get', { id: 'doc-1' }, citizen);
  const found = await call<SearchAnswer>(kiosk, 'search.query', { q: 'จัดซื้อจัดจ้าง' }, citizen);
  const settings = await call<Settings>(kiosk, 'settings.get', {}, citizen);
  const pdf = await kiosk.services.catalogue.publicPdf(sha256);
  return {
    documents: overview.documentCount, ids: list.items.map((d) => d.id), title: page.document.title.th,
    hits: found.hits.map((h) => h.id), centre: settings.centre.name.th, pdfBytes: pdf.byteLength,
  };
}

function expectDiskFull(result: Result<unknown>, where: string) {
  expect(result.ok, `${where}: ${JSON.stringify(result).slice(0, 300)}`).toBe(false);
  if (result.ok) return;
  expect(result.error.code, `${where}: ${result.error.message}`).toBe('disk_full');
  expect(result.error.messageTh, where).toMatch(/พื้นที่ดิสก์เต็ม/);
  expect(result.error.messageTh, where).toMatch(/ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ/);
  expect(result.error.message, where).toMatch(/the disk is full/i);
  expect(result.error.message, where).toMatch(/Everything saved before is intact/);
}

describe(`a full disk (seed ${seed}; FUZZ_SEED to change)`, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  let admin: LoginAnswer;
  let sha256: string;
  const clock = fixedClock('2026-12-08T03:00:00Z');
  const visit = '6f1c2a4e-5b7d-4c3e-9a8b-1d2e3f4a5b6c';

  beforeEach(async () => {
    dir = await tempDir('kiosk-diskfull-');
    disk.root = resolve(dir.path);
    disk.full = false;
    disk.refused = 0;
    ({ sha256 } = await writeSmallCatalogue(dir.path));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    ({ admin } = await setUpAccounts(kiosk));
  });
  afterEach(async () => {
    disk.full = false;
    disk.root = '';
    await dir.remove();
  });

  it('serves citizens, refuses every kind of staff edit with a clear Thai/English message, loses nothing, and saves again once space is back', async () => {
    const rng = mulberry32(seed);
    const staff = as(admin.actor);
    // Earlier work that must survive: a document, a settings change, a visit.
    const earlier = await call<CatalogueDocument>(kiosk, 'documents.save', { title: { th: 'ประกาศผลการจัดซื้อจัดจ้าง เดือนตุลาคม' }, category: 'proc-result', published: '2026-11-05' }, staff);
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    await call(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phone: '0 2123 4567' } }, staff);
    await call(kiosk, 'stats.visitStart', { visitId: visit, language: 'th' }, citizen);
    const before = await citizenView(kiosk, sha256);
    expect(before.ids).toContain(earlier.id);
    await kiosk.services.search.flush(); // the search index cache is written in the background after a build
    const filesBefore = await contentsOf(dir.path);

    disk.full = true;
    disk.spare = 0;
    const spare = Math.floor(rng() * 600);
    const where = `seed=${seed} spare=${spare}`;

    // Citizens: every read answers as before.
    expect(await citizenView(kiosk, sha256), where).toEqual(before);
    // Usage statistics cannot be written: a clean refusal the screens ignore, never a crash.
    const usage = await kiosk.dispatch('stats.record', { visitId: visit, event: { type: 'screen', name: 'search' } }, citizen);
    expectDiskFull(usage, `${where} stats.record`);
    expect(usage.ok ? undefined : usage.error.details, 'a public refusal names no path of the data folder').toBeUndefined();
    // A few blocks may still take the start of the first edit's write (never a whole store).
    disk.spare = spare;
    // Staff can still sign in (to read the message); the sign-in's audit entry goes to the log instead.
    const signedIn = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, admin.actor.id, ADMIN_PIN));
    const asStaff = as(signedIn.actor);

    const csv = utf8(toCsv(catalogueRows(3)));
    const bundle = zipOf({ 'catalogue.csv': utf8(toCsv(catalogueRows(2).map((r, i) => ({ ...r, file: i === 0 ? 'a.pdf' : '' })))), 'a.pdf': tinyPdf('Procurement plan') });
    const edits: [string, unknown][] = [
      ['documents.save', { title: { th: 'เอกสารใหม่ระหว่างดิสก์เต็ม' }, category: 'other', published: '2026-12-08' }],
      ['documents.save', { id: earlier.id, title: { th: 'แก้ชื่อระหว่างดิสก์เต็ม' }, category: 'proc-result', published: '2026-11-05' }],
      ['documents.retire', { id: 'doc-2' }],
      ['documents.save', { id: 'doc-2', title: { th: 'โครงสร้างหน่วยงาน' }, category: 's7-1', published: '2025-10-01', pdf: { name: 'new.pdf', base64: Buffer.from(tinyPdf('Annual report')).toString('base64') } }],
      ['standards.save', { title: { th: 'บริการใหม่' }, steps: [{ text: { th: 'ยื่นคำขอ' }, minutes: 10 }] }],
      ['import.apply', { fileName: 'rows.csv', base64: Buffer.from(csv).toString('base64') }],
      ['import.apply', { fileName: 'bundle.zip', base64: Buffer.from(bundle).toString('base64') }],
      ['settings.update', { ...settings, centre: { ...settings.centre, phone: '0 2999 9999' } }],
      ['staff.createAccount', { name: 'วิชัย ดีงาม', role: 'staff', pin: '615243' }],
    ];
    for (const [method, input] of edits) expectDiskFull(await kiosk.dispatch(method, input, asStaff), `${where} ${method}`);
    expect(disk.refused, where).toBeGreaterThanOrEqual(edits.length);

    // Nothing changed: not on disk (no half-written store, no leftover temp file, no torn audit
    // line, no PDF), not in what citizens see.
    expect(await contentsOf(dir.path), where).toEqual(filesBefore);
    expect((await storedCatalogue(dir.path)).documents.length).toBeGreaterThan(0);
    expect(await citizenView(kiosk, sha256), where).toEqual(before);
    expect((await call<Settings>(kiosk, 'settings.get', {})).centre.phone).toBe('0 2123 4567');

    // Space comes back: the same edits now succeed, and the folder checks out.
    disk.full = false;
    for (const [method, input] of edits) {
      const answer = await kiosk.dispatch(method, input, asStaff);
      expect(answer.ok, `${where} ${method} after space came back: ${JSON.stringify(answer).slice(0, 300)}`).toBe(true);
    }
    await call(kiosk, 'stats.record', { visitId: visit, event: { type: 'screen', name: 'search' } }, citizen);
    const report = await checkDataFolder(dir.path);
    expect(report.problems, where).toEqual([]);
    expect(report.sound).toBe(true);

    // After a restart: the earlier work and the later edits are all there.
    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    expect(reopened.services.recoveries).toEqual([]);
    const stored = reopened.services.catalogue.snapshot();
    expect(stored.documents.find((d) => d.id === earlier.id)?.title.th).toBe('แก้ชื่อระหว่างดิสก์เต็ม');
    expect(stored.documents.find((d) => d.id === 'doc-1')?.file?.sha256).toBe(sha256);
    expect(stored.documents.find((d) => d.id === 'doc-2')).toMatchObject({ status: 'retired', file: { name: 'new.pdf' } });
    expect(stored.documents.map((d) => d.id)).toEqual(expect.arrayContaining(['imp-00001', 'imp-00002', 'imp-00003']));
    expect((await call<Settings>(reopened, 'settings.get', {})).centre.phone).toBe('0 2999 9999');
  });

  it('an import larger than the space left is refused before its audit entry is written: retrying it does not fill the trail (trial, helper-55: each refused 14 MB import added 33 KB to the trail)', async () => {
    const staff = as(admin.actor);
    await kiosk.services.search.flush();
    const body = 'ผู้ประกันตนยื่นคำขอรับประโยชน์ทดแทนได้ที่สำนักงานประกันสังคมทุกแห่ง '.repeat(30);
    const csv = utf8(toCsv(catalogueRows(400).map((r) => ({ ...r, body }))));
    const filesBefore = await contentsOf(dir.path);
    disk.full = true;
    disk.spare = 256 * 1024; // room for an audit entry, not for 400 bodies of ~2,000 characters (~2.4 MB)
    for (let attempt = 1; attempt <= 3; attempt++) {
      expectDiskFull(await kiosk.dispatch('import.apply', { fileName: 'rows.csv', base64: Buffer.from(csv).toString('base64') }, staff), `attempt ${attempt}`);
    }
    expect(await contentsOf(dir.path)).toEqual(filesBefore);
    disk.full = false;
    expect((await kiosk.dispatch('import.apply', { fileName: 'rows.csv', base64: Buffer.from(csv).toString('base64') }, staff)).ok).toBe(true);
    expect((await checkDataFolder(dir.path)).sound).toBe(true);
  });

  it('a save that fills the disk mid-write leaves the store as it was, and the next save works', async () => {
    const staff = as(admin.actor);
    // Every possible cut of the unit's writes: its audit entry, then its record in the catalogue's
    // log, from nothing written to all but one byte. One save of the same shape measures both.
    const title = (n: number) => `โครงสร้างหน่วยงาน ฉบับปรับปรุง ${String(n).padStart(6, '0')}`;
    const growth = async (save: () => Promise<unknown>) => {
      const sizes = async () => Promise.all(['audit.ndjson', 'catalogue/log-1.units'].map(async (f) => (await stat(join(dir.path, f))).size));
      const [a0, l0] = await sizes();
      await save();
      const [a1, l1] = await sizes();
      return { audit: a1! - a0!, record: l1! - l0! };
    };
    const saveDoc2 = (n: number) => kiosk.dispatch('documents.save', { id: 'doc-2', title: { th: title(n) }, category: 's7-1', published: '2025-10-01' }, staff);
    await saveDoc2(0);
    const { audit, record } = await growth(() => saveDoc2(1));
    expect(record).toBeGreaterThan(0);
    const rng = mulberry32(seed ^ 0x5eed);
    for (const spare of [0, 1, audit - 1, audit, audit + 1, audit + Math.floor(rng() * record), audit + record - 1]) {
      const before = await catalogueStoreBytes(dir.path);
      disk.full = true;
      disk.spare = spare;
      const answer = await saveDoc2(100 + spare);
      disk.full = false;
      const where = `seed=${seed} spare=${spare} (audit entry ${audit} bytes, log record ${record})`;
      expectDiskFull(answer, where);
      expect(await catalogueStoreBytes(dir.path), where).toEqual(before);
      expect((await readdir(dir.path)).filter((f) => f.endsWith('.tmp')), where).toEqual([]);
      expect(kiosk.services.catalogue.snapshot().documents.find((d) => d.id === 'doc-2')?.title.th, where).toBe(title(1));
    }
    await call(kiosk, 'documents.save', { id: 'doc-2', title: { th: 'โครงสร้างหน่วยงาน ฉบับปรับปรุง' }, category: 's7-1', published: '2025-10-01' }, staff);
    expect((await checkDataFolder(dir.path)).sound).toBe(true);
    expect((await bootKiosk({ dataDir: dir.path, clock })).services.catalogue.snapshot().documents.find((d) => d.id === 'doc-2')?.title.th).toBe('โครงสร้างหน่วยงาน ฉบับปรับปรุง');
  });
});

/** A real tmpfs where this machine lets us mount one (root with CAP_SYS_ADMIN); CI containers usually cannot. */
function tryMountTmpfs(path: string, size: string): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'not root on Linux';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', path], { stdio: 'pipe', timeout: 10_000 });
    return undefined;
  } catch (error) {
    return `mount refused: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

describe('a really full tmpfs data folder', () => {
  it('refuses a staff edit with disk_full and keeps serving, then saves once space is freed', async (context) => {
    const holder = await tempDir('kiosk-tmpfs-');
    const why = tryMountTmpfs(holder.path, '2m');
    if (why) {
      console.log(`disk-full: real tmpfs case skipped (${why}); the injected ENOSPC cases above cover refusals; a real disk's short writes are not exercised here`);
      await holder.remove();
      context.skip();
      return;
    }
    try {
      const dataDir = join(holder.path, 'data');
      const { sha256 } = await writeSmallCatalogue(dataDir);
      const clock = fixedClock('2026-12-08T03:00:00Z');
      const kiosk = await bootKiosk({ dataDir, clock });
      const { admin } = await setUpAccounts(kiosk);
      const before = await citizenView(kiosk, sha256);
      const catalogueBefore = await catalogueStoreBytes(dataDir);

      // Fill every block left: big writes first, then smaller, down to single bytes.
      const filler = await open(join(holder.path, 'filler'), 'w');
      for (let chunk = 64 * 1024; chunk >= 1; chunk = Math.floor(chunk / 2)) {
        for (;;) {
          try { await filler.write(Buffer.alloc(chunk, 1)); } catch { break; }
        }
      }
      await filler.close();

      expect(await citizenView(kiosk, sha256)).toEqual(before);
      expectDiskFull(await kiosk.dispatch('documents.save', { title: { th: 'เอกสารใหม่' }, category: 'other', published: '2026-12-08' }, as(admin.actor)), 'tmpfs');
      expect(await catalogueStoreBytes(dataDir)).toEqual(catalogueBefore);
      expect((await readdir(dataDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      await rm(join(holder.path, 'filler'));
      await call(kiosk, 'documents.save', { title: { th: 'เอกสารใหม่' }, category: 'other', published: '2026-12-08' }, as(admin.actor));
      expect((await checkDataFolder(dataDir)).sound).toBe(true);
    } finally {
      execFileSync('umount', [holder.path], { stdio: 'pipe', timeout: 10_000 });
      await holder.remove();
    }
  });
});
