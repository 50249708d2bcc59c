import { z } from 'zod';
import { method } from './method';
import { CategoryCode } from './categories';
import type { DocumentCard } from './catalogue';
import type { FeeText } from './serviceFees';
import { DocumentId, IsoDate, type CatalogueDocument, type ServiceStandard } from './schemas';

/**
 * Staff upkeep of the catalogue (issue 5): editing, bulk import, export and the completeness
 * dashboard. Citizens' reads stay in catalogue.ts; everything here but `catalogue.procurementMonths`
 * needs a signed-in staff member.
 */

const line = (max: number) => z.string().trim().max(max);
const optionalLine = (max: number) => line(max).optional();

/** What the document editor sends. Absent id = a new document (an id is made up). */
export const DocumentDraft = z.strictObject({
  id: DocumentId.optional(),
  title: z.strictObject({ th: line(2000).min(1), en: optionalLine(2000) }),
  category: CategoryCode,
  /** ISO date, Common Era: the screen converts from พ.ศ. */
  published: IsoDate,
  unit: optionalLine(300),
  unitEn: optionalLine(300),
  keywords: z.array(line(100).min(1)).max(50).default([]),
  summary: z.strictObject({ th: optionalLine(20000), en: optionalLine(20000) }).default({}),
  body: optionalLine(200000),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  reviewBy: IsoDate.optional(),
  paperLocation: optionalLine(200),
  paperLocationEn: optionalLine(200),
  /** The `updatedAt` the editor loaded: a save over someone else's newer edit is refused. */
  expectedUpdatedAt: z.string().max(40).optional(),
});
export type DocumentDraft = z.infer<typeof DocumentDraft>;

const StepDraft = z.strictObject({
  text: z.strictObject({ th: line(2000).min(1), en: optionalLine(2000) }),
  minutes: z.number().int().nonnegative().max(60 * 24 * 365),
  unit: optionalLine(300),
  unitEn: optionalLine(300),
  /** Repeats after the service (monthly reporting): not counted in the total. */
  recurring: z.boolean().optional(),
});
const BilingualDraft = z.strictObject({ th: line(2000).min(1), en: optionalLine(2000) });

export const ServiceDraft = z.strictObject({
  id: DocumentId.optional(),
  title: BilingualDraft,
  description: z.strictObject({ th: optionalLine(20000), en: optionalLine(20000) }).default({}),
  /** In order; the total time is computed from them. */
  steps: z.array(StepDraft).min(1).max(50),
  fees: z.array(z.strictObject({
    label: BilingualDraft, baht: z.number().nonnegative().max(1e9),
    per: z.strictObject({ th: line(100).min(1), en: optionalLine(100) }).optional(),
  })).max(30).default([]),
  documents: z.array(BilingualDraft).max(50).default([]),
  channels: z.array(BilingualDraft).max(20).default([]),
  unit: optionalLine(300),
  unitEn: optionalLine(300),
  keywords: z.array(line(100).min(1)).max(50).default([]),
  expectedUpdatedAt: z.string().max(40).optional(),
});
export type ServiceDraft = z.infer<typeof ServiceDraft>;

export interface StaffDocumentCard extends DocumentCard {
  status: CatalogueDocument['status'];
  updatedAt: string;
  reviewBy?: string;
  /** False for a scanned PDF without a text layer ("no searchable text"). */
  fileHasText?: boolean;
}

export type StaffService = ServiceStandard & { totalMinutes: number; feeSummary: FeeText };

/** One problem of an import, where the spreadsheet shows it (header = row 1). */
export interface ImportIssue { row: number; column: string; messageTh: string; messageEn: string }

