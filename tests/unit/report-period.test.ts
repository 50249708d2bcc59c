import { describe, expect, it } from 'vitest';
import { lastYearPeriod, previousPeriod, resolvePeriod } from '../../electron/services/reports/period';

describe('report periods', () => {
  it('maps the Thai fiscal quarters: FY 2027 (ปีงบประมาณ ๒๕๗๐) runs October 2026 to September 2027', () => {
    const q = (quarter: string) => resolvePeriod({ kind: 'quarter', quarter });
    expect(q('2027-Q1')).toMatchObject({ from: '2026-10-01', to: '2026-12-31', days: 92, labelTh: 'ไตรมาส ๑ ปีงบประมาณ ๒๕๗๐' });
    expect(q('2027-Q2')).toMatchObject({ from: '2027-01-01', to: '2027-03-31', days: 90, labelTh: 'ไตรมาส ๒ ปีงบประมาณ ๒๕๗๐' });
    expect(q('2027-Q3')).toMatchObject({ from: '2027-04-01', to: '2027-06-30', days: 91 });
    expect(q('2027-Q4')).toMatchObject({ from: '2027-07-01', to: '2027-09-30', days: 92, labelEn: 'Q4 of fiscal year 2027 (Jul 2027 - Sep 2027)' });
    expect(q('2028-Q2')).toMatchObject({ from: '2028-01-01', to: '2028-03-31', days: 91 }); // 2028 is a leap year
  });

  it('steps quarters back across the fiscal year boundary', () => {
    const q1 = resolvePeriod({ kind: 'quarter', quarter: '2027-Q1' });
    expect(previousPeriod(q1)).toMatchObject({ key: '2026-Q4', from: '2026-07-01', to: '2026-09-30' });
    expect(lastYearPeriod(q1)).toMatchObject({ key: '2026-Q1', from: '2025-10-01', to: '2025-12-31', labelTh: 'ไตรมาส ๑ ปีงบประมาณ ๒๕๖๙' });
    expect(previousPeriod(resolvePeriod({ kind: 'quarter', quarter: '2027-Q3' }))).toMatchObject({ key: '2027-Q2' });
  });

  it('labels months in Buddhist Era with Thai digits and steps back across January', () => {
    const nov = resolvePeriod({ kind: 'month', month: '2026-11' });
    expect(nov).toMatchObject({ from: '2026-11-01', to: '2026-11-30', days: 30, labelTh: 'พฤศจิกายน ๒๕๖๙' });
    const jan = resolvePeriod({ kind: 'month', month: '2027-01' });
    expect(previousPeriod(jan)).toMatchObject({ key: '2026-12', labelTh: 'ธันวาคม ๒๕๖๙' });
    expect(lastYearPeriod(jan)).toMatchObject({ key: '2026-01' });
    expect(resolvePeriod({ kind: 'month', month: '2028-02' }).days).toBe(29);
  });

  it('takes a custom range inclusive, compares with as many days before and the same dates a year earlier', () => {
    const range = resolvePeriod({ kind: 'range', from: '2028-02-20', to: '2028-02-29' });
    expect(range).toMatchObject({ key: '2028-02-20_2028-02-29', days: 10 });
    expect(previousPeriod(range)).toMatchObject({ from: '2028-02-10', to: '2028-02-19', days: 10 });
    expect(lastYearPeriod(range)).toMatchObject({ from: '2027-02-20', to: '2027-02-28' });
    expect(resolvePeriod({ kind: 'range', from: '2026-11-03', to: '2026-11-03' })).toMatchObject({ days: 1, labelTh: '๓ พฤศจิกายน ๒๕๖๙' });
  });

  it('refuses a range longer than three years', () => {
    expect(() => resolvePeriod({ kind: 'range', from: '2020-01-01', to: '2026-01-01' })).toThrow(/three years/);
  });
});
