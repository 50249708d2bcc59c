/**
 * Issue 17, start from the search index cache: an unchanged document is taken from the cache
 * without reading or hashing its body (the catalogue store knows a hash of every stored body),
 * and an edited, added or deleted document is never answered from stale analysis, whatever
 * happened in between (a run that never built the index, a compaction of the store).
 */
import { describe, expect, it } from 'vitest';
import { SearchQuery } from '../../electron/contract/search';
import { createSearchEngine, type SearchableItem } from '../../electron/services/search/index';
import { createLiveSearch } from '../../electron/services/search/liveSearch';
import { readSnapshotFile } from '../../electron/services/search/indexSnapshot';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bodyDigest, storedBodyDigest } from '../../electron/services/catalogue/store/blobFile';
import { STORE_FOLDER } from '../../electron/services/catalogue/store/catalogueStore';
import { decodeUnits, encodeUnitParts, type BodyRef } from '../../electron/services/catalogue/store/unitLog';
import { generatedDocument, openStore } from './catalogue-store-support';
import { asAdmin, openTestKiosk, type TestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

/** An item whose body is read through a getter that counts the reads. */
function counted(id: string, title: string, body: string, bodyHash: string) {
  const reads = { n: 0 };
  const item = { kind: 'document', id, title: { th: title }, keywords: [], categoryNames: [], summary: '', bodyHash } as unknown as SearchableItem;
  Object.defineProperty(item, 'body', { enumerable: true, get: () => { reads.n++; return body; } });
  return { item, reads };
}

describe('start from the cache', () => {
  it('takes an unchanged item whose body hash it knows without reading its body', () => {
    const built = createSearchEngine();
    built.replaceAll([counted('a', 'ประกาศรับสมัครงาน', 'ผู้ประกันตนว่างงาน', 'h-a').item, counted('b', 'ระเบียบการเบิกจ่าย', 'ทันตกรรม', 'h-b').item]);
    const a = counted('a', 'ประกาศรับสมัครงาน', 'ผู้ประกันตนว่างงาน', 'h-a');
    const b = counted('b', 'ระเบียบการเบิกจ่าย', 'ทันตกรรม', 'h-b');
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot([a.item, b.item], built.snapshot())).toEqual({ reused: 2, analysed: 0, dropped: 0 });
    expect(a.reads.n + b.reads.n).toBe(0);
    // The body is read when a hit shows its snippet, not before.
    expect(restarted.query(SearchQuery.parse({ q: 'ว่างงาน' })).hits.map((h) => h.id)).toEqual(['a']);
  });

  it('analyses again an item whose body hash changed, even when nothing else did', () => {
    const built = createSearchEngine();
    built.replaceAll([counted('a', 'ประกาศรับสมัครงาน', 'ผู้ประกันตนว่างงาน', 'h-a').item]);
    const edited = counted('a', 'ประกาศรับสมัครงาน', 'ผู้ประกันตนทันตกรรม', 'h-a2');
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot([edited.item], built.snapshot())).toEqual({ reused: 0, analysed: 1, dropped: 1 });
    expect(restarted.query(SearchQuery.parse({ q: 'ทันตกรรม' })).found).toBe(1);
    expect(restarted.query(SearchQuery.parse({ q: 'ว่างงาน' })).found).toBe(0);
  });

  it('writes, from an index started from the cache, a cache that answers as the first did (phrases read back lazily)', () => {
    const items = () => [
      counted('a', 'การต่ออายุใบขับขี่รถยนต์', 'ยื่นคำขอที่สำนักงานขนส่ง', 'h-a').item,
      counted('b', 'ประกาศรับสมัครงานพนักงานราชการ', 'ผู้ประกันตนว่างงาน', 'h-b').item,
    ];
    const built = createSearchEngine();
    built.replaceAll(items());
    const second = createSearchEngine();
    second.replaceAllFromSnapshot(items(), built.snapshot());
    const third = createSearchEngine();
    expect(third.replaceAllFromSnapshot(items(), second.snapshot())).toEqual({ reused: 2, analysed: 0, dropped: 0 });
    for (const q of ['ใบขับข', 'รับสมัครงานพนัก', 'ว่างงาน', 'ขนส่ง']) {
      expect(third.query(SearchQuery.parse({ q }))).toEqual(built.query(SearchQuery.parse({ q })));
    }
    third.remove('document', 'a');
    expect(third.query(SearchQuery.parse({ q: 'ใบขับข' })).found).toBe(0);
  });
});

