import { DocumentDraft } from '../../../electron/contract/catalogue-staff';
import type { CategoryCode } from '../../../electron/contract/categories';
import type { CatalogueDocument } from '../../../electron/contract/schemas';
import type { BeDateValue } from '../../../electron/contract/thaiCalendar';

/** The document editor's form: its fields as typed, and what they make. */
export interface Form {
  id: string; titleTh: string; titleEn: string; category: CategoryCode | ''; published: BeDateValue; unit: string; unitEn: string; keywords: string[];
  summaryTh: string; summaryEn: string; body: string; url: string; reviewBy: BeDateValue; paperLocation: string; paperLocationEn: string;
}
export const formOf = (d?: CatalogueDocument): Form => ({
  id: d?.id ?? '', titleTh: d?.title.th ?? '', titleEn: d?.title.en ?? '', category: d?.category ?? '', published: d?.published ?? '',
  unit: d?.unit ?? '', unitEn: d?.unitEn ?? '', keywords: d?.keywords ?? [], summaryTh: d?.summary.th ?? '', summaryEn: d?.summary.en ?? '', body: d?.body ?? '',
  url: d?.url ?? '', reviewBy: d?.reviewBy ?? '', paperLocation: d?.paperLocation ?? '', paperLocationEn: d?.paperLocationEn ?? '',
});

/** What the form would send (the PDF is read only when saving). */
export const draftOf = (f: Form, doc?: CatalogueDocument) => ({
  id: doc?.id ?? (f.id.trim() || undefined),
  title: { th: f.titleTh, en: f.titleEn }, category: f.category, published: f.published,
  unit: f.unit, unitEn: f.unitEn, keywords: f.keywords, summary: { th: f.summaryTh, en: f.summaryEn }, body: f.body,
  url: f.url.trim() || undefined, reviewBy: f.reviewBy || undefined, paperLocation: f.paperLocation, paperLocationEn: f.paperLocationEn,
});

/** The form field a schema issue's path names (`title.th` → `titleTh`). */
const fieldOfPath = (path: readonly PropertyKey[]): string => {
  const [first, second] = path.map(String);
  return second === 'th' || second === 'en' ? `${first}${second === 'th' ? 'Th' : 'En'}` : first ?? '';
};

/**
 * Problems the screen can name before calling: the contract's own schema (DocumentDraft), the
 * same the dispatcher and the import apply, so the editor copies no rule of its own.
 */
export function problemsOf(f: Form, doc?: CatalogueDocument): string[] {
  const parsed = DocumentDraft.safeParse(draftOf(f, doc));
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => fieldOfPath(issue.path)))];
}

