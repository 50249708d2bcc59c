import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { Actor } from '../../contract/handler';
import {
  hasContact,
  isClosedState, movesFrom, RegisterItem, RegisterSettings, stateWords,
  type Channel, type MoveInput, type Receipt, type RegisterCounts, type RegisterDashboard, type RegisterDetail,
  type RegisterKind, type RegisterRow, type Person, type ComplaintTopic,
} from '../../contract/registers';
import { KioskError } from '../../contract/result';
import type { Clock } from '../runtime';
import { canonical } from '../../contract/canonical';
import { textMatcher } from '../search/matchesText';
import { bangkokToday, thaiDateLongText } from '../../contract/thaiCalendar';
import { openJsonStore, type StoreContext } from '../store/jsonStore';
import { saveError } from '../store/saveError';
import { DUE_SOON_WORKING_DAYS, holidaysMissingOf, itemClock, weekOf } from './clock';
import type { HolidaysService } from './holidays';
import { beYearOf, counterKey, referenceNumber } from './referenceNumber';
import { retentionCutoff } from './retention';

export const RegistersFile = z.object({
  version: z.literal(1),
  settings: RegisterSettings,
  /** Running numbers per register and B.E. year (`request-2569`). */
  counters: z.record(z.string(), z.number().int().nonnegative()),
  items: z.array(RegisterItem),
});
type RegistersFile = z.infer<typeof RegistersFile>;

/** 15 working days for a request's answer and for a complaint's; a complaint acknowledged within 3. */
export const defaultRegisterSettings = (): RegisterSettings => ({
  request: { days: 15, unit: 'working' },
  complaint: { days: 15, unit: 'working' },
  complaintAcknowledgeDays: 3,
  retentionMonths: 24,
});

const notSaved = { th: 'บันทึกทะเบียนไม่สำเร็จ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง', en: 'Could not save the register; nothing was changed' };
const notFound = () => new KioskError('not_found', { th: 'ไม่พบรายการนี้ในทะเบียน', en: 'No such item in the register' });

/** A complaint's text on its receipt: the first this many letters (grapheme clusters: a Thai mark stays on its letter). */
const RECEIPT_EXCERPT_LETTERS = 60;
/**
 * A complaint may be a tip-off naming people, and the receipt stays on screen until the visit
 * ends: it carries the start of the text, enough to say which matter it was.
 */
function receiptExcerpt(text: string): string {
  const letters = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)].map((g) => g.segment);
  return letters.length > RECEIPT_EXCERPT_LETTERS ? `${letters.slice(0, RECEIPT_EXCERPT_LETTERS).join('')}…` : text;
}

export interface Filing {
  kind: RegisterKind; channel: Channel; receivedOn?: string; details: string; person?: Person; anonymous: boolean; topic?: ComplaintTopic;
}

