import { describe, expect, it } from 'vitest';
import { dueDate, workingDaysBetween, type Holiday } from '../../electron/contract/workingDays';
import { shippedHolidays } from '../../electron/services/registers/thaiHolidays';

const holidays: readonly Holiday[] = shippedHolidays;
const working = (from: string, days: number, pauses?: { from: string; to?: string }[]) => dueDate({ from, days, unit: 'working', holidays, pauses });
const calendar = (from: string, days: number) => dueDate({ from, days, unit: 'calendar', holidays });

describe('working days and due dates (the legal clock)', () => {
  it('counts from the day after receipt and steps over weekends', () => {
    // Received Friday 6 Nov 2026: Mon 9 is day 1, Fri 13 is day 5.
    expect(working('2026-11-06', 5).due).toBe('2026-11-13');
    expect(working('2026-11-06', 1).due).toBe('2026-11-09');
    expect(working('2026-11-06', 6).due).toBe('2026-11-16');
  });

  it('steps over a substitution day (วันหยุดชดเชย) and names it', () => {
    // 5 Dec 2026 is a Saturday; Monday 7 Dec is its substitution day; 10 Dec is Constitution Day.
    const due = working('2026-12-04', 3);
    expect(due.due).toBe('2026-12-11');
    expect(due.skipped.map((h) => h.date)).toEqual(['2026-12-07', '2026-12-10']);
    expect(due.skipped[0]!.nameTh).toContain('ชดเชย');
    // The Saturday holiday itself is no working day to skip.
    expect(due.skipped.some((h) => h.date === '2026-12-05')).toBe(false);
  });

  it('steps over New Year (31 Dec and 1 Jan) into the next year', () => {
    // Received Wed 30 Dec 2026: Thu 31 and Fri 1 Jan are holidays, Mon 4 Jan 2027 is day 1.
    const due = working('2026-12-30', 1);
    expect(due.due).toBe('2027-01-04');
    expect(due.skipped.map((h) => h.date)).toEqual(['2026-12-31', '2027-01-01']);
    expect(working('2026-12-30', 15).due).toBe('2027-01-22');
  });

  it('a calendar-day period ending on a weekend or holiday ends on the next working day (APA s.64)', () => {
    // 1 Dec + 4 days = Sat 5 Dec (a holiday too), Sun 6, Mon 7 substitution: ends Tue 8 Dec.
    const due = calendar('2026-12-01', 4);
    expect(due).toMatchObject({ due: '2026-12-08', rolledOver: true });
    expect(due.skipped.map((h) => h.date)).toEqual(['2026-12-05', '2026-12-07']);
    // Ending on a working day: no move.
    expect(calendar('2026-11-02', 30)).toMatchObject({ due: '2026-12-02', rolledOver: false });
    // Ending on a plain Sunday: Monday.
    expect(calendar('2026-11-01', 6)).toMatchObject({ due: '2026-11-09', rolledOver: true, skipped: [] });
  });

  it('a clarification pause stops the clock and restarts it after the answer', () => {
    // Received Mon 2 Nov; without a pause 15 working days end Mon 23 Nov.
    expect(working('2026-11-02', 15).due).toBe('2026-11-23');
    // Clarification asked Wed 4 Nov (2 days counted), answered Wed 11 Nov: Thu 5 – Wed 11 do not count.
    const paused = working('2026-11-02', 15, [{ from: '2026-11-04', to: '2026-11-11' }]);
    expect(paused.due).toBe('2026-11-30');
    // While the requester has not answered, there is no due date.
    expect(working('2026-11-02', 15, [{ from: '2026-11-04' }]).due).toBeNull();
    // Days taken leave the pause out too.
    expect(workingDaysBetween('2026-11-02', '2026-11-30', holidays, [{ from: '2026-11-04', to: '2026-11-11' }])).toBe(15);
  });

  it('the shipped table has both Buddhist Era years and a substitution day for each weekend holiday it names', () => {
    const years = new Set(holidays.map((h) => h.date.slice(0, 4)));
    expect([...years]).toEqual(['2026', '2027']);
    for (const h of holidays.filter((x) => x.nameTh.startsWith('วันหยุดชดเชย'))) {
      expect([1, 2]).toContain(new Date(`${h.date}T00:00:00Z`).getUTCDay()); // Monday or Tuesday
    }
    const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
    // Every fixed-date holiday on a weekend has a substitution on the next free weekday.
    for (const h of holidays.filter((x) => [0, 6].includes(weekday(x.date)) && !x.nameTh.startsWith('วันหยุดชดเชย'))) {
      expect(holidays.some((s) => s.nameTh.startsWith('วันหยุดชดเชย') && s.date > h.date && s.date <= dueDate({ from: h.date, days: 4, unit: 'calendar', holidays: [] }).due!), h.date).toBe(true);
    }
  });
});
