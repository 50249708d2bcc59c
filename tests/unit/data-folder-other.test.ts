import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { serve } from '../../electron/web/serve';
import { dataFolderKind } from '../../electron/services/store/dataFolder';
import { tempDir } from './support';

/**
 * Outside tester (helper-69): `search … --data` on an existing folder of someone's own files (picture
 * `--data ~`) seeded the sample catalogue into it, made the user's files private (644 → 600) and
 * answered "Found 16", exit 0; `report` did the same and printed an official-looking report.
 */
describe('a data folder that holds other files and no kiosk data', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let mine = '';
  beforeEach(async () => {
    dir = await tempDir('not-data-');
    mine = join(dir.path, 'home');
    await mkdir(join(mine, 'sub'), { recursive: true });
    await writeFile(join(mine, 'mine.txt'), 'hello');
    await writeFile(join(mine, 'sub', 'a.txt'), 'a');
    await chmod(join(mine, 'mine.txt'), 0o644);
  });
  afterEach(async () => { await dir.remove(); });

  it('is told from a missing, an empty and a kiosk folder', async () => {
    expect(await dataFolderKind(mine)).toBe('other');
    expect(await dataFolderKind(join(dir.path, 'nothing'))).toBe('missing');
    await mkdir(join(dir.path, 'empty'));
    expect(await dataFolderKind(join(dir.path, 'empty'))).toBe('empty');
    const kiosk = join(dir.path, 'kiosk');
    await mkdir(kiosk);
    await writeFile(join(kiosk, 'settings.json.1'), '{}'); // a store's last good copy alone still says whose folder it is
    expect(await dataFolderKind(kiosk)).toBe('kiosk');
  });

  const commands: [string, string[]][] = [
    ['search', ['search', 'ราคากลาง']],
    ['report', ['report', '--month', '2026-11', '--format', 'json']],
    ['verify', ['verify']],
    ['staff create-admin', ['staff', 'create-admin', '--name', 'ผู้ดูแล']],
    ['import --new-folder', ['import', 'x.csv', '--new-folder']],
  ];
  for (const [name, args] of commands) {
    it(`${name}: refused in Thai and English, exit 2, and nothing in the folder is added or changed`, async () => {
      const before = (await readdir(mine, { recursive: true })).sort();
      const printed: string[] = [];
      expect(await runCli([...args, '--data', mine], (l) => printed.push(l))).toBe(2);
      const text = printed.join('\n');
      expect(text).toContain(`โฟลเดอร์ ${mine} มีไฟล์อื่นอยู่และไม่ใช่โฟลเดอร์ข้อมูลของตู้`);
      expect(text).toContain(`${mine} holds other files and no kiosk data`);
      expect((await readdir(mine, { recursive: true })).sort()).toEqual(before);
      expect((await stat(join(mine, 'mine.txt'))).mode & 0o777).toBe(0o644);
      expect(existsSync(join(mine, 'settings.json'))).toBe(false);
    });
  }

  it('the web mode refuses to start on it, in Thai and English, before writing its log or lock there', async () => {
    const renderer = join(dir.path, 'renderer');
    await mkdir(renderer);
    await writeFile(join(renderer, 'index.html'), '<!doctype html>');
    const before = (await readdir(mine, { recursive: true })).sort();
    const refused = await serve(['--data', mine, '--port', '5999', '--renderer', renderer]).then(() => undefined, (error: unknown) => error as Error & { messageTh?: string });
    expect(refused?.message).toContain(`${mine} holds other files and no kiosk data`);
    expect(refused?.messageTh).toContain('ไม่ใช่โฟลเดอร์ข้อมูลของตู้');
    expect((await readdir(mine, { recursive: true })).sort()).toEqual(before);
  });
});
