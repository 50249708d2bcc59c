import { chmod, lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../electron/cli/outputFile';
import { tempDir } from './support';

describe('a CLI output file', () => {
  it('replaces an earlier file of the same name whole, leaving nothing beside it', async () => {
    const dir = await tempDir('cli-output-');
    try {
      const path = join(dir.path, 'report.csv');
      await writeFile(path, 'old report');
      await writeOutputFile(path, 'new report');
      expect(await readFile(path, 'utf8')).toBe('new report');
      expect(await readdir(dir.path)).toEqual(['report.csv']);
    } finally { await dir.remove(); }
  });

  it('that cannot be written leaves the earlier file as it was, and the error names the file asked for', async () => {
    const dir = await tempDir('cli-output-');
    try {
      const path = join(dir.path, 'report.csv');
      await writeFile(path, 'old report');
      // Where the new file is written first, something that cannot be written as a file.
      await mkdir(`${path}.partial-${process.pid}`);
      const error = await writeOutputFile(path, 'new report').then(() => undefined, (e: NodeJS.ErrnoException) => e);
      expect(error?.code).toBe('EISDIR');
      expect(error?.path).toBe(path);
      expect(await readFile(path, 'utf8')).toBe('old report');
    } finally { await dir.remove(); }
  });
});

describe('a CLI output file that is a link', () => {
  it.runIf(process.platform !== 'win32')('replaces the file the link names, keeping the link and the file\'s mode', async () => {
    const dir = await tempDir('cli-output-');
    try {
      const real = join(dir.path, 'report-2026-11.csv');
      const link = join(dir.path, 'latest.csv');
      await writeFile(real, 'old report', { mode: 0o640 });
      await chmod(real, 0o640);
      await symlink(real, link);
      await writeOutputFile(link, 'new report');
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readFile(real, 'utf8')).toBe('new report');
      expect((await stat(real)).mode & 0o777).toBe(0o640);
    } finally { await dir.remove(); }
  });
});
