import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { createFolder, type DayRollup } from '../../electron/services/stats/dayRollup';
import { createAskedQueries } from '../../electron/services/stats/askedQueries';
import { catalogueHolds, bkk, linesOf, V } from './stats-replay';
import { fixedClock, tempDir } from './support';

const citizen = { transport: 'http' as const };

describe('top searches count what the kiosk searched, and only what it was asked (outside tester)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock(bkk('2026-11-02 09:15:00'));
  beforeEach(async () => {
    dir = await tempDir();
    clock.set(bkk('2026-11-02 09:15:00'));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await catalogueHolds(kiosk, ['doc-1']);
    const stamp = '2026-11-01T03:00:00.000Z';
    await kiosk.services.catalogue.update({ kind: 'all' }, (draft) => {
      draft.documents.push({
        id: 'median-price', title: { th: 'ประกาศราคากลางงานจ้างก่อสร้างอาคาร' }, category: 'proc-announce', published: '2026-10-01',
        unit: 'ฝ่ายพัสดุ', keywords: ['ราคากลาง'], summary: { th: 'ราคากลางของงานจ้างก่อสร้าง' }, body: 'ราคากลางงานจ้างก่อสร้างอาคารสำนักงาน',
        status: 'active', createdAt: stamp, updatedAt: stamp,
      });
    });
  });
  afterEach(async () => { await kiosk.services.stats.close(); await kiosk.services.search.close(); await dir.remove(); });

  const ok = async (method: string, input: unknown) => {
    const result = await kiosk.dispatch(method, input, citizen);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    return (result as { value: unknown }).value;
  };
  /** What the search screen does: runs the search, then records it. */
  const searched = async (visitId: string, q: string, extra: { asTyped?: boolean } = {}) => {
    const answer = await ok('search.query', { q, ...extra }) as { found: number };
    await ok('stats.record', { visitId, event: { type: 'search', query: q, resultCount: answer.found } });
    return answer;
  };
  const month = () => kiosk.services.reports.build({ kind: 'month', month: '2026-11' });

  it('counts a typo the kiosk corrected under what it searched: "าคากลาง" is "ราคากลาง", and no "no result"', async () => {
    const answer = await ok('search.query', { q: 'าคากลาง' }) as { correctedTo?: string; found: number };
    expect(answer.correctedTo).toBe('ราคากลาง');
    expect(answer.found).toBeGreaterThan(0);

    await ok('stats.visitStart', { visitId: V.A, language: 'th' });
    await searched(V.A, 'าคากลาง');
    await ok('stats.visitStart', { visitId: V.B, language: 'th' });
    await searched(V.B, 'ราคากลาง');
    // One visit that typed the slip and then the word searched one topic, once.
    await ok('stats.visitStart', { visitId: V.C, language: 'th' });
    await searched(V.C, 'าคากลาง');
    await searched(V.C, 'ราคากลาง');

    const lines = (await linesOf(dir.path)).filter((l) => l.type === 'search');
    expect(lines.map((l) => [l.query, l.searchedAs])).toEqual([['าคากลาง', 'ราคากลาง'], ['ราคากลาง', undefined], ['าคากลาง', 'ราคากลาง']]);
    const model = await month();
    expect(model.topSearches).toEqual([{ rank: 1, query: 'ราคากลาง', count: 3 }]);
    expect(model.topNoResult).toEqual([]);
    expect(model.totals.searches).toBe(3);
    expect(model.totals.searchesWithoutResult).toBe(0);
  });

  it('counts a search the citizen asked "as typed" under the typed text, and its nothing found as a "no result"', async () => {
    await ok('stats.visitStart', { visitId: V.A, language: 'th' });
    await ok('search.query', { q: 'าคากลาง' }); // corrected first; the citizen then taps "search as typed"
    const answer = await searched(V.A, 'าคากลาง', { asTyped: true });
    expect(answer.found).toBe(0);
    const model = await month();
    expect(model.topSearches).toEqual([{ rank: 1, query: 'าคากลาง', count: 1 }]);
    expect(model.topNoResult).toEqual([{ rank: 1, query: 'าคากลาง', count: 1 }]);
  });

  it('refuses a search event for a query nobody asked the kiosk: "ผู้บริหารโกง" four times in two visits is not a top search', async () => {
    for (const visitId of [V.A, V.B]) {
      await ok('stats.visitStart', { visitId, language: 'th' });
      for (let i = 0; i < 4; i++) {
        const result = await kiosk.dispatch('stats.record', { visitId, event: { type: 'search', query: 'ผู้บริหารโกง', resultCount: 0 } }, citizen);
        expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
        const { error } = result as { error: { message: string; messageTh: string } };
        expect(error.messageTh).toContain('ไม่ได้');
        expect(error.message).toContain('not counted');
      }
    }
    // Asked more than half an hour ago is not "recently" either.
    await ok('search.query', { q: 'ผู้บริหารโกง' });
    clock.advance(31 * 60_000);
    await ok('stats.visitStart', { visitId: V.C, language: 'th' });
    expect(await kiosk.dispatch('stats.record', { visitId: V.C, event: { type: 'search', query: 'ผู้บริหารโกง', resultCount: 0 } }, citizen)).toMatchObject({ ok: false });
    // Staff and the CLI searching it are no citizen asking.
    await kiosk.dispatch('search.query', { q: 'ผู้บริหารโกง' }, { transport: 'cli' });
    expect(await kiosk.dispatch('stats.record', { visitId: V.C, event: { type: 'search', query: 'ผู้บริหารโกง', resultCount: 0 } }, citizen)).toMatchObject({ ok: false });

    expect((await linesOf(dir.path)).filter((l) => l.type === 'search')).toEqual([]);
    const model = await month();
    expect(model.topSearches).toEqual([]);
    expect(model.topNoResult).toEqual([]);
    expect(model.totals.searches).toBe(0);
  });

  it('counts a search asked a moment ago, spaces and case aside (the screen records the trimmed field)', async () => {
    await ok('stats.visitStart', { visitId: V.A, language: 'th' });
    await ok('search.query', { q: '  ราคากลาง ' });
    clock.advance(60_000);
    await ok('stats.record', { visitId: V.A, event: { type: 'search', query: 'ราคากลาง', resultCount: 1 } });
    expect((await month()).topSearches).toEqual([{ rank: 1, query: 'ราคากลาง', count: 1 }]);
  });
});