describe('the cache file', () => {
  it('is read whole in one buffer, as readFile reads it (a start reads it while the catalogue is parsed)', async () => {
    const dir = await tempDir();
    try {
      const path = join(dir.path, 'search-index.bin');
      const bytes = Buffer.alloc(3 * 1024 * 1024 + 7);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
      await writeFile(path, bytes);
      const read = await readSnapshotFile(path);
      expect(read.equals(await readFile(path))).toBe(true);
      expect(read.byteOffset % 4).toBe(0);
      await expect(readSnapshotFile(join(dir.path, 'missing.bin'))).rejects.toThrow();
    } finally {
      await dir.remove();
    }
  });
});

describe('titles from the cache', () => {
  it('are searched for typed letters after a start from the cache as after a full build (their signatures come from the cache)', () => {
    const items = () => [
      counted('a', 'ประกาศรับสมัครงานพนักงานราชการ', '', 'h-a').item,
      counted('b', 'คู่มือการต่ออายุใบขับขี่', '', 'h-b').item,
      counted('c', 'ระเบียบการเบิกจ่ายค่ารักษาพยาบาล', '', 'h-c').item,
    ];
    const built = createSearchEngine();
    built.replaceAll(items());
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(items(), built.snapshot())).toEqual({ reused: 3, analysed: 0, dropped: 0 });
    for (const [q, id] of [['ักษาพยา', 'c'], ['รงานพนัก', 'a']] as const) {
      const answer = restarted.query(SearchQuery.parse({ q }));
      expect(answer.hits.map((h) => [h.id, h.weak])).toEqual([[id, true]]);
      expect(answer).toEqual(built.query(SearchQuery.parse({ q })));
    }
  });
});

describe('a catalogue with the same items in the same order', () => {
  // The cache checks such a catalogue with one digest of all items' content (indexSnapshot):
  // whatever changed inside an item in its place is still seen.
  const items = () => [
    counted('a', 'ประกาศรับสมัครงาน', 'ผู้ประกันตนว่างงาน', 'h-a').item,
    counted('b', 'ระเบียบการเบิกจ่าย', 'ทันตกรรม', 'h-b').item,
    counted('c', 'คู่มือการคลอดบุตร', 'สงเคราะห์บุตร', 'h-c').item,
  ];
  const ids = (engine: ReturnType<typeof createSearchEngine>, q: string) => engine.query(SearchQuery.parse({ q })).hits.filter((h) => !h.weak).map((h) => h.id);

  it('sees an item edited in its place (same id, same place, a title of the same length)', () => {
    const built = createSearchEngine();
    built.replaceAll(items());
    const now = items();
    now[1] = counted('b', 'ระเบียบการเบิกจ่าย'.replace('เบิกจ่าย', 'ชดเชยเงิน').slice(0, 'ระเบียบการเบิกจ่าย'.length), 'ทันตกรรม', 'h-b').item;
    expect(now[1]?.title.th).toHaveLength('ระเบียบการเบิกจ่าย'.length);
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(now, built.snapshot())).toEqual({ reused: 2, analysed: 1, dropped: 1 });
    expect(ids(restarted, 'ชดเชย')).toEqual(['b']);
    expect(ids(restarted, 'เบิกจ่าย')).toEqual([]);
  });

  it('sees two items that exchanged their content', () => {
    const built = createSearchEngine();
    built.replaceAll(items());
    const [a, b, c] = items() as [SearchableItem, SearchableItem, SearchableItem];
    const swapped = [{ ...a, title: b.title, bodyHash: b.bodyHash, body: 'ทันตกรรม' }, { ...b, title: a.title, bodyHash: a.bodyHash, body: 'ผู้ประกันตนว่างงาน' }, c];
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(swapped, built.snapshot())).toEqual({ reused: 1, analysed: 2, dropped: 2 });
    expect(ids(restarted, 'ว่างงาน')).toEqual(['b']);
    expect(ids(restarted, 'ทันตกรรม')).toEqual(['a']);
  });

  it('analyses again an item whose content changed after it was analysed (the saved digest vouches only for what was analysed)', () => {
    const list = items();
    const built = createSearchEngine();
    built.replaceAll(list);
    // Not how the catalogue hands items over (it makes new ones), but the cache must not depend on it.
    (list[2] as SearchableItem).title.th = 'คู่มือการทันตกรรม';
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(list, built.snapshot())).toEqual({ reused: 2, analysed: 1, dropped: 1 });
    expect(ids(restarted, 'คลอดบุตร')).toEqual([]);
  });
});

