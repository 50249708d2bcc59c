import { z } from 'zod';
import { categoryByCode, categoryCodes, groupCodes, type CategoryCode, type GroupCode } from '../../contract/categories';
import { visitorTypes } from '../../contract/stats';
import { bangkokDateOf, bangkokHourOf } from '../../contract/thaiCalendar';
import { normaliseQuery } from './normaliseQuery';

const Counts = z.record(z.string(), z.number().int().nonnegative());

/**
 * Everything a report needs about one Bangkok day, small enough to keep forever after the raw
 * log is pruned. Maps are keyed by normalised query, document id, group, language.
 */
export const DayRollup = z.object({
  visits: z.number().int().nonnegative(),
  /** Visits whose start was implied by a later event (e.g. after a restart). */
  impliedVisits: z.number().int().nonnegative(),
  visitsEnded: z.number().int().nonnegative(),
  /** Whole seconds -> number of ended visits that lasted that long (an exact median needs them all). */
  visitSeconds: Counts,
  /** Visits started in each hour 0..23. */
  hours: z.array(z.number().int().nonnegative()).length(24),
  /**
   * Ended visits by the languages they were used in (`th`, `en`, `en+th`; `unknown` when the log
   * does not say), counted on the day they ended. Roll-ups made before a visit's end carried its
   * languages hold the language visits started in.
   */
  languages: Counts,
  searches: z.number().int().nonnegative(),
  queries: Counts,
  noResult: Counts,
  noResultCount: z.number().int().nonnegative(),
  documentViews: z.number().int().nonnegative(),
  /**
   * Document id -> [views, seconds viewed]. A view is one visit's (logs written before a document
   * counted once per visit have one per view); its seconds may land on the next day when the
   * visit went on past midnight, leaving [0, seconds] there.
   */
  documents: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().nonnegative()])),
  serviceViews: z.number().int().nonnegative(),
  resultOpened: z.number().int().nonnegative(),
  qrShown: z.number().int().nonnegative(),
  requestInfoShown: z.number().int().nonnegative(),
  complaintShown: z.number().int().nonnegative(),
  groups: Counts,
  surveyAnswered: z.number().int().nonnegative(),
  surveySkipped: z.number().int().nonnegative(),
  visitorTypes: Counts,
  /** Counts of satisfaction scores 1..5. */
  satisfaction: z.array(z.number().int().nonnegative()).length(5),
  /** Public writes refused by the budgets (a flood): counted, never written as events. Absent in roll-ups made before. */
  refused: z.number().int().nonnegative().default(0),
  /** Request and complaint forms sent at the kiosk, by kind (never their content). Absent in roll-ups made before. */
  formsSent: Counts.default({}),
});
export type DayRollup = z.infer<typeof DayRollup>;

export const emptyDay = (): DayRollup => ({
  visits: 0, impliedVisits: 0, visitsEnded: 0, visitSeconds: {}, hours: Array<number>(24).fill(0), languages: {},
  searches: 0, queries: {}, noResult: {}, noResultCount: 0, documentViews: 0, documents: {}, serviceViews: 0,
  resultOpened: 0, qrShown: 0, requestInfoShown: 0, complaintShown: 0, groups: {},
  surveyAnswered: 0, surveySkipped: 0, visitorTypes: {}, satisfaction: [0, 0, 0, 0, 0], refused: 0, formsSent: {},
});

/** Keys are what citizens typed: "constructor" must be a count of its own, not Object's (hence hasOwn). */
const bump = (counts: Record<string, number>, key: string, by = 1) => { counts[key] = (Object.hasOwn(counts, key) ? counts[key] as number : 0) + by; };

/** `["en","th"]` -> `en+th`; anything else (an older line, an implied visit) -> `unknown`. */
function languageKey(languages: unknown): string {
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every((l) => typeof l === 'string' && /^[a-zA-Z-]{2,12}$/.test(l))) return 'unknown';
  return [...new Set(languages as string[])].sort().join('+');
}

type Line = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
// Plain set look-ups: this runs once per stored line (a million a month), zod would dominate.
const categorySet: ReadonlySet<unknown> = new Set(categoryCodes);
const groupSet: ReadonlySet<unknown> = new Set(groupCodes);
const visitorTypeSet: ReadonlySet<unknown> = new Set(visitorTypes);
const isCategory = (v: unknown): v is CategoryCode => categorySet.has(v);
const isGroup = (v: unknown): v is GroupCode => groupSet.has(v);
const isVisitorType = (v: unknown): v is string => visitorTypeSet.has(v);

/** Bangkok day and hour of a stored `at`, memoised by its UTC date and hour (a month has ~744). */
function createDayHour() {
  const memo = new Map<string, { day: string; hour: number } | null>();
  return (at: unknown): { day: string; hour: number } | null => {
    if (typeof at !== 'string') return null;
    const key = at.slice(0, 13);
    let found = memo.get(key);
    if (found === undefined) {
      const ms = Date.parse(at);
      found = Number.isNaN(ms) ? null : { day: bangkokDateOf(ms), hour: bangkokHourOf(ms) };
      if (memo.size > 100_000) memo.clear();
      if (found) memo.set(key, found); // only valid instants: a broken `at` must not poison its hour
    }
    return found;
  };
}

