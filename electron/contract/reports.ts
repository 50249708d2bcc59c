import { z } from 'zod';
import { method } from './method';
import type { GroupCode } from './categories';
import { IsoDate } from './schemas';
import { commonEraYearOnly } from './thaiCalendar';
import type { VisitorType } from './stats';
import type { RegistersReport } from './registers';

/*
 * The executives' reports made from the visit statistics: periods, the report model, its files and
 * its printable parts (`reports.*`).
 */

const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be yyyy-mm').superRefine(commonEraYearOnly);
/** Thai fiscal quarter: `2027-Q1` is October-December 2026 (fiscal year 2027 CE = ปีงบประมาณ 2570). */
const QuarterKey = z.string().regex(/^\d{4}-Q[1-4]$/, 'quarter must be yyyy-Qn (fiscal year)').superRefine(commonEraYearOnly);
const PeriodDay = IsoDate.superRefine(commonEraYearOnly);

export const PeriodInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('month'), month: MonthKey }),
  z.strictObject({ kind: z.literal('quarter'), quarter: QuarterKey }),
  z.strictObject({ kind: z.literal('range'), from: PeriodDay, to: PeriodDay })
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
  /**
   * The audit trail's last entry when the report was made: its seq and the start of its hash
   * (AUDIT_ANCHOR_HEX hex digits). The chain stops a change to one entry, not someone rewriting
   * the whole trail; a report kept outside the kiosk is the outside copy that does. `verify
   * --anchor seq:hash` checks the trail still holds that entry. Absent when the trail is empty.
   */
  auditAnchor?: { seq: number; hash: string };
}

/** Hex digits of an entry's hash a report prints: 64 bits, far beyond forging, short enough to copy by hand. */
export const AUDIT_ANCHOR_HEX = 16;
/** What `verify --anchor` takes: the seq, a colon, the hash's start. */
export const auditAnchorText = (anchor: { seq: number; hash: string }) => `${anchor.seq}:${anchor.hash}`;

export interface ReportFile { fileName: string; mimeType: string; base64: string }

/**
 * The printable report in parts the staff screen shows as they are: `pageCss` (paper size, margins,
 * page numbers: document-level rules), `css` (the report's own rules, scoped to its root element),
 * `bodyHtml` (the report, charts as inline SVG, no script). The exports wrap the same parts into a
 * whole page with the embedded font.
 */
export interface ReportParts { title: string; pageCss: string; css: string; bodyHtml: string }

export const reportMethods = {
  'reports.build': method<ReportModel>()({
    input: z.strictObject({ period: PeriodInput.optional() }), role: 'admin', changes: false,
    summary: 'The statistics report of a month, fiscal quarter or date range (none: the current month), with comparisons',
  }),
  'reports.printable': method<ReportParts>()({
    input: z.strictObject({ period: PeriodInput.optional() }), role: 'admin', changes: false,
    summary: 'The printable report in parts (title, page CSS, CSS, body) for the print view; signed by the administrator asking',
  }),
  'reports.export': method<ReportFile>()({
    input: z.strictObject({ period: PeriodInput.optional(), format: z.enum(reportFormats) }), role: 'admin', changes: false,
    summary: 'The report as XLSX, CSV (UTF-8 with BOM), JSON or printable HTML',
  }),
} as const;
