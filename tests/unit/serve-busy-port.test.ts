import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve } from '../../electron/web/serve';
import { tempDir } from './support';

/** Outside tester (helper-69): the web mode on a busy port said "listen EADDRINUSE" and left its lock and channel socket in the folder. */
describe('the web mode started on a port another program holds', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => { dir = await tempDir('busy-port-'); });
  afterEach(async () => { await dir.remove(); });

  it('says so in Thai and English, and leaves no lock or channel socket behind: the next start can take the folder', async () => {
    const renderer = join(dir.path, 'renderer');
    await mkdir(renderer);
    await writeFile(join(renderer, 'index.html'), '<!doctype html>');
    const data = join(dir.path, 'data');
    const other = createServer();
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
    const port = (other.address() as { port: number }).port;
    try {
      const refused = await serve(['--data', data, '--port', String(port), '--renderer', renderer]).then(() => undefined, (error: unknown) => error as Error & { messageTh?: string });
      expect(refused?.message).toBe(`Port ${port} is in use by another program: stop it, or choose another port with --port`);
      expect(refused?.messageTh).toContain(`พอร์ต ${port} มีโปรแกรมอื่นใช้อยู่`);
      expect(existsSync(join(data, '.writer.json'))).toBe(false);
      expect(existsSync(join(data, '.kiosk.sock'))).toBe(false);
    } finally {
      await new Promise((ok) => other.close(ok));
    }
    // The folder is free: a start on a free port takes it and stops cleanly.
    const started = await serve(['--data', data, '--port', String(port), '--renderer', renderer]);
    await started.stop();
  }, 30_000);
});
