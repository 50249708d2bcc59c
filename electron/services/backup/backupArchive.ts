import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { z } from 'zod';
import { KioskError } from '../../contract/result';
import { syncFolder } from '../store/durableFile';
import { PRIVATE_FILE } from '../store/privateFolder';
import { listDataFiles } from './dataCheck';
import { AUDIT_FILE, type AuditInput } from '../staff/auditLog';

export const BACKUP_FORMAT = 'infocentre-kiosk-backup';
export const BACKED_UP_METHOD = 'system.backedUp';
/** Where an archive is written before it is renamed to `out`: an interrupted one never looks complete. */
export const partialOf = (out: string) => `${out}.partial`;
export const MANIFEST_NAME = 'manifest.json';

export const BackupManifest = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string().max(50),
  createdAt: z.string().max(40),
  files: z.array(z.strictObject({
    path: z.string().min(1).max(300),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })).max(200_000),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** The audit entry of a backup taken: a copy of everyone's personal data is the trail's business too. Written after the copy (the archive does not hold it). */
export function backupAuditEntry(out: string, manifest: BackupManifest): AuditInput {
  return {
    method: BACKED_UP_METHOD, transport: 'cli', actor: { id: 'cli', name: 'admin CLI', role: 'admin' },
    changes: [{ target: 'folder:data', note: { code: 'backup.made', archive: out, files: manifest.files.length, bytes: manifest.files.reduce((n, f) => n + f.bytes, 0) } }],
  };
}

/** `out` with its folder's links resolved, and the file a link at `out` names. */
async function realOut(out: string): Promise<string> {
  const linked = await realpath(out).catch(() => undefined);
  if (linked) return linked;
  const folder = await realpath(dirname(out)).catch(() => dirname(out));
  return join(folder, basename(out));
}

/** PDFs are already compressed: stored as they are; JSON and NDJSON are deflated. */
const compressible = (path: string) => /\.(json|ndjson|txt|csv)$/i.test(path);

/**
 * Writes the data folder to one .zip with a manifest of every file's size and sha256. Files are
 * streamed one at a time (memory stays near one chunk), into `<out>.partial` renamed at the
 * end, so an interrupted backup never leaves a file that looks complete. The archive is 0600: it
 * holds the requesters' personal data and the PIN hashes, as the folder does.
 */
export async function writeBackup(options: { dataDir: string; out: string; appVersion: string; now: Date }): Promise<BackupManifest> {
  // Both as the disk has them: an --out through a link into the data folder (or a link to an
  // archive elsewhere) is where the archive really lands; a link is followed, not replaced.
  const dataDir = await realpath(resolve(options.dataDir)).catch(() => resolve(options.dataDir));
  const out = await realOut(resolve(options.out));
  const inside = relative(dataDir, out);
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw new KioskError('bad_input', { th: 'ห้ามเก็บไฟล์สำรองไว้ในโฟลเดอร์ข้อมูลเอง', en: 'The backup file may not be written inside the data folder' });
  }
  // The archive is renamed over `out` at the end: over a device or a FIFO, that replaces the device.
  const existing = await stat(out).catch(() => undefined);
  if (existing && !existing.isFile()) {
    throw new KioskError('bad_input', { th: `${out} ไม่ใช่ไฟล์ธรรมดา ระบุชื่อไฟล์ .zip ที่จะสร้าง`, en: `${out} is not a regular file: name the .zip file to write` });
  }
  if (!(await stat(dataDir).catch(() => undefined))?.isDirectory()) {
    throw new KioskError('bad_input', { th: `ไม่พบโฟลเดอร์ข้อมูล ${dataDir}`, en: `The data folder ${dataDir} does not exist` });
  }
  // The audit trail last: it is append-only and every change's entry is on disk before its store
  // is written, so a trail read after the stores covers every stamp they carry, even while a kiosk
  // saves. (Read first, a change made during the backup left the stores ahead of the trail.)
  const paths = (await listDataFiles(dataDir)).sort((a, b) => Number(a === AUDIT_FILE) - Number(b === AUDIT_FILE));
  const partial = partialOf(out);
  const handle = await open(partial, 'w', PRIVATE_FILE).catch((error: NodeJS.ErrnoException) => {
    // Name what is missing as asked for: the folder of --out, not the partial file inside it.
    if (error.code === 'ENOENT') error.path = dirname(out);
    throw error;
  });
  // Personal data (PDPA), like the folder it copies: 0600 also over a `.partial` an earlier run left.
  await handle.chmod(PRIVATE_FILE).catch(() => undefined);
  let writing: Promise<unknown> = Promise.resolve();
  let failure: unknown;
  const zip = new Zip((error, chunk) => {
    if (error) { failure = error; return; }
    writing = writing.then(() => handle.writeFile(chunk)); // all of it or an error, where write() may store part
  });
  const manifest: BackupManifest = { format: BACKUP_FORMAT, formatVersion: 1, appVersion: options.appVersion, createdAt: options.now.toISOString(), files: [] };
  try {
    for (const path of paths) {
      const entry = compressible(path) ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
      zip.add(entry);
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of createReadStream(`${dataDir}/${path}`, { highWaterMark: 1024 * 1024 })) {
        const data = chunk as Buffer;
        hash.update(data);
        bytes += data.length;
        entry.push(data);
        await writing;
      }
      entry.push(new Uint8Array(0), true);
      await writing;
      manifest.files.push({ path, bytes, sha256: hash.digest('hex') });
    }
    const manifestEntry = new ZipDeflate(MANIFEST_NAME, { level: 6 });
    zip.add(manifestEntry);
    manifestEntry.push(new TextEncoder().encode(JSON.stringify(manifest, null, 1)), true);
    zip.end();
    await writing;
    if (failure) throw failure;
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    // A write's error names no file ("The disk is full:  could not be written"): it is the archive.
    const failed = error as NodeJS.ErrnoException;
    if (failed && typeof failed === 'object' && failed.code && !failed.path) failed.path = out;
    throw error;
  }
  await handle.close();
  await rename(partial, out);
  await syncFolder(dirname(out));
  return manifest;
}
