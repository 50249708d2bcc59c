import { KioskError } from '../../contract/result';
import type { VisitEvent, VisitorType } from '../../contract/stats';
import { saveError } from '../store/saveError';
import type { Clock, Log } from '../runtime';
import { bangkokMonthOf } from '../../contract/thaiCalendar';
import { asciiJson, type EventLog } from './eventLog';
import { maskPersonalNumbers } from './mask';
import { normaliseQuery } from './normaliseQuery';
import type { AskedQueries } from './askedQueries';
import { createVisitBudget, defaultVisitLimits, type VisitLimits } from './visitBudget';

/** What the recorder remembers of a visit while it is open (and a while after, for a late survey). */
interface VisitState {
  /** Undefined when the start was implied: its length is then unknown. */
  startMs: number | undefined;
  /** When this recorder first heard of the visit (its start, or its first event when implied). */
  seenSinceMs: number;
  lastMs: number;
  endedMs?: number;
  surveyed: boolean;
  /** Normalised queries that already counted as "no result" in this visit. */
  noResult: Set<string>;
  /** Events written for this visit since the recorder knew it (its budget). */
  events: number;
  /** Searches asked per normalised query (counted or not): past `sameSearchPerVisit` a flood, refused. */
  searches: Map<string, number>;
  /**
   * Normalised (masked) queries this visit's searches counted: true once one was answered by the
   * whole index, false while only answers given during indexing (whose "no result" is unknown) were.
   */
  searched: Map<string, boolean>;
  /** Documents this visit viewed (counted once each) -> the seconds of reading recorded for it. */
  documentsRead: Map<string, number>;
  /** Service standards this visit viewed (counted once each). */
  servicesViewed: Set<string>;
  /** The language the screens are in now; undefined when the start was not seen. */
  language: string | undefined;
  /** Languages something was done in, or switched to (a switch is a choice to read in it). */
  languagesUsed: Set<string>;
  /** Documents whose QR code this visit was shown (counted once per document). */
  qrShown: Set<string>;
  /** Pages that count once per visit (onceKey): how to file a request, the complaint channels, a group's or category's list. */
  pagesShown: Set<string>;
}

const newVisit = (startMs: number | undefined, lastMs: number, language: string | undefined): VisitState =>
  ({ startMs, seenSinceMs: startMs ?? lastMs, lastMs, surveyed: false, noResult: new Set(), events: 0, searches: new Map(), searched: new Map(), documentsRead: new Map(), servicesViewed: new Set(), language, languagesUsed: new Set(), qrShown: new Set(), pagesShown: new Set() });

/** The page an event shows, for those that count once per visit (a passer-by's repeats counted each); undefined for the others. */
function onceKey(line: { type?: unknown; group?: unknown; category?: unknown }): string | undefined {
  if (line.type === 'requestInfoShown' || line.type === 'complaintShown') return line.type;
  if (line.type === 'categoryView') return `categoryView:${typeof line.group === 'string' ? line.group : ''}:${typeof line.category === 'string' ? line.category : ''}`;
  return undefined;
}

/**
 * What a visit's end records as its languages: those it was used in. A visit that did nothing but
 * look was in the language it was shown in; the attract screen's Thai does not count for a
 * visitor whose first touch switched to English. Undefined when nothing says which.
 */
function languagesOf(visit: VisitState): string[] | undefined {
  const used = new Set(visit.languagesUsed);
  if (used.size === 0 && visit.language) used.add(visit.language);
  return used.size ? [...used].sort() : undefined;
}

/** Keeps a visit's languages up to date with one of its events (also when replaying the log after a restart). */
function noteLanguage(visit: VisitState, type: string, language: unknown) {
  if (type === 'languageChanged') {
    if (typeof language === 'string') { visit.language = language; visit.languagesUsed.add(language); }
  } else if (visit.language) {
    visit.languagesUsed.add(visit.language);
  }
}

/** Tenths of a second, as reading times are stored. */
const tenths = (seconds: number) => Math.round(seconds * 10) / 10;

