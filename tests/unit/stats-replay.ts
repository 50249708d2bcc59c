import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Kiosk } from '../../electron/boot';
import type { Clock } from '../../electron/services/runtime';
import { generatedDocument } from './catalogue-store-support';

/** Visit ids of the known log (uuids, as the renderer makes them). */
export const V = {
  A: '00000000-0000-4000-8000-00000000000a',
  B: '00000000-0000-4000-8000-00000000000b',
  C: '00000000-0000-4000-8000-00000000000c',
  D: '00000000-0000-4000-8000-00000000000d',
  E: '00000000-0000-4000-8000-00000000000e',
  F: '00000000-0000-4000-8000-00000000000f',
  G: '00000000-0000-4000-8000-000000000010',
};

/** Bangkok local time "2026-11-02 09:15:00" as an ISO instant. */
export const bkk = (local: string) => new Date(`${local.replace(' ', 'T')}+07:00`).toISOString();

/**
 * Puts documents of these ids in the kiosk's catalogue: a usage record naming a document the
 * catalogue never held is refused (recorder), so the visits below view documents that exist.
 */
export async function catalogueHolds(kiosk: Kiosk, ids: readonly string[], serviceIds: readonly string[] = []): Promise<void> {
  const stamp = '2026-11-01T03:00:00.000Z';
  await kiosk.services.catalogue.update({ kind: 'all' }, (draft) => {
    ids.forEach((id, n) => { draft.documents.push({ ...generatedDocument(n + 1, stamp), id }); });
    for (const id of serviceIds) {
      draft.services.push({ id, title: { th: 'ขึ้นทะเบียนผู้ว่างงาน' }, description: {}, steps: [], fees: [], documents: [], channels: [], keywords: [], status: 'active', createdAt: stamp, updatedAt: stamp });
    }
  });
}

/**
 * What the search screen does before it records a search: it asks the kiosk the query. A search
 * event counts only for a query a citizen asked lately (stats/askedQueries.ts); anything else is
 * let through untouched.
 */
export async function askedFirst(kiosk: Pick<Kiosk, 'dispatch'>, method: string, input: unknown, caller: { transport: 'test' | 'http' | 'ipc' } = { transport: 'test' }): Promise<void> {
  const event = (input as { event?: { type?: unknown; query?: unknown; group?: unknown; year?: unknown } } | undefined)?.event;
  if (method !== 'stats.record' || event?.type !== 'search' || typeof event.query !== 'string') return;
  const asked = await kiosk.dispatch('search.query', { q: event.query, ...(event.group === undefined ? {} : { group: event.group }), ...(event.year === undefined ? {} : { year: event.year }) }, caller);
  if (!asked.ok) throw new Error(`search.query ${event.query}: ${asked.error.message}`);
}

/**
 * Replays a known set of visits through the real dispatcher and recorder, each call at a set
 * Bangkok time. The figures every report test expects are worked out by hand from this list.
 */
