import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { KioskError } from '../../contract/result';
import { syncFolder, writeFileDurably } from '../store/durableFile';
import { BackupManifest, MANIFEST_NAME } from './backupArchive';
import { checkDataFolder, type FolderProblem } from './dataCheck';
import { recordRestore, type RestoreRecord } from './restoreRecord';
import { LOCK_NAME, OWNER_FILE } from '../store/folderLock';
import { makePrivate, PRIVATE_FOLDER } from '../store/privateFolder';

/** Limits that keep a hostile or broken archive from filling the disk or the memory. */
export const restoreLimits = {
  archiveBytes: 2 * 1024 ** 3 - 1,
  entryBytes: 512 * 1024 ** 2,
  totalBytes: 8 * 1024 ** 3,
  entries: 100_000,
  /** Entries are inflated in batches of about this much, so memory stays bounded. */
  batchBytes: 256 * 1024 ** 2,
};

/** Relative posix paths of plain names only: no absolute path, drive, backslash, `.` or `..`. */
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
export const isSafeEntryName = (name: string) => name.length <= 300 && SAFE_NAME.test(name) && !name.split('/').some((s) => s === '.' || s === '..');

const refused = (th: string, en: string, details?: unknown) =>
  new KioskError('bad_input', { th: `ไม่กู้คืนข้อมูล: ${th} โฟลเดอร์ข้อมูลเดิมไม่ถูกแตะต้อง`, en: `Nothing restored: ${en}. The data folder was not touched.` }, details);

export interface RestoreResult extends RestoreRecord { files: number; previous?: string; warnings: FolderProblem[] }

/**
 * Restores a backup made by `writeBackup`. Everything is checked before the data folder is
 * touched: entry names (zip-slip), sizes, the manifest's sha256 of every file, then the unpacked
 * folder is checked like `verify` does. Only then is it swapped in by two renames; the previous
 * folder is kept beside it as `<dir>.before-restore-<time>`; the restored trail gets, before the
 * swap, an entry naming what the restore undid (restoreRecord).
 */
