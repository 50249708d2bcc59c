/**
 * `npm run serve` stopped the way a service manager or npm stops it: SIGTERM to the process npm
 * started (the shell running the script). The web mode must stop and let go of the data folder,
 * not live on as an orphan still answering and still holding the folder (trial, helper-32: the
 * script's shell died and tsx with the server behind it went on).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveOwner } from '../../electron/services/store/folderLock';
import { tempDir } from './support';

const FIRST_PORT = 5720;

/** The part of the serve script that runs the server (after building the renderer). */
async function serverCommand(): Promise<string> {
  const scripts = (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const serve = scripts.serve as string;
  return serve.slice(serve.lastIndexOf('&&') + 2).trim();
}

const answers = (port: number) => new Promise<boolean>((resolve) => {
  const socket = createConnection({ host: '127.0.0.1', port });
  socket.once('connect', () => { socket.destroy(); resolve(true); });
  socket.once('error', () => resolve(false));
});

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return true;
  return check();
}

describe('npm run serve, stopped with SIGTERM', () => {
  it('stops the server and lets go of the data folder', async () => {
    const data = await tempDir('kiosk-serve-stop-');
    const renderer = await tempDir('kiosk-serve-stop-renderer-');
    await writeFile(join(renderer.path, 'index.html'), '<!doctype html><title>kiosk</title>');
    let port = FIRST_PORT;
    while (await answers(port)) port++;
    // As npm runs a script: `sh -c "<script> <arguments>"`, in its own process group here so
    // that whatever is left can be cleaned up.
    const shell = spawn('sh', ['-c', `${await serverCommand()} --data ${data.path} --port ${port} --renderer ${renderer.path}`], {
      detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' },
    });
    try {
      let output = '';
      const up = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 60_000);
        const read = (chunk: Buffer) => { output += chunk.toString(); if (output.includes('Kiosk:')) { clearTimeout(timer); resolve(true); } };
        shell.stdout.on('data', read);
        shell.stderr.on('data', read);
      });
      expect(up, output).toBe(true);
      expect((await liveOwner(data.path))?.role).toBe('kiosk');

      shell.kill('SIGTERM');
      expect(await until(async () => !(await answers(port)), 10_000), 'the server still answers').toBe(true);
      expect(await until(async () => (await liveOwner(data.path)) === undefined, 10_000), 'the folder is still held').toBe(true);
    } finally {
      try { process.kill(-(shell.pid as number), 'SIGKILL'); } catch { /* already gone */ }
      await data.remove();
      await renderer.remove();
    }
  }, 90_000);
});
