import type { CompletenessReport, FiscalYearMonths } from '../../contract/catalogue-staff';
import { categories } from '../../contract/categories';
import type { CatalogueDocument } from '../../contract/schemas';
import { documentFlags } from './documentFlags';
import { bangkokDate, fiscalYearMonths, fiscalYearOf, monthNamedIn, previousMonth } from './thaiDates';

/**
 * The month a monthly procurement summary (สขร.๑, category proc-result) covers. Rule: the month
 * its title names (Thai month + year, e.g. "…ในรอบเดือนตุลาคม ๒๕๖๘", or English "October 2025");
 * when the title names none, the month before publication, since a month's summary is published
 * in the following month.
 */
export const monthCovered = (d: Pick<CatalogueDocument, 'title' | 'published'>): string =>
  monthNamedIn(d.title.th) ?? (d.title.en ? monthNamedIn(d.title.en) : undefined) ?? previousMonth(d.published.slice(0, 7));

/** For the given fiscal year (พ.ศ.) and the one before: each month and the id of its summary, or null. */
export function procurementMonths(documents: readonly CatalogueDocument[], fiscalYear: number): FiscalYearMonths[] {
  const summaries = new Map<string, CatalogueDocument>();
  for (const d of documents) {
    if (d.status !== 'active' || d.category !== 'proc-result') continue;
    const month = monthCovered(d);
    const held = summaries.get(month);
    // Two summaries of one month (a correction): the newest stands.
    if (!held || d.published > held.published || (d.published === held.published && d.id > held.id)) summaries.set(month, d);
  }
  return [fiscalYear - 1, fiscalYear].map((fy) => ({
    fiscalYear: fy,
    months: fiscalYearMonths(fy).map((month) => ({ month, documentId: summaries.get(month)?.id ?? null })),
  }));
}

export const currentFiscalYear = (now: Date): number => fiscalYearOf(bangkokDate(now));

/**
 * What the staff should fill in or fix. A month's summary counts as missing only once that month
 * has ended (the current month's is not due yet). "Needs text": an active document with no PDF
 * at all, or a scanned PDF (no text layer) that has no hand-typed body either.
 */
export function completeness(documents: readonly CatalogueDocument[], now: Date): CompletenessReport {
  const today = bangkokDate(now);
  const thisMonth = today.slice(0, 7);
  const active = documents.filter((d) => d.status === 'active');

  const perCategory = categories.map((c) => {
    const inCategory = active.filter((d) => d.category === c.code);
    const newest = inCategory.reduce<string | null>((max, d) => (max === null || d.published > max ? d.published : max), null);
    return { code: c.code, count: inCategory.length, newestPublished: newest };
  });

  const missingProcurementMonths = procurementMonths(documents, currentFiscalYear(now)).map((fy) => ({
    fiscalYear: fy.fiscalYear,
    months: fy.months.filter((m) => m.documentId === null && m.month < thisMonth).map((m) => m.month),
  }));

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
    pastReview,
    needsText,
  };
}
