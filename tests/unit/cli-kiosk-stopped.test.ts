import { createServer, type Server } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { holdFolder, type FolderHold } from '../../electron/services/store/folderLock';
import { silentLog } from '../../electron/services/runtime';
import { tempDir } from './support';

/**
 * Outside tester: the kiosk died while a CLI import went through it, and the CLI printed
 * "Error: socket hang up" (exit 2). It says instead, in Thai and English, that the kiosk stopped
 * before answering, that an import is all rows or none, and how to check; still exit 2.
 */
describe('a CLI command whose kiosk stops before answering', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let hold: FolderHold;
  let server: Server;
  beforeEach(async () => {
    dir = await tempDir('cli-stopped-');
    // A "kiosk" holding the folder whose channel takes the call and then dies without an answer.
    const socket = join(dir.path, 'channel.sock');
    server = createServer((request) => { request.resume(); request.on('end', () => request.socket.destroy()); });
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    const data = join(dir.path, 'data');
    hold = await holdFolder(data, { role: 'kiosk', waitMs: 1000, log: silentLog });
    await hold.announce({ path: socket, secret: 'test-secret' });
  });
  afterEach(async () => {
    await hold.release();
    await new Promise((resolve) => server.close(resolve));
    await dir.remove();
  });

  it('import: says the kiosk stopped before answering, that an import is all rows or none, and to check with search or verify; exit 2', async () => {
    const csv = join(dir.path, 'one.csv');
    await writeFile(csv, 'id,title_th,category,published\ndoc-1,ประกาศทดสอบ,s9-8,2026-10-15\n');
    const printed: string[] = [];
    const code = await runCli(['import', csv, '--data', join(dir.path, 'data')], (l) => printed.push(l));
    expect(code).toBe(2);
    const text = printed.join('\n');
    expect(text).not.toContain('socket hang up');
    expect(text).toContain('ตู้คีออสก์หยุดทำงานก่อนตอบ');
    expect(text).toContain('The kiosk stopped before it answered');
    expect(text).toContain('ทั้งหมดหรือไม่นำเข้าเลย');
    expect(text).toContain('all rows or none');
    expect(text).toContain('search');
    expect(text).toContain('verify');
  });
});