describe('the catalogue and the cache across runs', () => {
  const save = (kiosk: TestKiosk, id: string, th: string, body: string) =>
    kiosk.call('documents.save', { id, title: { th }, category: 's9-8', published: '2026-10-15', keywords: [], summary: { th: '' }, body });
  const found = async (search: ReturnType<typeof createLiveSearch>, q: string) =>
    (await search.query(SearchQuery.parse({ q }))).hits.filter((h) => !h.weak).map((h) => h.id).sort();

  it('gives stored documents a body hash that changes with the body (same length too) and survives a compaction', async () => {
    const dir = await tempDir();
    try {
      const kiosk = await openTestKiosk(dir.path, fixedClock('2026-11-21T03:00:00Z'));
      await save(kiosk, 'doc-a', 'ประกาศสำนักงาน', 'เรื่องการว่างงาน');
      const hashOf = async () => (await kiosk.services.catalogue.searchableItems()).find((i) => i.id === 'doc-a')?.bodyHash;
      const first = await hashOf();
      expect(first).toMatch(/^\S{16,}$/);
      await save(kiosk, 'doc-a', 'ประกาศสำนักงาน', 'เรื่องการทันตกรรม'.slice(0, 'เรื่องการว่างงาน'.length));
      const second = await hashOf();
      expect(second).toMatch(/^\S{16,}$/);
      expect(second).not.toBe(first);
      await kiosk.services.catalogue.compact();
      expect(await hashOf()).toBe(second);
    } finally {
      await dir.remove();
    }
  });

  it('answers from the current catalogue after edits, additions and deletions made by a run that never searched, and after compactions', async () => {
    const dir = await tempDir();
    try {
      const clock = fixedClock('2026-11-21T03:00:00Z');
      const snapshotFile = join(dir.path, 'cache', 'search-index.bin');
      const kiosk = await openTestKiosk(dir.path, clock);
      await save(kiosk, 'doc-a', 'ประกาศสำนักงาน ฉบับที่ ๑', 'ผู้ประกันตนที่ว่างงานขึ้นทะเบียน');
      await save(kiosk, 'doc-b', 'ประกาศสำนักงาน ฉบับที่ ๒', 'การเบิกค่าบริการทันตกรรม');
      await save(kiosk, 'doc-c', 'ประกาศสำนักงาน ฉบับที่ ๓', 'การคลอดบุตรและสงเคราะห์บุตร');
      const first = createLiveSearch(kiosk.services.catalogue, { snapshotFile });
      expect(await found(first, 'ว่างงาน')).toEqual(['doc-a']);
      await first.close();

      // A run that never builds the index (a CLI import): the catalogue changes under the cache.
      const second = await openTestKiosk(dir.path, clock);
      await save(second, 'doc-a', 'ประกาศสำนักงาน ฉบับที่ ๑', 'ผู้ประกันตนที่ชราภาพขึ้นทะเบียน'); // same length, another word
      await second.call('documents.delete', { id: 'doc-b', reason: 'ลบเพราะซ้ำกับฉบับใหม่' }, asAdmin);
      await save(second, 'doc-d', 'ประกาศสำนักงาน ฉบับที่ ๔', 'การเบิกค่าบริการทันตกรรมรอบใหม่');
      await second.services.catalogue.compact();
      await second.services.catalogue.compact();

      const third = await openTestKiosk(dir.path, clock);
      const restarted = createLiveSearch(third.services.catalogue, { snapshotFile });
      expect(await found(restarted, 'ว่างงาน')).toEqual([]);
      expect(await found(restarted, 'ชราภาพ')).toEqual(['doc-a']);
      expect(await found(restarted, 'ทันตกรรม')).toEqual(['doc-d']);
      expect(await found(restarted, 'คลอดบุตร')).toEqual(['doc-c']);
      // Snippets read the current body, after compactions removed the files the first run read.
      const hit = (await restarted.query(SearchQuery.parse({ q: 'ชราภาพ' }))).hits[0];
      expect(hit?.snippet.map((p) => p.text).join('')).toContain('ชราภาพ');
      await restarted.close();
    } finally {
      await dir.remove();
    }
  });
});