/** The two registers (registers.json): items, their states and history, the clock's settings. */
export async function openRegisters(options: { dataDir: string; clock: Clock; stores: StoreContext; holidays: HolidaysService }) {
  const { clock, holidays } = options;
  const store = await openJsonStore<RegistersFile>({
    path: join(options.dataDir, 'registers.json'),
    schema: RegistersFile,
    defaults: () => ({ version: 1, settings: defaultRegisterSettings(), counters: {}, items: [] }),
    now: clock.now,
    ...options.stores,
  });
  const today = () => bangkokToday(clock.now());
  const commit = async (mutate: (data: RegistersFile) => RegistersFile) => {
    try { await store.commit(mutate); } catch (error) { throw saveError(error, notSaved); }
  };
  const find = (id: string) => store.data().items.find((i) => i.id === id) ?? (() => { throw notFound(); })();

  function row(item: RegisterItem, on = today()): RegisterRow {
    return {
      id: item.id, kind: item.kind, ref: item.ref, channel: item.channel, receivedOn: item.receivedOn, state: item.state,
      ...(item.topic ? { topic: item.topic } : {}), anonymous: item.anonymous,
      ...(item.closedOn ? { closedOn: item.closedOn } : {}), erased: item.erasedOn !== undefined,
      clock: itemClock(item, store.data().settings, holidays.all(), on),
    };
  }
  const detail = (item: RegisterItem): RegisterDetail => ({ ...row(item), item, moves: [...movesFrom(item.kind, item.state)] });

  return {
    recovery: store.recovery,
    head: () => ({ store: store.name, auditSeq: store.auditSeq() }),
    settings: () => store.data().settings,
    items: (): readonly RegisterItem[] => store.data().items,
    today,
    row,

    /** Files an item and answers the receipt: a reference number and the day the answer is due. */
    async file(filing: Filing, actor?: Actor): Promise<Receipt> {
      const now = clock.now();
      const receivedOn = filing.receivedOn ?? today();
      if (receivedOn > today()) throw new KioskError('bad_input', { th: 'วันที่รับต้องไม่เป็นวันในอนาคต', en: 'The day received cannot be in the future' });
      const year = beYearOf(receivedOn);
      const key = counterKey(filing.kind, year);
      const n = (store.data().counters[key] ?? 0) + 1;
      const person = filing.anonymous ? undefined : cleanPerson(filing.person);
      const item: RegisterItem = {
        id: randomUUID(), kind: filing.kind, ref: referenceNumber(filing.kind, year, n), channel: filing.channel,
        receivedAt: now.toISOString(), receivedOn, state: 'received',
        ...(filing.kind === 'complaint' ? { topic: filing.topic ?? 'other' } : {}),
        anonymous: filing.anonymous, ...(person ? { person } : {}), details: filing.details, pauses: [],
        history: [{ at: now.toISOString(), on: receivedOn, state: 'received', ...(actor ? { by: actor.name } : {}) }],
      };
      await commit((data) => ({ ...data, counters: { ...data.counters, [key]: n }, items: [...data.items, item] }));
      const clockNow = itemClock(item, store.data().settings, holidays.all(), receivedOn);
      const statusUrl = store.data().settings.statusUrl?.replace('{ref}', encodeURIComponent(item.ref));
      return {
        ref: item.ref, kind: item.kind, receivedOn, dueOn: clockNow.dueOn!, unit: clockNow.unit, days: clockNow.days, skipped: clockNow.skipped,
        details: filing.kind === 'complaint' ? receiptExcerpt(filing.details) : filing.details, ...(item.topic ? { topic: item.topic } : {}),
        ...(statusUrl ? { statusUrl } : {}),
        ...(hasContact(person) ? {} : { noContact: true as const }),
        // Warned, never refused: a citizen's receipt comes whatever the table holds (staff fix the table).
        ...(clockNow.holidaysMissing ? { holidaysMissing: clockNow.holidaysMissing } : {}),
      };
    },

    list(input: { kind: RegisterKind; state?: string; channel?: Channel; overdue?: boolean; dueThisWeek?: boolean; q?: string }): RegisterRow[] {
      const on = today();
      const week = weekOf(on);
      const matches = input.q ? textMatcher(input.q) : undefined;
      return store.data().items
        .filter((i) => i.kind === input.kind && (!input.state || i.state === input.state) && (!input.channel || i.channel === input.channel))
        .filter((i) => !matches || matches(i.ref) || (i.details !== undefined && matches(i.details)))
        .map((i) => row(i, on))
        .filter((r) => !input.overdue || r.clock.overdue)
        .filter((r) => !input.dueThisWeek || (!isClosedState(r.kind, r.state) && r.clock.dueOn !== null && r.clock.dueOn >= week.from && r.clock.dueOn <= week.to))
        .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.ref.localeCompare(a.ref));
    },

    open: (id: string): RegisterDetail => detail(find(id)),

    async move(input: MoveInput, actor: Actor | undefined): Promise<{ before: RegisterItem; after: RegisterDetail }> {
      const before = find(input.id);
      if (!movesFrom(before.kind, before.state).includes(input.to)) {
        throw new KioskError('conflict', {
          th: `เปลี่ยนสถานะจาก "${stateWords[before.state].th}" เป็น "${stateWords[input.to].th}" ไม่ได้`,
          en: `Cannot move from "${stateWords[before.state].en}" to "${stateWords[input.to].en}"`,
        });
      }
      const on = input.on ?? today();
      const last = before.history.at(-1)?.on ?? before.receivedOn;
      if (on > today() || on < last) throw new KioskError('bad_input', { th: 'วันที่ต้องไม่ก่อนการเปลี่ยนแปลงครั้งก่อนและไม่เป็นวันในอนาคต', en: 'The day must not be before the last change nor in the future' });
      const need = (ok: unknown, th: string, en: string) => { if (!ok) throw new KioskError('bad_input', { th, en }); };
      if (input.to === 'referred') need(input.referral, 'โปรดระบุหน่วยงานที่ส่งต่อ และวันที่แจ้งผู้ขอ (มาตรา ๑๒)', 'Name the agency referred to and the day the requester was told (Section 12)');
      // Whatever the move: a referral is stored with any move that carries one.
      if (input.referral) toldOnInRange(input.referral.toldOn, before.receivedOn, today());
      if (input.to === 'refused') need(input.refusal, 'โปรดระบุเหตุผลตามมาตรา ๑๕ และยืนยันว่าแจ้งสิทธิอุทธรณ์แล้ว', 'Give the Section 15 reason and confirm the appeal notice was given');
      if (input.to === 'closed') need(input.outcome, 'โปรดระบุผลการดำเนินการ', 'Give the outcome');
      let pauses = before.pauses;
      if (input.to === 'clarification') pauses = [...pauses, { from: on }];
      else if (before.state === 'clarification') pauses = pauses.map((p) => (p.to === undefined ? { ...p, to: on } : p));
      const after: RegisterItem = {
        ...before, state: input.to, pauses,
        ...(input.referral ? { referral: input.referral } : {}),
        ...(input.refusal ? { refusal: input.refusal } : {}),
        ...(input.outcome ? { outcome: input.outcome } : {}),
        ...(input.to === 'acknowledged' ? { acknowledgedOn: on } : {}),
        ...(isClosedState(before.kind, input.to) ? { closedOn: on } : {}),
        history: [...before.history, { at: clock.now().toISOString(), on, state: input.to, ...(actor ? { by: actor.name } : {}), ...(input.note ? { note: input.note } : {}) }],
      };
      await commit((data) => ({ ...data, items: data.items.map((i) => (i.id === after.id ? after : i)) }));
      return { before, after: detail(after) };
    },

    dashboard(): RegisterDashboard {
      const on = today();
      const open = store.data().items.filter((i) => !isClosedState(i.kind, i.state)).map((i) => ({ kind: i.kind, clock: row(i, on).clock }));
      const counts = (kind: RegisterKind): RegisterCounts => {
        const mine = open.filter((o) => o.kind === kind).map((o) => o.clock);
        return {
          open: mine.length,
          overdue: mine.filter((c) => c.overdue).length,
          dueSoon: mine.filter((c) => !c.overdue && c.daysLeft !== null && c.daysLeft <= DUE_SOON_WORKING_DAYS).length,
          paused: mine.filter((c) => c.paused).length,
        };
      };
      // The years open items' due days were counted over without holidays: the table needs them.
      const years = [...new Set(open.flatMap((o) => o.clock.holidaysMissing?.years ?? []))].sort((a, b) => a - b);
      const holidaysMissing = holidaysMissingOf(years);
      return { asOf: on, request: counts('request'), complaint: counts('complaint'), ...(holidaysMissing ? { holidaysMissing } : {}) };
    },

    async replaceSettings(next: RegisterSettings): Promise<{ before: RegisterSettings; after: RegisterSettings; unchanged?: true }> {
      const before = store.data().settings;
      if (canonical(before) === canonical(next)) return { before, after: before, unchanged: true };
      await commit((data) => ({ ...data, settings: next }));
      return { before, after: next };
    },

    /**
     * Retention: items closed before the cutoff lose their personal fields (name, contact, what was
     * written, staff notes); the record (kind, channel, dates, states, topic, reasons) stays for
     * the statistics. Answers the references erased.
     */
    async erasePersonal(kind?: RegisterKind): Promise<string[]> {
      const cutoff = retentionCutoff(today(), store.data().settings.retentionMonths);
      const due = (i: RegisterItem) => (!kind || i.kind === kind) && i.erasedOn === undefined && i.closedOn !== undefined && i.closedOn <= cutoff;
      const refs = store.data().items.filter(due).map((i) => i.ref);
      if (refs.length === 0) return [];
      const on = today();
      await commit((data) => ({ ...data, items: data.items.map((i) => (due(i) ? erased(i, on) : i)) }));
      return refs;
    },
  };
}
export type RegistersService = Awaited<ReturnType<typeof openRegisters>>;

