import { z } from 'zod';
import { ruleWords, type Bilingual } from './refusalText';
import { IsoDate } from './schemas';
import { ceDayOfBeWritten, ceDayOfSlashWritten, isoDateOf, noSuchDayText } from './thaiCalendar';
import type { DueDate, Holiday, PeriodUnit } from './workingDays';

/*
 * The centre's two registers: information requests (Official Information Act, Section 11) and
 * complaints / tip-offs. Personal data (name, contact, what was written, staff notes) lives in
 * `person`, `details` and history notes only: lists, dashboards, reports and the anonymous visit
 * log never carry them, and retention erases exactly those fields.
 */

export const registerKinds = ['request', 'complaint'] as const;
export const RegisterKind = z.enum(registerKinds);
export type RegisterKind = z.infer<typeof RegisterKind>;

/** Thai prefixes of the two registers' reference numbers: ขข (ขอข้อมูล, a request) and รร (ร้องเรียน, a complaint). */
export const refPrefix: Record<RegisterKind, string> = { request: 'ขข', complaint: 'รร' };
/** The register a reference number (`ขข-2569-000123`) belongs to; undefined for one that is not ours. */
export const kindOfRef = (ref: string): RegisterKind | undefined => registerKinds.find((kind) => ref.startsWith(`${refPrefix[kind]}-`));

export const channels = ['kiosk', 'counter', 'phone', 'letter', 'email'] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;
/** What staff may enter: the kiosk files its own. */
export const StaffChannel = z.enum(['counter', 'phone', 'letter', 'email']);

export const requestStates = ['received', 'clarification', 'in_progress', 'referred', 'answered', 'partly_answered', 'refused', 'withdrawn'] as const;
export const complaintStates = ['received', 'acknowledged', 'in_progress', 'forwarded', 'closed'] as const;
export const RegisterState = z.enum([...requestStates, 'acknowledged', 'forwarded', 'closed']);
export type RequestState = (typeof requestStates)[number];
export type ComplaintState = (typeof complaintStates)[number];
export type RegisterState = RequestState | ComplaintState;
/** A state as the service's refusals name it (the screens have the same words in their i18n tables). */
export const stateWords: Record<RegisterState, { th: string; en: string }> = {
  received: { th: 'รับเรื่อง', en: 'received' }, clarification: { th: 'รอผู้ขอชี้แจง', en: 'awaiting clarification' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'in progress' }, referred: { th: 'ส่งต่อหน่วยงานอื่น', en: 'referred' },
  answered: { th: 'ตอบแล้ว', en: 'answered' }, partly_answered: { th: 'ตอบบางส่วน', en: 'partly answered' },
  refused: { th: 'ปฏิเสธ', en: 'refused' }, withdrawn: { th: 'ถอนคำขอ', en: 'withdrawn' },
  acknowledged: { th: 'ตอบรับเรื่องแล้ว', en: 'acknowledged' }, forwarded: { th: 'ส่งต่อ', en: 'forwarded' }, closed: { th: 'ปิดเรื่อง', en: 'closed' },
};

/** Where each state may go; a state with no way on is closed. */
export const requestMoves: Record<RequestState, readonly RequestState[]> = {
  received: ['clarification', 'in_progress', 'referred', 'answered', 'partly_answered', 'refused', 'withdrawn'],
  clarification: ['in_progress', 'referred', 'answered', 'partly_answered', 'refused', 'withdrawn'],
  in_progress: ['clarification', 'referred', 'answered', 'partly_answered', 'refused', 'withdrawn'],
  referred: [], answered: [], partly_answered: [], refused: [], withdrawn: [],
};
export const complaintMoves: Record<ComplaintState, readonly ComplaintState[]> = {
  received: ['acknowledged', 'in_progress', 'forwarded', 'closed'],
  acknowledged: ['in_progress', 'forwarded', 'closed'],
  in_progress: ['forwarded', 'closed'],
  forwarded: ['closed'],
  closed: [],
};
export const movesFrom = (kind: RegisterKind, state: string): readonly string[] =>
  (kind === 'request' ? (requestMoves as Record<string, readonly string[]>)[state] : (complaintMoves as Record<string, readonly string[]>)[state]) ?? [];
