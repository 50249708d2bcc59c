import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { contract } from '../../electron/contract/index';
import { createDispatcher, type AuditEntry } from '../../electron/dispatch';
import { askedFirst, bkk, catalogueHolds, V } from './stats-replay';
import { fixedClock, tempDir } from './support';

const citizen = { transport: 'test' as const };
const linesOf = async (dataDir: string, month: string) =>
  (await readFile(join(dataDir, 'stats', `events-${month}.ndjson`), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('recording visits', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock(bkk('2026-11-02 09:15:00'));
  beforeEach(async () => {
    dir = await tempDir();
    clock.set(bkk('2026-11-02 09:15:00'));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await catalogueHolds(kiosk, ['doc-1', 'doc-2', 'doc-3', 'doc-9'], ['svc-1']);
  });
  // The search index writes its cache after the recorder's first count built it: let it finish before the folder goes.
  afterEach(async () => { await kiosk.services.stats.close(); await kiosk.services.search.close(); await dir.remove(); });

  const call = async (method: string, input: unknown) => {
    await askedFirst(kiosk, method, input);
    const result = await kiosk.dispatch(method, input, citizen);
    expect(result).toEqual({ ok: true, value: { ok: true } });
  };

  it('stores typed queries with ID and phone numbers masked, and nothing else about the person', async () => {
    await call('stats.visitStart', { visitId: V.A, language: 'th' });
    await call('stats.record', { visitId: V.A, event: { type: 'search', query: 'ตรวจสิทธิ 1-2345-67890-12-3', resultCount: 0 } });
    await call('stats.record', { visitId: V.A, event: { type: 'search', query: 'โทร 0812345678', resultCount: 0 } });
    await call('stats.record', { visitId: V.A, event: { type: 'resultOpened', query: '+66 81 234 5678 ประกาศ', documentId: 'doc-1' } });
    const raw = await readFile(join(dir.path, 'stats', 'events-2026-11.ndjson'), 'utf8');
    for (const secret of ['67890', '2345', '0812345678', '234 5678']) expect(raw).not.toContain(secret);
    expect([...raw].every((c) => c.charCodeAt(0) < 0x80)).toBe(true); // Thai is stored as \u escapes: pure ASCII lines
    const lines = await linesOf(dir.path, '2026-11');
    expect(lines.map((l) => l.query)).toEqual([undefined, 'ตรวจสิทธิ #-####-#####-##-#', 'โทร ##########', '+## ## ### #### ประกาศ']);
    expect(lines[0]).toEqual({ at: '2026-11-02T02:15:00.000Z', visit: V.A, type: 'visitStart', language: 'th' });
  });

  it('derives "no result" from the search itself: a separate noResult event is no longer taken', async () => {
    const result = await kiosk.dispatch('stats.record', { visitId: V.A, event: { type: 'noResult', query: 'ไม่มีผล' } }, citizen);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('takes the time from the clock: the renderer cannot send one', async () => {
    const result = await kiosk.dispatch('stats.record', { visitId: V.A, event: { type: 'screen', name: 'home', at: '2020-01-01T00:00:00Z' } }, citizen);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    clock.set(bkk('2026-11-02 09:16:00'));
    await call('stats.record', { visitId: V.A, event: { type: 'screen', name: 'home' } });
    expect((await linesOf(dir.path, '2026-11')).at(-1)).toMatchObject({ at: '2026-11-02T02:16:00.000Z', type: 'screen', name: 'home' });
  });

  it('counts a document read no longer than the visit has lasted: a passer-by\'s "86,400 seconds" cannot set the average (trial, helper-22)', async () => {
    await call('stats.visitStart', { visitId: V.A, language: 'th' });
    clock.set(bkk('2026-11-02 09:15:40'));
    await call('stats.record', { visitId: V.A, event: { type: 'documentView', documentId: 'doc-1', seconds: 86_400, pagesTurned: 2 } });
    await call('stats.record', { visitId: V.A, event: { type: 'documentView', documentId: 'doc-2', seconds: 12.5, pagesTurned: 1 } });
    // A visit the kiosk did not see start (a restart): only what it saw of it.
    clock.set(bkk('2026-11-02 09:16:00'));
    await call('stats.record', { visitId: V.B, event: { type: 'screen', name: 'home' } });
    clock.set(bkk('2026-11-02 09:16:05'));
    await call('stats.record', { visitId: V.B, event: { type: 'documentView', documentId: 'doc-3', seconds: 600, pagesTurned: 0 } });
    const views = (await linesOf(dir.path, '2026-11')).filter((l) => l.type === 'documentView').map((l) => [l.documentId, l.seconds]);
    expect(views).toEqual([['doc-1', 40], ['doc-2', 12.5], ['doc-3', 5]]);
  });

  it('accepts an unknown visit: its start is implied once, its events attributed to it', async () => {
    await call('stats.record', { visitId: V.D, event: { type: 'qrShown', documentId: 'doc-9' } });
    await call('stats.record', { visitId: V.D, event: { type: 'serviceView', serviceId: 'svc-1' } });
    clock.advance(30_000);
    await call('stats.visitEnd', { visitId: V.D, reason: 'idle' });
    await call('stats.visitEnd', { visitId: V.D, reason: 'idle' }); // a repeated end is not a second visit
    const lines = await linesOf(dir.path, '2026-11');
    expect(lines.map((l) => l.type)).toEqual(['visitStart', 'qrShown', 'serviceView', 'visitEnd']);
    expect(lines[0]).toMatchObject({ implied: true, visit: V.D });
    expect(lines[3]).not.toHaveProperty('seconds'); // the length of a visit whose start was not seen is unknown
  });

  it('refuses a view, QR or opened result of a document or service the catalogue never held: not written, and no visit implied (trial, helper-22)', async () => {
    const made = [
      { type: 'documentView', documentId: 'made-up-1', seconds: 30, pagesTurned: 2 },
      { type: 'qrShown', documentId: 'made-up-2' },
      { type: 'resultOpened', query: 'x', documentId: 'made-up-3' },
      { type: 'serviceView', serviceId: 'made-up-4' },
    ];
    for (const event of made) {
      const result = await kiosk.dispatch('stats.record', { visitId: V.E, event }, citizen);
      expect(result, JSON.stringify(event)).toMatchObject({ ok: false, error: { code: 'not_found' } });
      if (!result.ok) expect(result.error.messageTh).toMatch(/ไม่มี(เอกสาร|บริการ)นี้ในทะเบียน/);
    }
    await expect(readFile(join(dir.path, 'stats', 'events-2026-11.ndjson'), 'utf8')).rejects.toThrow(); // nothing written, not even an implied start
    // A document retired since it was opened is still one the catalogue held: its view counts.
    await kiosk.services.catalogue.update({ kind: 'document', id: 'doc-2' }, (draft) => {
      draft.documents = draft.documents.map((d) => (d.id === 'doc-2' ? { ...d, status: 'retired' as const } : d));
    });
    await call('stats.record', { visitId: V.E, event: { type: 'documentView', documentId: 'doc-2', seconds: 0, pagesTurned: 0 } });
    expect((await linesOf(dir.path, '2026-11')).map((l) => [l.type, l.documentId])).toEqual([['visitStart', undefined], ['documentView', 'doc-2']]);
  });

  it('counts a search by what this kiosk finds for it, not by what the screen claims: a passer-by cannot put a found query among the "no result" ones (trial, helper-26)', async () => {
    await kiosk.services.search.flush();
    await call('stats.visitStart', { visitId: V.A, language: 'th' });
    await call('stats.record', { visitId: V.A, event: { type: 'search', query: 'ประกันสังคม', resultCount: 0 } });
    await call('stats.record', { visitId: V.A, event: { type: 'search', query: 'ฌฌฌฌ ไม่มีในทะเบียน', resultCount: 9 } });
    const searches = (await linesOf(dir.path, '2026-11')).filter((l) => l.type === 'search');
    expect(searches[0]).toMatchObject({ query: 'ประกันสังคม' });
    expect(searches[0]!.resultCount).toBeGreaterThan(0);
    expect(searches[0]).not.toHaveProperty('newNoResult');
    expect(searches[1]).toMatchObject({ query: 'ฌฌฌฌ ไม่มีในทะเบียน', resultCount: 0, newNoResult: true });
  });

  it('refuses malformed events and surveys that are skipped yet answered', async () => {
    const bad = [
      ['stats.visitStart', { visitId: 'not-a-uuid', language: 'th' }],
      ['stats.record', { visitId: V.A, event: { type: 'search', query: 'x', resultCount: -1 } }],
      ['stats.record', { visitId: V.A, event: { type: 'documentView', documentId: '../etc', seconds: 3, pagesTurned: 1 } }],
      ['stats.record', { visitId: V.A, event: { type: 'teleport' } }],
      ['stats.visitEnd', { visitId: V.A, reason: 'crash' }],
      ['stats.survey', { visitId: V.A, satisfaction: 6, skipped: false }],
      ['stats.survey', { visitId: V.A, satisfaction: 4, skipped: true }],
      ['stats.survey', { visitId: V.A, skipped: false, name: 'สมชาย' }],
    ] as const;
    for (const [method, input] of bad) expect((await kiosk.dispatch(method, input, citizen)).ok, JSON.stringify(input)).toBe(false);
  });

  it('is public and not audited: an anonymous usage log, not the audit trail', async () => {
    for (const name of ['stats.visitStart', 'stats.record', 'stats.visitEnd', 'stats.survey'] as const) {
      expect(contract[name]).toMatchObject({ role: 'public', changes: false });
    }
    const audited: AuditEntry[] = [];
    const dispatch = createDispatcher({ handlers: kiosk.services.handlers, clock, log: kiosk.services.log, audit: async (e) => { audited.push(e); return undefined; } });
    expect(await dispatch('stats.visitStart', { visitId: V.B, language: 'en' }, citizen)).toEqual({ ok: true, value: { ok: true } });
    expect(audited).toEqual([]);
  });

  it('never counts a search answered while the kiosk was still indexing bodies as "no result"', async () => {
    await call('stats.visitStart', { visitId: V.A, language: 'th' });
    await call('stats.record', { visitId: V.A, event: { type: 'search', query: 'ฌฌฌฌ ไม่มีผล', resultCount: 0, partial: true } });
    await call('stats.record', { visitId: V.A, event: { type: 'search', query: 'ฌฌฌฌ ไม่มีผล', resultCount: 0 } });
    const lines = await linesOf(dir.path, '2026-11');
    expect(lines.filter((l) => l.type === 'search').map((l) => l.newNoResult ?? false)).toEqual([false, true]);
  });

  it('picks up visits still open after a restart, so their end is not a second visit', async () => {
    await call('stats.visitStart', { visitId: V.A, language: 'th' });
    await call('stats.record', { visitId: V.A, event: { type: 'search', query: 'ไม่มีผล', resultCount: 0 } });
    await kiosk.services.stats.close();
    clock.set(bkk('2026-11-02 09:17:00'));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await call('stats.record', { visitId: V.A, event: { type: 'search', query: 'ไม่มีผล', resultCount: 0 } });
    await call('stats.visitEnd', { visitId: V.A, reason: 'home' });
    const lines = await linesOf(dir.path, '2026-11');
    // The same search after the restart was counted for this visit before it (search and "no result"): not written again.
    expect(lines.map((l) => l.type)).toEqual(['visitStart', 'search', 'visitEnd']);
    expect(lines[1]).toMatchObject({ newNoResult: true });
    expect(lines[2]).toMatchObject({ seconds: 120 });
  });
  it('ends each visit with the languages it was used in: not only the one it started in', async () => {
    const ends = async () => (await linesOf(dir.path, '2026-11')).filter((l) => l.type === 'visitEnd').map((l) => [l.visit, l.languages]);
    // A: read in Thai, then switched to English.
    await call('stats.visitStart', { visitId: V.A, language: 'th' });
    await call('stats.record', { visitId: V.A, event: { type: 'screen', name: 'search' } });
    await call('stats.record', { visitId: V.A, event: { type: 'languageChanged', language: 'en' } });
    await call('stats.record', { visitId: V.A, event: { type: 'screen', name: 'doc' } });
    await call('stats.visitEnd', { visitId: V.A, reason: 'home' });
    clock.advance(30_000); // visits come at a person's pace (the public budget refuses a burst of new visits)
    // B: the first touch was the language button: English only, although the attract screen was Thai.
    await call('stats.visitStart', { visitId: V.B, language: 'th' });
    await call('stats.record', { visitId: V.B, event: { type: 'languageChanged', language: 'en' } });
    await call('stats.record', { visitId: V.B, event: { type: 'screen', name: 'services' } });
    await call('stats.visitEnd', { visitId: V.B, reason: 'idle' });
    clock.advance(30_000); // visits come at a person's pace (the public budget refuses a burst of new visits)
    // C: looked at the home screen and left: the language it was shown in.
    await call('stats.visitStart', { visitId: V.C, language: 'th' });
    await call('stats.visitEnd', { visitId: V.C, reason: 'idle' });
    clock.advance(30_000); // visits come at a person's pace (the public budget refuses a burst of new visits)
    // D: its start was not seen (a restart), and nothing says which language it was in.
    await call('stats.record', { visitId: V.D, event: { type: 'screen', name: 'doc' } });
    await call('stats.visitEnd', { visitId: V.D, reason: 'idle' });
    clock.advance(30_000); // visits come at a person's pace (the public budget refuses a burst of new visits)
    // E: switched to English before a restart and finished after it.
    await call('stats.visitStart', { visitId: V.E, language: 'th' });
    await call('stats.record', { visitId: V.E, event: { type: 'languageChanged', language: 'en' } });
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await call('stats.record', { visitId: V.E, event: { type: 'screen', name: 'search' } });
    await call('stats.visitEnd', { visitId: V.E, reason: 'home' });
    expect(await ends()).toEqual([[V.A, ['en', 'th']], [V.B, ['en']], [V.C, ['th']], [V.D, undefined], [V.E, ['en']]]);
  });
});
