import { describe, expect, it } from 'vitest';
import { monthCovered } from '../../electron/services/catalogue/completeness';
import { bangkokDateOf, fiscalYearBe, fiscalYearBeMonths } from '../../electron/contract/thaiCalendar';
import { monthNamedIn, readDate } from '../../electron/services/catalogue/thaiDates';

describe('reading Thai dates', () => {
  it('reads dd/mm/yyyy as พ.ศ. and yyyy-mm-dd as ค.ศ.', () => {
    expect(readDate('15/10/2568')).toEqual({ iso: '2025-10-15' });
    expect(readDate('1/2/2569')).toEqual({ iso: '2026-02-01' });
    expect(readDate('2025-10-15')).toEqual({ iso: '2025-10-15' });
  });

  it('accepts Thai digits and Thai month names', () => {
    expect(readDate('๑๕/๑๐/๒๕๖๘')).toEqual({ iso: '2025-10-15' });
    expect(readDate('15 ตุลาคม 2568')).toEqual({ iso: '2025-10-15' });
    expect(readDate('๕ ต.ค. ๒๕๖๘')).toEqual({ iso: '2025-10-05' });
  });

  it('reads but warns about a CE year in dd/mm/yyyy and a พ.ศ. year in yyyy-mm-dd', () => {
    expect(readDate('15/10/2025')).toMatchObject({ iso: '2025-10-15', warning: { en: 'year 2025 read as Common Era' } });
    expect(readDate('2568-10-15')).toMatchObject({ iso: '2025-10-15', warning: { en: 'year 2568 read as Buddhist Era' } });
  });

  it('refuses days that do not exist and text that is not a date', () => {
    expect(readDate('31/02/2568')).toHaveProperty('error');
    expect(readDate('29/02/2567')).toEqual({ iso: '2024-02-29' }); // 2024 is a leap year
    expect(readDate('ตุลา')).toHaveProperty('error');
    expect(readDate('15/10/68')).toHaveProperty('error');
  });
});

describe('fiscal years and the month a summary covers', () => {
  it('names fiscal years by the พ.ศ. year they end in: FY 2570 = Oct 2026 – Sep 2027', () => {
    expect(fiscalYearBeMonths(2570)).toEqual(['2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09']);
    expect(fiscalYearBe('2026-09-30')).toBe(2569);
    expect(fiscalYearBe('2026-10-01')).toBe(2570);
  });

  it('takes the date in Bangkok: 17:30 UTC on 30 September is already 1 October there', () => {
    expect(bangkokDateOf(new Date('2026-09-30T17:30:00Z'))).toBe('2026-10-01');
  });

  it('reads the covered month from a Thai or English title, else the month before publication', () => {
    expect(monthNamedIn('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม ๒๕๖๘ (แบบ สขร.๑)')).toBe('2025-10');
    expect(monthNamedIn('Summary of procurement results for December 2025')).toBe('2025-12');
    expect(monthCovered({ title: { th: 'สรุปผล สขร.๑ เดือน ธ.ค. พ.ศ. ๒๕๖๘' }, published: '2026-01-09' })).toBe('2025-12');
    expect(monthCovered({ title: { th: 'สรุปผลการจัดซื้อจัดจ้าง' }, published: '2026-01-09' })).toBe('2025-12');
  });
});