export const isClosedState = (kind: RegisterKind, state: string) => movesFrom(kind, state).length === 0;
/** States that answer the requester (for "answered within the due date"). */
export const answeredStates: readonly string[] = ['answered', 'partly_answered', 'refused', 'referred', 'closed'];

/** Section 15 grounds for refusing disclosure, as the refusal letter names them. */
export const refusalReasons = ['s15-1', 's15-2', 's15-3', 's15-4', 's15-5', 's15-6', 's15-7', 's14', 'not-held'] as const;
export const RefusalReason = z.enum(refusalReasons);
export type RefusalReason = z.infer<typeof RefusalReason>;

export const complaintTopics = ['service', 'conduct', 'corruption', 'facility', 'information', 'other'] as const;
export const ComplaintTopic = z.enum(complaintTopics);
export type ComplaintTopic = z.infer<typeof ComplaintTopic>;

const Line = (max: number) => z.string().trim().max(max).regex(/^[^\p{Cc}]*$/u, 'no control characters');
/** Several lines: new lines and tabs are allowed, other control characters are not. */
const controlOtherThanLines = (s: string) => [...s].some((c) => { const n = c.charCodeAt(0); return (n < 32 && n !== 9 && n !== 10 && n !== 13) || n === 127; });
const Text = (max: number) => z.string().trim().max(max).refine((s) => !controlOtherThanLines(s), 'no control characters');

/** As stored: what was filed before the rules below stays readable. */
export const Person = z.strictObject({
  name: Line(120).optional(),
  phone: z.string().trim().max(30).regex(/^[0-9๐-๙+\-() ]*$/, 'phone: digits, +, -, ( )').optional(),
  email: z.union([z.literal(''), z.email().max(200)]).optional(),
  address: Text(500).optional(),
});
export type Person = z.infer<typeof Person>;

/**
 * What a reader sees of a text: without spaces and invisible characters (zero-width space and
 * joiners, BOM, soft hyphen, direction marks: Unicode format characters; blank look-alikes).
 * A form of only these would start the legal clock for nobody (outside tester).
 */
export const readableText = (s: string) => s.replace(/[\p{Cf}\s\u2800\u3164\u115f\u1160\uffa0]/gu, '');
/** A phone number's digits, Thai (๐-๙) or Arabic. */
export const phoneDigits = (s: string) => s.replace(/[^0-9๐-๙]/g, '').length;
/** Thai numbers have 9 digits (02 123 4567) or 10 (081 234 5678). */
export const PHONE_DIGITS_MIN = 9;

const invisibleOnly = ruleWords({ problem: {
  th: 'มีแต่อักขระที่มองไม่เห็นหรือช่องว่าง: กรอกข้อความที่อ่านได้', en: 'holds only invisible characters or spaces: type readable text',
} });
/** An optional text may be left empty, but not filled with nothing a person can read. */
const readableIfGiven = <T extends z.ZodType<string | undefined>>(schema: T) =>
  schema.refine((s) => !s || readableText(s) !== '', { message: 'only invisible characters', params: invisibleOnly });

/** A person as a filing gives them: the stored shape, with text a person can read and a phone that can be called. */
const PersonFiled = z.strictObject({
  name: readableIfGiven(Line(120).optional()),
  phone: Person.shape.phone.refine((p) => !p || phoneDigits(p) >= PHONE_DIGITS_MIN, { message: 'phone: at least 9 digits', params: ruleWords({ problem: {
    th: `ต้องมีตัวเลขอย่างน้อย ${PHONE_DIGITS_MIN} หลัก (เช่น 0812345678 หรือ 021234567)`, en: `must hold at least ${PHONE_DIGITS_MIN} digits (e.g. 0812345678 or 021234567)`,
  } }) }),
  email: Person.shape.email,
  address: readableIfGiven(Text(500).optional()),
});
export const hasContact = (p: Person | undefined) => Boolean(p?.phone || p?.email || p?.address);

