import { describe, expect, it } from 'vitest';
import { readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk } from '../../electron/boot';
import type { SearchAnswer } from '../../electron/contract/search';
import { sampleDir } from '../../electron/paths';
import { checkDataFolder } from '../../electron/services/backup/dataCheck';
import type { CatalogueFile } from '../../electron/services/catalogue/catalogueFile';
import { createFileStore } from '../../electron/services/catalogue/fileStore';
import { seedSample } from '../../electron/services/catalogue/seedSample';
import { generatedDocument, openStore, trailUpTo } from './catalogue-store-support';
import { call } from './staff-fixtures';
import { fixedClock, storedCatalogue, tempDir } from './support';

/*
 * Issue 18: a folder with today's lowdb `catalogue.json` opens, is converted once into the
 * catalogue store (the old file kept as `catalogue.json.migrated`), and nothing is lost: on the
 * shipped sample, and on a 20,000-document folder.
 */

/** The file exactly as the lowdb store wrote it (jsonStore.storeText): the audit stamp inside, one-space indent. */
const lowdbText = (data: CatalogueFile, auditSeq: number) => JSON.stringify({ ...data, $auditSeq: auditSeq }, null, 1);
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('migration of catalogue.json', () => {
  const clock = fixedClock('2026-12-05T03:00:00Z');

  it('the shipped sample: converted once, kept as catalogue.json.migrated, the same catalogue served and searched', async () => {
    const dir = await tempDir('kiosk-migrate-sample-');
    try {
      const sample = await seedSample(sampleDir(), createFileStore(dir.path), clock.now());
      const text = lowdbText(sample, 7);
      await writeFile(join(dir.path, 'catalogue.json'), text);
      await trailUpTo(dir.path, 7);

      const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
      expect(kiosk.services.catalogue.migrated).toBe(true);
      expect(kiosk.services.recoveries).toEqual([]);
      expect(plain(kiosk.services.catalogue.snapshot())).toEqual(plain(sample));
      expect(kiosk.services.catalogue.head()).toEqual({ store: 'catalogue', auditSeq: 7 });
      const names = await readdir(dir.path);
      expect(names).not.toContain('catalogue.json');
      expect(await readFile(join(dir.path, 'catalogue.json.migrated'), 'utf8')).toBe(text);
      const first = sample.documents[0]!;
      const found = await call<SearchAnswer>(kiosk, 'search.query', { q: first.title.th });
      expect(found.hits.map((h) => h.id)).toContain(first.id);
      await kiosk.services.search.flush();
      expect((await checkDataFolder(dir.path)).problems).toEqual([]);

      // Once only: the next start opens the store and leaves the kept file alone.
      const again = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
      expect(again.services.catalogue.migrated).toBe(false);
      expect(plain(again.services.catalogue.snapshot())).toEqual(plain(sample));
      expect(await readFile(join(dir.path, 'catalogue.json.migrated'), 'utf8')).toBe(text);
    } finally { await dir.remove(); }
  });

  it('a 20,000-document folder: every document, body and stamp comes across', async () => {
    const dir = await tempDir('kiosk-migrate-20k-');
    try {
      const data: CatalogueFile = { version: 1, sample: false, documents: Array.from({ length: 20_000 }, (_, i) => generatedDocument(i + 1)), services: [] };
      await writeFile(join(dir.path, 'catalogue.json'), lowdbText(data, 41));
      const { store } = await openStore(dir.path);
      expect(store.migrated).toBe(true);
      expect(store.auditSeq()).toBe(41);
      expect(plain(store.data())).toEqual(plain(data));
      store.close();
      expect(plain(await storedCatalogue(dir.path))).toEqual(plain(data));
      await trailUpTo(dir.path);
      const report = await checkDataFolder(dir.path);
      expect(report.problems).toEqual([]);
      expect(report.counts.documents).toBe(20_000);
    } finally { await dir.remove(); }
  }, 120_000);

  it('a kill during the conversion: before the switch it is done again, after it the old file is set aside', async () => {
    const dir = await tempDir('kiosk-migrate-kill-');
    try {
      const data: CatalogueFile = { version: 1, sample: false, documents: [generatedDocument(1), generatedDocument(2)], services: [] };
      const text = lowdbText(data, 3);
      await writeFile(join(dir.path, 'catalogue.json'), text);
      const { store } = await openStore(dir.path);
      store.close();
      // Killed before CURRENT was written: generation files without the switch, catalogue.json still there.
      await rm(join(dir.path, 'catalogue', 'CURRENT'));
      await copyFile(join(dir.path, 'catalogue.json.migrated'), join(dir.path, 'catalogue.json'));
      await writeFile(join(dir.path, 'catalogue', 'gen-1.items'), 'half a generation');
      const redone = await openStore(dir.path);
      expect(redone.store.migrated).toBe(true);
      expect(plain(redone.store.data())).toEqual(plain(data));
      redone.store.close();
      // Killed after the switch, before the rename: the store is read and the old file set aside.
      await copyFile(join(dir.path, 'catalogue.json.migrated'), join(dir.path, 'catalogue.json'));
      const after = await openStore(dir.path);
      expect(after.store.migrated).toBe(false);
      expect(plain(after.store.data())).toEqual(plain(data));
      after.store.close();
      expect((await readdir(dir.path)).filter((f) => f.startsWith('catalogue.json'))).toEqual(['catalogue.json.migrated']);
    } finally { await dir.remove(); }
  });

  it('a damaged first generation of a converted folder is rebuilt from catalogue.json.migrated and the log', async () => {
    const dir = await tempDir('kiosk-migrate-damage-');
    try {
      const data: CatalogueFile = { version: 1, sample: false, documents: [generatedDocument(1), generatedDocument(2)], services: [] };
      await writeFile(join(dir.path, 'catalogue.json'), lowdbText(data, 3));
      const { store, unit } = await openStore(dir.path);
      await unit((d) => { d.documents.push(generatedDocument(3)); });
      const expected = plain(store.data());
      store.close();
      await writeFile(join(dir.path, 'catalogue', 'gen-1.items'), 'damaged');
      const again = await openStore(dir.path);
      expect(again.store.recovery).toMatchObject({ store: 'catalogue', restoredFrom: 'catalogue.json.migrated + the logs', restoredAuditSeq: 4 });
      expect(plain(again.store.data())).toEqual(expected);
      again.store.close();
      await trailUpTo(dir.path);
      expect((await checkDataFolder(dir.path)).problems).toEqual([]);
    } finally { await dir.remove(); }
  });
});