export async function restoreBackup(options: { archive: string; dataDir: string; now: Date }): Promise<RestoreResult> {
  const dataDir = resolve(options.dataDir);
  const size = (await stat(options.archive).catch(() => undefined))?.size;
  if (size === undefined) throw refused('ไม่พบไฟล์สำรองข้อมูล', 'the backup file does not exist');
  if (size > restoreLimits.archiveBytes) throw refused('ไฟล์สำรองข้อมูลใหญ่เกินกำหนด', 'the backup file is larger than 2 GiB');
  const zip = new Uint8Array(await readFile(options.archive));

  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(zip, { filter: (file) => { entries.push(file); return false; } });
  } catch (error) {
    throw refused('ไฟล์นี้ไม่ใช่ไฟล์ zip หรือไฟล์เสียหาย', `the file is not a readable zip (${(error as Error).message})`);
  }
  const names = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (!isSafeEntryName(entry.name)) throw refused(`ชื่อไฟล์ในไฟล์สำรองไม่ปลอดภัย (${entry.name.slice(0, 100)})`, `unsafe entry name "${entry.name.slice(0, 100)}" (absolute path or ..)`);
    if (names.has(entry.name)) throw refused(`มีไฟล์ชื่อซ้ำในไฟล์สำรอง (${entry.name})`, `duplicate entry "${entry.name}"`);
    if (entry.originalSize > restoreLimits.entryBytes) throw refused(`ไฟล์ ${entry.name} ใหญ่เกินกำหนด`, `entry "${entry.name}" is larger than the limit`);
    names.add(entry.name);
    total += entry.originalSize;
  }
  if (entries.length > restoreLimits.entries || total > restoreLimits.totalBytes) throw refused('ไฟล์สำรองมีขนาดรวมใหญ่เกินกำหนด', 'the archive unpacks to more than the limit');
  if (!names.has(MANIFEST_NAME)) throw refused('ไม่มีรายการไฟล์ (manifest) ในไฟล์สำรอง', 'the archive has no manifest.json');

  const manifest = readManifest(zip);
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  for (const name of names) {
    if (name !== MANIFEST_NAME && !listed.has(name)) throw refused(`ไฟล์ ${name} ไม่อยู่ในรายการ manifest`, `entry "${name}" is not in the manifest`);
  }
  for (const path of listed.keys()) {
    if (!names.has(path)) throw refused(`ไม่มีไฟล์ ${path} ตามที่ manifest ระบุ`, `"${path}" is in the manifest but not in the archive`);
  }

  const stamp = options.now.toISOString().replace(/[:.]/g, '-');
  const staging = `${dataDir}.restore-${stamp}`;
  await mkdir(dirname(dataDir), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { mode: PRIVATE_FOLDER }); // becomes the data folder: private (PDPA), as are the files written into it
  try {
    for (const batch of batches(entries.filter((e) => e.name !== MANIFEST_NAME))) {
      const wanted = new Set(batch.map((e) => e.name));
      let unpacked: Record<string, Uint8Array>;
      try {
        unpacked = unzipSync(zip, { filter: (f) => wanted.has(f.name) });
      } catch (error) {
        throw refused('ไฟล์สำรองข้อมูลเสียหาย แตกไฟล์ไม่ได้', `the archive is damaged (${(error as Error).message})`);
      }
      for (const name of wanted) {
        const bytes = unpacked[name];
        const expected = listed.get(name);
        const sha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : '';
        if (!bytes || !expected || bytes.byteLength !== expected.bytes || sha256 !== expected.sha256) {
          throw refused(`ไฟล์ ${name} ไม่ตรงกับ manifest (ไฟล์สำรองเสียหายหรือถูกแก้ไข)`, `"${name}" does not match its manifest sha256 (damaged or edited)`);
        }
        await writeFileDurably(join(staging, ...name.split('/')), bytes);
      }
    }
    const report = await checkDataFolder(staging);
    if (!report.sound) {
      const first = report.problems[0];
      throw refused(`ข้อมูลในไฟล์สำรองไม่สมบูรณ์ (${first?.file}: ${first?.problemTh})`, `the backed-up data is not sound (${first?.file}: ${first?.problem})`, report.problems);
    }
    const before = await stat(dataDir).catch(() => undefined);
    // A folder holding only the restoring command's own lock (the CLI made it to hold it) is no data to keep.
    const holdsData = before ? (await readdir(dataDir)).some((name) => name !== LOCK_NAME && name !== OWNER_FILE) : false;
    const previous = before ? `${dataDir}.before-restore-${stamp}` : undefined;
    // Said in the restored trail before it replaces anything: a restore that cannot say what it
    // undid (a full disk) is refused, with the data folder untouched.
    let record: RestoreRecord;
    try {
      record = await recordRestore({ stagingDir: staging, replacedDir: holdsData ? dataDir : undefined, keptIn: holdsData && previous ? basename(previous) : undefined, archive: basename(options.archive), madeAt: manifest.createdAt, now: options.now });
    } catch (error) {
      throw refused('บันทึกการกู้คืนลงประวัติการแก้ไขไม่ได้ (พื้นที่ดิสก์อาจเต็ม)', `the restore could not be written to the audit trail (${(error as Error).message})`);
    }
    if (previous) {
      await rename(dataDir, previous);
      await makePrivate(previous); // the replaced data, kept beside: as private as the folder it was
    }
    try {
      await rename(staging, dataDir);
    } catch (error) {
      if (previous) await rename(previous, dataDir);
      throw error;
    }
    await syncFolder(dirname(dataDir));
    if (previous && !holdsData) await rm(previous, { recursive: true, force: true });
    return { files: manifest.files.length, previous: holdsData && previous ? basename(previous) : undefined, warnings: report.warnings, ...record };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

function readManifest(zip: Uint8Array): BackupManifest {
  let text: string;
  try {
    const bytes = unzipSync(zip, { filter: (f) => f.name === MANIFEST_NAME })[MANIFEST_NAME];
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused('อ่านรายการไฟล์ (manifest) ไม่ได้', 'manifest.json cannot be read');
  }
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { throw refused('รายการไฟล์ (manifest) ไม่ใช่ JSON', 'manifest.json is not JSON'); }
  const parsed = BackupManifest.safeParse(raw);
  if (!parsed.success) throw refused('ไฟล์นี้ไม่ใช่ไฟล์สำรองของระบบนี้', 'this is not a kiosk backup (the manifest does not match)');
  return parsed.data;
}

function* batches(entries: UnzipFileInfo[]): Generator<UnzipFileInfo[]> {
  let batch: UnzipFileInfo[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (batch.length > 0 && bytes + entry.originalSize > restoreLimits.batchBytes) { yield batch; batch = []; bytes = 0; }
    batch.push(entry);
    bytes += entry.originalSize;
  }
  if (batch.length > 0) yield batch;
}