/**
 * Folds stored log lines into day roll-ups. Lines are parsed leniently (they are our own), and
 * anything that is not a JSON object with `at` and `type` counts as unreadable.
 */
export function createFolder(days: Map<string, DayRollup>) {
  const normalised = new Map<string, string>(); // queries repeat: normalise each distinct one once
  const norm = (q: string) => {
    let n = normalised.get(q);
    if (n === undefined) {
      if (normalised.size > 50_000) normalised.clear();
      n = normaliseQuery(q);
      normalised.set(q, n);
    }
    return n;
  };
  let unreadable = 0;
  const dayHour = createDayHour();

  function fold(text: string): void {
    if (text === '') return;
    let line: Line;
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null) { unreadable++; return; }
      line = parsed as Line;
    } catch { unreadable++; return; }
    const when = dayHour(line.at);
    if (!when || typeof line.type !== 'string') { unreadable++; return; }
    let day = days.get(when.day);
    if (!day) { day = emptyDay(); days.set(when.day, day); }
    switch (line.type) {
      case 'visitStart': {
        day.visits++;
        if (line.implied === true) day.impliedVisits++;
        day.hours[when.hour]! += 1;
        break;
      }
      case 'visitEnd': {
        day.visitsEnded++;
        bump(day.languages, languageKey(line.languages));
        const seconds = num(line.seconds);
        if (seconds !== undefined) bump(day.visitSeconds, String(Math.round(seconds)));
        break;
      }
      case 'search': {
        // Counted under what the kiosk searched: its correction of a slip (`searchedAs`, "าคากลาง" ->
        // "ราคากลาง") when it made one, else the query (lines written before searchedAs have only it).
        const searched = norm(str(line.searchedAs) ?? str(line.query) ?? '');
        // A `repeat` (the visit searched this already) is there only to count its "no result".
        if (line.newNoResult === true) { day.noResultCount++; bump(day.noResult, searched); }
        if (line.repeat === true) break;
        day.searches++;
        bump(day.queries, searched);
        break;
      }
      case 'noResult': {
        // Written by kiosks before "no result" was derived from the search alone; still read.
        if (line.newNoResult === true) { day.noResultCount++; bump(day.noResult, norm(str(line.query) ?? '')); }
        break;
      }
      case 'documentView': {
        // A `repeat` (the visit viewed this document already) adds its reading time, not a view.
        const view = line.repeat === true ? 0 : 1;
        day.documentViews += view;
        const id = str(line.documentId) ?? '';
        const entry = Object.hasOwn(day.documents, id) ? day.documents[id] as [number, number] : (day.documents[id] = [0, 0]);
        entry[0] += view;
        entry[1] += num(line.seconds) ?? 0;
        break;
      }
      case 'categoryView': {
        const group = isGroup(line.group) ? line.group : isCategory(line.category) ? categoryByCode[line.category].group : undefined;
        if (group) bump(day.groups, group);
        break;
      }
      case 'serviceView': day.serviceViews++; break;
      case 'resultOpened': day.resultOpened++; break;
      case 'qrShown': day.qrShown++; break;
      case 'requestInfoShown': day.requestInfoShown++; break;
      case 'complaintShown': day.complaintShown++; break;
      case 'formSent': bump(day.formsSent, line.kind === 'request' || line.kind === 'complaint' ? line.kind : 'unknown'); break;
      case 'survey': {
        if (line.repeat === true) break;
        if (line.skipped === true) { day.surveySkipped++; break; }
        day.surveyAnswered++;
        if (isVisitorType(line.visitorType)) bump(day.visitorTypes, line.visitorType);
        const score = num(line.satisfaction);
        if (score !== undefined && score >= 1 && score <= 5) day.satisfaction[Math.round(score) - 1]! += 1;
        break;
      }
      case 'refused': day.refused += Math.max(0, Math.round(num(line.count) ?? 0)); break;
      default: break; // screen, languageChanged: kept in the log, not in the report
    }
  }
  return { fold, unreadable: () => unreadable };
}

/** Adds `b` into `a` (for merging days into a period). */
export function addDay(a: DayRollup, b: DayRollup): void {
  for (const k of ['visits', 'impliedVisits', 'visitsEnded', 'searches', 'noResultCount', 'documentViews', 'serviceViews',
    'resultOpened', 'qrShown', 'requestInfoShown', 'complaintShown', 'surveyAnswered', 'surveySkipped', 'refused'] as const) a[k] += b[k];
  for (const k of ['visitSeconds', 'languages', 'queries', 'noResult', 'groups', 'visitorTypes', 'formsSent'] as const) {
    for (const [key, n] of Object.entries(b[k])) bump(a[k], key, n);
  }
  for (const [id, [views, seconds]] of Object.entries(b.documents)) {
    const entry = Object.hasOwn(a.documents, id) ? a.documents[id] as [number, number] : (a.documents[id] = [0, 0]);
    entry[0] += views;
    entry[1] += seconds;
  }
  b.hours.forEach((n, i) => { a.hours[i]! += n; });
  b.satisfaction.forEach((n, i) => { a.satisfaction[i]! += n; });
}
