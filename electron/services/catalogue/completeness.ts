import type { CompletenessReport, FiscalYearMonths, ProcurementMonth, ProcurementMonthGrid } from '../../contract/catalogue-staff';
import { categories } from '../../contract/categories';
import type { CatalogueDocument } from '../../contract/schemas';
import { documentFlags } from './documentFlags';
import { bangkokToday, fiscalYearBe, fiscalYearBeMonths, monthlyDueDay, previousMonth } from '../../contract/thaiCalendar';
import { monthNamedIn } from './thaiDates';

/**
 * The month a monthly procurement summary (สขร.๑, category proc-result) covers. Rule: the month
 * its title names (Thai month + year, e.g. "…ในรอบเดือนตุลาคม ๒๕๖๘", or English "October 2025");
 * when the title names none, the month before publication, since a month's summary is published
 * in the following month.
 */
export const monthCovered = (d: Pick<CatalogueDocument, 'title' | 'published'>): string =>
  monthNamedIn(d.title.th) ?? (d.title.en ? monthNamedIn(d.title.en) : undefined) ?? previousMonth(d.published.slice(0, 7));

/** Active monthly summaries by the month they cover; of two for one month (a correction) the newest stands. */
function summariesByMonth(documents: readonly CatalogueDocument[]): Map<string, CatalogueDocument> {
  const summaries = new Map<string, CatalogueDocument>();
  for (const d of documents) {
    if (d.status !== 'active' || d.category !== 'proc-result') continue;
    const month = monthCovered(d);
    const held = summaries.get(month);
    if (!held || d.published > held.published || (d.published === held.published && d.id > held.id)) summaries.set(month, d);
  }
  return summaries;
}

/**
 * Where a month without a summary stands on `today` (Bangkok): not due while it runs, awaited from
 * its end through its due day (`dueDays` after the end: the agency's setting), missing after it.
 */
function monthWithout(month: string, today: string, dueDays: number): ProcurementMonth {
  if (month >= today.slice(0, 7)) return { month, documentId: null, state: 'notDue' };
  const dueBy = monthlyDueDay(month, dueDays);
  return today <= dueBy ? { month, documentId: null, state: 'awaiting', dueBy } : { month, documentId: null, state: 'missing' };
}

/** A fiscal year's months: the summary of each, or why there is none (see monthWithout). */
function fiscalYearGrid(summaries: ReadonlyMap<string, CatalogueDocument>, fiscalYearBe: number, today: string, dueDays: number): FiscalYearMonths {
  return {
    fiscalYearBe,
    months: fiscalYearBeMonths(fiscalYearBe).map((month): ProcurementMonth => {
      const summary = summaries.get(month);
      return summary ? { month, documentId: summary.id, state: 'published' } : monthWithout(month, today, dueDays);
    }),
  };
}

/** For the given fiscal year (พ.ศ.) and the one before: each month, the id of its summary or null, and its state. */
export function procurementMonths(documents: readonly CatalogueDocument[], fiscalYearBe: number, now: Date, dueDays: number): FiscalYearMonths[] {
  const summaries = summariesByMonth(documents);
  const today = bangkokToday(now);
  return [fiscalYearBe - 1, fiscalYearBe].map((fy) => fiscalYearGrid(summaries, fy, today, dueDays));
}

/** How far back a citizen may page: the current fiscal year back to the oldest with a summary (at most this many). */
const MAX_CHOICES = 10;

/**
 * The citizens' month grid: one fiscal year (the current one unless asked), and the years to choose
 * from, newest first: the current one back to the oldest that has a summary (at least the one before).
 */
export function procurementMonthGrid(documents: readonly CatalogueDocument[], fiscalYearBeAsked: number | undefined, now: Date, dueDays: number): ProcurementMonthGrid {
  const summaries = summariesByMonth(documents);
  const today = bangkokToday(now);
  const current = currentFiscalYearBe(now);
  const oldest = Math.min(current - 1, ...[...summaries.keys()].map(fiscalYearBe));
  const fiscalYearBeChoices = Array.from({ length: Math.min(MAX_CHOICES, current - oldest + 1) }, (_, i) => current - i);
  return { ...fiscalYearGrid(summaries, fiscalYearBeAsked ?? current, today, dueDays), currentFiscalYearBe: current, fiscalYearBeChoices };
}

export const currentFiscalYearBe = (now: Date): number => fiscalYearBe(bangkokToday(now));

/**
 * What the staff should fill in or fix. A month's summary counts as missing only once its due day
 * has passed (`dueDays` after the month ends, the agency's setting); until then it is awaited. "Needs text": an active document with no PDF
 * at all, or a scanned PDF (no text layer) that has no hand-typed body either.
 * (Missing PDFs need the file store: the handler adds them, see catalogue.missingFiles.)
 */
export function completeness(documents: readonly CatalogueDocument[], now: Date, dueDays: number): Omit<CompletenessReport, 'missingFiles'> {
  const today = bangkokToday(now);
  const active = documents.filter((d) => d.status === 'active');

  const perCategory = categories.map((c) => {
    const inCategory = active.filter((d) => d.category === c.code);
    const newest = inCategory.reduce<string | null>((max, d) => (max === null || d.published > max ? d.published : max), null);
    return { code: c.code, count: inCategory.length, newestPublished: newest };
  });

  const grids = procurementMonths(documents, currentFiscalYearBe(now), now, dueDays);
  const missingProcurementMonths = grids.map((fy) => ({
    fiscalYearBe: fy.fiscalYearBe,
    months: fy.months.filter((m) => m.state === 'missing').map((m) => m.month),
  }));
  const awaitingProcurementMonths = grids.flatMap((fy) => fy.months.flatMap((m) => (m.state === 'awaiting' ? [{ month: m.month, dueBy: m.dueBy }] : [])));

  const titleOf = (d: CatalogueDocument) => d.title.th;
  // The same rule as the staff documents list's flags.
  const flagged = active.map((d) => ({ d, flags: documentFlags(d, today) }));
  const pastReview = flagged
    .filter(({ flags }) => flags.includes('pastReview'))
    .map(({ d }) => d)
    .sort((a, b) => (a.reviewBy ?? '').localeCompare(b.reviewBy ?? ''))
    .map((d) => ({ id: d.id, title: titleOf(d), reviewBy: d.reviewBy ?? '' }));

  const needsText: CompletenessReport['needsText'] = [];
  for (const { d, flags } of flagged) {
    if (flags.includes('noFile')) needsText.push({ id: d.id, title: titleOf(d), reason: 'no_file' });
    else if (flags.includes('noText')) needsText.push({ id: d.id, title: titleOf(d), reason: 'scan_without_text' });
  }

  return {
    asOf: today,
    categories: perCategory,
    emptyCategories: perCategory.filter((c) => c.count === 0).map((c) => c.code),
    missingProcurementMonths,
    awaitingProcurementMonths,
    pastReview,
    needsText,
  };
}