/** A visit is forgotten this long after it ended, or after its last event if it never ended. */
const KEEP_ENDED_MS = 30 * 60_000;
/** The idle reset ends a real visit within minutes; one silent this long is over. */
const KEEP_OPEN_MS = 30 * 60_000;
/** Forgotten visits are swept at most this often (or when many are open). */
const SWEEP_EVERY_MS = 60_000;
/** How much of the current month's log (and of the previous one's, just after the 1st) is read at start-up to pick up visits still open. */
const RESTORE_TAIL_BYTES = 512 * 1024;
/** Refusals are written as one `refused` line at most this often (and before every report). */
const REFUSED_LINE_EVERY_MS = 60_000;

export type SurveyInput = { visitId: string; visitorType?: VisitorType; satisfaction?: number; skipped: boolean };

/**
 * Turns the screens' calls into log lines. Time always comes from the injected clock; typed
 * queries are masked here, before anything is written; nothing about the person is kept.
 * What the public may write is budgeted (visitBudget.ts): a refused call is counted, never
 * written, and answered `rate_limited`; the count reaches the log as one line a minute.
 */
/**
 * What this kiosk finds for a search now (SearchAnswer's found and partial), and what it searched
 * instead when it corrected the query (SearchAnswer's correctedTo; never when asked `asTyped`).
 */
export type CountFound = (query: string, group: VisitEventOf<'search'>['group'], year: number | undefined, asTyped: boolean) => Promise<{ found: number; partial: boolean; correctedTo?: string }>;
type VisitEventOf<T extends VisitEvent['type']> = Extract<VisitEvent, { type: T }>;

/** Whether the catalogue holds (or held) a document or service of this id. */
export type KnownItems = (kind: 'document' | 'service', id: string) => boolean;

/** The item an event names, if it names one. */
function namedItem(event: VisitEvent): { kind: 'document' | 'service'; id: string } | undefined {
  if (event.type === 'serviceView') return { kind: 'service', id: event.serviceId };
  if (event.type === 'documentView' || event.type === 'qrShown' || event.type === 'resultOpened') return { kind: 'document', id: event.documentId };
  return undefined;
}

/**
 * A search event for a query no citizen asked the kiosk lately. Refused, not dropped in silence:
 * the screen records only searches it ran (renderer/src/kiosk/pendingSearch.ts) and ignores the
 * answer, so no citizen ever meets this; a tester, or a screen that broke that order, learns the
 * search was not counted instead of wondering why the report lacks it. Nothing is written.
 */
const notAsked = () => new KioskError('not_found', {
  th: 'ตู้ไม่ได้ค้นหาคำนี้ให้ผู้ใช้เมื่อเร็ว ๆ นี้ จึงไม่นับการค้นหานี้ในสถิติ',
  en: 'This kiosk was not asked to search for this lately: the search was not counted',
});

