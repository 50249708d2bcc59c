import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { bootKiosk } from '../../electron/boot';
import { contract } from '../../electron/contract/index';
import { createWebServer } from '../../electron/web/server';
import { createAdminOnMachine, signIn } from './staff-fixtures';
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

/**
 * Sends the headers and only the first chunk of a body that claims (or streams towards) `totalBytes`,
 * and resolves with the answer if the server answers before the rest is sent: a server that reads
 * the whole body first never answers, and the test times out.
 */
function answerBeforeBody(port: number, options: { path: string; headers: Record<string, string>; firstChunk: string; declareLength?: number }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers = { ...options.headers, ...(options.declareLength === undefined ? {} : { 'Content-Length': String(options.declareLength) }) };
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: options.path, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, body }); req.destroy(); });
    });
    req.on('error', (error: NodeJS.ErrnoException) => { if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error); });
    req.write(options.firstChunk);
  });
}

describe('budgets before work (issue 12)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let server: Server;
  let port: number;
  let adminToken = '';
  const own = (extra: Record<string, string> = {}) => ({ Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', ...extra });

  beforeAll(async () => {
    dir = await tempDir();
    const renderer = join(dir.path, 'renderer');
    await mkdir(renderer);
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
    const kiosk = await bootKiosk({ dataDir: join(dir.path, 'data'), clock: fixedClock('2026-11-21T03:00:00Z') });
    const { services, dispatch, resolveSession } = kiosk;
    // The first administrator is made on the machine (issue 12), then signs in.
    const { id } = await createAdminOnMachine(kiosk, 'ผู้ดูแล', '13579246');
    adminToken = (await signIn(kiosk, id, '13579246')).token;
    const probe = createWebServer({ dispatch, rendererDir: renderer, port: 0, readPdf: (sha) => services.catalogue.publicPdf(sha) });
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    server = createWebServer({ dispatch, rendererDir: renderer, port, readPdf: (sha) => services.catalogue.publicPdf(sha), resolveSession });
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  });
  afterAll(async () => { server.close(); await dir.remove(); });

  it('declares a body limit for every method: a few KB for citizens, large only for staff uploads', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(spec.maxBodyBytes, name).toBeGreaterThan(0);
      if (spec.role === 'public') expect(spec.maxBodyBytes, name).toBeLessThanOrEqual(16 * 1024);
      if (spec.maxBodyBytes > 4 * 1024 * 1024) expect(spec.role, `${name} takes a large body`).not.toBe('public');
    }
    expect(contract['import.apply'].maxBodyBytes).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });

  it('refuses a public body over its method\'s limit from Content-Length, before reading it (the 78 MB nested-[ freeze)', { timeout: 15_000 }, async () => {
    const res = await answerBeforeBody(port, { path: '/api/search.query', headers: own(), firstChunk: '['.repeat(64 * 1024), declareLength: 78 * 1024 * 1024 });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.messageTh).toBeTruthy();
  });

  it('refuses a streamed (chunked) public body as soon as it passes the limit', { timeout: 15_000 }, async () => {
    const res = await answerBeforeBody(port, { path: '/api/stats.record', headers: own({ 'Transfer-Encoding': 'chunked' }), firstChunk: '['.repeat(256 * 1024) });
    expect(res.status).toBe(413);
  });

  it('checks the role from the session header before the body: a citizen learns nothing of an admin method\'s schema', { timeout: 15_000 }, async () => {
    const res = await answerBeforeBody(port, { path: '/api/import.apply', headers: own(), firstChunk: '{"fileName":', declareLength: 60 * 1024 * 1024 });
    expect(res.status).toBe(403);
    const small = await send(port, { path: '/api/staff.createAccount', headers: own(), body: JSON.stringify({ name: 42 }) });
    expect(small.status).toBe(403);
    expect(small.body).not.toMatch(/name|pin|role|expected/i);
  });

  it('refuses JSON nested deeper than any schema needs, before parsing it, even for staff', async () => {
    const deep = await send(port, { path: '/api/search.query', headers: own(), body: '['.repeat(4000) + ']'.repeat(4000) });
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body).error.message).toMatch(/nest/i);
    const staffDeep = await send(port, { path: '/api/import.preview', headers: own({ 'x-kiosk-session': adminToken }), body: `{"fileName":"a.csv","base64":${'['.repeat(200_000)}` });
    expect(staffDeep.status).toBe(400);
    expect(JSON.parse(staffDeep.body).error.message).toMatch(/nest/i);
    // Brackets inside strings are text, not depth.
    const inString = await send(port, { path: '/api/search.query', headers: own(), body: JSON.stringify({ q: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' }) });
    expect(inString.status).toBe(200);
  });

  it('answers a malformed method name in the URL with 400, not 500', async () => {
    const res = await send(port, { path: '/api/%E0%A4%A', headers: own(), body: '{}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('bad_input');
  });

  it('accepts only application/json (with parameters), not look-alikes such as application/jsonp', async () => {
    for (const type of ['application/jsonp', 'application/json-seq', 'application/jsonx; charset=utf-8', 'text/json']) {
      const res = await send(port, { path: '/api/catalogue.overview', headers: own({ 'Content-Type': type }), body: '{}' });
      expect(res.status, type).toBe(415);
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      const res = await send(port, { path: '/api/catalogue.overview', headers: own({ 'Content-Type': type }), body: '{}' });
      expect(res.status, type).toBe(200);
    }
  });

  it('answers 429 with a Thai message when the public writes faster than a person at the screen could', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const visitId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const res = await send(port, { path: '/api/stats.visitStart', headers: own(), body: JSON.stringify({ visitId, language: 'th' }) });
      statuses.push(res.status);
      if (res.status === 429) expect(JSON.parse(res.body).error).toMatchObject({ code: 'rate_limited', messageTh: expect.stringMatching(/[ก-๙]/) });
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(37);
    const search = await send(port, { path: '/api/search.query', headers: own(), body: JSON.stringify({ q: 'ประกัน' }) });
    expect(search.status).toBe(200); // citizens' reads are not part of the write budget
  });

  it('still takes a staff import body far larger than a citizen\'s limit', async () => {
    const csv = Buffer.from('id,title_th\n' + 'x'.repeat(200_000)).toString('base64');
    const res = await send(port, { path: '/api/import.preview', headers: own({ 'x-kiosk-session': adminToken }), body: JSON.stringify({ fileName: 'a.csv', base64: csv }) });
    expect(res.status).not.toBe(413);
    expect(res.status).not.toBe(403);
  });
});