/**
 * Section 12: the day the requester was told of the referral lies between the day the request was
 * received and today (the service clock), as the move's own day does; refused naming the field,
 * with `details` in the shape of a refused input's, so a form can show it on that field.
 */
function toldOnInRange(toldOn: string, receivedOn: string, today: string): void {
  if (toldOn >= receivedOn && toldOn <= today) return;
  const early = toldOn < receivedOn;
  const said = early
    ? { th: `วันที่แจ้งผู้ขอ (มาตรา ๑๒) ต้องไม่ก่อนวันที่รับคำขอ (${thaiDateLongText(receivedOn)})`, en: `Requester told on (Section 12) must not be before the day the request was received (${receivedOn})` }
    : { th: `วันที่แจ้งผู้ขอ (มาตรา ๑๒) ต้องไม่เป็นวันในอนาคต (วันนี้คือ ${thaiDateLongText(today)})`, en: `Requester told on (Section 12) must not be in the future (today is ${today})` };
  throw new KioskError('bad_input', said, [{ code: 'custom', path: ['referral', 'toldOn'], message: said.en, said }]);
}

function erased(item: RegisterItem, on: string): RegisterItem {
  const { person: _person, details: _details, ...rest } = item;
  return { ...rest, erasedOn: on, history: item.history.map(({ note: _note, ...h }) => h) };
}

/** Blank contact fields are dropped, so "has contact" means something was written. */
function cleanPerson(person: Person | undefined): Person | undefined {
  if (!person) return undefined;
  const kept = Object.fromEntries(Object.entries(person).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Person;
  return Object.keys(kept).length > 0 ? kept : undefined;
}