export function createRecorder(deps: {
  log: EventLog; clock: Clock; logger: Log; limits?: VisitLimits; knows: KnownItems; countFound?: CountFound;
  /** The queries citizens asked through search.query lately: a search event counts only for one of them. Without it (tests of the log alone), every search counts. */
  asked?: AskedQueries;
}) {
  const visits = new Map<string, VisitState>();
  const limits = deps.limits ?? defaultVisitLimits;
  const budget = createVisitBudget(limits, () => deps.clock.now().getTime());
  let lastSweepMs = -Infinity;
  let lastRefusedLineMs = -Infinity;

  async function write(nowMs: number, line: Record<string, unknown>): Promise<void> {
    try {
      await deps.log.append(bangkokMonthOf(nowMs), asciiJson(line));
    } catch (error) {
      deps.logger.error('usage log append failed', { error: String(error) });
      throw saveError(error, { th: 'บันทึกสถิติการใช้งานไม่สำเร็จ', en: 'Could not record the usage statistics' }, { detail: false });
    }
  }

  /** Writes the refusals counted so far as one line (and tells the support log), if there are any. */
  async function writeRefused(nowMs: number): Promise<void> {
    const count = budget.pendingRefused();
    if (count === 0) return;
    lastRefusedLineMs = nowMs;
    await write(nowMs, { at: new Date(nowMs).toISOString(), type: 'refused', count });
    budget.refusedWritten(count);
    deps.logger.warn('usage records refused: more than one kiosk screen could send', { count });
  }

  /** A refused call: counted (written once a minute at most, so a flood costs no disk), then answered. */
  async function refuse(nowMs: number): Promise<never> {
    if (nowMs - lastRefusedLineMs >= REFUSED_LINE_EVERY_MS) await writeRefused(nowMs).catch(() => {}); // counted still; written later
    throw new KioskError('rate_limited', {
      th: 'มีการบันทึกการใช้งานถี่เกินกว่าที่ผู้ใช้ตู้ทำได้ รายการนี้จึงไม่ถูกบันทึก',
      en: 'More usage records than one kiosk screen could send: this one was not stored',
    });
  }

  /** A view of an item the catalogue never held: the report would count it under "no longer in the register". */
  function unknownItem(kind: 'document' | 'service'): KioskError {
    return kind === 'document'
      ? new KioskError('not_found', { th: 'ไม่มีเอกสารนี้ในทะเบียน จึงไม่บันทึกการเปิดดู', en: 'No such document in the catalogue: the view was not recorded' })
      : new KioskError('not_found', { th: 'ไม่มีบริการนี้ในทะเบียน จึงไม่บันทึกการเปิดดู', en: 'No such service in the catalogue: the view was not recorded' });
  }

  function sweep(nowMs: number) {
    if (nowMs - lastSweepMs < SWEEP_EVERY_MS && visits.size < 2000) return;
    lastSweepMs = nowMs;
    for (const [id, v] of visits) {
      if ((v.endedMs !== undefined && nowMs - v.endedMs > KEEP_ENDED_MS) || nowMs - v.lastMs > KEEP_OPEN_MS) {
        visits.delete(id);
        budget.forgetVisit(id);
      }
    }
  }

  /** The visit of an event; an unknown id gets an implied start (within the new-visit budget) so its events are attributed. */
  async function visitOf(visitId: string, nowMs: number): Promise<VisitState> {
    sweep(nowMs);
    const known = visits.get(visitId);
    if (known) { known.lastMs = nowMs; return known; }
    if (!budget.admitVisit()) return refuse(nowMs);
    const state = newVisit(undefined, nowMs, undefined);
    visits.set(visitId, state);
    await write(nowMs, { at: new Date(nowMs).toISOString(), visit: visitId, type: 'visitStart', implied: true });
    return state;
  }

  /** An event of the visit may be written (its budget and the overall one); refused otherwise. */
  async function admitEvent(visitId: string, visit: VisitState, nowMs: number): Promise<void> {
    if (!budget.admitEvent(visitId, visit.events)) await refuse(nowMs);
    visit.events++;
    visit.lastMs = nowMs;
  }

  /**
   * A search repeated more often than a visitor would is a flood aimed at the top searches: it
   * counts once per visit anyway, but past `sameSearchPerVisit` it is refused, so the report's
   * refused count says a script was at it.
   */
  async function admitSearch(visit: VisitState, key: string, nowMs: number): Promise<void> {
    const seen = visit.searches.get(key) ?? 0;
    if (seen >= limits.sameSearchPerVisit) { budget.refuse(); await refuse(nowMs); }
    visit.searches.set(key, seen + 1);
  }

  /**
   * Writes an event that counts once per visit and item. `claim` marks the item counted before
   * anything is awaited (two calls at once cannot both count) and returns how to take the mark
   * back: a refused or failed write leaves the item uncounted for the visit's next event of it.
   */
  async function writeOnce(visitId: string, visit: VisitState, nowMs: number, claim: () => () => void, line: Record<string, unknown>): Promise<void> {
    const undo = claim();
    try {
      await admitEvent(visitId, visit, nowMs);
      await write(nowMs, line);
    } catch (error) {
      undo();
      throw error;
    }
  }

  /** True the first time a visit finds nothing for this query: "no result" counts once per visit and query. */
  function firstNoResult(visit: VisitState, key: string): boolean {
    if (visit.noResult.has(key)) return false;
    visit.noResult.add(key);
    return true;
  }

  return {
    async visitStart(visitId: string, language: string): Promise<void> {
      const nowMs = deps.clock.now().getTime();
      sweep(nowMs);
      if (visits.has(visitId)) return; // a repeated start (renderer retry) is the same visit
      if (!budget.admitVisit()) return refuse(nowMs);
      visits.set(visitId, newVisit(nowMs, nowMs, language));
      await write(nowMs, { at: new Date(nowMs).toISOString(), visit: visitId, type: 'visitStart', language });
    },

    async record(visitId: string, event: VisitEvent): Promise<void> {
      const nowMs = deps.clock.now().getTime();
      // Checked before the visit is looked up: a made-up id neither counts nor implies a visit.
      const item = namedItem(event);
      if (item && !deps.knows(item.kind, item.id)) throw unknownItem(item.kind);
      // Likewise a search nobody asked the kiosk for: the top searches are what citizens searched.
      const asked = event.type === 'search' ? (deps.asked ? deps.asked.lookup(event.query) : { asTyped: false }) : undefined;
      if (event.type === 'search' && !asked) throw notAsked();
      const visit = await visitOf(visitId, nowMs);
      noteLanguage(visit, event.type, event.type === 'languageChanged' ? event.language : undefined);
      const head = { at: new Date(nowMs).toISOString(), visit: visitId };
      switch (event.type) {
        case 'search': {
          // A query counts once per visit (searches, top searches, "no result"): as the recorder
          // groups it, masked and normalised, so spaces, case or another ID number are no new search.
          const query = maskPersonalNumbers(event.query);
          const key = normaliseQuery(query);
          await admitSearch(visit, key, nowMs);
          const earlier = visit.searched.get(key);
          if (earlier === true) return; // counted already, by what the whole index finds: answered, not written
          // Counted already, but only while the kiosk was indexing: this one is written (marked a
          // repeat, not a search) only if the whole index now finds nothing, to count that "no result".
          const repeat = earlier === false;
          // Marked counted before anything is awaited (as writeOnce does), and unmarked when its line
          // is refused or not written (a full disk): a retry in the visit is then written, not lost.
          if (!repeat) visit.searched.set(key, false);
          let answeredWhole = false;
          let newNoResult = false;
          let topicClaimed: string | undefined;
          try {
            await admitEvent(visitId, visit, nowMs);
            // The count is this kiosk's own (the search run again, as typed, masked only for the log):
            // the screen's figure is a claim, and "no result" tells executives what the catalogue lacks.
            // Searched as the citizen last asked it: corrected, or exactly as typed (`asTyped`).
            const asTyped = asked?.asTyped === true;
            const own: { found: number; partial: boolean; correctedTo?: string } | undefined = deps.countFound
              ? await deps.countFound(event.query, event.group, event.year, asTyped).catch(() => ({ found: 0, partial: true }))
              : undefined;
            // A screen saying its answer was partial is believed: that can only keep a search out of "no result".
            const partial = own ? own.partial || event.partial === true : event.partial === true;
            if (!partial && visit.searched.get(key) === false) { visit.searched.set(key, true); answeredWhole = true; }
            // A query the kiosk corrected counts under what it searched (`searchedAs`: "าคากลาง" showed
            // "ราคากลาง"): executives read topics. That topic, too, counts once per visit.
            const searchedAs = own?.correctedTo === undefined || asTyped ? undefined : maskPersonalNumbers(own.correctedTo);
            const topic = searchedAs === undefined ? key : normaliseQuery(searchedAs);
            if (topic !== key && !repeat) {
              if (visit.searched.has(topic)) return; // this visit searched that topic already: answered, not written
              visit.searched.set(topic, visit.searched.get(key) === true);
              topicClaimed = topic;
            }
            const counted = { resultCount: own ? own.found : event.resultCount, ...(partial ? { partial: true as const } : {}) };
            const { resultCount: _claimed, partial: _claimedPartial, ...rest } = event;
            newNoResult = counted.resultCount === 0 && !counted.partial && firstNoResult(visit, key);
            if (repeat && !newNoResult) return;
            await write(nowMs, { ...head, ...rest, ...counted, query, ...(topic === key ? {} : { searchedAs }), ...(newNoResult ? { newNoResult: true } : {}), ...(repeat ? { repeat: true } : {}) });
          } catch (error) {
            if (topicClaimed !== undefined) visit.searched.delete(topicClaimed);
            if (newNoResult) visit.noResult.delete(key);
            if (!repeat) visit.searched.delete(key);
            else if (answeredWhole) visit.searched.set(key, false);
            throw error;
          }
          return;
        }
        case 'documentView': {
          // Read no longer than the visit has lasted, as far as this kiosk saw it: the renderer's
          // figure is believed up to that, so one made-up view cannot set the average.
          // A document counts as one view per visit. Its reading time is what all its views in the
          // visit claim, summed (a citizen who goes back and reopens it read it twice as long), but
          // capped together by the visit's length: fifty views add no more than one could. A repeat
          // is written only for the seconds it adds, marked `repeat` (a roll-up adds its time, not a view).
          // A view sent after the visit ended (a late screen, or a script) reads no longer than the visit did.
          const visitSeconds = tenths(((visit.endedMs ?? nowMs) - visit.seenSinceMs) / 1000);
          const before = visit.documentsRead.get(event.documentId);
          const seconds = before === undefined ? Math.min(event.seconds, visitSeconds) : tenths(Math.max(0, Math.min(event.seconds, visitSeconds - before)));
          if (before !== undefined && seconds === 0) return; // a repeat adding no time: answered, not written
          return writeOnce(visitId, visit, nowMs, () => {
            visit.documentsRead.set(event.documentId, (before ?? 0) + seconds);
            return () => {
              if (before === undefined) visit.documentsRead.delete(event.documentId);
              else visit.documentsRead.set(event.documentId, before);
            };
          }, { ...head, ...event, seconds, ...(before === undefined ? {} : { repeat: true }) });
        }
        case 'serviceView':
          // One service standard is one view per visit, however often it is opened again (as a QR code).
          if (visit.servicesViewed.has(event.serviceId)) return;
          return writeOnce(visitId, visit, nowMs, () => {
            visit.servicesViewed.add(event.serviceId);
            return () => visit.servicesViewed.delete(event.serviceId);
          }, { ...head, ...event });
        case 'qrShown':
          // The QR of one document is one offer to take it away, however often its page is shown again.
          if (visit.qrShown.has(event.documentId)) return;
          return writeOnce(visitId, visit, nowMs, () => {
            visit.qrShown.add(event.documentId);
            return () => visit.qrShown.delete(event.documentId);
          }, { ...head, ...event });
        case 'resultOpened':
          await admitEvent(visitId, visit, nowMs);
          return write(nowMs, { ...head, ...event, ...(event.query === undefined ? {} : { query: maskPersonalNumbers(event.query) }) });
        default: {
          const page = onceKey(event);
          if (page === undefined) {
            await admitEvent(visitId, visit, nowMs);
            return write(nowMs, { ...head, ...event });
          }
          if (visit.pagesShown.has(page)) return;
          return writeOnce(visitId, visit, nowMs, () => {
            visit.pagesShown.add(page);
            return () => visit.pagesShown.delete(page);
          }, { ...head, ...event });
        }
      }
    },

    async visitEnd(visitId: string, reason: string): Promise<void> {
      const nowMs = deps.clock.now().getTime();
      const visit = await visitOf(visitId, nowMs);
      if (visit.endedMs !== undefined) return; // ended once already: a second end is not a second visit
      visit.endedMs = nowMs;
      visit.lastMs = nowMs;
      const seconds = visit.startMs === undefined ? {} : { seconds: Math.round((nowMs - visit.startMs) / 100) / 10 };
      const languages = languagesOf(visit);
      await write(nowMs, { at: new Date(nowMs).toISOString(), visit: visitId, type: 'visitEnd', reason, ...seconds, ...(languages ? { languages } : {}) });
    },

    async survey(answer: SurveyInput): Promise<void> {
      const nowMs = deps.clock.now().getTime();
      sweep(nowMs);
      // The survey closes a visit the kiosk saw (restore() brings open visits back after a
      // restart): an answer for any other visit would imply one, and lift the response rate past 100%.
      if (!visits.has(answer.visitId)) {
        throw new KioskError('not_found', { th: 'ไม่พบการใช้งานครั้งนี้ จึงไม่บันทึกคำตอบแบบสำรวจ', en: 'No such visit at this kiosk: the survey answer was not recorded' });
      }
      const visit = await visitOf(answer.visitId, nowMs);
      await admitEvent(answer.visitId, visit, nowMs);
      const repeat = visit.surveyed ? { repeat: true } : {};
      visit.surveyed = true;
      const { visitId, ...rest } = answer;
      await write(nowMs, { at: new Date(nowMs).toISOString(), visit: visitId, type: 'survey', ...rest, ...repeat });
    },

    /**
     * A form was filed at the kiosk (registers.submit, after the register took it): only its kind,
     * in no visit. The public cannot record this; the count follows the register's real filings.
     */
    async formFiled(kind: 'request' | 'complaint'): Promise<void> {
      const nowMs = deps.clock.now().getTime();
      await write(nowMs, { at: new Date(nowMs).toISOString(), type: 'formSent', kind });
    },

    /** Writes the refusals not yet in the log: before a report reads it, and at close. */
    flushRefused: () => writeRefused(deps.clock.now().getTime()),

    /**
     * Picks up visits still open before a restart from the tail of this month's log, and of the
     * previous month's too when its end is within the window (a restart just past midnight on the
     * 1st, in a visit that began the month before).
     */
    async restore(): Promise<void> {
      const nowMs = deps.clock.now().getTime();
      const months = [...new Set([bangkokMonthOf(nowMs - KEEP_OPEN_MS), bangkokMonthOf(nowMs)])]; // oldest first
      const lines: string[] = [];
      for (const month of months) lines.push(...await deps.log.readTail(month, RESTORE_TAIL_BYTES));
      for (const text of lines) {
        let line: { at?: unknown; visit?: unknown; type?: unknown; implied?: unknown; query?: unknown; searchedAs?: unknown; newNoResult?: unknown; partial?: unknown; repeat?: unknown; language?: unknown; documentId?: unknown; serviceId?: unknown; seconds?: unknown };
        try { line = JSON.parse(text) as typeof line; } catch { continue; }
        if (typeof line.visit !== 'string' || typeof line.at !== 'string') continue;
        const ms = Date.parse(line.at);
        if (Number.isNaN(ms) || nowMs - ms > KEEP_OPEN_MS) continue;
        let visit = visits.get(line.visit);
        if (line.type === 'visitStart') {
          visit = newVisit(line.implied === true ? undefined : ms, ms, typeof line.language === 'string' ? line.language : undefined);
          visits.set(line.visit, visit);
        }
        if (!visit) continue; // its start is older than the tail: leave it, a late event implies a start
        visit.lastMs = ms;
        if (typeof line.type === 'string' && !['visitStart', 'visitEnd', 'survey'].includes(line.type)) noteLanguage(visit, line.type, line.language);
        if (line.type === 'visitEnd') visit.endedMs = ms;
        if (line.type === 'survey') visit.surveyed = true;
        if (line.type === 'qrShown' && typeof line.documentId === 'string') visit.qrShown.add(line.documentId);
        const page = onceKey(line);
        if (page !== undefined) visit.pagesShown.add(page);
        if (line.type === 'serviceView' && typeof line.serviceId === 'string') visit.servicesViewed.add(line.serviceId);
        if (line.type === 'documentView' && typeof line.documentId === 'string') {
          const seconds = typeof line.seconds === 'number' && Number.isFinite(line.seconds) ? line.seconds : 0;
          visit.documentsRead.set(line.documentId, (visit.documentsRead.get(line.documentId) ?? 0) + seconds);
        }
        if (line.type === 'search' && typeof line.query === 'string') {
          // The typed query and what the kiosk searched for it (a correction) both counted for the visit.
          for (const key of new Set([line.query, ...(typeof line.searchedAs === 'string' ? [line.searchedAs] : [])].map(normaliseQuery))) {
            visit.searched.set(key, visit.searched.get(key) === true || line.partial !== true);
          }
        }
        if (line.newNoResult === true && typeof line.query === 'string') visit.noResult.add(normaliseQuery(line.query));
      }
    },

    /** Open visits known to the recorder (for tests and support). */
    openVisits: () => visits.size,
  };
}
export type Recorder = ReturnType<typeof createRecorder>;
