import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { tempDir } from './support';

/**
 * Outside tester: `report … --data /tmp/typo` made a new data folder with the sample and printed an
 * all-zero official report, exit 0. A command that only reads refuses a folder that is not there.
 */
describe('a CLI command given a data folder that does not exist', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let typo = '';
  beforeEach(async () => { dir = await tempDir('cli-missing-'); typo = join(dir.path, 'typo'); });
  afterEach(async () => { await dir.remove(); });

  const readers: [string, string[]][] = [
    ['report', ['report', '--month', '2026-12', '--format', 'csv', '--out', 'OUT']],
    ['export', ['export', '--format', 'json', '--out', 'OUT']],
    ['search', ['search', 'ประกาศ']],
    ['register list', ['register', 'list', '--kind', 'request']],
    ['register due', ['register', 'due', '--from', '2026-12-01', '--days', '15']],
    ['holidays list', ['holidays', 'list', '--year', '2027']],
    ['staff list', ['staff', 'list']],
    // Outside tester: verify said the folder did not exist but exited 1, its "damage found" code.
    ['verify', ['verify']],
  ];
  for (const [name, args] of readers) {
    it(`${name}: refused, exit 2, in Thai and English, and no folder is made`, async () => {
      const out = join(dir.path, 'out.file');
      const printed: string[] = [];
      const code = await runCli([...args.map((a) => (a === 'OUT' ? out : a)), '--data', typo], (l) => printed.push(l));
      expect(code).toBe(2);
      const text = printed.join('\n');
      expect(text).toContain(`ไม่พบโฟลเดอร์ข้อมูล ${typo}`);
      expect(text).toContain(`The data folder ${typo} does not exist`);
      expect(existsSync(typo)).toBe(false);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('verify --json: exit 2, its JSON naming the missing folder (scripts read it)', async () => {
    const printed: string[] = [];
    const code = await runCli(['verify', '--json', '--data', typo], (l) => printed.push(l));
    expect(code).toBe(2);
    const report = JSON.parse(printed.join('\n')) as { sound: boolean; problems: { file: string; problem: string }[] };
    expect(report.sound).toBe(false);
    expect(report.problems).toEqual([{ file: typo, problem: 'the data folder does not exist' }]);
    expect(existsSync(typo)).toBe(false);
  });

  it('import into a folder that does not exist is refused unless --new-folder asks for one (trial, helper-55: a typo forked the catalogue, exit 0)', async () => {
    const csv = join(dir.path, 'one.csv');
    await writeFile(csv, 'id,title_th,category,published\ndoc-1,ประกาศทดสอบ,s9-8,2026-10-15\n');
    for (const args of [['import', csv], ['holidays', 'import', csv], ['register', 'erase-personal']]) {
      const refused: string[] = [];
      expect(await runCli([...args, '--data', typo], (l) => refused.push(l)), args.join(' ')).toBe(2);
      expect(refused.join('\n')).toContain(`ไม่พบโฟลเดอร์ข้อมูล ${typo}`);
      expect(refused.join('\n')).toContain('--new-folder');
      expect(existsSync(typo)).toBe(false);
    }
    const printed: string[] = [];
    const code = await runCli(['import', csv, '--new-folder', '--data', typo], (l) => printed.push(l));
    expect(printed.join('\n')).toContain(`สร้างโฟลเดอร์ข้อมูลใหม่ที่ ${typo}`);
    expect(printed.join('\n')).toContain(`Created a new data folder at ${typo}`);
    expect(code).toBe(0);
    expect(existsSync(typo)).toBe(true);
    // Into a folder that exists: no flag needed, no such line.
    const again: string[] = [];
    expect(await runCli(['import', csv, '--data', typo], (l) => again.push(l))).toBe(0);
    expect(again.join('\n')).not.toContain('Created a new data folder');
  }, 60_000);
});
