import { visitorTypes } from '../../contract/stats';
import { type RankedQuery, type ReportModel, type ReportPeriod, type ReportTotals } from '../../contract/reports';
import type { GroupCode } from '../../contract/categories';
import { bangkokDateOf, weekdayOf } from '../../contract/thaiCalendar';
import type { DayRollup } from '../stats/dayRollup';
import type { PeriodFigures } from '../stats/stats';
import { categoryGroupUse } from './categoryGroupUse';
import { responseRateOf } from '../../contract/reportFigures';
import { thaiDateShortText } from '../../contract/thaiCalendar';
import { languageRank, languagesLabel, thaiWeekdaysShort, visitorTypeLabels } from './thaiLabels';

export const TOP_N = 20;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** Mean and median of a histogram of whole seconds -> count. */
function visitLength(histogram: Record<string, number>): { average: number | null; median: number | null } {
  const bins = Object.entries(histogram).map(([s, n]) => [Number(s), n] as const).sort((a, b) => a[0] - b[0]);
  const count = bins.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return { average: null, median: null };
  const total = bins.reduce((sum, [s, n]) => sum + s * n, 0);
  // The median is the mean of the values at 0-based ranks lo and hi (the same rank when count is odd).
  const [lo, hi] = [Math.floor((count - 1) / 2), Math.floor(count / 2)];
  let seen = 0;
  let atLo: number | undefined;
  let atHi = 0;
  for (const [s, n] of bins) {
    if (atLo === undefined && seen + n > lo) atLo = s;
    if (seen + n > hi) { atHi = s; break; }
    seen += n;
  }
  return { average: round(total / count, 1), median: round(((atLo ?? atHi) + atHi) / 2, 1) };
}

/** `days`: the days of the period that have passed (today included): a per-day figure leaves the rest out. */
export function totalsOf(t: DayRollup, days: number): ReportTotals {
  const length = visitLength(t.visitSeconds);
  return {
    visits: t.visits, visitsEnded: t.visitsEnded, visitsPerDay: days > 0 ? round(t.visits / days, 1) : null,
    averageVisitSeconds: length.average, medianVisitSeconds: length.median,
    searches: t.searches, searchesWithoutResult: t.noResultCount,
    documentViews: t.documentViews, serviceViews: t.serviceViews, qrShown: t.qrShown,
    requestInfoShown: t.requestInfoShown, complaintShown: t.complaintShown, surveyAnswered: t.surveyAnswered,
  };
}

/** Most frequent first; ties by text so the same log always gives the same table. */
function topQueries(counts: Record<string, number>): RankedQuery[] {
  return Object.entries(counts)
    .filter(([query]) => query !== '')
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP_N)
    .map(([query, count], i) => ({ rank: i + 1, query, count }));
}

export interface ReportInputs {
  period: ReportPeriod;
  figures: PeriodFigures;
  previous: { period: ReportPeriod; figures: PeriodFigures };
  lastYear: { period: ReportPeriod; figures: PeriodFigures };
  /** Title of a catalogue document (Thai), or undefined when it is no longer there. */
  titleOf: (documentId: string) => string | undefined;
  /** Group of a catalogue document's category, or undefined when it is no longer there. */
  groupOf: (documentId: string) => GroupCode | undefined;
  agency: { name: string; centre: string };
  generatedAt: Date;
}

/** The one model every format (screen, XLSX, CSV, JSON, HTML) is made from. */
export function buildReportModel(inputs: ReportInputs): ReportModel {
  const { figures, period } = inputs;
  const t = figures.total;
  // A period that runs past today (this month) has no figures for the days to come: they are
  // left out of the daily table and chart and of the per-day figures, and the report says so.
  const today = bangkokDateOf(inputs.generatedAt.getTime());
  const dataThrough = period.to > today ? today : null;
  const daysSoFar = figures.days.filter(({ day }) => day <= today);
  const heat = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const { day, figures: f } of figures.days) {
    const row = heat[weekdayOf(day)]!;
    f.hours.forEach((n, h) => { row[h]! += n; });
  }
  const scored = t.satisfaction.reduce((sum, n) => sum + n, 0);
  return {
    schemaVersion: 1,
    generatedAt: inputs.generatedAt.toISOString(),
    agency: inputs.agency,
    period,
    dataThrough,
    totals: totalsOf(t, daysSoFar.length),
    daily: daysSoFar.map(({ day, figures: f }) => ({
      date: day, labelTh: thaiDateShortText(day), visits: f.visits, searches: f.searches, documentViews: f.documentViews, serviceViews: f.serviceViews,
    })),
    heatmap: { weekdaysTh: [...thaiWeekdaysShort], visits: heat },
    // A document with reading time but no view here was viewed in an earlier period (a visit past midnight).
    topDocuments: Object.entries(t.documents)
      .filter(([, [views]]) => views > 0)
      .sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_N)
      .map(([id, [views, seconds]], i) => ({ rank: i + 1, id, title: inputs.titleOf(id) ?? null, views, averageSeconds: round(seconds / views, 1) })),
    topSearches: topQueries(t.queries),
    topNoResult: topQueries(t.noResult),
    categoryGroups: categoryGroupUse(t, inputs.groupOf),
    languages: Object.entries(t.languages)
      .sort((a, b) => b[1] - a[1] || languageRank(a[0]) - languageRank(b[0]) || (a[0] < b[0] ? -1 : 1))
      .map(([key, visits]) => ({ key, ...languagesLabel(key), visits })),
    survey: {
      answered: t.surveyAnswered,
      skipped: t.surveySkipped,
      responseRate: ((rate) => (rate === null ? null : round(rate, 4)))(responseRateOf(t)),
      visitorTypes: visitorTypes.map((type) => ({ type, labelTh: visitorTypeLabels[type], count: t.visitorTypes[type] ?? 0 })),
      satisfactionAverage: scored > 0 ? round(t.satisfaction.reduce((sum, n, i) => sum + n * (i + 1), 0) / scored, 2) : null,
      satisfaction: [...t.satisfaction],
    },
    comparison: {
      previous: { period: inputs.previous.period, totals: totalsOf(inputs.previous.figures.total, inputs.previous.period.days) },
      lastYear: { period: inputs.lastYear.period, totals: totalsOf(inputs.lastYear.figures.total, inputs.lastYear.period.days) },
    },
    dataQuality: { unreadableLines: figures.unreadableLines, prunedDays: figures.prunedDays, refusedWrites: t.refused },
  };
}