describe('the catalogue and the cache across runs, nothing added or removed', () => {
  it('answers from a document edited in its place by a run that never searched (same ids, same order, same lengths)', async () => {
    const dir = await tempDir();
    try {
      const clock = fixedClock('2026-11-21T03:00:00Z');
      const snapshotFile = join(dir.path, 'cache', 'search-index.bin');
      const save = (kiosk: TestKiosk, id: string, th: string, summary: string) =>
        kiosk.call('documents.save', { id, title: { th }, category: 's9-8', published: '2026-10-15', keywords: [], summary: { th: summary }, body: 'เนื้อหาเดิม' });
      const found = async (search: ReturnType<typeof createLiveSearch>, q: string) =>
        (await search.query(SearchQuery.parse({ q }))).hits.filter((h) => !h.weak).map((h) => h.id).sort();
      const kiosk = await openTestKiosk(dir.path, clock);
      await save(kiosk, 'doc-a', 'ประกาศสำนักงาน ฉบับที่ ๑', 'ผู้ประกันตนที่ว่างงาน');
      await save(kiosk, 'doc-b', 'ประกาศสำนักงาน ฉบับที่ ๒', 'การเบิกค่าทันตกรรม');
      const first = createLiveSearch(kiosk.services.catalogue, { snapshotFile });
      expect(await found(first, 'ว่างงาน')).toEqual(['doc-a']);
      await first.close();

      const unchanged = createLiveSearch((await openTestKiosk(dir.path, clock)).services.catalogue, { snapshotFile });
      expect(await found(unchanged, 'ว่างงาน')).toEqual(['doc-a']);
      await unchanged.close();

      const second = await openTestKiosk(dir.path, clock);
      await save(second, 'doc-a', 'ประกาศสำนักงาน ฉบับที่ ๑', 'ผู้ประกันตนที่ชราภาพ'); // the summary only, same length
      const third = await openTestKiosk(dir.path, clock);
      const restarted = createLiveSearch(third.services.catalogue, { snapshotFile });
      expect(await found(restarted, 'ว่างงาน')).toEqual([]);
      expect(await found(restarted, 'ชราภาพ')).toEqual(['doc-a']);
      expect(await found(restarted, 'ทันตกรรม')).toEqual(['doc-b']);
      await restarted.close();
    } finally {
      await dir.remove();
    }
  });
});

describe('a catalogue stored before body digests', () => {
  it('is given digests by a new generation at its next open, so that the cache can tell its bodies unchanged', async () => {
    const dir = await tempDir();
    try {
      const first = await openStore(dir.path);
      await first.unit((d) => { d.documents.push(generatedDocument(1)); });
      await first.store.settled();
      first.store.close();
      // The log as an older version wrote it: body references without a digest.
      const log = join(dir.path, STORE_FOLDER, 'log-1.units');
      const data = await readFile(log);
      const records = decodeUnits(data).units.map(({ unit, bodiesAt, end }) => {
        const ops = unit.ops.map((op) => ('put' in op && op.put === 'document' && op.b ? { ...op, b: op.b.slice(0, 3) as BodyRef } : op));
        return Buffer.concat(encodeUnitParts({ ...unit, ops }, [data.subarray(bodiesAt, end - 1)]).parts);
      });
      await writeFile(log, Buffer.concat(records));
      const old = await openStore(dir.path);
      expect(storedBodyDigest(old.store.data().documents[0]!)).toBeUndefined();
      await old.store.settled();
      const document = old.store.data().documents[0]!;
      expect(storedBodyDigest(document)).toBe(bodyDigest(Buffer.from(generatedDocument(1).body!)));
      expect(document.body).toBe(generatedDocument(1).body);
      old.store.close();
    } finally {
      await dir.remove();
    }
  });
});

