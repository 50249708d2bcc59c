import { z } from 'zod';
import { method } from './method';
import { CategoryCode, GroupCode } from './categories';
import { DocumentId, IsoDate } from './schemas';
import type { RegistersReport } from './registers';

/*
 * Visit statistics (citizens' use of the kiosk) and the executives' reports made from them.
 *
 * stats.* calls are public and declared `changes: false` on purpose: they append to an anonymous,
 * append-only usage log (stats/events-YYYY-MM.ndjson), not to the catalogue or the settings. Auditing
 * them would write one audit entry per touch and turn the audit trail (who changed what) into a
 * usage log; the usage log holds no person and changes nothing anyone could be accountable for.
 */

/** Made by the renderer when a visit starts (crypto.randomUUID()). */
export const VisitId = z.uuid();
export const Language = z.string().regex(/^[a-z]{2}(-[A-Za-z0-9]{2,8})?$/, 'language must be a short tag such as th or en');
/** What a citizen typed: masked (ID numbers, phone numbers) by the recorder before it is stored. */
const TypedQuery = z.string().max(200);
const ScreenName = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, 'screen name: a short code such as home or search');

export const VisitEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('screen'), name: ScreenName }),
  z.strictObject({
    type: z.literal('search'), query: TypedQuery, resultCount: z.number().int().min(0).max(1_000_000),
    group: GroupCode.optional(), year: z.number().int().min(1900).max(2200).optional(),
  }),
  z.strictObject({ type: z.literal('resultOpened'), query: TypedQuery.optional(), documentId: DocumentId }),
  z.strictObject({
    type: z.literal('documentView'), documentId: DocumentId,
    seconds: z.number().min(0).max(86_400), pagesTurned: z.number().int().min(0).max(100_000),
  }),
  z.strictObject({ type: z.literal('categoryView'), group: GroupCode.optional(), category: CategoryCode.optional() }),
  z.strictObject({ type: z.literal('serviceView'), serviceId: DocumentId }),
  z.strictObject({ type: z.literal('qrShown'), documentId: DocumentId }),
  z.strictObject({ type: z.literal('noResult'), query: TypedQuery }),
  z.strictObject({ type: z.literal('requestInfoShown') }),
  z.strictObject({ type: z.literal('complaintShown') }),
  /** A request or complaint form was sent: only that, never what was in it (the register holds that). */
  z.strictObject({ type: z.literal('formSent'), kind: z.enum(['request', 'complaint']) }),
  z.strictObject({ type: z.literal('languageChanged'), language: Language }),
]);
export type VisitEvent = z.infer<typeof VisitEvent>;

export const visitEndReasons = ['idle', 'home', 'survey'] as const;
export const visitorTypes = ['insured', 'employer', 'public', 'government', 'other'] as const;
export type VisitorType = (typeof visitorTypes)[number];

export const SurveyAnswer = z
  .strictObject({
    visitId: VisitId,
    visitorType: z.enum(visitorTypes).optional(),
    satisfaction: z.number().int().min(1).max(5).optional(),
    skipped: z.boolean(),
  })
  .refine((s) => !s.skipped || (s.visitorType === undefined && s.satisfaction === undefined), 'a skipped survey carries no answers');

export const statsMethods = {
  'stats.visitStart': method<{ ok: true }>()({
    input: z.strictObject({ visitId: VisitId, language: Language }), role: 'public', changes: false,
    summary: 'A visit starts (first touch after the attract screen); anonymous usage log, not audited',
  }),
  'stats.record': method<{ ok: true }>()({
    input: z.strictObject({ visitId: VisitId, event: VisitEvent }), role: 'public', changes: false,
    summary: 'One anonymous event of a visit; typed queries are masked before they are stored',
  }),
  'stats.visitEnd': method<{ ok: true }>()({
    input: z.strictObject({ visitId: VisitId, reason: z.enum(visitEndReasons) }), role: 'public', changes: false,
    summary: 'A visit ends (idle reset, home, or after the survey)',
  }),
  'stats.survey': method<{ ok: true }>()({
    input: SurveyAnswer, role: 'public', changes: false,
    summary: 'The optional end-of-visit survey: visitor type and satisfaction 1-5, or skipped',
  }),
} as const;

// ---------------------------------------------------------------------------------------------
// Reports

const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be yyyy-mm');
/** Thai fiscal quarter: `2027-Q1` is October-December 2026 (fiscal year 2027 CE = ปีงบประมาณ 2570). */
const QuarterKey = z.string().regex(/^\d{4}-Q[1-4]$/, 'quarter must be yyyy-Qn (fiscal year)');

export const PeriodInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('month'), month: MonthKey }),
  z.strictObject({ kind: z.literal('quarter'), quarter: QuarterKey }),
  z.strictObject({ kind: z.literal('range'), from: IsoDate, to: IsoDate })
    .refine((r) => r.from <= r.to, 'from must not be after to'),
]);
export type PeriodInput = z.infer<typeof PeriodInput>;

