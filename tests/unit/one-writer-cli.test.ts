import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentCard } from '../../electron/contract/catalogue';
import type { CatalogueDocument } from '../../electron/contract/schemas';
import type { AuditRecord, LoginAnswer, StaffStatus } from '../../electron/contract/staff';
import { catalogueRows, toCsv } from '../fixtures/import/build';
import { ADMIN_PIN, writeSmallCatalogue } from './staff-fixtures';
import { catalogueStoreBytes, storedCatalogue, tempDir } from './support';
import { must, startServer, type Server } from './web-mode-process';

/*
 * Issue 11, "one writer per data folder": the admin CLI beside a running kiosk, two CLIs at once,
 * a kiosk killed with SIGKILL, and the rotated copies after several CLI runs. Everything runs as
 * real processes on a real folder: the web mode (`electron/web/serve.ts`) and the CLI
 * (`electron/cli/main.ts`), as a staff member would start them.
 */
/** One CLI run as a staff member types it; `stdin` answers its prompts (a PIN twice). */
const cliWith = (stdin: string, ...args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
  const child = execFile(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { env: { ...process.env, NODE_ENV: 'production' } },
    (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  child.stdin!.end(stdin);
});
const cli = (...args: string[]) => cliWith('', ...args);

const trail = async (dir: string) =>
  (await readFile(join(dir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

/** A CSV of `n` new documents whose ids start with `prefix`. */
async function importFile(dir: string, prefix: string, n: number): Promise<{ path: string; ids: string[] }> {
  const rows = catalogueRows(n).map((r, i) => ({ ...r, id: `${prefix}-${i + 1}`, file: '' }));
  const path = join(dir, `${prefix}.csv`);
  await writeFile(path, toCsv(rows));
  return { path, ids: rows.map((r) => r.id) };
}

// Real processes: each CLI run starts tsx (about 2 s on a quiet machine, far more under load).
describe('one writer per data folder', { timeout: 240_000 }, () => {
  let data: Awaited<ReturnType<typeof tempDir>>;
  let work: Awaited<ReturnType<typeof tempDir>>;
  let renderer: Awaited<ReturnType<typeof tempDir>>;
  let server: Server | undefined;
  beforeAll(async () => {
    renderer = await tempDir('kiosk-one-writer-renderer-');
    await writeFile(join(renderer.path, 'index.html'), '<!doctype html><title>kiosk</title>');
    work = await tempDir('kiosk-one-writer-files-');
  });
  afterEach(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) { server.child.kill('SIGKILL'); await server.exited; }
    server?.agent.destroy();
    server = undefined;
    await data?.remove();
  });
  afterAll(async () => { await renderer.remove(); await work.remove(); });

  it('a CLI import beside the running web mode goes through it: visible at once, audited once, kept by the next staff save', async () => {
    data = await tempDir('kiosk-one-writer-');
    await writeSmallCatalogue(data.path);
    server = await startServer(data.path, renderer.path, 5610);
    // The first administrator is made with the CLI beside the running kiosk: it goes through the kiosk, which knows of it at once.
    const made = await cliWith(`${ADMIN_PIN}\n${ADMIN_PIN}\n`, 'staff', 'create-admin', '--name', 'สมชาย ใจดี', '--data', data.path);
    expect(made.code, made.stdout + made.stderr).toBe(0);
    const status = await must<StaffStatus>(server, 'staff.status', {});
    expect(status.choices).toHaveLength(1);
    const admin = await must<LoginAnswer>(server, 'staff.login', { choice: status.choices[0]!.ref, pin: ADMIN_PIN });
    const file = await importFile(work.path, 'cli', 3);
    // A temp file of a save the kiosk has in flight: no CLI run may take it away.
    const liveTemp = join(data.path, '.catalogue.json.0123456789ab.tmp');
    await writeFile(liveTemp, '{"in":"flight"}');

    const imported = await cli('import', file.path, '--data', data.path);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/Running through the running kiosk \(pid \d+/);

    // The kiosk sees it without a restart.
    const listed = await must<{ items: DocumentCard[] }>(server, 'catalogue.list', { limit: 100 });
    expect(listed.items.map((d) => d.id)).toEqual(expect.arrayContaining(file.ids));
    // A staff save in the kiosk afterwards keeps it on disk.
    const saved = await must<CatalogueDocument>(server, 'documents.save', { title: { th: 'ประกาศหลังนำเข้า' }, category: 'other', published: '2026-12-04' }, admin.token);
    const onDisk = await storedCatalogue(data.path);
    expect(onDisk.documents.map((d) => d.id)).toEqual(expect.arrayContaining([...file.ids, saved.id]));
    // One audit entry for the import, from the CLI, and one chain.
    const entries = await trail(data.path);
    expect(entries.filter((e) => e.method === 'import.apply').map((e) => e.transport)).toEqual(['cli']);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(entries.length);
    const verified = await cli('verify', '--data', data.path);
    expect(verified.stdout).toMatch(/Result: sound/);
    expect((await cli('search', 'ประกาศ', '--data', data.path, '--json')).code).toBe(0);
    expect(await readFile(liveTemp, 'utf8')).toBe('{"in":"flight"}');
    // Restore is refused while the kiosk runs, naming it.
    const restore = await cli('restore', join(work.path, 'none.zip'), '--data', data.path);
    expect(restore.code).toBe(1);
    expect(restore.stdout).toMatch(/Stop the kiosk first/);
  });

  it('two CLI imports at once: the second waits for the first, both land, the chain holds', async () => {
    data = await tempDir('kiosk-one-writer-');
    await writeSmallCatalogue(data.path);
    const a = await importFile(work.path, 'alpha', 50);
    const b = await importFile(work.path, 'beta', 50);
    const [first, second] = await Promise.all([cli('import', a.path, '--data', data.path), cli('import', b.path, '--data', data.path)]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const onDisk = await storedCatalogue(data.path);
    expect(onDisk.documents.map((d) => d.id)).toEqual(expect.arrayContaining([...a.ids, ...b.ids]));
    expect((await trail(data.path)).filter((e) => e.method === 'import.apply')).toHaveLength(2);
    expect((await cli('verify', '--data', data.path)).stdout).toMatch(/Result: sound/);
  });

  it('after a SIGKILL of the kiosk the CLI takes the folder over at once and works on its own', async () => {
    data = await tempDir('kiosk-one-writer-');
    await writeSmallCatalogue(data.path);
    server = await startServer(data.path, renderer.path, 5620);
    server.child.kill('SIGKILL');
    await server.exited;
    const file = await importFile(work.path, 'after-kill', 2);
    const imported = await cli('import', file.path, '--data', data.path);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stderr).not.toMatch(/Running through/);
    // The CLI waits 5 s at most and a lock goes stale by age only after 30 s: landing proves the dead pid was noticed.
    const onDisk = await storedCatalogue(data.path);
    expect(onDisk.documents.map((d) => d.id)).toEqual(expect.arrayContaining(file.ids));
  });

  it('five changing CLI runs append to the catalogue log without copying it; read-only runs write nothing to it', async () => {
    data = await tempDir('kiosk-one-writer-');
    await writeSmallCatalogue(data.path);
    for (let i = 0; i < 5; i++) {
      const file = await importFile(work.path, `run${i}`, 1);
      const imported = await cli('import', file.path, '--data', data.path);
      expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    }
    // Converted once from catalogue.json (kept), then one generation and its log: no whole copy per run.
    expect([...(await catalogueStoreBytes(data.path)).keys()]).toEqual(['CURRENT', 'gen-1.bodies', 'gen-1.items', 'log-1.units']);
    expect((await readdir(data.path)).filter((f) => f.startsWith('catalogue.json'))).toEqual(['catalogue.json.migrated']);
    expect((await storedCatalogue(data.path)).documents).toHaveLength(2 + 5);
    const before = await catalogueStoreBytes(data.path);
    for (let i = 0; i < 3; i++) expect((await cli('search', 'ประกาศ', '--data', data.path, '--json')).code).toBe(0);
    expect(await catalogueStoreBytes(data.path)).toEqual(before);
    expect((await readdir(data.path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
