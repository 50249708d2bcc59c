import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdminOnMachine } from './admin';

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  /** Graceful stop. */
  stop(): Promise<void>;
  /** SIGKILL, as a power cut or a crash would. */
  kill(): Promise<void>;
}

let nextPort = Number(process.env.E2E_PORT ?? 5190);

/**
 * Starts the real web mode (`electron/web/serve.ts`) on a data folder, fresh unless one is given;
 * `admin` is first created on the machine with the CLI, as an installer would.
 */
export async function startServer(options: { dataDir?: string; port?: number; visitLimits?: 'off'; admin?: { name: string; pin: string } } = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'kiosk-e2e-')));
  if (options.admin) await createAdminOnMachine(dataDir, options.admin.name, options.admin.pin);
  const port = options.port ?? nextPort++;
  const limits = options.visitLimits ? ['--visit-limits', options.visitLimits] : [];
  // E2E_RENDERER_DIR: a renderer built elsewhere (`vite build --outDir DIR`), so runs side by side need not share dist/renderer.
  const renderer = process.env.E2E_RENDERER_DIR ? ['--renderer', process.env.E2E_RENDERER_DIR] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/serve.ts', '--data', dataDir, '--port', String(port), ...limits, ...renderer], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kiosk: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) { clearTimeout(timer); resolve(match[1]); }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)); });
  });
  const exited = (p: ChildProcess) => new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())));
  return {
    url, port, dataDir,
    stop: async () => { child.kill('SIGTERM'); await exited(child); },
    kill: async () => { child.kill('SIGKILL'); await exited(child); },
  };
}