describe('the cache read while the catalogue opens (createServices\' searchSoon)', () => {
  it('is taken by the first build only: a later rebuild reads the cache file as it is then', async () => {
    const built = createSearchEngine();
    built.replaceAll([counted('a', 'ประกาศรับสมัครงาน', 'ผู้ประกันตนว่างงาน', 'h-a').item]);
    const a = counted('a', 'ประกาศรับสมัครงาน', 'ผู้ประกันตนว่างงาน', 'h-a');
    let change: ((c: { kind: 'all' }) => void) | undefined;
    const catalogue = {
      searchableItems: async () => [a.item], stateLabel: () => undefined, searchItemsNow: () => ({ label: undefined, itemOf: () => undefined }), onChange: (listener: typeof change) => { change = listener; },
      searchableService: () => undefined, searchableDocument: async () => undefined,
    } as unknown as Parameters<typeof createLiveSearch>[0];
    const dir = await tempDir();
    try {
      const live = createLiveSearch(catalogue, { snapshotFile: join(dir.path, 'none-yet.bin'), cacheRead: Promise.resolve(Buffer.from(built.snapshot())), workerThreshold: Infinity });
      expect((await live.query(SearchQuery.parse({ q: 'ว่างงาน' }))).found).toBe(1);
      expect(a.reads.n).toBe(1); // the snippet's read only: the analysis came from the cache already read
      change?.({ kind: 'all' });
      await live.complete();
      expect((await live.query(SearchQuery.parse({ q: 'ว่างงาน' }))).found).toBe(1);
      expect(a.reads.n).toBeGreaterThan(2); // no cache file: analysed again, not from the bytes read at start
      await live.close();
    } finally {
      await dir.remove();
    }
  });
});

describe('results that tie', () => {
  // Six documents a query cannot tell apart (same words, same day); one of them edited while the
  // kiosk was off. A kiosk starting from its cache, one that built its index afresh, and one that
  // took the edit while running must list them in one order: the order may not depend on the
  // index's history, or two kiosks (or the kiosk and the CLI) show the same catalogue differently.
  const doc = (id: string, unit: string) => ({
    kind: 'document', id, title: { th: 'ประกาศรับสมัครงาน' }, keywords: [], categoryNames: [], summary: 'ผู้ประกันตนว่างงาน',
    body: '', published: '2026-11-02', unit,
  }) as SearchableItem;
  const ids = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];
  const before = ids.map((id) => doc(id, 'ฝ่ายบริหาร'));
  const after = ids.map((id) => doc(id, id === 'd2' ? 'ฝ่ายการเงิน' : 'ฝ่ายบริหาร'));
  const order = (engine: ReturnType<typeof createSearchEngine>, q: string, limit = 20) =>
    engine.query(SearchQuery.parse({ q, limit })).hits.map((h) => h.id);

  it('are listed in the same order whatever the index went through', () => {
    const fresh = createSearchEngine();
    fresh.replaceAll(after);
    const old = createSearchEngine();
    old.replaceAll(before);
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(after, old.snapshot())).toEqual({ reused: 5, analysed: 1, dropped: 1 });
    const running = createSearchEngine();
    running.replaceAll(before);
    running.upsert(after[1] as SearchableItem);
    for (const q of ['ว่างงาน', 'ประกาศ', 'ผู้ประกันตน ว่างงาน']) {
      expect(order(fresh, q)).toHaveLength(6);
      expect(order(restarted, q)).toEqual(order(fresh, q));
      expect(order(running, q)).toEqual(order(fresh, q));
    }
    // A page boundary inside the tie: the same page whatever the history, every item on one page only.
    const pages = (engine: ReturnType<typeof createSearchEngine>) => [0, 2, 4].flatMap((offset) =>
      engine.query(SearchQuery.parse({ q: 'ว่างงาน', limit: 2, offset })).hits.map((h) => h.id));
    expect(pages(restarted)).toEqual(pages(fresh));
    expect(pages(running)).toEqual(pages(fresh));
    expect(new Set(pages(fresh)).size).toBe(6);
  });
});
