import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { Caller } from '../../electron/dispatch';
import { sampleDir } from '../../electron/paths';
import { createFileLog } from '../../electron/services/log/fileLog';
import { teeLog } from '../../electron/services/log/teeLog';
import type { Log } from '../../electron/services/runtime';
import { holdFolder } from '../../electron/services/store/folderLock';
import { tinyPdf } from '../fixtures/import/build';
import { base64 } from './catalogue-support';
import { as, call, setUpAccounts, writeSmallCatalogue } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/**
 * The data folder holds requesters' names and contacts, complaints and PIN hashes (PDPA): it is
 * private to the account that runs the kiosk. Folders 0700, files 0600, whatever the umask, and
 * backups (personal data, written outside the folder) 0600 too.
 */
const posix = process.platform !== 'win32';
const citizen: Caller = { transport: 'http' };
const request = { kind: 'request', details: 'ขอสำเนาสัญญาจ้างก่อสร้างอาคาร ปี ๒๕๖๘', person: { name: 'สมหญิง ทดสอบ', phone: '0812345678', email: 'somying@example.com' } };
const VISIT = '7d0c7a52-6f0e-4b8e-9d3a-1f2e3d4c5b6a';

/** Every folder and file below `folder` (and the folder itself) that others may read, write or enter, with its mode. */
async function openToOthers(folder: string): Promise<string[]> {
  const out: string[] = [];
  const top = await stat(folder);
  if ((top.mode & 0o077) !== 0) out.push(`. ${(top.mode & 0o777).toString(8)}`);
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isSymbolicLink()) continue;
    const path = join(entry.parentPath, entry.name);
    const mode = (await stat(path)).mode & 0o777;
    if ((mode & 0o077) !== 0) out.push(`${path.slice(folder.length + 1)} ${mode.toString(8)}`);
  }
  return out.sort();
}

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

async function cli(args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l));
  return { code, output: lines.join('\n') };
}

function capturingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const put = (level: string) => (message: string, detail?: Record<string, unknown>) => { lines.push(`${level} ${message} ${JSON.stringify(detail ?? {})}`); };
  return { lines, info: put('info'), warn: put('warn'), error: put('error') };
}

async function close(kiosk: Kiosk) {
  await kiosk.services.stats.close();
  await kiosk.services.search.close(); // writes the search index cache
  await kiosk.services.catalogue.close();
}

