import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { appendFile, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk } from '../../electron/boot';
import type { AuditRecord } from '../../electron/contract/staff';
import { checkDataFolder } from '../../electron/services/backup/dataCheck';
import { generatedDocument, openStore, trailUpTo } from './catalogue-store-support';
import { mulberry32 } from './fuzz-payloads';
import { as, call, setUpAccounts } from './staff-fixtures';
import { fixedClock, storedCatalogue, tempDir } from './support';
import type { CatalogueDocument } from '../../electron/contract/schemas';

/*
 * Issue 18: the catalogue store (electron/services/catalogue/store/). A change costs one
 * append to the unit log, flushed before it is acknowledged; bodies live in side files; the
 * log is folded into a new generation now and then; a damaged generation is rebuilt from the
 * one before and the logs, so nothing acknowledged is lost.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261205) >>> 0;
const files = async (dir: string) => (await readdir(join(dir, 'catalogue'))).sort();
const trail = async (dir: string) => (await readFile(join(dir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

describe('the catalogue store', () => {
  it('keeps puts, deletes, services and the sample flag across a reopen; bodies stay on disk until read', async () => {
    const dir = await tempDir('kiosk-store-');
    try {
      const { store, unit } = await openStore(dir.path);
      expect(store.created).toBe(true);
      await unit((d) => { d.documents.push(generatedDocument(1), generatedDocument(2), generatedDocument(3)); });
      await unit((d) => { d.documents = d.documents.map((x) => (x.id === 'gen-000002' ? { ...x, title: { th: 'แก้ชื่อแล้ว' } } : x)); });
      await unit((d) => { d.documents = d.documents.filter((x) => x.id !== 'gen-000001'); });
      await unit((d) => {
        d.services.push({ id: 'svc-1', title: { th: 'ขึ้นทะเบียนผู้ว่างงาน' }, description: {}, steps: [], fees: [], documents: [], channels: [], keywords: [], status: 'active', createdAt: 'x', updatedAt: 'x' });
        d.sample = true;
      });
      expect(store.auditSeq()).toBe(4);
      store.close();

      const again = await openStore(dir.path);
      const data = again.store.data();
      expect(again.store.created).toBe(false);
      expect(again.store.auditSeq()).toBe(4);
      expect(data.sample).toBe(true);
      expect(data.documents.map((d) => d.id)).toEqual(['gen-000002', 'gen-000003']);
      expect(data.documents[0]!.title.th).toBe('แก้ชื่อแล้ว');
      expect(data.services.map((s) => s.id)).toEqual(['svc-1']);
      // Memory holds where each body is, not the body: it is read from the log when asked for.
      expect(Object.getOwnPropertyDescriptor(data.documents[1], 'body')?.get).toBeTypeOf('function');
      expect(data.documents[1]!.body).toBe(generatedDocument(3).body);
      expect({ ...data.documents[1] }).toEqual(generatedDocument(3));
      expect(await files(dir.path)).toEqual(['CURRENT', 'gen-1.bodies', 'gen-1.items', 'log-1.units']);
      again.store.close();
    } finally { await dir.remove(); }
  });

  it('a record cut short at the end of the log (a kill mid-append) is dropped at open; every whole unit stays', async () => {
    const dir = await tempDir('kiosk-store-');
    try {
      const { store, unit } = await openStore(dir.path);
      await unit((d) => { d.documents.push(generatedDocument(1)); });
      const log = join(dir.path, 'catalogue', 'log-1.units');
      const good = (await stat(log)).size;
      await unit((d) => { d.documents.push(generatedDocument(2)); });
      const whole = (await stat(log)).size;
      store.close();
      const rng = mulberry32(seed);
      for (const cut of [good + 1, good + 10, good + Math.floor(rng() * (whole - good)), whole - 1]) {
        const bytes = await readFile(log);
        await truncate(log, cut);
        const again = await openStore(dir.path);
        expect(again.store.data().documents.map((d) => d.id), `cut at ${cut}`).toEqual(['gen-000001']);
        expect(again.store.auditSeq(), `cut at ${cut}`).toBe(1);
        expect((await stat(log)).size, `the torn tail is dropped (cut at ${cut})`).toBe(good);
        again.store.close();
        await writeFile(log, bytes);
      }
      // Bytes that are not a record at all (a damaged tail) end the log the same way.
      await appendFile(log, 'U1 00000000 5 0\nhello\n\n');
      const again = await openStore(dir.path);
      expect(again.store.data().documents.map((d) => d.id)).toEqual(['gen-000001', 'gen-000002']);
      await again.unit((d) => { d.documents.push(generatedDocument(3)); });
      again.store.close();
      expect((await storedCatalogue(dir.path)).documents.map((d) => d.id)).toEqual(['gen-000001', 'gen-000002', 'gen-000003']);
    } finally { await dir.remove(); }
  });

  it('SIGKILL of a writing process at seeded moments: every acknowledged unit is there, the folder verifies', async () => {
    const dir = await tempDir('kiosk-store-kill-');
    try {
      const rng = mulberry32(seed ^ 0x4b11);
      let next = 1;
      const acked = new Set<number>();
      for (let round = 0; round < 5; round++) {
        const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'catalogue-store-child.ts'), dir.path, String(next)], { stdio: ['ignore', 'pipe', 'pipe'] });
        const target = 5 + Math.floor(rng() * 15);
        let seen = 0;
        let errors = '';
        child.stderr.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
        await new Promise<void>((resolve) => {
          let buffered = '';
          child.stdout.on('data', (chunk: Buffer) => {
            buffered += chunk.toString();
            const lines = buffered.split('\n');
            buffered = lines.pop()!;
            for (const line of lines) {
              acked.add(Number(line.slice(4)));
              if (++seen === target) setTimeout(() => child.kill('SIGKILL'), Math.floor(rng() * 5));
            }
          });
          child.on('exit', () => resolve());
        });
        expect(child.signalCode, errors).toBe('SIGKILL');
        const stored = await storedCatalogue(dir.path);
        const ids = new Set(stored.documents.map((d) => d.id));
        for (const n of acked) expect(ids.has(generatedDocument(n).id), `round ${round}: unit ${n} was acknowledged`).toBe(true);
        next = Math.max(...acked) + 2; // the one in flight may or may not have landed
        const again = await openStore(dir.path); // the torn tail, if any, is dropped here
        again.store.close();
      }
      await trailUpTo(dir.path);
      const report = await checkDataFolder(dir.path);
      expect(report.problems).toEqual([]);
      expect(report.counts.documents).toBeGreaterThanOrEqual(acked.size);
    } finally { await dir.remove(); }
  }, 60_000);

  it('compaction writes the next generation and switches to it; the one before is kept, older ones go', async () => {
    const dir = await tempDir('kiosk-store-');
    try {
      const { store, unit } = await openStore(dir.path);
      for (let n = 1; n <= 20; n++) await unit((d) => { d.documents.push(generatedDocument(n)); });
      const before = JSON.parse(JSON.stringify(store.data())) as unknown;
      await store.compact();
      expect(await files(dir.path)).toEqual(['CURRENT', 'gen-1.bodies', 'gen-1.items', 'gen-2.bodies', 'gen-2.items', 'log-1.units', 'log-2.units']);
      expect((await stat(join(dir.path, 'catalogue', 'log-2.units'))).size).toBe(0);
      expect(JSON.parse(JSON.stringify(store.data()))).toEqual(before);
      await unit((d) => { d.documents = d.documents.filter((x) => x.id !== 'gen-000005'); });
      await store.compact();
      expect(await files(dir.path)).toEqual(['CURRENT', 'gen-2.bodies', 'gen-2.items', 'gen-3.bodies', 'gen-3.items', 'log-2.units', 'log-3.units']);
      store.close();
      const again = await openStore(dir.path);
      expect(again.store.data().documents).toHaveLength(19);
      expect(again.store.auditSeq()).toBe(21);
      again.store.close();

      // It also happens by itself once the log has outgrown its share of the generation.
      const big = await openStore(dir.path);
      for (let n = 100; n < 116; n++) await big.unit((d) => { d.documents.push({ ...generatedDocument(n), body: 'ข'.repeat(190_000) }); });
      await big.store.settled();
      expect(await files(dir.path)).toContain('gen-4.items');
      expect(big.store.data().documents.find((d) => d.id === 'gen-000115')?.body).toHaveLength(190_000);
      big.store.close();
    } finally { await dir.remove(); }
  });

  it('a damaged generation is rebuilt from the one before and the logs: nothing lost, the damage kept, a sound generation written', async () => {
    const dir = await tempDir('kiosk-store-');
    try {
      const { store, unit } = await openStore(dir.path);
      for (let n = 1; n <= 5; n++) await unit((d) => { d.documents.push(generatedDocument(n)); });
      await store.compact();
      for (let n = 6; n <= 8; n++) await unit((d) => { d.documents.push(generatedDocument(n)); });
      const expected = JSON.parse(JSON.stringify(store.data())) as unknown;
      store.close();
      const items = join(dir.path, 'catalogue', 'gen-2.items');
      const bytes = await readFile(items);
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0x20;
      await writeFile(items, bytes);

      const again = await openStore(dir.path);
      expect(again.store.recovery).toMatchObject({ store: 'catalogue', problem: 'invalid', restoredFrom: 'gen-1.items + its logs', restoredAuditSeq: 8 });
      expect(JSON.parse(JSON.stringify(again.store.data()))).toEqual(expected);
      const names = await files(dir.path);
      expect(names.filter((f) => f.startsWith('gen-2.items.damaged-'))).toHaveLength(1);
      expect(names).toContain('gen-3.items');
      again.store.close();
      const third = await openStore(dir.path);
      expect(third.store.recovery).toBeUndefined();
      expect(JSON.parse(JSON.stringify(third.store.data()))).toEqual(expected);
      third.store.close();
      await trailUpTo(dir.path);
      expect((await checkDataFolder(dir.path)).problems).toEqual([]);
    } finally { await dir.remove(); }
  });

  it('a cut-short generation with none before it: every whole line is kept and its log replayed, never an empty catalogue (trial, helper-22)', async () => {
    const dir = await tempDir('kiosk-store-');
    try {
      const { store, unit } = await openStore(dir.path);
      for (let n = 1; n <= 6; n++) await unit((d) => { d.documents.push(generatedDocument(n)); });
      await store.compact(); // gen-2 holds six documents, and gen-1 goes at the next compaction
      await unit((d) => { d.documents.push(generatedDocument(7)); });
      await store.compact();
      for (let n = 8; n <= 9; n++) await unit((d) => { d.documents.push(generatedDocument(n)); });
      const expected = JSON.parse(JSON.stringify(store.data())) as { documents: Array<{ id: string }> };
      store.close();
      // Nothing earlier to rebuild from, as in a new folder, whose seeded generation is its only one.
      for (const name of ['gen-2.items', 'gen-2.bodies', 'log-2.units']) await rm(join(dir.path, 'catalogue', name));
      const items = join(dir.path, 'catalogue', 'gen-3.items');
      const bytes = await readFile(items);
      // Cut inside the last document's line: its end record and that line are gone.
      const lastLineStart = bytes.lastIndexOf(10, bytes.lastIndexOf(10, bytes.length - 2) - 1) + 1;
      await truncate(items, lastLineStart + 20);

      const again = await openStore(dir.path);
      expect(again.store.recovery).toMatchObject({ store: 'catalogue', problem: 'invalid' });
      expect(again.store.recovery?.restoredFrom).toMatch(/^gen-3\.items \(6 of its 7 items read\) \+ its log$/);
      const ids = again.store.data().documents.map((d) => d.id);
      expect(ids).toEqual(expected.documents.map((d) => d.id).filter((id) => id !== 'gen-000007'));
      expect(JSON.parse(JSON.stringify(again.store.data().documents[0]))).toEqual(expected.documents[0]); // bodies too
      again.store.close();
      const third = await openStore(dir.path);
      expect(third.store.data().documents.map((d) => d.id)).toEqual(ids); // the sound generation written holds them
      third.store.close();
    } finally { await dir.remove(); }
  });

  it('a damaged body is named by verify and never served as the document', async () => {
    const dir = await tempDir('kiosk-store-');
    try {
      const { store, unit } = await openStore(dir.path);
      await unit((d) => { d.documents.push(generatedDocument(1)); });
      await store.compact();
      store.close();
      const bodies = join(dir.path, 'catalogue', 'gen-2.bodies');
      const bytes = await readFile(bodies);
      bytes[3] = bytes[3]! ^ 0x01;
      await writeFile(bodies, bytes);
      const report = await checkDataFolder(dir.path);
      expect(report.problems.map((p) => p.problem).join('\n')).toMatch(/document "gen-000001": .*gen-2\.bodies: the body at 0 .* is damaged/);
      expect(report.problems.map((p) => p.problemTh)).toContain('เนื้อหาของเอกสาร "gen-000001" เสียหาย');
    } finally { await dir.remove(); }
  });
});

describe('the catalogue store inside the kiosk', () => {
  const clock = fixedClock('2026-12-05T03:00:00Z');

  it('a unit whose record never landed (the log cut back after its audit entry) is recorded as not applied at the next start', async () => {
    const dir = await tempDir('kiosk-store-kiosk-');
    try {
      const kiosk = await bootKiosk({ dataDir: dir.path, clock });
      const { admin } = await setUpAccounts(kiosk);
      const log = join(dir.path, 'catalogue', 'log-1.units');
      const kept = await call<CatalogueDocument>(kiosk, 'documents.save', { title: { th: 'ประกาศที่บันทึกแล้ว' }, category: 'other', published: '2026-12-05' }, as(admin.actor));
      const size = (await stat(log)).size;
      const lost = await call<CatalogueDocument>(kiosk, 'documents.save', { title: { th: 'ประกาศที่ถูกตัด' }, category: 'other', published: '2026-12-05' }, as(admin.actor));
      await kiosk.services.search.flush();
      await truncate(log, size + 7);

      const again = await bootKiosk({ dataDir: dir.path, clock });
      const ids = again.services.catalogue.snapshot().documents.map((d) => d.id);
      expect(ids).toContain(kept.id);
      expect(ids).not.toContain(lost.id);
      const entries = await trail(dir.path);
      const save = entries.find((e) => e.method === 'documents.save' && e.changes[0]?.target === `document:${lost.id}`)!;
      expect(entries.at(-1)).toMatchObject({ method: 'system.unitNotApplied', changes: [{ target: `audit:${save.seq}` }] });
      expect((await checkDataFolder(dir.path)).sound).toBe(true);
    } finally { await dir.remove(); }
  });

  it('a damaged generation at start: audited as recovered with no change lost, staff told, verify sound', async () => {
    const dir = await tempDir('kiosk-store-kiosk-');
    try {
      const kiosk = await bootKiosk({ dataDir: dir.path, clock });
      const { admin } = await setUpAccounts(kiosk);
      const first = await call<CatalogueDocument>(kiosk, 'documents.save', { title: { th: 'ประกาศก่อนรวม' }, category: 'other', published: '2026-12-05' }, as(admin.actor));
      await kiosk.services.catalogue.compact();
      const second = await call<CatalogueDocument>(kiosk, 'documents.save', { title: { th: 'ประกาศหลังรวม' }, category: 'other', published: '2026-12-05' }, as(admin.actor));
      await kiosk.services.search.flush();
      await writeFile(join(dir.path, 'catalogue', 'gen-2.items'), 'not a generation');

      const again = await bootKiosk({ dataDir: dir.path, clock });
      expect(again.services.recoveries).toMatchObject([{ store: 'catalogue', restoredFrom: 'gen-1.items + its logs' }]);
      expect(again.services.catalogue.snapshot().documents.map((d) => d.id)).toEqual(expect.arrayContaining([first.id, second.id]));
      const recovered = (await trail(dir.path)).filter((e) => e.method === 'system.storeRecovered');
      expect(recovered.map((e) => e.changes[0]?.note)).toEqual([expect.objectContaining({ code: 'store.recovered', store: 'catalogue', restoredFrom: 'gen-1.items + its logs', lost: [] })]);
      expect((await checkDataFolder(dir.path)).sound).toBe(true);
      expect((await bootKiosk({ dataDir: dir.path, clock })).services.recoveries).toEqual([]);
    } finally { await dir.remove(); }
  });
});
