/**
 * Issue 17, start from the cache at 20,000 documents in under a second: a CLI search whose cache
 * was written for exactly the catalogue state on disk answers from the cache alone, parsing only
 * the items it shows. It must answer as the opened folder does (documents with PDFs and service
 * standards included), never from a cache the folder has moved on from, and a compaction (new
 * files, same catalogue) must not cost the next search its fast start.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFirstKiosk } from '../../electron/cli/cacheFirst';
import { runCli } from '../../electron/cli/main';
import { SearchQuery, type SearchAnswer } from '../../electron/contract/search';
import { categories } from '../../electron/contract/categories';
import { searchStamp } from '../../electron/services/catalogue/searchItem';
import { readCurrentItems } from '../../electron/services/catalogue/store/currentItems';
import { CacheOutOfStep, openCacheOnlySearch, type CacheOnlySearch } from '../../electron/services/search/cacheOnlySearch';
import { createSearchEngine, type SearchableItem } from '../../electron/services/search/index';
import { openTestKiosk, type TestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

const sampleDir = join(import.meta.dirname, '../../resources/sample');
/** Found by titles, bodies, a PDF's text, a service standard's steps; one corrected; one filtered. */
const QUERIES: SearchQuery[] = [
  { q: 'ประกาศ' }, { q: 'ว่างงาน' }, { q: 'วางงาน' }, { q: 'โครงสร้าง' }, { q: 'ผู้ประกันตน' }, { q: 'ทันตกรรม' },
  { q: 'ชราภาพ' }, { q: 'จัดซื้อจัดจ้าง', kind: 'document' }, { q: 'ขึ้นทะเบียน', kind: 'service' },
].map((q) => SearchQuery.parse(q));

describe('a CLI search answered from the index cache alone', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: TestKiosk;
  const opened = async () => {
    const answers: SearchAnswer[] = [];
    for (const q of QUERIES) answers.push(await kiosk.call('search.query', q));
    return answers;
  };
  const alone = async (): Promise<CacheOnlySearch | undefined> => openCacheOnlySearch(dir.path);

  beforeAll(async () => {
    dir = await tempDir();
    kiosk = await openTestKiosk(dir.path, fixedClock('2026-11-21T03:00:00Z'), sampleDir);
    await kiosk.call('documents.save', {
      id: 'unemployment', title: { th: 'คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน' }, category: 's9-8', published: '2026-10-15', keywords: [], summary: { th: '' },
      body: 'ผู้ประกันตนที่ว่างงานขึ้นทะเบียนภายใน ๓๐ วัน',
    });
    await kiosk.call('documents.save', {
      id: 'dental', title: { th: 'การเบิกค่าบริการทันตกรรม' }, category: 's9-8', published: '2026-10-16', keywords: [], summary: { th: '' }, body: 'แนบใบเสร็จรับเงิน',
    });
    await kiosk.call('documents.retire', { id: 'dental' });
  });
  afterAll(async () => { await kiosk.services.search.close(); await dir.remove(); });

  it('is used once a run has written the cache in step with the folder, and answers as the opened folder does', async () => {
    expect(await alone()).toBeUndefined(); // no cache yet
    const expected = await opened();
    await kiosk.services.search.flush(); // the kiosk writes its cache (a CLI run does at its end)
    const cached = await alone();
    expect(cached).toBeDefined();
    const answers = QUERIES.map((q) => cached!.query(q));
    cached!.close();
    expect(answers).toEqual(expected);
    expect(answers.filter((a) => a.found === 0).map((a) => a.query)).toEqual([]);
    // A PDF's text, a service standard and a retired document are as the folder has them.
    expect(answers[3]!.hits.some((h) => h.id === 'sso-org-structure')).toBe(true);
    expect(answers[8]!.hits.every((h) => h.kind === 'service')).toBe(true);
    expect(answers.flatMap((a) => a.hits.map((h) => h.id))).not.toContain('dental');
  });

  it('is not used once the folder has moved on, until a run that opened it writes the cache again', async () => {
    await kiosk.call('documents.save', {
      id: 'pension', title: { th: 'การขอรับบำเหน็จบำนาญกรณีทุพพลภาพ' }, category: 's9-8', published: '2026-10-17', keywords: [], summary: { th: '' }, body: 'ยื่นคำขอที่สำนักงานประกันสังคม',
    });
    expect(await alone()).toBeUndefined();
    await kiosk.services.search.flush();
    const cached = await alone();
    expect(cached?.query(SearchQuery.parse({ q: 'ทุพพลภาพ' })).hits.map((h) => h.id)).toContain('pension');
    cached?.close();
  });

  it('stays in step through a compaction (new files, the same catalogue)', async () => {
    const before = (await readCurrentItems(dir.path))!;
    await kiosk.services.catalogue.compact();
    const after = (await readCurrentItems(dir.path))!;
    expect(after.label).toBe(before.label);
    before.close(); after.close();
    const cached = await alone();
    expect(cached?.query(QUERIES[1]!)).toEqual(await kiosk.call('search.query', QUERIES[1]!));
    cached?.close();
  });

  it('a kiosk starting on the folder answers as the one that wrote the cache (its items made as they are shown)', async () => {
    await kiosk.services.search.flush();
    const expected = await opened();
    const second = await openTestKiosk(dir.path, fixedClock('2026-11-21T04:00:00Z'), sampleDir);
    try {
      for (const [i, q] of QUERIES.entries()) expect(await second.call('search.query', q)).toEqual(expected[i]);
    } finally {
      await second.services.search.close();
    }
  });

  it('through the CLI: answers as before, the referral of a query that found nothing included', async () => {
    await kiosk.services.search.flush();
    const printed: string[] = [];
    const search = async (...args: string[]) => {
      printed.length = 0;
      expect(await runCli(['search', ...args, '--json', '--data', dir.path], (l) => printed.push(l))).toBe(0);
      return JSON.parse(printed[0] as string) as { found: number; ids: string[]; correctedTo?: string };
    };
    const found = await search('ทุพพลภาพ');
    expect(found.ids).toContain('pension');
    const corrected = await search('วางงาน');
    expect(corrected.correctedTo).toBe('ว่างงาน');
    expect(corrected.ids).toContain('unemployment');
    // Nothing found: the opened folder answers (its settings may refer the topic elsewhere).
    expect((await search('ใบขับขี่')).found).toBe(0);
  });

  it('is not used once a PDF\'s text is gone from the folder (helper-67: the cache kept finding a document by its deleted text)', async () => {
    await kiosk.services.search.flush();
    const cached = await alone();
    expect(cached).toBeDefined();
    cached?.close();
    const sha256 = (await kiosk.call('documents.get', { id: 'sso-org-structure' })).file!.sha256;
    await rm(join(dir.path, 'files', `${sha256}.txt`));
    expect(await alone()).toBeUndefined();
  });
});