describe.runIf(posix)('the data folder is private to the account that runs the kiosk', () => {
  let umask = 0;
  beforeAll(() => { umask = process.umask(0o022); }); // what most machines have: new files 0644, folders 0755
  afterAll(() => { process.umask(umask); });

  let root: Awaited<ReturnType<typeof tempDir>>;
  let dataDir: string;
  const clock = fixedClock('2026-11-02T03:00:00Z');
  beforeEach(async () => {
    root = await tempDir(); // mkdtemp's own folder is 0700 already: the data folder is made below it, as --data makes it
    dataDir = join(root.path, 'kiosk-data');
  });
  afterEach(() => root.remove());

  it('a new folder, after a request, a complaint, staff changes, a document with its PDF, a visit and a search: every folder 0700, every file 0600', async () => {
    // As the web mode starts: the support log, the folder's lock, then the services.
    const fileLog = createFileLog({ dataDir, clock });
    const log = teeLog(capturingLog(), fileLog);
    const hold = await holdFolder(dataDir, { role: 'kiosk', waitMs: 2_000, log });
    expect(hold.held).toBe(true);
    const kiosk = await bootKiosk({ dataDir, sampleDir: sampleDir(), clock, log, owner: hold.held, searchSoon: true });
    try {
      log.info('started', {});
      const { admin, staffId } = await setUpAccounts(kiosk);
      const by = as(admin.actor);
      await call(kiosk, 'staff.resetPin', { id: staffId, pin: '192837' }, by);
      await call(kiosk, 'registers.submit', request, citizen);
      await call(kiosk, 'registers.submit', { kind: 'complaint', details: 'เจ้าหน้าที่เรียกเงินเพิ่มโดยไม่มีใบเสร็จ', anonymous: true, topic: 'corruption' }, citizen);
      await call(kiosk, 'documents.save', { title: { th: 'ประกาศทดสอบ' }, category: 's7-1', published: '2026-10-15', keywords: [], summary: {}, pdf: { name: 'notice.pdf', base64: base64(tinyPdf('notice')) } }, by);
      await call(kiosk, 'stats.visitStart', { visitId: VISIT, language: 'th' }, citizen);
      await call(kiosk, 'search.query', { q: 'ประกาศ' }, citizen); // the screen searches, then records the search
      await call(kiosk, 'stats.record', { visitId: VISIT, event: { type: 'search', query: 'ประกาศ', resultCount: 1 } }, citizen);
      await close(kiosk);
      await fileLog.flush();
      const names = (await readdir(dataDir, { recursive: true })).map(String);
      // The files this test means to cover are there to be checked.
      for (const name of ['registers.json', 'staff.json', 'settings.json', 'audit.ndjson', '.writer.json', join('logs', 'kiosk.log'), join('.cache', 'search-index.bin'), join('catalogue', 'CURRENT')]) expect(names).toContain(name);
      expect(names.some((n) => n.startsWith('stats'))).toBe(true);
      expect(names.some((n) => /^files.[0-9a-f]{64}\.pdf$/.test(n))).toBe(true);
      expect(await openToOthers(dataDir)).toEqual([]);
    } finally {
      await hold.release();
    }
  });

  it('a folder an older version left open (0755, files 0644) is made private at its first start, once, and said so in the log', async () => {
    await mkdir(dataDir);
    await chmod(dataDir, 0o755);
    await writeSmallCatalogue(dataDir); // files/… and catalogue.json, 0644 under this umask
    expect(await openToOthers(dataDir)).not.toEqual([]);
    const log = capturingLog();
    const kiosk = await bootKiosk({ dataDir, clock, log });
    await close(kiosk);
    expect(await modeOf(dataDir)).toBe(0o700);
    expect(await openToOthers(dataDir)).toEqual([]);
    expect(log.lines.filter((l) => l.includes('private'))).toHaveLength(1);

    const again = capturingLog();
    await close(await bootKiosk({ dataDir, clock, log: again }));
    expect(again.lines.filter((l) => l.includes('private'))).toEqual([]);
  });

  it('a folder made 0700 by hand (as the log advises) with its files still 0644 has them made private too (review, helper-36)', async () => {
    await mkdir(dataDir);
    await writeSmallCatalogue(dataDir);
    await chmod(dataDir, 0o700);
    expect(await openToOthers(dataDir)).not.toEqual([]);
    const log = capturingLog();
    await close(await bootKiosk({ dataDir, clock, log }));
    expect(await openToOthers(dataDir)).toEqual([]);
    expect(log.lines.filter((l) => l.includes('private'))).toHaveLength(1);
  });

  /** A folder with staff and a filed request (personal data), closed and backed up by the CLI: the archive's path. */
  async function backedUpFolderWithARequest(): Promise<string> {
    await mkdir(dataDir);
    const kiosk = await bootKiosk({ dataDir, clock });
    await setUpAccounts(kiosk);
    await call(kiosk, 'registers.submit', request, citizen);
    await close(kiosk);
    const out = join(root.path, 'backup.zip');
    expect((await cli(['backup', '--data', dataDir, '--out', out])).code).toBe(0);
    return out;
  }

  it('a backup archive is 0600; a report written into the folder is 0600 too', async () => {
    const out = await backedUpFolderWithARequest();
    expect(await modeOf(out)).toBe(0o600);
    expect((await cli(['report', '--month', '2026-11', '--format', 'csv', '--data', dataDir])).code).toBe(0);
    expect(await openToOthers(dataDir)).toEqual([]);
  });

  it('a restore leaves the folder 0700 with its files 0600, and the replaced folder kept beside it private too', async () => {
    const out = await backedUpFolderWithARequest();
    await chmod(dataDir, 0o755); // as if someone opened it up meanwhile

    expect((await cli(['restore', out, '--data', dataDir])).code).toBe(0);
    expect(await modeOf(dataDir)).toBe(0o700);
    expect(await openToOthers(dataDir)).toEqual([]);
    const kept = (await readdir(root.path)).filter((n) => n.startsWith('kiosk-data.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(await modeOf(join(root.path, kept[0]!))).toBe(0o700);

    // Into a folder that did not exist.
    const fresh = join(root.path, 'new-kiosk');
    expect((await cli(['restore', out, '--data', fresh])).code).toBe(0);
    expect(await openToOthers(fresh)).toEqual([]);
  });
});
