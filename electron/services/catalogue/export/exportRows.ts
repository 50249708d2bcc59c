import type { CatalogueDocument } from '../../../contract/schemas';
import type { ColumnCode } from '../import/table';

/** Column order of every export: the import columns, then what only an export knows. */
export const exportColumns: readonly ColumnCode[] = [
  'id', 'title_th', 'title_en', 'category', 'published', 'unit', 'unit_en', 'keywords', 'summary_th', 'summary_en', 'body',
  'url', 'file', 'file_name', 'file_sha256', 'review_by', 'paper_location', 'paper_location_en', 'status',
];

export type ExportRow = Record<ColumnCode, string> & { keywordList: string[] };

/** One document as export cells. `filePath` is where its PDF sits in a zip export, if any. */
export function exportRow(d: CatalogueDocument, filePath = ''): ExportRow {
  return {
    id: d.id,
    title_th: d.title.th,
    title_en: d.title.en ?? '',
    category: d.category,
    published: d.published,
    unit: d.unit ?? '',
    unit_en: d.unitEn ?? '',
    keywords: d.keywords.join('; '),
    keywordList: d.keywords,
    summary_th: d.summary.th ?? '',
    summary_en: d.summary.en ?? '',
    body: d.body ?? '',
    url: d.url ?? '',
    file: filePath,
    file_name: d.file?.name ?? '',
    file_sha256: d.file?.sha256 ?? '',
    review_by: d.reviewBy ?? '',
    paper_location: d.paperLocation ?? '',
    paper_location_en: d.paperLocationEn ?? '',
    status: d.status,
  };
}

/** Export order: by category, then newest first, then id; stable so two exports diff cleanly. */
export const exportOrder = (a: CatalogueDocument, b: CatalogueDocument) =>
  a.category.localeCompare(b.category) || b.published.localeCompare(a.published) || a.id.localeCompare(b.id);
