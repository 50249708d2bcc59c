import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { bootKiosk } from '../../electron/boot';
import { createWebServer } from '../../electron/web/server';
import { tempDir, fixedClock } from './support';

/** Raw HTTP so the test controls Host and Origin exactly, as an attacker would. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('the web mode', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let server: Server;
  let port: number;
  const own = () => ({ Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' });

  beforeAll(async () => {
    dir = await tempDir();
    const renderer = join(dir.path, 'renderer');
    await mkdir(renderer);
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
    const { services, dispatch } = await bootKiosk({ dataDir: join(dir.path, 'data'), clock: fixedClock('2026-11-21T03:00:00Z') });
    server = createWebServer({ dispatch, rendererDir: renderer, port: 0, readPdf: (sha) => services.catalogue.publicPdf(sha) });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
    // The guard compares against the port the server was told; rebuild with the real one.
    server.close();
    server = createWebServer({ dispatch, rendererDir: renderer, port, readPdf: (sha) => services.catalogue.publicPdf(sha) });
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  });
  afterAll(async () => { server.close(); await dir.remove(); });

  it('answers a valid call from its own origin', async () => {
    const res = await send(port, { path: '/api/catalogue.overview', headers: { ...own(), Origin: `http://127.0.0.1:${port}` }, body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { documentCount: 0 } });
  });

  it('refuses a foreign Origin (another web page) and a foreign Host (DNS rebinding)', async () => {
    const origin = await send(port, { path: '/api/catalogue.overview', headers: { ...own(), Origin: 'http://evil.example' }, body: '{}' });
    expect(origin.status).toBe(403);
    expect(JSON.parse(origin.body).error.code).toBe('forbidden');
    const host = await send(port, { path: '/api/catalogue.overview', headers: { ...own(), Host: `evil.example:${port}` }, body: '{}' });
    expect(host.status).toBe(403);
    const page = await send(port, { method: 'GET', path: '/', headers: { Host: `attacker.test:${port}` } });
    expect(page.status).toBe(403);
  });

  it('answers 400 with the schema message for a malformed body, and stays up', async () => {
    const broken = await send(port, { path: '/api/catalogue.get', headers: own(), body: '{"id": ' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.messageTh).toBeTruthy();
    const wrongType = await send(port, { path: '/api/catalogue.get', headers: own(), body: JSON.stringify({ id: 42 }) });
    expect(wrongType.status).toBe(400);
    expect(JSON.parse(wrongType.body).error.message).toMatch(/id/);
    const after = await send(port, { path: '/api/catalogue.overview', headers: own(), body: '{}' });
    expect(after.status).toBe(200);
  });

  it('refuses a non-JSON content type (no simple cross-site form posts)', async () => {
    const res = await send(port, { path: '/api/catalogue.overview', headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(415);
  });

  it('serves the renderer with a strict CSP and refuses file ids that are not hashes', async () => {
    const page = await send(port, { method: 'GET', path: '/', headers: { Host: `127.0.0.1:${port}` } });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    const traversal = await send(port, { method: 'GET', path: '/files/..%2F..%2Fcatalogue.json', headers: { Host: `127.0.0.1:${port}` } });
    expect(traversal.body).not.toContain('"documents"');
    const unknown = await send(port, { method: 'GET', path: `/files/${'a'.repeat(64)}.pdf`, headers: { Host: `127.0.0.1:${port}` } });
    expect(unknown.status).toBe(404);
  });
});