/** What a citizen sends from the kiosk form (or staff enter from a counter, phone or letter). */
const DETAILS_MIN = 5;
const filing = {
  details: Text(4000).min(DETAILS_MIN, 'please say what you ask for or what happened')
    .refine((s) => s.length < DETAILS_MIN || [...readableText(s)].length >= DETAILS_MIN, { message: 'too few readable characters', params: ruleWords({ problem: {
      th: `ต้องมีข้อความที่อ่านได้อย่างน้อย ${DETAILS_MIN} ตัวอักษร (อักขระที่มองไม่เห็นและช่องว่างไม่นับ)`,
      en: `must hold at least ${DETAILS_MIN} readable characters (invisible characters and spaces do not count)`,
    } }) }),
  person: PersonFiled.optional(),
  anonymous: z.boolean().default(false),
  topic: ComplaintTopic.optional(),
};
/** The filing rules word their own refusals (what is missing and what to fill in), for every transport alike. */
const filingRules = <T extends { kind: RegisterKind; person?: Person; anonymous: boolean; topic?: ComplaintTopic }>(f: T, ctx: z.RefinementCtx) => {
  if (f.kind === 'request') {
    // Section 11: the agency answers the requester, so it needs a name and a way to reach them.
    if (f.anonymous) {
      ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'a request cannot be anonymous', params: ruleWords({ problem: {
        th: 'ใช้กับคำขอข้อมูลข่าวสารไม่ได้: ยกเลิกการเลือก แล้วกรอกชื่อและช่องทางติดต่อของผู้ขอ',
        en: 'cannot be chosen for a request for information: untick it and give a name and a way to reach the requester',
      } }) });
    }
    if (!f.anonymous && !f.person?.name) {
      ctx.addIssue({ code: 'custom', path: ['person', 'name'], message: 'a request needs the requester\'s name', params: ruleWords({ problem: {
        th: 'ต้องกรอก: คำขอข้อมูลข่าวสารต้องระบุชื่อผู้ขอ', en: 'is required: a request for information must name the requester',
      } }) });
    }
    if (!f.anonymous && !hasContact(f.person)) {
      ctx.addIssue({ code: 'custom', path: ['person'], message: 'a request needs a phone, an e-mail or an address', params: ruleWords({ problem: {
        th: 'ต้องมีอย่างน้อยหนึ่งช่องทาง: กรอกโทรศัพท์ อีเมล หรือที่อยู่ เพื่อให้หน่วยงานตอบคำขอได้',
        en: 'must hold at least one way to reach the requester: fill in a phone, an e-mail or an address so the agency can answer',
      } }) });
    }
  } else if (!f.anonymous && !hasContact(f.person) && !f.person?.name) {
    ctx.addIssue({ code: 'custom', path: ['person'], message: 'give a name and contact, or choose anonymous', params: ruleWords({
      field: { th: 'ผู้ร้องเรียน', en: 'The complainant' },
      problem: { th: 'ต้องระบุชื่อหรือช่องทางติดต่ออย่างน้อยหนึ่งอย่าง หรือเลือกไม่ประสงค์ออกนาม', en: 'must be given a name or a way to reach them, or choose to stay anonymous' },
    }) });
  }
};

export const KioskFiling = z.strictObject({ kind: RegisterKind, ...filing }).superRefine(filingRules);
export const StaffFiling = z.strictObject({ kind: RegisterKind, channel: StaffChannel, receivedOn: IsoDate.optional(), ...filing }).superRefine(filingRules);

