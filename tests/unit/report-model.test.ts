import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { CategoryCode } from '../../electron/contract/categories';
import type { DailyRow, ReportModel, ReportTotals } from '../../electron/contract/reports';
import { createReports, type Reports } from '../../electron/services/reports/reports';
import { thaiDigits } from '../../electron/contract/thaiCalendar';
import { bkk, replayKnownLog } from './stats-replay';
import { fixedClock, tempDir } from './support';

const zeroTotals: ReportTotals = {
  visits: 0, visitsEnded: 0, visitsPerDay: 0, averageVisitSeconds: null, medianVisitSeconds: null, searches: 0, searchesWithoutResult: 0,
  documentViews: 0, serviceViews: 0, qrShown: 0, requestInfoShown: 0, complaintShown: 0, surveyAnswered: 0,
};

describe('the report of a known log', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  let reports: Reports;
  const clock = fixedClock('2026-12-05T03:00:00Z');
  const titles: Record<string, string> = { 'doc-1': 'ประกาศสำนักงานประกันสังคม เรื่อง อัตราเงินสมทบ', 'doc-2': 'แผนการจัดซื้อจัดจ้าง ปี ๒๕๖๙' };
  // doc-1 is a rule (law group), doc-2 a procurement plan.
  const categories: Record<string, CategoryCode> = { 'doc-1': 's7-4', 'doc-2': 'proc-plan' };
  const documents = (ids = Object.keys(titles)) => ids.map((id) => ({ id, title: { th: titles[id]! }, category: categories[id]! }));

  beforeAll(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await replayKnownLog(kiosk, clock);
    clock.set('2026-12-05T03:00:00Z');
    reports = createReports({ stats: kiosk.services.stats, settings: kiosk.services.settings.get, documents: () => documents(), clock });
  });
  afterAll(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  it('gives every figure of November 2026 as worked out by hand', async () => {
    const model = await reports.build({ kind: 'month', month: '2026-11' });
    const daily: DailyRow[] = Array.from({ length: 30 }, (_, i) => {
      const date = `2026-11-${String(i + 1).padStart(2, '0')}`;
      return { date, labelTh: '', visits: 0, searches: 0, documentViews: 0, serviceViews: 0 };
    });
    Object.assign(daily[1]!, { visits: 2, searches: 3, documentViews: 3, serviceViews: 1 });
    Object.assign(daily[2]!, { visits: 1, searches: 2 });
    Object.assign(daily[14]!, { visits: 1, documentViews: 1 });
    Object.assign(daily[29]!, { visits: 1, searches: 1 });
    const heat = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
    heat[0]![9] = 2; // Monday 2 Nov, A and B
    heat[0]![23] = 1; // Monday 30 Nov, E
    heat[1]![14] = 1; // Tuesday 3 Nov, C
    heat[6]![20] = 1; // Sunday 15 Nov, D (implied start)

    const expected: ReportModel = {
      schemaVersion: 1,
      generatedAt: '2026-12-05T03:00:00.000Z',
      agency: { name: 'หน่วยงานของรัฐ', centre: 'ศูนย์ข้อมูลข่าวสาร' },
      period: { kind: 'month', key: '2026-11', from: '2026-11-01', to: '2026-11-30', days: 30, labelTh: 'พฤศจิกายน ๒๕๖๙', labelEn: 'November 2026' },
      dataThrough: null, // November has passed
      totals: {
        visits: 5, visitsEnded: 4, visitsPerDay: 0.2, averageVisitSeconds: 100, medianVisitSeconds: 90, searches: 6, searchesWithoutResult: 3,
        documentViews: 4, serviceViews: 1, qrShown: 1, requestInfoShown: 1, complaintShown: 1, surveyAnswered: 2,
      },
      daily: daily.map((d) => ({ ...d, labelTh: `${thaiDigits(Number(d.date.slice(8)))} พ.ย. ๖๙` })),
      heatmap: { weekdaysTh: ['จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.', 'อา.'], visits: heat },
      topDocuments: [
        { rank: 1, id: 'doc-1', title: titles['doc-1']!, views: 2, averageSeconds: 50 },
        { rank: 2, id: 'doc-2', title: titles['doc-2']!, views: 2, averageSeconds: 15 },
      ],
      topSearches: [
        { rank: 1, query: 'ประกันสังคม', count: 3 },
        { rank: 2, query: '=hyperlink("x")', count: 1 },
        { rank: 3, query: 'เลขบัตร #-####-#####-##-#', count: 1 },
        { rank: 4, query: 'โทร ###-###-####', count: 1 },
      ],
      topNoResult: [
        { rank: 1, query: '=hyperlink("x")', count: 1 },
        { rank: 2, query: 'เลขบัตร #-####-#####-##-#', count: 1 },
        { rank: 3, query: 'โทร ###-###-####', count: 1 },
      ],
      // Documents opened: doc-1 by A and B (law), doc-2 by B and D (procurement). Browse pages:
      // A's procurement page, C's category s9-4 (service manuals).
      categoryGroups: [
        { group: 'law', nameTh: 'ข้อมูลตามกฎหมาย มาตรา ๗ / มาตรา ๙', documentViews: 2, browseViews: 0 },
        { group: 'procurement', nameTh: 'จัดซื้อจัดจ้าง', documentViews: 2, browseViews: 1 },
        { group: 'service-manuals', nameTh: 'คู่มือบริการประชาชน', documentViews: 0, browseViews: 1 },
        { group: 'plans', nameTh: 'แผนงานและงบประมาณ', documentViews: 0, browseViews: 0 },
        { group: 'resolutions', nameTh: 'มติคณะกรรมการ', documentViews: 0, browseViews: 0 },
        { group: 'projects', nameTh: 'โครงการสำคัญ', documentViews: 0, browseViews: 0 },
        { group: 'other', nameTh: 'ข้อมูลอื่น ๆ', documentViews: 0, browseViews: 0 },
      ],
      // By the languages each ended visit was used in: A Thai, B English, C Thai then English
      // (switched before leaving), D unknown (its start, with its language, was not seen).
      languages: [
        { key: 'th', labelTh: 'ภาษาไทย', labelEn: 'Thai', visits: 1 },
        { key: 'en', labelTh: 'ภาษาอังกฤษ', labelEn: 'English', visits: 1 },
        { key: 'en+th', labelTh: 'ภาษาไทยและภาษาอังกฤษ', labelEn: 'Thai and English', visits: 1 },
        { key: 'unknown', labelTh: 'ไม่ทราบ (เริ่มก่อนเครื่องเริ่มทำงานใหม่)', labelEn: 'Unknown (started before a restart)', visits: 1 },
      ],
      survey: {
        answered: 2, skipped: 1, responseRate: 0.5,
        visitorTypes: [
          { type: 'insured', labelTh: 'ผู้ประกันตน', count: 1 },
          { type: 'employer', labelTh: 'นายจ้าง/สถานประกอบการ', count: 1 },
          { type: 'public', labelTh: 'ประชาชนทั่วไป', count: 0 },
          { type: 'government', labelTh: 'หน่วยงานของรัฐ', count: 0 },
          { type: 'other', labelTh: 'อื่น ๆ', count: 0 },
        ],
        satisfactionAverage: 4, satisfaction: [0, 0, 1, 0, 1],
      },
      comparison: {
        previous: {
          period: { kind: 'month', key: '2026-10', from: '2026-10-01', to: '2026-10-31', days: 31, labelTh: 'ตุลาคม ๒๕๖๙', labelEn: 'October 2026' },
          totals: { ...zeroTotals, visits: 1, visitsEnded: 1, averageVisitSeconds: 120, medianVisitSeconds: 120, searches: 1 },
        },
        lastYear: {
          period: { kind: 'month', key: '2025-11', from: '2025-11-01', to: '2025-11-30', days: 30, labelTh: 'พฤศจิกายน ๒๕๖๘', labelEn: 'November 2025' },
          totals: { ...zeroTotals, visits: 1, visitsEnded: 1, averageVisitSeconds: 30, medianVisitSeconds: 30, surveyAnswered: 1 },
        },
      },
      dataQuality: { unreadableLines: 0, prunedDays: 0, refusedWrites: 0 },
    };
    expect(model).toEqual(expected);
    expect(model.daily[1]!.labelTh).toBe('๒ พ.ย. ๖๙');
    // The groups' document views and the top-documents table count the same views.
    const byGroup = model.categoryGroups.reduce((sum, g) => sum + g.documentViews, 0);
    expect(byGroup).toBe(model.totals.documentViews);
    expect(byGroup).toBe(model.topDocuments.reduce((sum, d) => sum + d.views, 0));
    // The model is plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('counts views of a document no longer in the catalogue in a last row, so the groups still add up', async () => {
    const withoutDoc2 = createReports({
      stats: kiosk.services.stats, settings: kiosk.services.settings.get, clock,
      documents: () => documents(['doc-1']),
    });
    const model = await withoutDoc2.build({ kind: 'month', month: '2026-11' });
    expect(model.categoryGroups.find((g) => g.group === 'procurement')).toMatchObject({ documentViews: 0, browseViews: 1 });
    expect(model.categoryGroups.at(-1)).toEqual({ group: 'removed', nameTh: 'เอกสารที่ไม่อยู่ในทะเบียนแล้ว', documentViews: 2, browseViews: 0 });
    expect(model.categoryGroups.reduce((sum, g) => sum + g.documentViews, 0)).toBe(model.totals.documentViews);
    expect(model.topDocuments.find((d) => d.id === 'doc-2')?.title).toBeNull();
  });

  it('attributes a visit that ends after midnight: counted in November, its end and length in December', async () => {
    const december = await reports.build({ kind: 'month', month: '2026-12' });
    expect(december.totals).toEqual({ ...zeroTotals, visitsEnded: 1, averageVisitSeconds: 720, medianVisitSeconds: 720 });
    expect(december.languages).toEqual([{ key: 'th', labelTh: 'ภาษาไทย', labelEn: 'Thai', visits: 1 }]);
  });

  it('says how far a report of the current month goes, and leaves the days to come out of its daily figures and per-day average', async () => {
    // 5 December 2026, 10:00 in Bangkok: December is month-to-date.
    const december = await reports.build({ kind: 'month', month: '2026-12' });
    expect(december.period).toMatchObject({ from: '2026-12-01', to: '2026-12-31', days: 31 });
    expect(december.dataThrough).toBe('2026-12-05');
    expect(december.daily.map((d) => d.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    // The quarter that holds today: its days up to today, per day over those days (6 visits in 66 days).
    const quarter = await reports.build({ kind: 'quarter', quarter: '2027-Q1' });
    expect([quarter.dataThrough, quarter.daily.length, quarter.daily.at(-1)?.date, quarter.totals.visitsPerDay]).toEqual(['2026-12-05', 66, '2026-12-05', 0.1]);
    // Comparisons are of periods that have passed: per day over all their days.
    expect(quarter.comparison.previous.totals.visitsPerDay).toBe(0);
    // The printable report and the spreadsheet say it too.
    expect(await reports.html(december)).toContain('ข้อมูลถึงวันที่ ๕ ธันวาคม ๒๕๖๙');
    const november = await reports.build({ kind: 'month', month: '2026-11' });
    expect(await reports.html(november)).not.toContain('ข้อมูลถึงวันที่');
  });

  it('adds up a fiscal quarter across months (2027-Q1 = October-December 2026)', async () => {
    const quarter = await reports.build({ kind: 'quarter', quarter: '2027-Q1' });
    expect(quarter.period).toMatchObject({ from: '2026-10-01', to: '2026-12-31', days: 92, labelTh: 'ไตรมาส ๑ ปีงบประมาณ ๒๕๗๐' });
    // Lengths 120 (F), 150, 90, 60 (A-C), 720 (E): mean 228, median 120.
    expect(quarter.totals).toMatchObject({ visits: 6, visitsEnded: 6, averageVisitSeconds: 228, medianVisitSeconds: 120, searches: 7, documentViews: 4 });
    expect(quarter.comparison.previous.period.key).toBe('2026-Q4');
    expect(quarter.comparison.lastYear.period.key).toBe('2026-Q1');
    expect(quarter.comparison.lastYear.totals.visits).toBe(1); // G, November 2025
  });

  it('takes the median of an even number of visits as the mean of the middle two', async () => {
    // 1 Oct - 29 Nov: F 120, A 150, B 90, C 60 -> 60 90 120 150 (D ended too, length unknown).
    const range = await reports.build({ kind: 'range', from: '2026-10-01', to: '2026-11-29' });
    expect(range.totals).toMatchObject({ visitsEnded: 5, averageVisitSeconds: 105, medianVisitSeconds: 105 });
    expect(range.period.labelTh).toBe('๑ ตุลาคม ๒๕๖๙ – ๒๙ พฤศจิกายน ๒๕๖๙');
    expect(range.comparison.previous.period).toMatchObject({ from: '2026-08-02', to: '2026-09-30' });
  });

  it('is served to an administrator through the dispatcher and refused to a citizen', async () => {
    clock.set(bkk('2026-12-05 10:00:00'));
    const refused = await kiosk.dispatch('reports.build', { period: { kind: 'month', month: '2026-11' } }, { transport: 'test' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = { transport: 'test' as const, actor: { id: 'a', name: 'Admin', role: 'admin' as const } };
    const built = await kiosk.dispatch('reports.build', { period: { kind: 'month', month: '2026-11' } }, admin);
    expect(built.ok && (built.value as ReportModel).totals.visits).toBe(5);
    const exported = await kiosk.dispatch('reports.export', { period: { kind: 'quarter', quarter: '2027-Q1' }, format: 'json' }, admin);
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'kiosk-report-2027-Q1.json', mimeType: 'application/json' } });
    const bad = await kiosk.dispatch('reports.build', { period: { kind: 'range', from: '2026-11-30', to: '2026-11-01' } }, admin);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
});
