import { z } from 'zod';
import { KB, method } from './method';
import type { Unchanged } from './result';
import {
  HolidayRow, KioskFiling, ListInput, MoveInput, RegisterItem, RegisterKind, RegisterSettings, StaffFiling,
  type DueAnswer, type HolidayImportAnswer, type Receipt, type RegisterDashboard, type RegisterDetail, type RegisterRow,
} from './registers';
import { IsoDate } from './schemas';
import { commonEraYearOnly } from './thaiCalendar';
import type { Holiday } from './workingDays';

const Id = z.strictObject({ id: RegisterItem.shape.id });

export const registerMethods = {
  'registers.submit': method<Receipt>()({
    input: KioskFiling, role: 'public', changes: true, maxBodyBytes: 16 * KB,
    summary: 'A citizen files a request (Section 11) or a complaint at the kiosk; answers the receipt. Budgeted per minute',
  }),
  'registers.enter': method<Receipt>()({
    input: StaffFiling, role: 'staff', changes: true,
    summary: 'Staff enter a request or complaint that came at the counter, by phone, letter or e-mail',
  }),
  'registers.list': method<RegisterRow[]>()({
    input: ListInput, role: 'staff', changes: false,
    summary: 'A register\'s items without personal data, filtered (state, channel, overdue, due this week, reference or text)',
  }),
  'registers.open': method<RegisterDetail>()({
    input: Id, role: 'staff', changes: true,
    summary: 'One item with its personal data and full history; declared as changing so each view is audited',
  }),
  'registers.move': method<RegisterDetail>()({
    input: MoveInput, role: 'staff', changes: true,
    summary: 'Moves an item to its next state (clarification stops the clock; referral, refusal and outcome details)',
  }),
  'registers.dashboard': method<RegisterDashboard>()({
    input: z.strictObject({}), role: 'staff', changes: false,
    summary: 'Open, overdue, due-soon and paused counts per register for the staff home',
  }),
  'registers.settings': method<RegisterSettings>()({
    input: z.strictObject({}), role: 'public', changes: false,
    summary: 'The registers\' clock and retention settings (public: the citizen\'s privacy notice says how long data is kept)',
  }),
  'registers.updateSettings': method<RegisterSettings & Unchanged>()({
    input: RegisterSettings, role: 'admin', changes: true, summary: 'Replaces the registers\' clock and retention settings',
  }),
  'registers.erasePersonal': method<{ erased: string[] }>()({
    input: z.strictObject({ kind: RegisterKind.optional() }), role: 'admin', changes: true,
    summary: 'Retention: erases the personal fields of items closed longer ago than the retention setting; the anonymous record stays',
  }),
  'registers.due': method<DueAnswer>()({
    input: z.strictObject({ from: IsoDate.superRefine(commonEraYearOnly), days: z.number().int().min(1).max(365), calendar: z.boolean().default(false) }),
    role: 'staff', changes: false,
    summary: 'A due date over the holiday table: working days, or calendar days with the s.64 rollover; names the years it counted without holidays',
  }),
  'holidays.list': method<Holiday[]>()({
    input: z.strictObject({ year: z.number().int().min(1900).max(2200).optional() }), role: 'staff', changes: false,
    summary: 'The holiday table (Common Era year), by date',
  }),
  'holidays.import': method<HolidayImportAnswer>()({
    input: z.strictObject({ text: z.string().max(512 * KB), format: z.enum(['csv', 'ics']).default('csv'), replace: z.boolean().default(false),
      /** With `replace` from a screen: the dates it showed as going; refused again (conflict) when the table changed since. */
      removes: z.array(IsoDate).max(400).optional() }), role: 'admin', changes: true, maxBodyBytes: 600 * KB,
    summary: 'Replaces the holiday table for the years in the file (CSV date,name_th[,name_en] or iCalendar); all-or-nothing with a row report; refused (conflict, details.removes) when it would remove holidays the file lacks, unless `replace`',
  }),
  'holidays.set': method<Holiday[]>()({
    input: HolidayRow, role: 'admin', changes: true, summary: 'Adds a holiday or renames one',
  }),
  'holidays.remove': method<Holiday[]>()({
    input: z.strictObject({ date: IsoDate }), role: 'admin', changes: true, summary: 'Removes a holiday',
  }),
} as const;
