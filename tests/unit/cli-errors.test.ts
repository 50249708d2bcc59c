import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { describeFailure } from '../../electron/cli/exit';
import { tempDir } from './support';

/** What staff read when a CLI command fails on a file: Thai and English, naming the path, never Node's bare "ENOENT: …" (helper-22's trial). */
const failureOf = async (args: string[]) => {
  const outcome = await runCli(args, () => {}).then((code) => ({ code }), (error: unknown) => ({ error }));
  if (!('error' in outcome)) throw new Error(`the command did not fail (exit ${outcome.code})`);
  return describeFailure(outcome.error);
};

describe('a CLI command that fails on a file says so in Thai and English', () => {
  it('names a missing file, a folder given for a file, and a file given as the data folder', async () => {
    const dir = await tempDir('cli-errors-');
    try {
      const data = join(dir.path, 'data');
      await mkdir(join(dir.path, 'a-folder'));
      await writeFile(join(dir.path, 'plain-file'), 'x');
      const missing = await failureOf(['import', join(dir.path, 'nothing.csv'), '--data', data]);
      expect(missing).toMatch(/^ไม่พบไฟล์หรือโฟลเดอร์ .*nothing\.csv \/ No such file or folder: .*nothing\.csv$/);
      const folder = await failureOf(['import', join(dir.path, 'a-folder'), '--data', data]);
      expect(folder).toMatch(/a-folder เป็นโฟลเดอร์ ไม่ใช่ไฟล์ \/ .*a-folder is a folder, not a file$/);
      const notAFolder = await failureOf(['search', 'x', '--data', join(dir.path, 'plain-file')]);
      expect(notAFolder).toMatch(/plain-file ไม่ใช่โฟลเดอร์ \/ .*plain-file is not a folder$/);
    } finally { await dir.remove(); }
  });
});