export const HistoryEntry = z.object({
  at: z.string(),
  /** The day it counts for the clock (Bangkok). */
  on: IsoDate,
  state: RegisterState,
  by: z.string().optional(),
  note: z.string().max(2000).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const RegisterItem = z.object({
  id: z.string().regex(/^[a-z0-9-]{6,40}$/),
  kind: RegisterKind,
  ref: z.string(),
  channel: Channel,
  receivedAt: z.string(),
  receivedOn: IsoDate,
  state: RegisterState,
  topic: ComplaintTopic.optional(),
  anonymous: z.boolean(),
  person: Person.optional(),
  details: z.string().optional(),
  pauses: z.array(z.object({ from: IsoDate, to: IsoDate.optional() })),
  referral: z.object({ agency: z.string().max(300), toldOn: IsoDate }).optional(),
  refusal: z.object({ reason: RefusalReason, appealNoticeGiven: z.boolean() }).optional(),
  outcome: z.string().max(300).optional(),
  acknowledgedOn: IsoDate.optional(),
  closedOn: IsoDate.optional(),
  /** Set when retention erased the personal fields. */
  erasedOn: IsoDate.optional(),
  history: z.array(HistoryEntry),
});
export type RegisterItem = z.infer<typeof RegisterItem>;

const Period = z.object({ days: z.number().int().min(1).max(365), unit: z.enum(['working', 'calendar']) });
export const RegisterSettings = z.object({
  request: Period,
  complaint: Period,
  /** A complaint is acknowledged within this many working days. */
  complaintAcknowledgeDays: z.number().int().min(1).max(3),
  /** Personal fields are erased this many months after an item closes. */
  retentionMonths: z.number().int().min(1).max(240),
  /** The kiosk's public status page, if the agency has one: the receipt's second QR code (`{ref}` is replaced). */
  statusUrl: z.url().max(500).optional(),
});
export type RegisterSettings = z.infer<typeof RegisterSettings>;

/**
 * Years (Common Era) of a period that the holiday table holds no holiday for: the count skipped
 * only weekends there, so the due day may come too early. With the sentence to show, in Thai and
 * English. Absent when every year of the period is in the table.
 */
export interface HolidaysMissing { years: number[]; th: string; en: string }

/** Where the clock stands for an item. */
export interface ItemClock {
  dueOn: string | null;
  unit: PeriodUnit;
  days: number;
  paused: boolean;
  overdue: boolean;
  /** Working days left (negative: overdue by); null while paused or closed. */
  daysLeft: number | null;
  skipped: Holiday[];
  rolledOver: boolean;
  /** Complaints: the acknowledgement's due day, while it is awaited. */
  acknowledgeBy?: string;
  /** An item closed with an answer (answeredStates) and a due day: when, and whether in time. */
  answered?: AnswerTiming;
  /** The due day (or the acknowledgement's) was counted over years the holiday table lacks. */
  holidaysMissing?: HolidaysMissing;
}

/** An answer against its due day: on time up to and including it; else late by working days (0 if only by a weekend or holiday). */
export interface AnswerTiming { on: string; onTime: boolean; workingDaysLate: number }

/** A line of the register list: no personal data. */
export interface RegisterRow {
  id: string; kind: RegisterKind; ref: string; channel: Channel; receivedOn: string; state: RegisterState;
  topic?: ComplaintTopic; anonymous: boolean; closedOn?: string; erased: boolean; clock: ItemClock;
}
export interface RegisterDetail extends RegisterRow { item: RegisterItem; moves: string[] }

export interface Receipt {
  ref: string; kind: RegisterKind; receivedOn: string; dueOn: string; unit: PeriodUnit; days: number; skipped: Holiday[]; statusUrl?: string;
  /**
   * What was filed, as the register holds it: the receipt is the citizen's proof of what was asked,
   * not only of a number. A complaint's: its first 60 letters and "…" (a tip-off may name people).
   */
  details: string;
  /** A complaint's topic ("other" when none was chosen). */
  topic?: ComplaintTopic;
  /** Anonymous, or a name without phone, e-mail or address: the agency deals with it by `dueOn` but cannot send an answer. */
  noContact?: true;
  /** `dueOn` was counted over years the holiday table lacks (a back-dated entry, or past the table's last year). */
  holidaysMissing?: HolidaysMissing;
}

/** `registers.due`: the due date, and the years it was counted over without holidays. */
export interface DueAnswer extends DueDate { holidaysMissing?: HolidaysMissing }

export interface RegisterCounts { open: number; overdue: number; dueSoon: number; paused: number }
export interface RegisterDashboard {
  asOf: string; request: RegisterCounts; complaint: RegisterCounts;
  /** Open items' due days were counted over these years, which the holiday table lacks. */
  holidaysMissing?: HolidaysMissing;
}

/** A holiday as the table stores it (what an earlier import stored stays readable). */
export const StoredHoliday = z.strictObject({
  date: IsoDate,
  nameTh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().max(200).optional(),
});

/**
 * What is wrong with a holiday's date as written, in words, or undefined for a C.E. `yyyy-mm-dd`
 * day. One sentence per date: a พ.ศ. year or a `dd/mm/yyyy` is told the C.E. day it probably means,
 * never read as C.E. 2570 (outside tester: a table "for 3113") nor refused as "not a real date".
 */
function holidayDateProblem(day: string): Bilingual | undefined {
  const form = { th: 'ปปปป-ดด-วว ปี ค.ศ. (เช่น 2028-04-13)', en: 'yyyy-mm-dd in the Common Era (e.g. 2028-04-13)' };
  if (day === '') return { th: `ต้องกรอก เขียนแบบ ${form.th}`, en: `is required, written ${form.en}` };
  const slashed = ceDayOfSlashWritten(day);
  if (slashed) {
    return {
      th: `เขียนแบบ วว/ดด/ปปปป แต่วันหยุดต้องเขียนแบบ ปปปป-ดด-วว ปี ค.ศ.: น่าจะหมายถึง ${slashed}`,
      en: `is written dd/mm/yyyy, but holiday dates are written yyyy-mm-dd in the Common Era: probably ${slashed}`,
    };
  }
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!parts) return { th: `ต้องเขียนแบบ ${form.th}`, en: `must be written ${form.en}` };
  const ce = ceDayOfBeWritten(day);
  const real = isoDateOf(Number((ce ?? day).slice(0, 4)), Number(parts[2]), Number(parts[3]));
  if (!real) return { th: noSuchDayText.th, en: 'does not exist in the calendar' };
  if (ce) return { th: `เป็นปี พ.ศ. แต่วันหยุดต้องเขียนเป็นปี ค.ศ.: น่าจะหมายถึง ${ce}`, en: `is in the Buddhist Era (พ.ศ.), but holiday dates are written in the Common Era: probably ${ce}` };
  return undefined;
}

/** A holiday as an import or a screen gives it. */
export const HolidayRow = StoredHoliday.extend({
  date: z.string().trim().superRefine((day, ctx) => {
    const problem = holidayDateProblem(day);
    if (problem) ctx.addIssue({ code: 'custom', message: `${day}: ${problem.en}`, params: ruleWords({ problem, field: day === '' ? { th: 'วันที่', en: 'Date' } : { th: `วันที่ ${day}`, en: `Date ${day}` } }) });
  }),
});
/** A bad row of a holiday file, in words: `th`, `en`, and `problem` (both, for the CLI and IT). */
export interface HolidayRowProblem { row: number; th: string; en: string; problem: string }
/** `removed`: dates of the years' holidays the file did not list, taken out (only with `replace`). */
export interface HolidayImportAnswer { years: number[]; holidays: number; replaced: number; removed: string[] }

export const ListInput = z.strictObject({
  kind: RegisterKind,
  state: RegisterState.optional(),
  channel: Channel.optional(),
  overdue: z.boolean().optional(),
  dueThisWeek: z.boolean().optional(),
  /** A reference number or words of what was written. */
  q: z.string().trim().max(200).optional(),
});

export const MoveInput = z.strictObject({
  id: RegisterItem.shape.id,
  to: RegisterState,
  /** The day the change happened (defaults to today); the clock counts from it. */
  on: IsoDate.optional(),
  note: Text(2000).optional(),
  referral: z.strictObject({ agency: Line(300).min(2), toldOn: IsoDate }).optional(),
  refusal: z.strictObject({ reason: RefusalReason, appealNoticeGiven: z.literal(true) }).optional(),
  outcome: Line(300).optional(),
});
export type MoveInput = z.infer<typeof MoveInput>;

/** The register section of the statistics report (no personal data). */
export interface RegisterKindFigures {
  received: number;
  byChannel: Record<Channel, number>;
  answered: number;
  answeredInTime: number;
  /** answeredInTime / answered, four decimals; null when nothing was answered. */
  inTimeRate: number | null;
  medianWorkingDays: number | null;
  overdueAtEnd: number;
  referred: number;
  refusedByReason: Partial<Record<RefusalReason, number>>;
  byTopic: Partial<Record<ComplaintTopic, number>>;
}
export interface RegistersReport {
  request: RegisterKindFigures; complaint: RegisterKindFigures;
  /** The figures' due days and working days were counted over these years, which the holiday table lacks. */
  holidaysMissing?: HolidaysMissing;
}
