import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { ReportModel } from '../../electron/contract/reports';
import type { Caller } from '../../electron/dispatch';
import { askedFirst, bkk, catalogueHolds } from './stats-replay';
import { fixedClock, tempDir } from './support';

/*
 * Issue 12: 315 fake events a second once made the month's report show 3,000 visits, a top search
 * and a satisfaction of the attacker's choosing. Public writes are budgeted per visit and overall;
 * refused calls are counted, never written, and the report says how many.
 */
const citizen: Caller = { transport: 'test' };
const admin: Caller = { transport: 'test', actor: { id: 'a', name: 'ผู้ดูแล', role: 'admin' } };
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('rate limits on public writes', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock(bkk('2026-11-02 09:00:00'));
  beforeEach(async () => {
    dir = await tempDir();
    clock.set(bkk('2026-11-02 09:00:00'));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await catalogueHolds(kiosk, ['doc-1']);
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  const ok = async (method: string, input: unknown) => {
    await askedFirst(kiosk, method, input);
    const result = await kiosk.dispatch(method, input, citizen);
    expect(result, `${method} ${JSON.stringify(input)}`).toEqual({ ok: true, value: { ok: true } });
  };
  /** Ten real visitors, minutes apart: each searches once and answers the survey with 5. */
  async function realVisits(first: number) {
    for (let v = first; v < first + 10; v++) {
      clock.advance(5 * 60_000);
      await ok('stats.visitStart', { visitId: uuid(v), language: 'th' });
      clock.advance(20_000);
      await ok('stats.record', { visitId: uuid(v), event: { type: 'search', query: 'ประกันสังคม', resultCount: 3 } });
      clock.advance(20_000);
      await ok('stats.survey', { visitId: uuid(v), visitorType: 'insured', satisfaction: 5, skipped: false });
      await ok('stats.visitEnd', { visitId: uuid(v), reason: 'survey' });
    }
  }
  const report = async () => {
    const result = await kiosk.dispatch('reports.build', { period: { kind: 'month', month: '2026-11' } }, admin);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ReportModel;
  };
  const logLines = async () => (await readFile(join(dir.path, 'stats', 'events-2026-11.ndjson'), 'utf8')).trimEnd().split('\n');

  it('a flood of fake visits is refused past a small burst: counted, never written, and the report says how many', async () => {
    await realVisits(1);
    const linesBefore = (await logLines()).length;
    let refused = 0;
    let accepted = 0;
    let unknownVisit = 0;
    // One second of the flood seen in the probe: 315 fake visits, each searching the attacker's word and scoring 1.
    for (let i = 0; i < 315; i++) {
      const visitId = uuid(10_000 + i);
      for (const [method, input] of [
        ['stats.visitStart', { visitId, language: 'th' }],
        ['stats.record', { visitId, event: { type: 'search', query: 'คำของผู้โจมตี', resultCount: 9 } }],
        ['stats.survey', { visitId, satisfaction: 1, skipped: false }],
      ] as const) {
        await askedFirst(kiosk, method, input); // the attacker asks the kiosk first: the budget still holds
        const result = await kiosk.dispatch(method, input, citizen);
        if (result.ok) accepted++;
        else if (method === 'stats.survey' && result.error.code === 'not_found') unknownVisit++; // its start was refused: no visit to answer for
        else { expect(result.error).toMatchObject({ code: 'rate_limited' }); expect(result.error.messageTh).toBeTruthy(); refused++; }
      }
    }
    expect(accepted).toBe(3 * 3); // the new-visit burst (3), and their events
    expect(unknownVisit).toBe(315 - 3);
    expect(refused).toBe(315 * 3 - accepted - unknownVisit);
    await realVisits(100); // the kiosk recovers for the next real visitors

    const model = await report();
    expect(model.totals.visits).toBe(20 + 3);
    expect(model.topSearches[0]).toMatchObject({ query: 'ประกันสังคม', count: 20 });
    expect(model.survey.satisfactionAverage).toBe(4.48); // (20 x 5 + 3 x 1) / 23; the flood alone made it 1.0
    expect(model.dataQuality.refusedWrites).toBe(refused);
    for (const format of ['csv', 'html'] as const) {
      const file = await kiosk.dispatch('reports.export', { period: { kind: 'month', month: '2026-11' }, format }, admin);
      const text = file.ok ? Buffer.from((file.value as { base64: string }).base64, 'base64').toString('utf8') : '';
      expect(text, format).toMatch(/ถูกปฏิเสธเพราะส่งถี่|ส่งบันทึกการใช้งานถี่เกิน/);
      expect(text, format).toContain(format === 'csv' ? String(refused) : refused.toLocaleString('th-TH'));
    }
    // Refused calls are never written: the log grew by the accepted calls, the real visits and the count lines only.
    const written = await logLines();
    const countLines = written.filter((l) => l.includes('"type":"refused"'));
    expect(written.length).toBe(linesBefore + accepted + 10 * 4 + countLines.length);
    expect(countLines.length).toBeLessThanOrEqual(3);
  });

  it('a search for "constructor" (or any name Object has) counts as one, and the month\'s roll-up survives a restart (trial, helper-26)', async () => {
    const words = ['constructor', 'Constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];
    for (const [i, query] of words.entries()) {
      clock.set(bkk(`2026-11-02 10:0${i}:00`));
      await ok('stats.visitStart', { visitId: uuid(60 + i), language: 'en' });
      await ok('stats.record', { visitId: uuid(60 + i), event: { type: 'search', query, resultCount: 0 } });
    }
    const counts = (model: ReportModel, list: 'topSearches' | 'topNoResult') => Object.fromEntries(model[list].map((q) => [q.query, q.count]));
    const expected = { constructor: 2, tostring: 1, hasownproperty: 1, '(__proto__)': 1, valueof: 1 };
    expect(counts(await report(), 'topSearches')).toEqual(expected);
    expect(counts(await report(), 'topNoResult')).toEqual(expected);
    // The roll-up written for the month is read back as sound after a restart: not set aside as damaged and rebuilt.
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    expect(counts(await report(), 'topSearches')).toEqual(expected);
    expect((await readdir(join(dir.path, 'stats', 'rollups'))).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('a survey answer needs a visit the kiosk saw: answers for made-up visits are refused, so the response rate cannot pass 100% (trial, helper-26)', async () => {
    await ok('stats.visitStart', { visitId: uuid(70), language: 'th' });
    await ok('stats.record', { visitId: uuid(70), event: { type: 'screen', name: 'home' } });
    await ok('stats.survey', { visitId: uuid(70), visitorType: 'insured', satisfaction: 3, skipped: false });
    await ok('stats.visitEnd', { visitId: uuid(70), reason: 'survey' });
    for (const made of [uuid(71), uuid(72)]) {
      const result = await kiosk.dispatch('stats.survey', { visitId: made, visitorType: 'government', satisfaction: 5, skipped: false }, citizen);
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    const model = await report();
    expect(model.survey).toMatchObject({ answered: 1, responseRate: 1, satisfactionAverage: 3 });
    expect(model.totals.visits).toBe(1); // no visit implied by a refused answer
  });

  it('a document\'s QR code counts once per visit, however often its page is shown again (trial, helper-26)', async () => {
    await catalogueHolds(kiosk, ['doc-2']);
    await ok('stats.visitStart', { visitId: uuid(80), language: 'th' });
    for (let i = 0; i < 10; i++) await ok('stats.record', { visitId: uuid(80), event: { type: 'qrShown', documentId: 'doc-1' } });
    await ok('stats.record', { visitId: uuid(80), event: { type: 'qrShown', documentId: 'doc-2' } });
    // ...also across a restart of the kiosk in the middle of the visit (review, helper-30).
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await ok('stats.record', { visitId: uuid(80), event: { type: 'qrShown', documentId: 'doc-1' } });
    await ok('stats.visitEnd', { visitId: uuid(80), reason: 'home' });
    clock.set(bkk('2026-11-02 09:30:00'));
    await ok('stats.visitStart', { visitId: uuid(81), language: 'th' });
    await ok('stats.record', { visitId: uuid(81), event: { type: 'qrShown', documentId: 'doc-1' } });
    expect((await report()).totals.qrShown).toBe(3);
  });

  it('one visit hammering a search counts it once and is refused past three tries; its other events are budgeted per second', async () => {
    await realVisits(1);
    await ok('stats.visitStart', { visitId: uuid(50), language: 'th' });
    let refused = 0;
    await askedFirst(kiosk, 'stats.record', { event: { type: 'search', query: 'คำของผู้โจมตี' } });
    for (let i = 0; i < 1000; i++) {
      const result = await kiosk.dispatch('stats.record', { visitId: uuid(50), event: { type: 'search', query: i % 2 ? 'คำของผู้โจมตี' : ' คำของผู้โจมตี ', resultCount: 1 } }, citizen);
      if (!result.ok) refused++;
    }
    expect(refused).toBe(997); // counted once (stats-once-per-visit.test.ts); past three tries a flood the report tells of
    // The same document again and again is one view, not a flood: answered, not written, not refused.
    for (let i = 0; i < 100; i++) await ok('stats.record', { visitId: uuid(50), event: { type: 'documentView', documentId: 'doc-1', seconds: 1, pagesTurned: 0 } });
    for (let i = 0; i < 100; i++) {
      const result = await kiosk.dispatch('stats.record', { visitId: uuid(50), event: { type: 'screen', name: 'home' } }, citizen);
      if (!result.ok) refused++;
    }
    expect(refused).toBe(997 + 100 - 28); // a visit's burst is 30 events (a search and a view were two)
    const model = await report();
    expect(model.topSearches.find((q) => q.query === 'คำของผู้โจมตี')?.count).toBe(1);
    expect(model.topSearches[0]).toMatchObject({ query: 'ประกันสังคม' });
    expect(model.totals.documentViews).toBe(1);
    expect(model.dataQuality.refusedWrites).toBe(refused);
  });

  it('open visits expire after half an hour of silence; a late event then needs a new-visit budget like any other', async () => {
    for (let v = 0; v < 3; v++) await ok('stats.visitStart', { visitId: uuid(v), language: 'th' });
    expect(kiosk.services.stats.openVisits()).toBe(3);
    clock.advance(31 * 60_000);
    await ok('stats.visitStart', { visitId: uuid(99), language: 'th' });
    expect(kiosk.services.stats.openVisits()).toBe(1);
    await ok('stats.record', { visitId: uuid(0), event: { type: 'screen', name: 'home' } });
    const lines = (await logLines()).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-2)).toMatchObject({ visit: uuid(0), type: 'visitStart', implied: true });
  });
});
