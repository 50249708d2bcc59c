import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { DueAnswer, Receipt, RegisterDashboard, RegisterDetail, RegisterRow } from '../../electron/contract/registers';
import type { ReportModel } from '../../electron/contract/reports';
import type { Caller } from '../../electron/dispatch';
import { holidaysMissingOf, missingHolidayYears } from '../../electron/services/registers/clock';
import { shippedHolidays } from '../../electron/services/registers/thaiHolidays';
import { fixedClock, tempDir } from './support';
import { ADMIN_PIN, as, call, createAdminOnMachine, refusal, signIn, STAFF_PIN } from './staff-fixtures';

const citizen: Caller = { transport: 'http' };
const request = { kind: 'request', details: 'ขอสำเนาสัญญาจ้างก่อสร้างอาคาร', person: { name: 'สมหญิง ทดสอบ', phone: '0812345678' } };
/** B.E. 2568 (2025): the two December holidays the tester named; the shipped table does not hold the year. */
const december2025 = 'date,name_th,name_en\n2025-12-05,วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙,Father\'s Day\n2025-12-10,วันรัฐธรรมนูญ,Constitution Day\n';

describe('the registers\' dates (outside tester)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  let clock: ReturnType<typeof fixedClock>;
  let staff: Caller;
  let admin: Caller;
  beforeEach(async () => {
    dir = await tempDir();
    clock = fixedClock('2026-12-10T03:00:00Z'); // Thursday 10 Dec 2026, 10:00 in Bangkok
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    const { id } = await createAdminOnMachine(kiosk, 'สมชาย ใจดี', ADMIN_PIN);
    admin = as((await signIn(kiosk, id, ADMIN_PIN)).actor);
    const malee = (await call<{ id: string }>(kiosk, 'staff.createAccount', { name: 'มาลี ศรีสุข', role: 'staff', pin: STAFF_PIN }, admin)).id;
    staff = as((await signIn(kiosk, malee, STAFF_PIN)).actor);
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  const enterRequest = async (receivedOn: string) => {
    const receipt = await call<Receipt>(kiosk, 'registers.enter', { ...request, channel: 'letter', receivedOn }, staff);
    const rows = await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request', q: receipt.ref }, staff);
    return { receipt, id: rows[0]!.id };
  };

  it('a referral\'s "requester told on" may be neither before the request was received nor after today, and the refusal names the field', async () => {
    const { id } = await enterRequest('2026-12-01');
    for (const toldOn of ['2026-11-01', '2027-06-30', '2026-12-11']) {
      const refused = await refusal(kiosk, 'registers.move', { id, to: 'referred', referral: { agency: 'กรมบัญชีกลาง', toldOn } }, staff);
      expect(refused.code).toBe('bad_input');
      expect(refused.messageTh).toContain('วันที่แจ้งผู้ขอ');
      expect(refused.message).toContain('Requester told on');
      expect(refused.details).toEqual([expect.objectContaining({ path: ['referral', 'toldOn'] })]);
    }
    // A referral sent along with another move is stored too: it is checked the same way.
    expect((await refusal(kiosk, 'registers.move', { id, to: 'in_progress', referral: { agency: 'กรมบัญชีกลาง', toldOn: '2026-11-01' } }, staff)).code).toBe('bad_input');
    expect(kiosk.services.registers.items()[0]).toMatchObject({ state: 'received' });
    expect(kiosk.services.registers.items()[0]!.referral).toBeUndefined();
    // The day of receipt and today are both fine.
    const referred = await call<RegisterDetail>(kiosk, 'registers.move', { id, to: 'referred', referral: { agency: 'กรมบัญชีกลาง', toldOn: '2026-12-01' } }, staff);
    expect(referred.item.referral).toEqual({ agency: 'กรมบัญชีกลาง', toldOn: '2026-12-01' });
    const other = await enterRequest('2026-12-02');
    await call(kiosk, 'registers.move', { id: other.id, to: 'referred', referral: { agency: 'กรมบัญชีกลาง', toldOn: '2026-12-10' } }, staff);
  });

  it('the years of a period without holidays in the table are named (pure)', () => {
    expect(missingHolidayYears('2025-12-01', '2025-12-22', shippedHolidays)).toEqual([2025]);
    expect(missingHolidayYears('2026-12-20', '2027-01-12', shippedHolidays)).toEqual([]);
    expect(missingHolidayYears('2027-12-20', '2028-01-12', shippedHolidays)).toEqual([2028]);
    expect(missingHolidayYears('2024-12-31', '2029-01-02', shippedHolidays)).toEqual([2025, 2028, 2029]);
    // The day of receipt is not counted: a period starting on 31 Dec runs over the next year only.
    expect(missingHolidayYears('2025-12-31', '2026-01-22', shippedHolidays)).toEqual([]);
    expect(holidaysMissingOf([])).toBeUndefined();
    const said = holidaysMissingOf([2025, 2028])!;
    expect(said.years).toEqual([2025, 2028]);
    expect(said.th).toContain('พ.ศ. 2568 และ 2571');
    expect(said.en).toContain('2025 (B.E. 2568) and 2028 (B.E. 2571)');
  });

  it('a year holding some holidays but not the fixed-date ones a period crosses is named too (one holiday added for 2028 does not cover it)', () => {
    const table = [...shippedHolidays, { date: '2028-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: 'New Year\'s Day' }];
    // Over New Year only: the one holiday the period crosses is there.
    expect(missingHolidayYears('2027-12-20', '2028-01-12', table)).toEqual([]);
    // Over April: Chakri Day and Songkran, holidays of every year, are not in the table.
    expect(missingHolidayYears('2028-03-25', '2028-04-20', table)).toEqual([2028]);
    // One of them missing is enough (an import that lost a row).
    expect(missingHolidayYears('2026-04-01', '2026-04-20', shippedHolidays.filter((h) => h.date !== '2026-04-14'))).toEqual([2026]);
    // A fixed-date holiday on its substitution day's list is still itself listed: the shipped table covers its years.
    expect(missingHolidayYears('2026-01-01', '2027-12-31', shippedHolidays)).toEqual([]);
    // Over February and March 2029 with only New Year's Day listed for 2029: no fixed-date holiday falls
    // there, but Makha Bucha (lunar) does; a year listing a handful of days, none in those months, is not held.
    const sparse = [...shippedHolidays, { date: '2029-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: 'New Year\'s Day' }];
    expect(missingHolidayYears('2029-02-15', '2029-03-08', sparse)).toEqual([2029]);
    // A year listing the months a period crosses (an administrator adding December's days for a back-dated entry) is held for it.
    expect(missingHolidayYears('2025-12-01', '2025-12-22', [...shippedHolidays, { date: '2025-12-05', nameTh: 'ว', nameEn: 'F' }, { date: '2025-12-10', nameTh: 'ร', nameEn: 'C' }])).toEqual([]);
    // A whole year's table (the shipped ones) is held over months with no holiday at all (February, September, November 2026).
    expect(missingHolidayYears('2026-09-01', '2026-09-25', shippedHolidays)).toEqual([]);
    expect(missingHolidayYears('2026-11-02', '2026-11-24', shippedHolidays)).toEqual([]);
    expect(holidaysMissingOf([2028])!.th).toContain('ยังไม่ครบ');
    expect(holidaysMissingOf([2028])!.en).toContain('not complete');
  });

  it('a back-dated entry over a year the table lacks is saved, and its receipt, item and the dashboard say the due day may be early', async () => {
    const { receipt, id } = await enterRequest('2025-12-01');
    expect(receipt.dueOn).toBe('2025-12-22');
    expect(receipt.holidaysMissing).toMatchObject({ years: [2025] });
    expect(receipt.holidaysMissing!.th).toContain('2568');
    expect(receipt.holidaysMissing!.en).toContain('2025');
    const detail = await call<RegisterDetail>(kiosk, 'registers.open', { id }, staff);
    expect(detail.clock.holidaysMissing).toMatchObject({ years: [2025] });
    const dashboard = await call<RegisterDashboard>(kiosk, 'registers.dashboard', {}, staff);
    expect(dashboard.holidaysMissing).toMatchObject({ years: [2025] });
    // An item inside the table's years carries no warning.
    const now = await enterRequest('2026-12-01');
    expect(now.receipt.holidaysMissing).toBeUndefined();
    expect((await call<RegisterDetail>(kiosk, 'registers.open', { id: now.id }, staff)).clock.holidaysMissing).toBeUndefined();
    // Once an administrator adds the year, the clock counts its holidays and the warning goes.
    await call(kiosk, 'holidays.import', { text: december2025 }, admin);
    const fixed = await call<RegisterDetail>(kiosk, 'registers.open', { id }, staff);
    expect(fixed.clock.dueOn).toBe('2025-12-24');
    expect(fixed.clock.holidaysMissing).toBeUndefined();
    expect((await call<RegisterDashboard>(kiosk, 'registers.dashboard', {}, staff)).holidaysMissing).toBeUndefined();
  });

  it('the report\'s register figures say which years they counted without holidays', async () => {
    const { id } = await enterRequest('2025-12-01');
    await call(kiosk, 'registers.move', { id, to: 'answered', on: '2025-12-23' }, staff);
    const back = await call<ReportModel>(kiosk, 'reports.build', { period: { kind: 'month', month: '2025-12' } }, admin);
    expect(back.registers!.request).toMatchObject({ received: 1, answered: 1, answeredInTime: 0 });
    expect(back.registers!.holidaysMissing).toMatchObject({ years: [2025] });
    // The executives read it beside the figures, in every format.
    const exported = async (format: string) => Buffer.from((await call<{ base64: string }>(kiosk, 'reports.export', { period: { kind: 'month', month: '2025-12' }, format }, admin)).base64, 'base64').toString('utf8');
    expect(await exported('html')).toContain(back.registers!.holidaysMissing!.th);
    expect(await exported('csv')).toContain(back.registers!.holidaysMissing!.th);
    await enterRequest('2026-12-01');
    const now = await call<ReportModel>(kiosk, 'reports.build', { period: { kind: 'month', month: '2026-12' } }, admin);
    expect(now.registers!.holidaysMissing).toBeUndefined();
    // With the year's holidays in the table, the answer of 23 Dec 2025 was in time (due 24 Dec), and the warning goes.
    await call(kiosk, 'holidays.import', { text: december2025 }, admin);
    const fixed = await call<ReportModel>(kiosk, 'reports.build', { period: { kind: 'month', month: '2025-12' } }, admin);
    expect(fixed.registers!.request).toMatchObject({ answered: 1, answeredInTime: 1 });
    expect(fixed.registers!.holidaysMissing).toBeUndefined();
  });

  it('registers.due names the years it counted without holidays', async () => {
    const back = await call<DueAnswer>(kiosk, 'registers.due', { from: '2025-12-01', days: 15 }, staff);
    expect(back).toMatchObject({ due: '2025-12-22', holidaysMissing: { years: [2025] } });
    const inside = await call<DueAnswer>(kiosk, 'registers.due', { from: '2026-12-20', days: 15 }, staff);
    expect(inside.holidaysMissing).toBeUndefined();
    const past = await call<DueAnswer>(kiosk, 'registers.due', { from: '2027-12-20', days: 15 }, staff);
    expect(past.holidaysMissing).toMatchObject({ years: [2028] });
  });

  it('a citizen\'s kiosk form is never blocked by a missing year: the receipt comes, with the warning', async () => {
    clock.set('2028-03-01T03:00:00Z');
    const receipt = await call<Receipt>(kiosk, 'registers.submit', request, citizen);
    expect(receipt).toMatchObject({ ref: 'ขข-2571-000001', receivedOn: '2028-03-01', holidaysMissing: { years: [2028] } });
  });
});
