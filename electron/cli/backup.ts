import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KioskError } from '../contract/result';
import { appRoot } from '../paths';
import { writeBackup } from '../services/backup/backupArchive';
import type { CliCommand } from './command';

export const appVersion = (): string => {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8'));
    const version = typeof pkg === 'object' && pkg !== null ? (pkg as { version?: unknown }).version : undefined;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
};

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
      const manifest = await writeBackup({ dataDir: String(values.data), out: values.out, appVersion: appVersion(), now: new Date() });
      const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
      print(`สำรองข้อมูลแล้ว ${manifest.files.length} ไฟล์ / Backed up ${manifest.files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${values.out}`);
      return 0;
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      print(`${error.messageTh} / ${error.message}`);
      return 1;
    }
  },
};
