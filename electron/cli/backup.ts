import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { remoteBackup } from '../adminChannel/channelClient';
import { KioskError } from '../contract/result';
import { appVersion } from '../paths';
import { backupAuditEntry, writeBackup, type BackupManifest } from '../services/backup/backupArchive';
import { silentLog, systemClock } from '../services/runtime';
import { openAuditLog } from '../services/staff/auditLog';
import type { CliCommand } from './command';
import { reachFolder } from './reachFolder';


/** `backup --data DIR --out FILE.zip`: the data folder in one zip with a manifest of sha256s. */
export const backupCommand: CliCommand = {
  summary: 'write the data folder to one .zip with a manifest: --out FILE.zip',
  options: { out: { type: 'string' } },
  opensDataItself: true,
  async run({ values, print }) {
    if (typeof values.out !== 'string' || values.out === '') {
      process.stderr.write('backup needs --out FILE.zip\n');
      return 2;
    }
    try {
      const manifest = await backupBetweenChanges(String(values.data), resolve(values.out));
      const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
      print(`สำรองข้อมูลแล้ว ${manifest.files.length} ไฟล์ / Backed up ${manifest.files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${values.out}`);
      return 0;
    } catch (error) {
      if (!(error instanceof KioskError) || error.code === 'busy') throw error; // busy: runCli words it
      print(`${error.messageTh} / ${error.message}`);
      return 1;
    }
  },
};

/**
 * A copy with no change half in it (house rule 9, one writer): the running kiosk takes it between
 * two of its changes; with none running, the folder is held here for the copy's length, so no
 * other CLI writes meanwhile. Read beside a writer, a backup caught an import's audit entry
 * without its documents, and its restore was called sound.
 */
async function backupBetweenChanges(dataDir: string, out: string): Promise<BackupManifest> {
  // Before holding it: holding makes the folder, and a backup of a folder that is not there is refused.
  if (!(await stat(dataDir).catch(() => undefined))?.isDirectory()) {
    throw new KioskError('bad_input', { th: `ไม่พบโฟลเดอร์ข้อมูล ${resolve(dataDir)}`, en: `The data folder ${resolve(dataDir)} does not exist` });
  }
  const { channel, hold } = await reachFolder(dataDir, silentLog);
  if (channel) return await remoteBackup(channel, out);
  try {
    const manifest = await writeBackup({ dataDir, out, appVersion: appVersion(), now: new Date() });
    // Held (a folder that can be written): the trail says a copy was taken, as the kiosk's does.
    if (hold.held) {
      const audit = await openAuditLog({ dataDir, clock: systemClock, log: silentLog, owner: true });
      await audit.append(backupAuditEntry(out, manifest)).catch(() => process.stderr.write('(การสำรองข้อมูลครั้งนี้ไม่ได้ถูกบันทึกในประวัติการแก้ไข / this backup could not be written to the audit trail)\n'));
    }
    return manifest;
  } finally {
    await hold.release();
  }
}