export interface ImportPreview {
  format: 'csv' | 'xlsx' | 'json' | 'zip';
  /** Data rows read (blank rows skipped): toAdd + toUpdate + unchanged + rowsWithErrors. */
  rows: number;
  /** Ids of rows without errors only: a row with an error is never listed as to be added or updated. */
  toAdd: string[];
  toUpdate: string[];
  /** Existing documents the file repeats exactly: left alone. */
  unchanged: string[];
  /** Data rows with at least one error (problems of the header row are not a data row's). */
  rowsWithErrors: number;
  /** What happens to each row, in file order; `error` rows are not imported until fixed. */
  plan: { row: number; id: string; action: 'add' | 'update' | 'unchanged' | 'error' }[];
  /** PDFs the file brings. */
  files: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export interface ImportResult extends Pick<ImportPreview, 'rows' | 'plan' | 'warnings' | 'files'> {
  added: string[];
  updated: string[];
  unchanged: string[];
}

export const exportFormats = ['xlsx', 'csv', 'json', 'zip'] as const;
export interface ExportFile { fileName: string; mimeType: string; base64: string }

/**
 * A month's summary (สขร.๑) as a citizen should read it: published; missing (the month has ended and
 * there is none); or not due yet (this month or a later one: a month is summarised after it ends).
 */
export type ProcurementMonthState = 'published' | 'missing' | 'notDue';
/** A month as `yyyy-mm` (CE) and the proc-result document that summarises it. */
export interface ProcurementMonth { month: string; documentId: string | null; state: ProcurementMonthState }
export interface FiscalYearMonths { /** พ.ศ., e.g. 2570 = Oct 2026–Sep 2027. */ fiscalYear: number; months: ProcurementMonth[] }
/** One fiscal year's grid and the years a citizen may pick (newest first). */
export interface ProcurementMonthGrid extends FiscalYearMonths { currentFiscalYear: number; choices: number[] }

export interface CompletenessReport {
  /** Today in Bangkok, yyyy-mm-dd. */
  asOf: string;
  categories: { code: CategoryCode; count: number; newestPublished: string | null }[];
  emptyCategories: CategoryCode[];
  /** Months of the current and previous fiscal year, already ended, with no monthly summary (สขร.๑). */
  missingProcurementMonths: { fiscalYear: number; months: string[] }[];
  pastReview: { id: string; title: string; reviewBy: string }[];
  /** Active documents a citizen cannot read or find by their text. */
  needsText: { id: string; title: string; reason: 'no_file' | 'scan_without_text' }[];
}

const Id = z.strictObject({ id: DocumentId });
/** Base64 of an uploaded file; ~300 MB decoded. Bigger bundles go through the CLI (same limit) or in parts. */
const Base64 = z.string().max(400_000_000).regex(/^[A-Za-z0-9+/=\s]*$/, 'not base64');
const ImportFile = z.strictObject({ fileName: z.string().trim().min(1).max(255), base64: Base64 });

export const catalogueStaffMethods = {
  'documents.list': method<{ total: number; items: StaffDocumentCard[] }>()({
    input: z.strictObject({
      category: CategoryCode.optional(),
      status: z.enum(['active', 'retired', 'all']).default('all'),
      /** Substring of the Thai or English title, or of the id. */
      text: z.string().trim().max(200).optional(),
      offset: z.number().int().min(0).max(1_000_000).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    role: 'staff', changes: false,
    summary: 'All documents (active and retired) for the staff list, newest first',
  }),
  'documents.get': method<CatalogueDocument>()({
    input: Id, role: 'staff', changes: false,
    summary: 'One document with every field, retired ones too',
  }),
  'documents.save': method<CatalogueDocument>()({
    input: DocumentDraft, role: 'staff', changes: true,
    summary: 'Create a document (no id or a new id) or update one; keeps its file and status',
  }),
  'documents.attachPdf': method<CatalogueDocument>()({
    input: z.strictObject({ id: DocumentId, name: z.string().trim().min(1).max(255), base64: Base64 }),
    role: 'staff', changes: true,
    summary: 'Attach (or replace) the PDF of a document; extracts its text',
  }),
  'documents.retire': method<CatalogueDocument>()({
    input: z.strictObject({ id: DocumentId, note: z.string().trim().max(500).optional() }), role: 'staff', changes: true,
    summary: 'Hide a document from citizens, keeping it and its history',
  }),
  'documents.restore': method<CatalogueDocument>()({
    input: Id, role: 'staff', changes: true,
    summary: 'Show a retired document to citizens again',
  }),
  'documents.delete': method<{ id: string }>()({
    input: z.strictObject({ id: DocumentId, reason: z.string().trim().min(10).max(1000) }), role: 'admin', changes: true,
    summary: 'Remove a document for good, with a written reason kept in the audit trail',
  }),
  'services.all': method<StaffService[]>()({
    input: z.strictObject({}), role: 'staff', changes: false,
    summary: 'Every service standard, retired ones too',
  }),
  'services.save': method<StaffService>()({
    input: ServiceDraft, role: 'staff', changes: true,
    summary: 'Create or update a service standard; the total time is computed from the steps',
  }),
  'services.retire': method<StaffService>()({
    input: Id, role: 'staff', changes: true,
    summary: 'Hide a service standard from citizens',
  }),
  'services.restore': method<StaffService>()({
    input: Id, role: 'staff', changes: true,
    summary: 'Show a retired service standard again',
  }),
  'catalogue.clearSample': method<{ removedDocuments: number; removedServices: number }>()({
    input: z.strictObject({}), role: 'admin', changes: true,
    summary: 'Remove the shipped sample catalogue before real data goes in',
  }),
  'import.preview': method<ImportPreview>()({
    input: ImportFile, role: 'staff', changes: false,
    summary: 'Read a CSV, XLSX, JSON or ZIP and report every row\'s problems; changes nothing',
  }),
  'import.apply': method<ImportResult>()({
    input: ImportFile, role: 'staff', changes: true,
    summary: 'Import all rows, or nothing when any row is wrong (validated again)',
  }),
  'catalogue.export': method<ExportFile>()({
    input: z.strictObject({ format: z.enum(exportFormats) }), role: 'staff', changes: false,
    summary: 'The whole catalogue (active and retired) as XLSX, CSV, JSON or ZIP with the PDFs',
  }),
  'catalogue.completeness': method<CompletenessReport>()({
    input: z.strictObject({}), role: 'staff', changes: false,
    summary: 'What is missing or stale: categories, monthly procurement summaries, review dates, unreadable files',
  }),
  'catalogue.procurementMonths': method<ProcurementMonthGrid>()({
    input: z.strictObject({ fiscalYear: z.number().int().min(2400).max(2800).optional() }), role: 'public', changes: false,
    summary: 'Monthly procurement summaries of a fiscal year (พ.ศ., the current one by default), month by month, and the years to choose from',
  }),
} as const;
