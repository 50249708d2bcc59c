import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { ReportModel } from '../../electron/contract/reports';
import type { Caller } from '../../electron/dispatch';
import { askedFirst, bkk, catalogueHolds } from './stats-replay';
import { fixedClock, tempDir } from './support';

/*
 * Outside trial: within one visit the same thing counted again and again. Three scripted visits
 * sending 50 views of one document each made it the month's top document with 63 views; two
 * made-up visits repeating one search put it first among the top searches (6). Within a visit a
 * document, a service standard and a search (normalised, masked) now count once, through the
 * kiosk's own budgets (no --visit-limits off).
 */
const citizen: Caller = { transport: 'test' };
const admin: Caller = { transport: 'test', actor: { id: 'a', name: 'ผู้ดูแล', role: 'admin' } };
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const SMEAR = 'ผู้บริหารโกงเงินประกันสังคม';

describe('a document, a service and a search count once per visit', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock(bkk('2026-11-02 09:00:00'));
  beforeEach(async () => {
    dir = await tempDir();
    clock.set(bkk('2026-11-02 09:00:00'));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await catalogueHolds(kiosk, ['doc-1', 'doc-2'], ['svc-1', 'svc-2']);
  });
  afterEach(async () => { await kiosk.services.stats.close(); await kiosk.services.search.close().catch(() => undefined); await dir.remove(); });

  const ok = async (method: string, input: unknown) => {
    await askedFirst(kiosk, method, input);
    const result = await kiosk.dispatch(method, input, citizen);
    expect(result, `${method} ${JSON.stringify(input)}`).toEqual({ ok: true, value: { ok: true } });
  };
  const record = (visit: number, event: Record<string, unknown>) => ok('stats.record', { visitId: uuid(visit), event });
  const report = async (month = '2026-11') => {
    const result = await kiosk.dispatch('reports.build', { period: { kind: 'month', month } }, admin);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ReportModel;
  };
  const logLines = async (month = '2026-11') =>
    (await readFile(join(dir.path, 'stats', `events-${month}.ndjson`), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

  it('50 views of one document in each of 3 visits are 3 views; its reading time is the views\' seconds summed, capped by the visit\'s length (trial)', async () => {
    for (const v of [1, 2, 3]) {
      clock.set(bkk(`2026-11-02 09:0${v}:00`));
      await ok('stats.visitStart', { visitId: uuid(v), language: 'th' });
      clock.advance(120_000);
      // All within a second: each claims 30 s. The visit has lasted 120 s, so together they read 120 s at most.
      for (let i = 0; i < 50; i++) await record(v, { type: 'documentView', documentId: 'doc-1', seconds: 30, pagesTurned: 1 });
    }
    const model = await report();
    expect(model.totals.documentViews).toBe(3);
    expect(model.topDocuments[0]).toMatchObject({ id: 'doc-1', views: 3, averageSeconds: 120 });
    expect(model.categoryGroups.reduce((sum, g) => sum + g.documentViews, 0)).toBe(3);
    expect(model.dataQuality.refusedWrites).toBe(0); // repeats are not a flood to refuse: they just count once
    // A repeat that adds no reading time is not written at all.
    expect((await logLines()).filter((l) => l.type === 'documentView')).toHaveLength(3 * 4);
  });

  it('a citizen who opens a document twice in one visit counts as one view, with both readings\' time', async () => {
    await ok('stats.visitStart', { visitId: uuid(10), language: 'th' });
    clock.advance(50_000);
    await record(10, { type: 'documentView', documentId: 'doc-1', seconds: 40, pagesTurned: 3 });
    clock.advance(40_000);
    await record(10, { type: 'documentView', documentId: 'doc-2', seconds: 20, pagesTurned: 1 });
    clock.advance(40_000);
    await record(10, { type: 'documentView', documentId: 'doc-1', seconds: 30.5, pagesTurned: 2 });
    await ok('stats.visitEnd', { visitId: uuid(10), reason: 'home' });
    const model = await report();
    expect(model.totals.documentViews).toBe(2);
    expect(model.topDocuments.map((d) => [d.id, d.views, d.averageSeconds])).toEqual([['doc-1', 1, 70.5], ['doc-2', 1, 20]]);
    const views = (await logLines()).filter((l) => l.type === 'documentView').map((l) => [l.documentId, l.seconds, l.repeat]);
    expect(views).toEqual([['doc-1', 40, undefined], ['doc-2', 20, undefined], ['doc-1', 30.5, true]]);
  });

  it('a service standard counts once per visit', async () => {
    await ok('stats.visitStart', { visitId: uuid(20), language: 'th' });
    for (let i = 0; i < 10; i++) await record(20, { type: 'serviceView', serviceId: 'svc-1' });
    await record(20, { type: 'serviceView', serviceId: 'svc-2' });
    clock.advance(60_000);
    await ok('stats.visitStart', { visitId: uuid(21), language: 'th' });
    await record(21, { type: 'serviceView', serviceId: 'svc-1' });
    expect((await report()).totals.serviceViews).toBe(3);
    expect((await logLines()).filter((l) => l.type === 'serviceView')).toHaveLength(3);
  });

  it('how to file a request, the complaint channels and a group\'s list count once per visit, also across a restart (helper-71: five repeats counted five)', async () => {
    await ok('stats.visitStart', { visitId: uuid(1), language: 'th' });
    for (let i = 0; i < 5; i++) {
      await record(1, { type: 'requestInfoShown' });
      await record(1, { type: 'complaintShown' });
      await record(1, { type: 'categoryView', group: 'procurement' });
    }
    await record(1, { type: 'categoryView', group: 'law' }); // another group is another page
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await record(1, { type: 'requestInfoShown' });
    await record(1, { type: 'categoryView', group: 'procurement' });
    await ok('stats.visitStart', { visitId: uuid(2), language: 'th' });
    await record(2, { type: 'requestInfoShown' });
    const model = await report();
    expect(model.totals).toMatchObject({ requestInfoShown: 2, complaintShown: 1 });
    const browse = Object.fromEntries(model.categoryGroups.map((g) => [g.group, g.browseViews]));
    expect(browse).toMatchObject({ procurement: 1, law: 1 });
  });

  it('reading time sent after the visit ended is capped by the visit as it ended (helper-71: 86,400 s sent 45 s after a 15 s visit averaged 78.7 s)', async () => {
    await ok('stats.visitStart', { visitId: uuid(1), language: 'th' });
    clock.advance(15_000);
    await ok('stats.visitEnd', { visitId: uuid(1), reason: 'idle' });
    clock.advance(45_000);
    await record(1, { type: 'documentView', documentId: 'doc-1', seconds: 86_400, pagesTurned: 0 });
    const model = await report();
    expect(model.topDocuments[0]).toMatchObject({ id: 'doc-1', views: 1 });
    expect(model.topDocuments[0]!.averageSeconds).toBeLessThanOrEqual(15);
  });

  it('a query repeated in two made-up visits counts twice, not six times, in the searches, top searches and "no result" (trial)', async () => {
    for (const v of [30, 31]) {
      clock.advance(60_000);
      await ok('stats.visitStart', { visitId: uuid(v), language: 'th' });
      // The same query as the recorder groups it: spaces and case do not make it another.
      for (const query of [SMEAR, ` ${SMEAR}  `, SMEAR]) await record(v, { type: 'search', query, resultCount: 0 });
    }
    clock.advance(60_000);
    await ok('stats.visitStart', { visitId: uuid(32), language: 'th' });
    for (let i = 0; i < 3; i++) await record(32, { type: 'search', query: 'ประกาศ', resultCount: 1 });
    await record(32, { type: 'search', query: 'ประกาศ จัดซื้อ', resultCount: 1 }); // another query counts
    const model = await report();
    expect(model.totals.searches).toBe(2 + 1 + 1);
    expect(model.topSearches.find((q) => q.query === SMEAR)?.count).toBe(2);
    expect(model.topSearches.find((q) => q.query === 'ประกาศ')?.count).toBe(1);
    expect(model.topNoResult).toEqual([{ rank: 1, query: SMEAR, count: 2 }]); // the catalogue finds nothing for it
    expect(model.totals.searchesWithoutResult).toBe(2);
    expect((await logLines()).filter((l) => l.type === 'search')).toHaveLength(4);
  });

  it('an ID number typed twice in different spellings of the same mask counts once', async () => {
    await ok('stats.visitStart', { visitId: uuid(40), language: 'th' });
    await record(40, { type: 'search', query: 'เลขบัตร 1-2345-67890-12-3', resultCount: 0 });
    await record(40, { type: 'search', query: 'เลขบัตร 3-1111-22222-33-4', resultCount: 0 }); // masked alike: #-####-#####-##-#
    const model = await report();
    expect(model.totals.searches).toBe(1);
    expect(model.topSearches).toEqual([{ rank: 1, query: 'เลขบัตร #-####-#####-##-#', count: 1 }]);
  });

  it('a search first answered while the kiosk was still indexing counts once, and as "no result" once the whole index finds nothing', async () => {
    await ok('stats.visitStart', { visitId: uuid(50), language: 'th' });
    await record(50, { type: 'search', query: 'ฌฌฌฌ ไม่มีผล', resultCount: 0, partial: true });
    await record(50, { type: 'search', query: 'ฌฌฌฌ ไม่มีผล', resultCount: 0 });
    await record(50, { type: 'search', query: 'ฌฌฌฌ ไม่มีผล', resultCount: 0 });
    const model = await report();
    expect(model.totals).toMatchObject({ searches: 1, searchesWithoutResult: 1 });
    expect(model.topSearches).toEqual([{ rank: 1, query: 'ฌฌฌฌ ไม่มีผล', count: 1 }]);
    expect(model.topNoResult).toEqual([{ rank: 1, query: 'ฌฌฌฌ ไม่มีผล', count: 1 }]);
  });

  it('still counts once across a restart of the kiosk in the middle of the visit', async () => {
    await ok('stats.visitStart', { visitId: uuid(60), language: 'th' });
    clock.advance(60_000);
    await record(60, { type: 'documentView', documentId: 'doc-1', seconds: 50, pagesTurned: 1 });
    await record(60, { type: 'serviceView', serviceId: 'svc-1' });
    await record(60, { type: 'search', query: 'ประกาศ', resultCount: 1 });
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    clock.advance(60_000);
    await record(60, { type: 'documentView', documentId: 'doc-1', seconds: 500, pagesTurned: 1 }); // 120 s of visit: 70 s more at most
    await record(60, { type: 'documentView', documentId: 'doc-1', seconds: 500, pagesTurned: 1 }); // nothing more
    await record(60, { type: 'serviceView', serviceId: 'svc-1' });
    await record(60, { type: 'search', query: ' ประกาศ ', resultCount: 1 });
    await ok('stats.visitEnd', { visitId: uuid(60), reason: 'idle' });
    const model = await report();
    expect(model.totals).toMatchObject({ visits: 1, documentViews: 1, serviceViews: 1, searches: 1 });
    expect(model.topDocuments).toMatchObject([{ id: 'doc-1', views: 1, averageSeconds: 120 }]);
  });

  it('still counts once across a restart just past midnight on the 1st, in a visit that began the month before (review)', async () => {
    clock.set(bkk('2026-11-30 23:55:00'));
    await ok('stats.visitStart', { visitId: uuid(65), language: 'th' });
    clock.set(bkk('2026-11-30 23:56:00'));
    await record(65, { type: 'documentView', documentId: 'doc-1', seconds: 50, pagesTurned: 1 });
    await record(65, { type: 'serviceView', serviceId: 'svc-1' });
    await record(65, { type: 'qrShown', documentId: 'doc-1' });
    await record(65, { type: 'search', query: 'ประกาศ', resultCount: 1 });
    await kiosk.services.stats.close();
    clock.set(bkk('2026-12-01 00:02:00'));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await record(65, { type: 'documentView', documentId: 'doc-1', seconds: 30, pagesTurned: 1 });
    await record(65, { type: 'serviceView', serviceId: 'svc-1' });
    await record(65, { type: 'qrShown', documentId: 'doc-1' });
    await record(65, { type: 'search', query: ' ประกาศ ', resultCount: 1 });
    await ok('stats.visitEnd', { visitId: uuid(65), reason: 'idle' });
    // December holds the reading time the repeat added and the visit's end (of 7 minutes): no new visit, view or search.
    expect((await logLines('2026-12')).map((l) => [l.type, l.repeat, l.seconds])).toEqual([['documentView', true, 30], ['visitEnd', undefined, 420]]);
    const december = await report('2026-12');
    expect(december.totals).toMatchObject({ visits: 0, documentViews: 0, serviceViews: 0, searches: 0 });
    expect((await report('2026-11')).totals).toMatchObject({ visits: 1, documentViews: 1, serviceViews: 1, searches: 1 });
  });

  it('a visit over midnight: a repeat after it adds reading time to the view, never a view or an unreadable average to the next day', async () => {
    clock.set(bkk('2026-11-30 23:58:00'));
    await ok('stats.visitStart', { visitId: uuid(70), language: 'th' });
    clock.set(bkk('2026-11-30 23:59:00'));
    await record(70, { type: 'documentView', documentId: 'doc-1', seconds: 30, pagesTurned: 1 });
    clock.set(bkk('2026-12-01 00:01:00'));
    await record(70, { type: 'documentView', documentId: 'doc-1', seconds: 60, pagesTurned: 1 });
    await ok('stats.visitEnd', { visitId: uuid(70), reason: 'idle' });
    expect((await report('2026-11')).topDocuments).toMatchObject([{ id: 'doc-1', views: 1, averageSeconds: 30 }]);
    const december = await report('2026-12');
    expect(december.totals.documentViews).toBe(0);
    expect(december.topDocuments).toEqual([]);
    expect(JSON.stringify(december)).not.toMatch(/NaN|null,"views"/);
  });

  it('a log written before this rule (a document viewed twice in one visit, no marks) counts as it always did: its roll-up and a refold agree', async () => {
    const visit = uuid(80);
    const line = (at: string, rest: Record<string, unknown>) => JSON.stringify({ at: bkk(at), visit, ...rest });
    await writeFile(join(dir.path, 'stats', 'events-2026-10.ndjson'), [
      line('2026-10-05 10:00:00', { type: 'visitStart', language: 'th' }),
      line('2026-10-05 10:00:30', { type: 'documentView', documentId: 'doc-1', seconds: 20, pagesTurned: 1 }),
      line('2026-10-05 10:01:00', { type: 'documentView', documentId: 'doc-1', seconds: 25, pagesTurned: 1 }),
      line('2026-10-05 10:01:10', { type: 'serviceView', serviceId: 'svc-1' }),
      line('2026-10-05 10:01:20', { type: 'serviceView', serviceId: 'svc-1' }),
      line('2026-10-05 10:01:30', { type: 'search', query: 'ประกาศ', resultCount: 1 }),
      line('2026-10-05 10:01:40', { type: 'search', query: 'ประกาศ', resultCount: 1 }),
      line('2026-10-05 10:02:00', { type: 'visitEnd', reason: 'idle', seconds: 120 }),
    ].join('\n') + '\n');
    const expected = { documentViews: 2, serviceViews: 2, searches: 2 };
    expect((await report('2026-10')).totals).toMatchObject(expected);
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    expect((await report('2026-10')).totals).toMatchObject(expected);
    expect((await report('2026-10')).topDocuments).toMatchObject([{ id: 'doc-1', views: 2, averageSeconds: 22.5 }]);
  });
});
