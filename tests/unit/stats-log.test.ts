import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { ReportModel } from '../../electron/contract/reports';
import { askedFirst, bkk, V } from './stats-replay';
import { fixedClock, tempDir } from './support';

const admin = { transport: 'test' as const, actor: { id: 'a', name: 'Admin', role: 'admin' as const } };
const citizen = { transport: 'test' as const };

describe('the usage log on disk', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock(bkk('2026-11-02 09:00:00'));
  beforeEach(async () => {
    dir = await tempDir();
    clock.set(bkk('2026-11-02 09:00:00'));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  const call = async (at: string, method: string, input: unknown) => {
    clock.set(bkk(at));
    await askedFirst(kiosk, method, input);
    const result = await kiosk.dispatch(method, input, citizen);
    if (!result.ok) throw new Error(result.error.message);
  };
  const month = async (key: string): Promise<ReportModel> => {
    const result = await kiosk.dispatch('reports.build', { period: { kind: 'month', month: key } }, admin);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ReportModel;
  };
  const visit = async (id: string, day: string, searches: number) => {
    await call(`${day} 10:00:00`, 'stats.visitStart', { visitId: id, language: 'th' });
    for (let i = 0; i < searches; i++) await call(`${day} 10:00:1${i}`, 'stats.record', { visitId: id, event: { type: 'search', query: `q${i}`, resultCount: 1 } });
    await call(`${day} 10:01:00`, 'stats.visitEnd', { visitId: id, reason: 'idle' });
  };
  const eventFile = (key: string) => join(dir.path, 'stats', `events-${key}.ndjson`);

  it('skips and counts a line torn by a power cut, keeping every line before it', async () => {
    await visit(V.A, '2026-11-02', 3);
    await kiosk.services.stats.close();
    // The power cut: half a line, no newline.
    await appendFile(eventFile('2026-11'), '{"at":"2026-11-02T03:30:00.000Z","visit":"00000000-0000-4000-8000-00000000000b","type":"sea');
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    let report = await month('2026-11');
    expect(report.totals).toMatchObject({ visits: 1, visitsEnded: 1, searches: 3 });
    expect(report.dataQuality.unreadableLines).toBe(1);

    // The next append ends the torn line first, so the new line is whole and the torn one stays counted once.
    await visit(V.C, '2026-11-03', 2);
    report = await month('2026-11');
    expect(report.totals).toMatchObject({ visits: 2, visitsEnded: 2, searches: 5 });
    expect(report.dataQuality.unreadableLines).toBe(1);
    const lines = (await readFile(eventFile('2026-11'), 'utf8')).split('\n');
    expect(lines.filter((l) => l.endsWith('"type":"sea'))).toHaveLength(1);
    expect(lines.at(-1)).toBe(''); // the file ends with a newline
  });

  it('keeps roll-ups up to date by reading only what was appended, and refolds a replaced log', async () => {
    await visit(V.A, '2026-11-02', 1);
    expect((await month('2026-11')).totals.searches).toBe(1);
    const rollupPath = join(dir.path, 'stats', 'rollups', '2026-11.json');
    const before = JSON.parse(await readFile(rollupPath, 'utf8')) as { bytes: number };
    const size1 = (await readFile(eventFile('2026-11'))).length;
    expect(before.bytes).toBe(size1);

    await visit(V.B, '2026-11-04', 2);
    expect((await month('2026-11')).totals).toMatchObject({ visits: 2, searches: 3 });
    // A fresh start reads the roll-up and only the new bytes: the figures are the same.
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    expect((await month('2026-11')).totals).toMatchObject({ visits: 2, searches: 3 });

    // A raw file replaced by a shorter one (restored from an older backup) is folded again from the start.
    await kiosk.services.stats.close();
    const firstVisitOnly = (await readFile(eventFile('2026-11'))).subarray(0, size1);
    await writeFile(eventFile('2026-11'), firstVisitOnly);
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    expect((await month('2026-11')).totals).toMatchObject({ visits: 1, searches: 1 });
  });

  it('prunes raw months older than the retention but keeps their roll-ups for reports', async () => {
    await visit(V.F, '2021-10-15', 2); // older than five years on 2 Nov 2026 (cutoff: November 2021)
    await visit(V.G, '2021-11-20', 1); // within five years: kept
    await visit(V.A, '2026-11-02', 1);
    clock.set(bkk('2026-11-02 12:00:00'));
    const removed = await kiosk.services.stats.prune(clock.now());
    expect(removed).toEqual(['2021-10']);
    const files = await readdir(join(dir.path, 'stats'));
    expect(files.filter((f) => f.endsWith('.ndjson')).sort()).toEqual(['events-2021-11.ndjson', 'events-2026-11.ndjson']);
    const old = await month('2021-10');
    expect(old.totals).toMatchObject({ visits: 1, visitsEnded: 1, searches: 2, averageVisitSeconds: 60 });
    expect(old.dataQuality.prunedDays).toBe(31);
    // Nothing more to prune the second time; a shorter retention from the settings prunes more.
    expect(await kiosk.services.stats.prune(clock.now())).toEqual([]);
    await kiosk.services.settings.replace({ ...kiosk.services.settings.get(), stats: { retentionYears: 1 } });
    expect(await kiosk.services.stats.prune(clock.now())).toEqual(['2021-11']);
    expect((await month('2021-11')).totals.searches).toBe(1);
  });

  it('never prunes the current month, even with the shortest retention', async () => {
    await visit(V.A, '2026-11-02', 1);
    await kiosk.services.settings.replace({ ...kiosk.services.settings.get(), stats: { retentionYears: 1 } });
    expect(await kiosk.services.stats.prune(clock.now())).toEqual([]);
    expect((await month('2026-11')).totals.searches).toBe(1);
  });
});
