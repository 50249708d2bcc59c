import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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
