import { describe, expect, it } from 'vitest';
import {
  bangkokDateOf, bangkokHourOf, bangkokMonthOf, bangkokToday, beDatePartsOf, beDatePartsProblem, fiscalQuarterOf, fiscalQuarterStart, fiscalYearBe,
  fiscalYearBeMonths, fiscalYearCe, isoDateFromBeParts, isoDateOf, lastDayOfMonth, monthlyDueDay, monthsBetween, previousMonth, quarterKey, readQuarterKey,
  noSuchDayText, shortDateForReader, shortYearBe, thaiDateLongText, thaiDateShortText, thaiMonthYearText, yearBe, yearCe, yearForReader,
} from '../../electron/contract/thaiCalendar';
import { readDate } from '../../electron/services/catalogue/thaiDates';

describe('the Thai calendar (one home for every date rule)', () => {
  it('converts eras both ways and names the unit', () => {
    expect(yearBe(2026)).toBe(2569);
    expect(yearCe(2569)).toBe(2026);
    expect(yearForReader(2026, 'th')).toBe(2569);
    expect(yearForReader(2026, 'en')).toBe(2026);
    expect(shortYearBe(2025)).toBe('68');
  });

  it('takes today in Bangkok from the instant it is given, whatever the machine zone', () => {
    // 17:30 UTC on 30 September is 00:30 on 1 October in Bangkok: a new fiscal year has begun.
    const now = new Date('2026-09-30T17:30:00Z');
    expect(bangkokToday(now)).toBe('2026-10-01');
    expect(bangkokDateOf(now.getTime())).toBe('2026-10-01');
    expect(bangkokMonthOf(now)).toBe('2026-10');
    expect(bangkokHourOf(now)).toBe(0);
    expect(fiscalYearBe(bangkokToday(now))).toBe(2570);
    expect(fiscalYearBe(now.toISOString())).toBe(2569); // the UTC date would be a year early
  });

  it('names fiscal years by the year they end in, in both eras, and quarters from October', () => {
    expect(fiscalYearCe('2026-09-30')).toBe(2026);
    expect(fiscalYearCe('2026-10-01')).toBe(2027);
    expect(fiscalYearBe('2026-10')).toBe(2570);
    expect(fiscalYearBeMonths(2570)[0]).toBe('2026-10');
    expect(fiscalYearBeMonths(2570)[11]).toBe('2027-09');
    expect(fiscalQuarterOf('2026-10-15')).toEqual({ fiscalYearCe: 2027, fiscalYearBe: 2570, quarter: 1 });
    expect(fiscalQuarterOf('2027-01-01')).toEqual({ fiscalYearCe: 2027, fiscalYearBe: 2570, quarter: 2 });
    expect(fiscalQuarterOf('2027-06-30').quarter).toBe(3);
    expect(fiscalQuarterOf('2027-09-30')).toEqual({ fiscalYearCe: 2027, fiscalYearBe: 2570, quarter: 4 });
    // The quarter key carries the fiscal year in CE (URLs, file names); the label reads พ.ศ.
    expect(quarterKey(2027, 1)).toBe('2027-Q1');
    expect(readQuarterKey('2027-Q3')).toEqual({ fiscalYearCe: 2027, quarter: 3 });
    expect(fiscalQuarterStart(2027, 1)).toEqual([2026, 10]);
    expect(fiscalQuarterStart(2027, 4)).toEqual([2027, 7]);
  });

  it('does month arithmetic across years', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(monthsBetween('2025-11-20', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(isoDateOf(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDateOf(2025, 2, 29)).toBeUndefined();
  });

  it('puts a monthly report\'s due day a number of days after its month ends, across months, years and leap Februaries', () => {
    expect(lastDayOfMonth('2026-11')).toBe('2026-11-30');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(monthlyDueDay('2026-11', 15)).toBe('2026-12-15');
    expect(monthlyDueDay('2026-12', 15)).toBe('2027-01-15');
    expect(monthlyDueDay('2026-11', 0)).toBe('2026-11-30');
    expect(monthlyDueDay('2027-01', 30)).toBe('2027-03-02');
    expect(monthlyDueDay('2026-11', 60)).toBe('2027-01-29');
  });

  it('writes a day short for a screen: พ.ศ. in Thai, CE in English, Arabic digits in both', () => {
    expect(shortDateForReader('2026-12-15', 'th')).toBe('15 ธ.ค. 2569');
    expect(shortDateForReader('2026-12-15', 'en')).toBe('15 Dec 2026');
    expect(shortDateForReader('2027-09-01', 'en')).toBe('1 Sep 2027');
    expect(shortDateForReader('2027-01-05', 'th')).toBe('5 ม.ค. 2570');
  });

  it('writes dates as Thai offices do: พ.ศ. and Thai digits', () => {
    expect(thaiMonthYearText(2026, 11)).toBe('พฤศจิกายน ๒๕๖๙');
    expect(thaiDateLongText('2026-11-03')).toBe('๓ พฤศจิกายน ๒๕๖๙');
    expect(thaiDateShortText('2026-11-03')).toBe('๓ พ.ย. ๖๙');
  });

  it('reads a date typed as day, month and พ.ศ. year, and refuses a CE year or an impossible day', () => {
    expect(isoDateFromBeParts('15', '3', '2569')).toBe('2026-03-15');
    expect(isoDateFromBeParts('', '', '')).toBe('');
    expect(isoDateFromBeParts('15', '3', '2026')).toBe('invalid');
    expect(isoDateFromBeParts('31', '2', '2569')).toBe('invalid');
    expect(isoDateFromBeParts('15', '', '2569')).toBe('invalid');
    expect(beDatePartsOf('2026-03-15')).toEqual({ day: '15', month: '3', yearBe: '2569' });
    expect(beDatePartsOf('')).toEqual({ day: '', month: '', yearBe: '' });
  });

  it('says why typed parts are no date: a day the month lacks is "no such day" in the importer\'s words, not the year\'s fault (outside tester: 31 กุมภาพันธ์ 2569 blamed the year)', () => {
    expect(beDatePartsProblem('31', '2', '2569')).toBe('noSuchDay');
    expect(beDatePartsProblem('29', '2', '2569')).toBe('noSuchDay'); // 2026 is a common year
    expect(beDatePartsProblem('29', '2', '2567')).toBeUndefined(); // 2024 is a leap year
    expect(beDatePartsProblem('31', '4', '2569')).toBe('noSuchDay');
    expect(beDatePartsProblem('32', '1', '2569')).toBe('noSuchDay');
    expect(beDatePartsProblem('31', '2', '2026')).toBe('notADate'); // a CE year: the year is the slip
    expect(beDatePartsProblem('15', '', '2569')).toBe('notADate');
    expect(beDatePartsProblem('15', '3', '')).toBe('notADate');
    expect(beDatePartsProblem('15', '3', '2569')).toBeUndefined();
    expect(beDatePartsProblem('', '', '')).toBeUndefined();
    const imported = readDate('31/02/2569');
    expect(imported).toEqual({ error: { th: `${noSuchDayText.th}: 31/02/2569`, en: `${noSuchDayText.en}: 31/02/2569` } });
    expect(noSuchDayText).toEqual({ th: 'ไม่มีวันที่นี้ในปฏิทิน', en: 'No such day in the calendar' });
  });
});
