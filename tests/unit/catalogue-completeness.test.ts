import { beforeEach, describe, expect, it } from 'vitest';
import { tinyPdf } from '../fixtures/import/build';
import { asAdmin, asCitizen, base64, kioskPerTest } from './catalogue-support';
import { fixedClock } from './support';

/** A monthly summary (สขร.๑) titled the way the sample's are. */
const summary = (id: string, monthTh: string, published: string) => ({
  id, title: { th: `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${monthTh} (แบบ สขร.๑)` }, category: 'proc-result' as const,
  published, keywords: [], summary: {},
});

describe('the completeness dashboard', () => {
  // 21 November 2026 in Bangkok: fiscal year 2570 (Oct 2026 – Sep 2027); the previous one is 2569.
  const clock = fixedClock('2026-11-21T03:00:00Z');
  const { kiosk } = kioskPerTest({ clock });
  beforeEach(async () => {
    const save = (input: Parameters<typeof kiosk.call<'documents.save'>>[1]) => kiosk.call('documents.save', input);
    await save(summary('skr-2569-10', 'ตุลาคม ๒๕๖๙', '2026-11-06'));
    await save(summary('skr-2568-10', 'ตุลาคม ๒๕๖๘', '2025-11-07'));
    await save(summary('skr-2569-01', 'มกราคม ๒๕๖๙', '2026-02-06'));
    // No month in the title: counted for the month before publication (March 2026).
    await save({ ...summary('skr-untitled', '', '2026-04-08'), title: { th: 'สรุปผลการจัดซื้อจัดจ้าง (สขร.๑)' } });
    // A retired summary does not count.
    await save(summary('skr-2569-05', 'พฤษภาคม ๒๕๖๙', '2026-06-05'));
    await kiosk.call('documents.retire', { id: 'skr-2569-05' });
    await save({ id: 'budget', title: { th: 'งบประมาณรายจ่าย ๒๕๗๐' }, category: 's9-3', published: '2026-10-09', keywords: [], summary: {}, reviewBy: '2026-11-20' });
    await save({ id: 'plan-old', title: { th: 'แผนงานเก่า' }, category: 's9-3', published: '2024-10-01', keywords: [], summary: {}, reviewBy: '2026-11-21' });
    await save({ id: 'scan', title: { th: 'คำสั่งสแกน' }, category: 's9-4', published: '2026-05-01', keywords: [], summary: {}, pdf: { name: 'scan.pdf', base64: base64(tinyPdf()) } });
    await save({
      id: 'scan-typed', title: { th: 'คำสั่งสแกนที่พิมพ์เนื้อหาแล้ว' }, category: 's9-4', published: '2026-05-02', keywords: [], summary: {}, body: 'พิมพ์เนื้อหาจากกระดาษ',
      pdf: { name: 'scan2.pdf', base64: base64(tinyPdf()) },
    });
  });

  it('counts each category with its newest date and lists the empty ones', async () => {
    const report = await kiosk.call('catalogue.completeness', {});
    expect(report.asOf).toBe('2026-11-21');
    expect(report.categories.find((c) => c.code === 'proc-result')).toEqual({ code: 'proc-result', count: 4, newestPublished: '2026-11-06' });
    expect(report.categories.find((c) => c.code === 's9-3')).toEqual({ code: 's9-3', count: 2, newestPublished: '2026-10-09' });
    expect(report.categories.find((c) => c.code === 's7-1')).toEqual({ code: 's7-1', count: 0, newestPublished: null });
    expect(report.emptyCategories).toContain('s7-1');
    expect(report.emptyCategories).not.toContain('s9-4');
    expect(report.emptyCategories).toHaveLength(20 - 3);
  });

  it('lists the ended months of this and the previous fiscal year with no monthly summary', async () => {
    const report = await kiosk.call('catalogue.completeness', {});
    expect(report.missingProcurementMonths).toEqual([
      // FY 2569: Oct 2025, Jan 2026 and Mar 2026 (the untitled one) are there; May's is retired.
      { fiscalYearBe: 2569, months: ['2025-11', '2025-12', '2026-02', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'] },
      // FY 2570: October is there; November has not ended yet.
      { fiscalYearBe: 2570, months: [] },
    ]);
  });

  it('lists documents past their review date and those a citizen cannot read by text', async () => {
    const report = await kiosk.call('catalogue.completeness', {});
    expect(report.pastReview).toEqual([{ id: 'budget', title: 'งบประมาณรายจ่าย ๒๕๗๐', reviewBy: '2026-11-20' }]);
    expect(report.needsText).toContainEqual({ id: 'scan', title: 'คำสั่งสแกน', reason: 'scan_without_text' });
    expect(report.needsText.find((n) => n.id === 'scan-typed')).toBeUndefined();
    expect(report.needsText).toContainEqual({ id: 'budget', title: 'งบประมาณรายจ่าย ๒๕๗๐', reason: 'no_file' });
    expect(report.needsText.find((n) => n.id === 'skr-2569-05')).toBeUndefined(); // retired
  });

  it('gives citizens one fiscal year at a time, each month published, missing or not yet due', async () => {
    const grid = await kiosk.call('catalogue.procurementMonths', { fiscalYearBe: 2569 }, asCitizen);
    expect(grid.fiscalYearBe).toBe(2569);
    expect(grid.months.slice(0, 6)).toEqual([
      { month: '2025-10', documentId: 'skr-2568-10', state: 'published' }, { month: '2025-11', documentId: null, state: 'missing' },
      { month: '2025-12', documentId: null, state: 'missing' }, { month: '2026-01', documentId: 'skr-2569-01', state: 'published' },
      { month: '2026-02', documentId: null, state: 'missing' }, { month: '2026-03', documentId: 'skr-untitled', state: 'published' },
    ]);
    // The current fiscal year: October is there, November (this month) and every month after it are not due yet.
    const current = await kiosk.call('catalogue.procurementMonths', {}, asCitizen);
    expect(current.fiscalYearBe).toBe(2570);
    expect(current.currentFiscalYearBe).toBe(2570);
    expect(current.months).toHaveLength(12);
    expect(current.months[0]).toEqual({ month: '2026-10', documentId: 'skr-2569-10', state: 'published' });
    expect(current.months.slice(1).map((m) => m.state)).toEqual(Array(11).fill('notDue'));
    // The citizen chooses among the current year and back to the oldest year with a summary, newest first.
    expect(current.fiscalYearBeChoices).toEqual([2570, 2569]);
    clock.set('2027-10-01T00:00:00Z'); // 07:00 in Bangkok on 1 October: FY 2571 has begun
    const next = await kiosk.call('catalogue.procurementMonths', {}, asCitizen);
    expect([next.fiscalYearBe, next.fiscalYearBeChoices]).toEqual([2571, [2571, 2570, 2569]]);
    // September 2027 has ended with no summary: awaiting publication until its due day (15 days on), no longer "not due".
    expect((await kiosk.call('catalogue.procurementMonths', { fiscalYearBe: 2570 }, asCitizen)).months[11]).toEqual({ month: '2027-09', documentId: null, state: 'awaiting', dueBy: '2027-10-15' });
    clock.set('2026-11-21T03:00:00Z');
  });

  it('is for staff only; the month grid is public', async () => {
    expect(await kiosk.attempt('catalogue.completeness', {}, asCitizen)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

/*
 * A month's สขร.๑ is published some days into the next month: on 7 December November's is awaited,
 * not missing, until its due day (agency.procurementSummaryDueDays after the month ends, 15 by default).
 */
describe('a month just ended awaits its summary until the due day', () => {
  // 7 December 2026, 10:00 in Bangkok: November 2026 (fiscal year 2570) has ended without a summary.
  const clock = fixedClock('2026-12-07T03:00:00Z');
  const { kiosk } = kioskPerTest({ clock });
  beforeEach(async () => {
    clock.set('2026-12-07T03:00:00Z');
    await kiosk.call('documents.save', summary('skr-2569-10', 'ตุลาคม ๒๕๖๙', '2026-11-06'));
  });
  const november = async () => (await kiosk.call('catalogue.procurementMonths', { fiscalYearBe: 2570 }, asCitizen)).months[1];
  const staffLists = async () => {
    const report = await kiosk.call('catalogue.completeness', {});
    return { missing: report.missingProcurementMonths.find((fy) => fy.fiscalYearBe === 2570)?.months, awaiting: report.awaitingProcurementMonths };
  };

  it('on the 7th the month before is awaited (by the 15th), not missing, for citizens and staff alike', async () => {
    expect(await november()).toEqual({ month: '2026-11', documentId: null, state: 'awaiting', dueBy: '2026-12-15' });
    expect(await staffLists()).toEqual({ missing: [], awaiting: [{ month: '2026-11', dueBy: '2026-12-15' }] });
    // December itself is not due yet; October has its summary.
    const months = (await kiosk.call('catalogue.procurementMonths', { fiscalYearBe: 2570 }, asCitizen)).months;
    expect(months.map((m) => m.state).slice(0, 4)).toEqual(['published', 'awaiting', 'notDue', 'notDue']);
  });

  it('is still awaited on the due day, to its last minute in Bangkok, and missing the day after', async () => {
    clock.set('2026-12-15T16:59:00Z'); // 23:59 on 15 December in Bangkok
    expect((await november())?.state).toBe('awaiting');
    clock.set('2026-12-15T17:00:00Z'); // 00:00 on 16 December in Bangkok
    expect(await november()).toEqual({ month: '2026-11', documentId: null, state: 'missing' });
    expect(await staffLists()).toEqual({ missing: ['2026-11'], awaiting: [] });
  });

  it('follows the agency\'s setting: 0 days is missing from the 1st, 45 days runs into the month after next', async () => {
    const settings = await kiosk.call('settings.get', {});
    expect(settings.agency.procurementSummaryDueDays).toBe(15);
    await kiosk.call('settings.update', { ...settings, agency: { ...settings.agency, procurementSummaryDueDays: 0 } }, asAdmin);
    clock.set('2026-12-01T03:00:00Z');
    expect((await november())?.state).toBe('missing');
    clock.set('2026-11-30T16:59:00Z'); // 23:59 on 30 November in Bangkok: November has not ended
    expect((await november())?.state).toBe('notDue');
    await kiosk.call('settings.update', { ...settings, agency: { ...settings.agency, procurementSummaryDueDays: 45 } }, asAdmin);
    clock.set('2027-01-14T03:00:00Z');
    expect(await november()).toEqual({ month: '2026-11', documentId: null, state: 'awaiting', dueBy: '2027-01-14' });
    expect(await staffLists()).toEqual({ missing: [], awaiting: [{ month: '2026-11', dueBy: '2027-01-14' }, { month: '2026-12', dueBy: '2027-02-14' }] });
    clock.set('2027-01-15T03:00:00Z');
    expect((await november())?.state).toBe('missing');
  });

  it('a summary published late still counts: the month is published, whatever the day', async () => {
    clock.set('2027-02-01T03:00:00Z');
    expect((await november())?.state).toBe('missing');
    await kiosk.call('documents.save', summary('skr-2569-11', 'พฤศจิกายน ๒๕๖๙', '2027-02-01'));
    expect(await november()).toEqual({ month: '2026-11', documentId: 'skr-2569-11', state: 'published' });
  });
});