export const reportFormats = ['xlsx', 'csv', 'json', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** A resolved period: inclusive local (Asia/Bangkok) dates. */
export interface ReportPeriod {
  kind: PeriodInput['kind'];
  /** `2026-11`, `2027-Q1` or `2026-11-01_2026-11-20`: used in file names. */
  key: string;
  from: string;
  to: string;
  days: number;
  /** e.g. "พฤศจิกายน ๒๕๖๙", "ไตรมาส ๑ ปีงบประมาณ ๒๕๗๐". */
  labelTh: string;
  labelEn: string;
}

export interface ReportTotals {
  /** Visits started in the period (a visit is counted on the day it started). */
  visits: number;
  /** Visits that ended (idle, home or survey) in the period. */
  visitsEnded: number;
  /** Visits per day over the period's days up to today (days still to come are left out), one decimal; null before the period starts. */
  visitsPerDay: number | null;
  /** Over ended visits whose start was seen; seconds, one decimal. Null when there is none. */
  averageVisitSeconds: number | null;
  medianVisitSeconds: number | null;
  searches: number;
  /** Distinct (visit, query) pairs that found nothing. */
  searchesWithoutResult: number;
  documentViews: number;
  serviceViews: number;
  qrShown: number;
  requestInfoShown: number;
  complaintShown: number;
  surveyAnswered: number;
}

export interface ReportComparison {
  period: ReportPeriod;
  totals: ReportTotals;
}

export interface DailyRow { date: string; labelTh: string; visits: number; searches: number; documentViews: number; serviceViews: number }
export interface RankedDocument { rank: number; id: string; title: string | null; views: number; averageSeconds: number }
export interface RankedQuery { rank: number; query: string; count: number }

export interface ReportModel {
  schemaVersion: 1;
  generatedAt: string;
  agency: { name: string; centre: string };
  period: ReportPeriod;
  /**
   * Today (Bangkok) when the period runs past it, as a report of the current month does: the data
   * go up to this day, and the days after it are left out of `daily` and of the per-day figures.
   * Null when the whole period has passed.
   */
  dataThrough: string | null;
  totals: ReportTotals;
  daily: DailyRow[];
  /** Visits by the weekday and hour they started; row 0 is Monday, column 0 is 00:00-00:59. */
  heatmap: { weekdaysTh: string[]; visits: number[][] };
  topDocuments: RankedDocument[];
  topSearches: RankedQuery[];
  topNoResult: RankedQuery[];
  /**
   * Use by category group, two counts kept apart: documents opened, by the group of the document's
   * category as the catalogue has it now, and visits to the group's browse page. Document views of
   * documents no longer in the catalogue form a last row (`removed`), so documentViews add up to
   * totals.documentViews.
   */
  categoryGroups: { group: GroupCode | 'removed'; nameTh: string; documentViews: number; browseViews: number }[];
  /**
   * Visits that ended in the period, by the languages they were used in (`th`, `en`, `en+th`, or
   * `unknown` when the log does not say), each with its name; they add up to totals.visitsEnded
   * (except in roll-ups made before visits' ends carried their languages).
   */
  languages: { key: string; labelTh: string; labelEn: string; visits: number }[];
  survey: {
    answered: number;
    skipped: number;
    /** answered / visits ended, four decimals; null when no visit ended. */
    responseRate: number | null;
    visitorTypes: { type: VisitorType; labelTh: string; count: number }[];
    satisfactionAverage: number | null;
    /** Counts for scores 1..5 (index 0 is score 1). */
    satisfaction: number[];
  };
  comparison: { previous: ReportComparison; lastYear: ReportComparison };
  dataQuality: {
    /** Lines of the usage log that could not be read (torn by a power cut); skipped. */
    unreadableLines: number;
    /** Days of the period whose raw log was removed by retention (figures come from roll-ups). */
    prunedDays: number;
    /**
     * Usage records refused in the period because they came faster than people at one screen
     * could make them (a flood): counted, never written, so no figure above includes them.
     */
    refusedWrites: number;
  };
  /** The requests (Section 11) and complaints registers in the period; absent from reports made without them. */
  registers?: RegistersReport;
}

export interface ReportFile { fileName: string; mimeType: string; base64: string }

export const reportMethods = {
  'reports.build': method<ReportModel>()({
    input: z.strictObject({ period: PeriodInput }), role: 'admin', changes: false,
    summary: 'The statistics report of a month, fiscal quarter or date range, with comparisons',
  }),
  'reports.export': method<ReportFile>()({
    input: z.strictObject({ period: PeriodInput, format: z.enum(reportFormats) }), role: 'admin', changes: false,
    summary: 'The report as XLSX, CSV (UTF-8 with BOM), JSON or printable HTML',
  }),
} as const;