describe('the roll-up groups by what was searched', () => {
  it('reads searchedAs where a line has it, and the typed query where it has not (lines written before)', () => {
    const days = new Map<string, DayRollup>();
    const { fold } = createFolder(days);
    fold(JSON.stringify({ at: '2026-11-02T02:15:00.000Z', visit: V.A, type: 'search', query: 'าคากลาง', searchedAs: 'ราคากลาง', resultCount: 1 }));
    fold(JSON.stringify({ at: '2026-11-02T02:16:00.000Z', visit: V.B, type: 'search', query: 'ราคากลาง', resultCount: 1 }));
    fold(JSON.stringify({ at: '2026-11-02T02:17:00.000Z', visit: V.C, type: 'search', query: 'าคากลาง', resultCount: 0, newNoResult: true }));
    const day = days.get('2026-11-02')!;
    expect(day.queries).toEqual({ 'ราคากลาง': 2, 'าคากลาง': 1 });
    expect(day.noResult).toEqual({ 'าคากลาง': 1 });
  });
});

describe('the queries citizens asked recently (budgeted)', () => {
  it('forgets a query after its time, and keeps no more than its limit: the oldest go first', () => {
    let now = 0;
    const asked = createAskedQueries({ now: () => now, keepMs: 1000, max: 3 });
    asked.note('หนึ่ง', false);
    asked.note('สอง', true);
    expect(asked.lookup('หนึ่ง')).toEqual({ asTyped: false });
    expect(asked.lookup('สอง')).toEqual({ asTyped: true });
    now = 500;
    asked.note('หนึ่ง', true); // asked again: kept longer, and as typed now
    asked.note('สาม', false);
    asked.note('สี่', false); // the fourth pushes out the oldest, สอง
    expect(asked.lookup('สอง')).toBeUndefined();
    expect(asked.size()).toBe(3);
    now = 1200;
    expect(asked.lookup('หนึ่ง')).toEqual({ asTyped: true });
    now = 1600;
    expect(asked.lookup('หนึ่ง')).toBeUndefined();
    for (let i = 0; i < 100; i++) asked.note(`คำ${i}`, false);
    expect(asked.size()).toBe(3);
  });
});
