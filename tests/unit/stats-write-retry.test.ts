import { beforeEach, describe, expect, it } from 'vitest';
import type { VisitEvent } from '../../electron/contract/stats';
import { silentLog } from '../../electron/services/runtime';
import type { EventLog } from '../../electron/services/stats/eventLog';
import { createRecorder } from '../../electron/services/stats/recorder';
import { defaultVisitLimits, type VisitLimits } from '../../electron/services/stats/visitBudget';
import { bkk, V } from './stats-replay';
import { fixedClock } from './support';

/*
 * Review of the once-per-visit rule: an item is marked counted for its visit before its line is
 * written. When the write fails (a full disk) or is refused (the visit's budget), the mark must be
 * taken back, or every retry in the visit is answered ok and never written: the view or search is
 * lost from the report. (A search was lost so: the first threw ENOSPC, the retry returned ok, the
 * log held only visitStart and serviceView.) The usage log is injected, so a write fails here on demand.
 */
const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/** An in-memory usage log whose next `failures` appends throw ENOSPC (nothing stored). */
function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  const log: EventLog & { failures: number } = {
    failures: 0,
    async append(_month, line) {
      if (log.failures > 0) { log.failures--; throw noSpace(); }
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
    idle: async () => {},
    months: async () => [],
    size: async () => -1,
    readLines: async (_month, offset) => ({ end: offset, partialTail: false }),
    readTail: async () => [],
    remove: async () => {},
    close: async () => {},
  };
  return { log, lines };
}

/** The four kinds of item that count once per visit, each with the line that shows it counted. */
const items: { name: string; event: VisitEvent; counted: (line: Record<string, unknown>) => boolean }[] = [
  { name: 'a document view', event: { type: 'documentView', documentId: 'doc-1', seconds: 20, pagesTurned: 1 }, counted: (l) => l.type === 'documentView' && l.repeat === undefined },
  { name: 'a service view', event: { type: 'serviceView', serviceId: 'svc-1' }, counted: (l) => l.type === 'serviceView' },
  { name: 'a QR code', event: { type: 'qrShown', documentId: 'doc-1' }, counted: (l) => l.type === 'qrShown' },
  // Found nothing: its line must also carry the visit's first "no result" for the query.
  { name: 'a search', event: { type: 'search', query: 'ฌฌฌฌ ไม่มีผล', resultCount: 0 }, counted: (l) => l.type === 'search' && l.repeat === undefined && l.newNoResult === true },
];

describe('an item whose line was not written stays uncounted for the visit, so a retry is written', () => {
  const clock = fixedClock(bkk('2026-11-02 09:00:00'));
  let memory: ReturnType<typeof memoryLog>;
  const recorderWith = (limits: VisitLimits = defaultVisitLimits) =>
    createRecorder({ log: memory.log, clock, logger: silentLog, limits, knows: () => true });
  beforeEach(() => {
    clock.set(bkk('2026-11-02 09:00:00'));
    memory = memoryLog();
  });

  for (const item of items) {
    it(`${item.name} that failed on a full disk is written when retried`, async () => {
      const recorder = recorderWith();
      await recorder.visitStart(V.A, 'th');
      clock.advance(30_000);
      memory.log.failures = 1;
      await expect(recorder.record(V.A, item.event)).rejects.toMatchObject({ code: 'disk_full' });
      clock.advance(1_000);
      await recorder.record(V.A, item.event);
      expect(memory.lines.filter(item.counted)).toHaveLength(1);
      // Counted now: a further repeat is not written again.
      clock.advance(1_000);
      await recorder.record(V.A, item.event);
      expect(memory.lines.filter(item.counted)).toHaveLength(1);
    });

    it(`${item.name} refused by the visit's budget is written when retried within it`, async () => {
      // One event at once per visit, one more each second.
      const recorder = recorderWith({ ...defaultVisitLimits, eventsPerVisit: { burst: 1, perSecond: 1 } });
      await recorder.visitStart(V.A, 'th');
      clock.advance(30_000);
      await recorder.record(V.A, { type: 'screen', name: 'home' }); // takes the visit's one token
      await expect(recorder.record(V.A, item.event)).rejects.toMatchObject({ code: 'rate_limited' });
      clock.advance(1_000);
      await recorder.record(V.A, item.event);
      expect(memory.lines.filter(item.counted)).toHaveLength(1);
    });
  }

  it('a search first answered while indexing, whose later "no result" line failed on a full disk, counts that "no result" when retried', async () => {
    const recorder = recorderWith();
    await recorder.visitStart(V.A, 'th');
    const query = 'ฌฌฌฌ ไม่มีผล';
    await recorder.record(V.A, { type: 'search', query, resultCount: 0, partial: true });
    memory.log.failures = 1;
    await expect(recorder.record(V.A, { type: 'search', query, resultCount: 0 })).rejects.toMatchObject({ code: 'disk_full' });
    await recorder.record(V.A, { type: 'search', query, resultCount: 0 });
    expect(memory.lines.filter((l) => l.type === 'search').map((l) => [l.partial, l.repeat, l.newNoResult])).toEqual([
      [true, undefined, undefined],
      [undefined, true, true],
    ]);
  });
});