export async function replayKnownLog(kiosk: Kiosk, clock: Clock & { set(iso: string): void }) {
  const call = async (at: string, method: string, input: unknown) => {
    clock.set(bkk(at));
    await askedFirst(kiosk, method, input);
    const result = await kiosk.dispatch(method, input, { transport: 'test' });
    if (!result.ok) throw new Error(`${method} at ${at}: ${result.error.message}`);
  };
  const event = (at: string, visitId: string, e: Record<string, unknown>) => call(at, 'stats.record', { visitId, event: e });
  await catalogueHolds(kiosk, ['doc-1', 'doc-2'], ['svc-1']);

  // Last year, for the comparison: one 30-second visit with a survey.
  await call('2025-11-10 11:00:00', 'stats.visitStart', { visitId: V.G, language: 'th' });
  await call('2025-11-10 11:00:30', 'stats.visitEnd', { visitId: V.G, reason: 'survey' });
  await call('2025-11-10 11:00:35', 'stats.survey', { visitId: V.G, visitorType: 'public', satisfaction: 4, skipped: false });

  // Previous month: one 120-second visit with one search.
  await call('2026-10-20 10:00:00', 'stats.visitStart', { visitId: V.F, language: 'th' });
  await event('2026-10-20 10:00:20', V.F, { type: 'search', query: 'ว่างงาน', resultCount: 2 });
  await call('2026-10-20 10:02:00', 'stats.visitEnd', { visitId: V.F, reason: 'idle' });

  // A: Monday 2 Nov 09:15, 150 s, an ID number typed into search, survey answered.
  await call('2026-11-02 09:15:00', 'stats.visitStart', { visitId: V.A, language: 'th' });
  await event('2026-11-02 09:15:05', V.A, { type: 'screen', name: 'home' });
  await event('2026-11-02 09:15:20', V.A, { type: 'search', query: '  ประกันสังคม  ', resultCount: 5 });
  await event('2026-11-02 09:15:30', V.A, { type: 'resultOpened', query: 'ประกันสังคม', documentId: 'doc-1' });
  await event('2026-11-02 09:16:10', V.A, { type: 'documentView', documentId: 'doc-1', seconds: 40, pagesTurned: 3 });
  await event('2026-11-02 09:16:30', V.A, { type: 'search', query: 'เลขบัตร 1-2345-67890-12-3', resultCount: 0 });
  await event('2026-11-02 09:16:50', V.A, { type: 'categoryView', group: 'procurement' });
  await call('2026-11-02 09:17:30', 'stats.visitEnd', { visitId: V.A, reason: 'survey' });
  await call('2026-11-02 09:17:40', 'stats.survey', { visitId: V.A, visitorType: 'insured', satisfaction: 5, skipped: false });

  // B: Monday 2 Nov 09:40, English, 90 s, survey skipped.
  await call('2026-11-02 09:40:00', 'stats.visitStart', { visitId: V.B, language: 'en' });
  await event('2026-11-02 09:40:10', V.B, { type: 'search', query: 'ประกันสังคม', resultCount: 5 });
  await event('2026-11-02 09:40:30', V.B, { type: 'documentView', documentId: 'doc-2', seconds: 20, pagesTurned: 1 });
  await event('2026-11-02 09:41:00', V.B, { type: 'serviceView', serviceId: 'svc-1' });
  await event('2026-11-02 09:41:10', V.B, { type: 'qrShown', documentId: 'doc-1' });
  await event('2026-11-02 09:41:20', V.B, { type: 'documentView', documentId: 'doc-1', seconds: 60, pagesTurned: 5 }); // read since 09:40:20
  await call('2026-11-02 09:41:30', 'stats.visitEnd', { visitId: V.B, reason: 'idle' });
  await call('2026-11-02 09:41:31', 'stats.survey', { visitId: V.B, skipped: true });

  // C: Tuesday 3 Nov 14:05, 60 s: a formula and a phone number typed, both found nothing.
  await call('2026-11-03 14:05:00', 'stats.visitStart', { visitId: V.C, language: 'th' });
  await event('2026-11-03 14:05:10', V.C, { type: 'search', query: '=HYPERLINK("x")', resultCount: 0 });
  await event('2026-11-03 14:05:20', V.C, { type: 'search', query: 'โทร 081-234-5678', resultCount: 0 });
  await event('2026-11-03 14:05:30', V.C, { type: 'categoryView', category: 's9-4' });
  await event('2026-11-03 14:05:40', V.C, { type: 'requestInfoShown' });
  await event('2026-11-03 14:05:45', V.C, { type: 'complaintShown' });
  await event('2026-11-03 14:05:50', V.C, { type: 'languageChanged', language: 'en' });
  await call('2026-11-03 14:06:00', 'stats.visitEnd', { visitId: V.C, reason: 'home' });
  await call('2026-11-03 14:06:05', 'stats.survey', { visitId: V.C, visitorType: 'employer', satisfaction: 3, skipped: false });
  await call('2026-11-03 14:06:06', 'stats.survey', { visitId: V.C, visitorType: 'employer', satisfaction: 1, skipped: false }); // a repeat: ignored

  // D: Sunday 15 Nov 20:30, never started (e.g. after a restart): its start is implied, its length unknown.
  await event('2026-11-15 20:29:50', V.D, { type: 'screen', name: 'document' });
  await event('2026-11-15 20:30:00', V.D, { type: 'documentView', documentId: 'doc-2', seconds: 10, pagesTurned: 0 });
  await call('2026-11-15 20:31:00', 'stats.visitEnd', { visitId: V.D, reason: 'idle' });

  // E: Monday 30 Nov 23:50, ends after midnight on 1 December (720 s, counted as ended in December).
  await call('2026-11-30 23:50:00', 'stats.visitStart', { visitId: V.E, language: 'th' });
  await event('2026-11-30 23:50:30', V.E, { type: 'search', query: 'ประกันสังคม', resultCount: 3 });
  await call('2026-12-01 00:02:00', 'stats.visitEnd', { visitId: V.E, reason: 'idle' });
}

/** The usage log's lines of November 2026 (the stats tests' month), parsed; none when there is no file yet. */
export const linesOf = async (dataDir: string) =>
  (await readFile(join(dataDir, 'stats', 'events-2026-11.ndjson'), 'utf8').catch(() => '')).trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
