import { mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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
      const missing = await failureOf(['import', join(dir.path, 'nothing.csv'), '--new-folder', '--data', data]);
      expect(missing).toMatch(/^ไม่พบไฟล์หรือโฟลเดอร์ .*nothing\.csv \/ No such file or folder: .*nothing\.csv$/);
      const folder = await failureOf(['import', join(dir.path, 'a-folder'), '--new-folder', '--data', data]);
      expect(folder).toMatch(/a-folder เป็นโฟลเดอร์ ไม่ใช่ไฟล์ \/ .*a-folder is a folder, not a file$/);
      // A device is no folder (helper-57: /dev/null was called one).
      if (existsSync('/dev/null')) expect(await failureOf(['import', '/dev/null', '--new-folder', '--data', data])).toMatch(/^\/dev\/null ไม่ใช่ไฟล์ข้อมูล .* \/ \/dev\/null is not an ordinary file/);
      const notAFolder = await failureOf(['search', 'x', '--data', join(dir.path, 'plain-file')]);
      expect(notAFolder).toMatch(/plain-file ไม่ใช่โฟลเดอร์ \/ .*plain-file is not a folder$/);
    } finally { await dir.remove(); }
  });
});

describe('a CLI command whose output file cannot be written says which file', () => {
  // /dev/full answers every write with ENOSPC, and Node's error from a write names no path: staff
  // read "The disk is full:  could not be written" (helper-less trial on a full tmpfs, 7 Dec 2026).
  // Through a link in the test's folder: a regression that renamed over the target replaces the link, not this machine's /dev/full.
  it.runIf(existsSync('/dev/full'))('names the --out file of a report and of an export on a full disk, and leaves the device as it was', async () => {
    const dir = await tempDir('cli-out-full-');
    try {
      const data = join(dir.path, 'data');
      await mkdir(data); // read-only commands refuse a folder that is not there
      const full = join(dir.path, 'full');
      symlinkSync('/dev/full', full);
      const report = await failureOf(['report', '--month', '2026-11', '--format', 'csv', '--out', full, '--data', data]);
      expect(report).toBe(`พื้นที่ดิสก์เต็ม บันทึก ${full} ไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ / The disk is full: ${full} could not be written; earlier data is intact`);
      const exported = await failureOf(['export', '--format', 'json', '--out', full, '--data', data]);
      expect(exported).toContain(`The disk is full: ${full} could not be written`);
      expect(statSync(full).isCharacterDevice()).toBe(true);
    } finally { await dir.remove(); }
  });

  it('words a failure that names no file without an empty gap', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    expect(describeFailure(error)).toBe('พื้นที่ดิสก์เต็ม บันทึกไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ / The disk is full: a file could not be written; earlier data is intact');
  });
});

describe('a backup onto something that is not a file', () => {
  // The archive is written beside --out and renamed over it: `--out /dev/full` replaced the device
  // with a regular file and said "Backed up 115 files" (trial of 7 Dec 2026). A FIFO stands in for
  // the device here, so a regression replaces nothing outside the test's folder.
  it.runIf(process.platform !== 'win32')('is refused in Thai and English and leaves it in place', async () => {
    const dir = await tempDir('cli-backup-device-');
    try {
      const data = join(dir.path, 'data');
      const fifo = join(dir.path, 'pipe');
      execFileSync('mkfifo', [fifo]);
      await mkdir(data);
      await runCli(['search', 'x', '--data', data], () => {}); // a data folder with its catalogue
      const said: string[] = [];
      const code = await runCli(['backup', '--data', data, '--out', fifo], (line) => said.push(line));
      expect(said.join('\n')).toBe(`${fifo} ไม่ใช่ไฟล์ธรรมดา ระบุชื่อไฟล์ .zip ที่จะสร้าง / ${fifo} is not a regular file: name the .zip file to write`);
      expect(code).toBe(1);
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(existsSync(`${fifo}.partial`)).toBe(false);
    } finally { await dir.remove(); }
  });
});

describe('a backup --out through links and missing folders (outside trial, helper-46)', () => {
  it.runIf(process.platform !== 'win32')('refuses a link into the data folder, follows a link to an archive elsewhere, and names a missing folder', async () => {
    const dir = await tempDir('cli-backup-links-');
    try {
      const data = join(dir.path, 'data');
      await mkdir(data);
      await runCli(['search', 'x', '--data', data], () => {});
      // A link to the data folder: the archive would land inside it, and every later backup would carry it.
      symlinkSync(data, join(dir.path, 'data-link'));
      const inside: string[] = [];
      expect(await runCli(['backup', '--data', data, '--out', join(dir.path, 'data-link', 'sneaky.zip')], (l) => inside.push(l))).toBe(1);
      expect(inside.join('\n')).toContain('The backup file may not be written inside the data folder');
      expect(existsSync(join(data, 'sneaky.zip'))).toBe(false);
      // A link to an archive on another disk: the archive goes there, and the link stays a link.
      const target = join(dir.path, 'usb-latest.zip');
      writeFileSync(target, 'old');
      symlinkSync(target, join(dir.path, 'latest.zip'));
      expect(await runCli(['backup', '--data', data, '--out', join(dir.path, 'latest.zip')], () => {})).toBe(0);
      expect(lstatSync(join(dir.path, 'latest.zip')).isSymbolicLink()).toBe(true);
      expect(statSync(target).size).toBeGreaterThan(1000);
      // A missing folder is named, not the partial file inside it.
      expect(await failureOf(['backup', '--data', data, '--out', join(dir.path, 'nope', 'x.zip')])).toContain(`No such file or folder: ${join(dir.path, 'nope')}`);
    } finally { await dir.remove(); }
  });
});

describe('a CLI refusal that reaches the process\'s last word (helper-69: English only)', () => {
  it('says a KioskError in Thai and English, and an unknown option in both', async () => {
    const dir = await tempDir('cli-errors-');
    try {
      const txt = join(dir.path, 'x.txt');
      await writeFile(txt, 'hello');
      const unsupported = await failureOf(['import', txt, '--new-folder', '--data', join(dir.path, 'data')]);
      expect(unsupported).toBe('รับเฉพาะไฟล์ .csv .xlsx .json หรือ .zip (ที่มีตารางหนึ่งไฟล์และไฟล์ PDF) / Only .csv, .xlsx, .json or .zip (one table plus PDFs) files can be imported');
      const option = await failureOf(['search', 'x', '--limt', '3', '--data', join(dir.path, 'data')]);
      expect(option).toBe('ไม่รู้จักตัวเลือก --limt (ดูตัวเลือกที่ใช้ได้ด้วย --help) / Unknown option --limt (see --help for the options)');
    } finally { await dir.remove(); }
  });

  it('names an unknown command before the usage (helper-69: the usage alone, nothing said of what was wrong)', async () => {
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => { written.push(String(chunk)); return true; }) as typeof process.stderr.write;
    try {
      expect(await runCli(['frobnicate'], () => {})).toBe(2);
    } finally { process.stderr.write = write; }
    expect(written.join('')).toMatch(/^ไม่รู้จักคำสั่ง frobnicate \/ Unknown command: frobnicate\n\nUsage:/);
  });
});
