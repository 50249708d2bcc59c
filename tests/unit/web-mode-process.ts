import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';

/** The real web mode (`electron/web/serve.ts`) as a child process, and calls to its HTTP API. */
const LAST_PORT = 5699;

export interface Answer { ok: boolean; value?: unknown; error?: { code: string; message: string } }

/** One POST /api/<method>; each server gets its own keep-alive agent (a killed one leaves only dead sockets behind). */
export function post(agent: Agent, port: number, method: string, body: unknown, token?: string): Promise<Answer> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': payload.length, ...(token ? { 'x-kiosk-session': token } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer); } catch (error) { reject(error as Error); }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export async function must<T>(server: Server, method: string, body: unknown, token?: string): Promise<T> {
  const answer = await post(server.agent, server.port, method, body, token);
  if (!answer.ok) throw new Error(`${method} refused: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

export interface Server { child: ChildProcess; port: number; agent: Agent; exited: Promise<void>; startMs: number }

/** Starts the real web mode; a port in use (another run, another test) moves on to the next. */
export async function startServer(dataDir: string, rendererDir: string, firstPort: number, env: Record<string, string> = {}): Promise<Server> {
  for (let port = firstPort; port <= LAST_PORT; port++) {
    const began = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/serve.ts', '--data', dataDir, '--port', String(port), '--renderer', rendererDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production', ...env },
    });
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const outcome = await new Promise<'up' | 'port-taken'>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`server did not start in 60 s:\n${output}`)); }, 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(`Kiosk: http://127.0.0.1:${port}/`)) { clearTimeout(timer); resolve('up'); }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        if (/EADDRINUSE/.test(output)) resolve('port-taken');
        else reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
    if (outcome === 'up') return { child, port, agent: new Agent({ keepAlive: true, maxSockets: 32 }), exited, startMs: performance.now() - began };
  }
  throw new Error(`no free port in ${firstPort}-${LAST_PORT}`);
}