describe('a kiosk restarting on the state its cache was stamped with', () => {
  const item = (id: string, title: string, body: string, published: string) =>
    ({ kind: 'document', id, title: { th: title }, keywords: [], categoryNames: [], summary: '', body, category: 's9-8', group: 'law', published }) as SearchableItem;
  const items = () => [item('a', 'ประกาศรับสมัครงาน', 'ผู้ประกันตนว่างงาน', '2026-10-01'), item('b', 'ระเบียบการเบิกจ่าย', 'ทันตกรรม', '2025-03-02'), item('c', 'คู่มือบำนาญ', 'ชราภาพ', '2024-01-05')];

  it('takes every item by its key, in whatever order the catalogue lists them, and answers as the index it was written from', () => {
    const built = createSearchEngine();
    built.replaceAll(items());
    const bytes = built.snapshot('state-1');
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(items().reverse(), bytes, { analyseChanged: false, catalogue: 'state-1' })).toEqual({ reused: 3, analysed: 0, dropped: 0, catalogue: 'state-1', pending: [] });
    for (const q of [{ q: 'ว่างงาน' }, { q: 'ประกาศ', year: 2026 }, { q: '', sort: 'newest' }, { q: 'ทันตกรรม', group: 'law' }]) {
      expect(restarted.query(SearchQuery.parse(q))).toEqual(built.query(SearchQuery.parse(q)));
    }
  });

  it('checks each item against the cache when the stamp is another state', () => {
    const built = createSearchEngine();
    built.replaceAll(items());
    const edited = items();
    edited[1] = item('b', 'ระเบียบการเบิกจ่าย', 'แว่นตา', '2025-03-02');
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(edited, built.snapshot('state-1'), { analyseChanged: true, catalogue: 'state-2' })).toMatchObject({ reused: 2, analysed: 1, dropped: 1 });
    expect(restarted.query(SearchQuery.parse({ q: 'แว่นตา' })).found).toBe(1);
  });
});

describe('the cache stamp', () => {
  it('changes with how search items are made from documents: a renamed category, a category moved to another group (helper-68: an update kept the old names and groups)', () => {
    const before = searchStamp('label', 'texts');
    const other = categories.find((c) => c.code === 'other') as { name: { th: string }; group: string };
    const { name, group } = other;
    try {
      other.name = { ...name, th: 'ข้อมูลเบ็ดเตล็ด' };
      expect(searchStamp('label', 'texts')).not.toBe(before);
      other.name = name;
      other.group = 'plans';
      expect(searchStamp('label', 'texts')).not.toBe(before);
    } finally {
      other.name = name;
      other.group = group;
    }
    expect(searchStamp('label', 'texts')).toBe(before);
  });
});

describe('cacheFirstKiosk', () => {
  const answer = (found: number) => ({ found, hits: [] }) as unknown as SearchAnswer;
  const folder = () => {
    const calls: string[] = [];
    return { calls, open: async () => ({ kiosk: { dispatch: async (method: string) => { calls.push(method); return { ok: true as const, value: answer(7) }; } }, close: async () => undefined }) };
  };
  const caller = { transport: 'cli' as const };

  it('answers from the cache, and opens the folder for a query that found nothing, an item it could not show, or another method', async () => {
    let next: () => SearchAnswer = () => answer(3);
    const cached: CacheOnlySearch = { query: () => next(), close: () => undefined };
    const f = folder();
    const kiosk = cacheFirstKiosk(cached, f.open).kiosk;
    expect(await kiosk.dispatch('search.query', { q: 'ก' }, caller)).toEqual({ ok: true, value: answer(3) });
    expect(f.calls).toEqual([]);
    next = () => { throw new CacheOutOfStep('gone'); };
    expect(await kiosk.dispatch('search.query', { q: 'ก' }, caller)).toEqual({ ok: true, value: answer(7) });
    expect(f.calls).toEqual(['search.query']);
    // Once opened, the folder answers everything.
    next = () => answer(3);
    await kiosk.dispatch('search.query', { q: 'ก' }, caller);
    expect(f.calls).toEqual(['search.query', 'search.query']);
  });

  it('leaves a query the cache found nothing for, and a malformed one, to the opened folder', async () => {
    for (const [input, found] of [[{ q: 'ไม่มี' }, 0], [{ q: 7 }, 3]] as const) {
      const f = folder();
      const kiosk = cacheFirstKiosk({ query: () => answer(found), close: () => undefined }, f.open).kiosk;
      expect(await kiosk.dispatch('search.query', input, caller)).toEqual({ ok: true, value: answer(7) });
      expect(f.calls).toEqual(['search.query']);
    }
  });
});
