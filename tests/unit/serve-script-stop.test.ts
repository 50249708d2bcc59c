/**
 * `npm run serve` stopped the way a service manager or npm stops it: SIGTERM to the process npm
 * started (the shell running the script). The web mode must stop and let go of the data folder,
 * not live on as an orphan still answering and still holding the folder (trial, helper-32: the
 * script's shell died and tsx with the server behind it went on), also when the stop comes while
 * it is still starting; and a server started some other way keeps running when its launcher ends
 * (review, helper-36).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

const groupAlive = (pid: number) => { try { process.kill(-pid, 0); return true; } catch { return false; } };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => { for (const clean of cleanups.splice(0)) await clean(); });

/**
 * Runs `sh -c "<command>"` as npm runs a script (its own process group here, so that whatever
 * is left is cleaned up), over a fresh data folder; `script`: the npm script's name, as npm
 * sets it for what it runs (none: started some other way).
 */
async function launch(command: (args: string) => string, script: string | undefined) {
  const data = await tempDir('kiosk-serve-stop-');
  const renderer = await tempDir('kiosk-serve-stop-renderer-');
  await writeFile(join(renderer.path, 'index.html'), '<!doctype html><title>kiosk</title>');
  let port = FIRST_PORT;
  while (await answers(port)) port++;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.npm_lifecycle_event;
  if (script) env.npm_lifecycle_event = script;
  const shell: ChildProcess = spawn('sh', ['-c', command(`--data ${data.path} --port ${port} --renderer ${renderer.path}`)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const up = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 60_000);
    const read = (chunk: Buffer) => { output += chunk.toString(); if (output.includes('Kiosk:')) { clearTimeout(timer); resolve(true); } };
    shell.stdout?.on('data', read);
    shell.stderr?.on('data', read);
  });
  cleanups.push(async () => {
    try { process.kill(-(shell.pid as number), 'SIGKILL'); } catch { /* already gone */ }
    await data.remove();
    await renderer.remove();
  });
  return { shell, data: data.path, port, up, output: () => output };
}

describe('npm run serve, stopped with SIGTERM', () => {
  it('stops the server and lets go of the data folder', async () => {
    const command = await serverCommand();
    const run = await launch((args) => `${command} ${args}`, 'serve');
    expect(await run.up, run.output()).toBe(true);
    expect((await liveOwner(run.data))?.role).toBe('kiosk');
    run.shell.kill('SIGTERM');
    expect(await until(async () => !(await answers(run.port)), 10_000), 'the server still answers').toBe(true);
    expect(await until(async () => (await liveOwner(run.data)) === undefined, 10_000), 'the folder is still held').toBe(true);
  }, 90_000);

  it('stops it too when the stop comes while it is still starting', async () => {
    const command = await serverCommand();
    const run = await launch((args) => `${command} ${args}`, 'serve');
    await new Promise((r) => setTimeout(r, 300)); // the server's process is starting: no port yet
    run.shell.kill('SIGTERM');
    expect(await until(async () => !groupAlive(run.shell.pid as number), 30_000), `the server is still running:\n${run.output()}`).toBe(true);
    expect(await liveOwner(run.data)).toBeUndefined();
  }, 90_000);

  it('leaves a server started some other way running when what started it ends', async () => {
    const command = await serverCommand();
    // A boot script that starts the server in the background and ends.
    const run = await launch((args) => `${command} ${args} & sleep 0.2; exit 0`, undefined);
    expect(await run.up, run.output()).toBe(true);
    await new Promise((r) => setTimeout(r, 2_500)); // more than the parent check's second
    expect(await answers(run.port)).toBe(true);
    expect((await liveOwner(run.data))?.role).toBe('kiosk');
  }, 90_000);
});
