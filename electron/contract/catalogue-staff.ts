import { z } from 'zod';
import { MB, method } from './method';
import { CategoryCode, type Bilingual } from './categories';
import type { DocumentCard } from './catalogue';
import { base64Length, fieldLimits, MAX_PDF_BYTES } from './fieldLimits';
import type { Unchanged } from './result';
import type { FeeText } from './serviceFees';
import { DocumentId, DocumentStatus, HttpUrl, IsoDate, type CatalogueDocument, type ServiceStandard } from './schemas';

/**
 * Staff upkeep of the catalogue (issue 5): editing, bulk import, export and the completeness
 * dashboard. Citizens' reads stay in catalogue.ts; everything here but `catalogue.procurementMonths`
 * needs a signed-in staff member.
 */

const line = (max: number) => z.string().trim().max(max);
const optionalLine = (max: number) => line(max).optional();

/** Base64 as browsers and Node write it (no line breaks). */
const base64Text = (maxBytes: number) => z.string().max(base64Length(maxBytes), { abort: true }).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

/** A PDF sent with a save; a bigger one than MAX_PDF_BYTES is refused here, before it is decoded. */
export const PdfUpload = z.strictObject({
  name: z.string().trim().min(1).max(fieldLimits.fileName),
  base64: base64Text(MAX_PDF_BYTES),
});

/**
 * What the document editor sends: the fields, and the PDF when one was chosen, saved in one call
 * (everything or nothing). Absent id = a new document (an id is made up).
 */
export const DocumentDraft = z.strictObject({
  id: DocumentId.optional(),
  title: z.strictObject({ th: line(fieldLimits.title).min(1), en: optionalLine(fieldLimits.title) }),
  category: CategoryCode,
  /** ISO date, Common Era: the screen converts from พ.ศ. */
  published: IsoDate,
  unit: optionalLine(fieldLimits.unit),
  unitEn: optionalLine(fieldLimits.unit),
  keywords: z.array(line(fieldLimits.keyword).min(1)).max(fieldLimits.keywords).default([]),
  summary: z.strictObject({ th: optionalLine(fieldLimits.summary), en: optionalLine(fieldLimits.summary) }).default({}),
  body: optionalLine(fieldLimits.body),
  url: HttpUrl.optional(),
  reviewBy: IsoDate.optional(),
  paperLocationEn: optionalLine(fieldLimits.paperLocation),
  paperLocation: optionalLine(fieldLimits.paperLocation),
  /** The `updatedAt` the editor loaded: a save over someone else's newer edit is refused. */
  expectedUpdatedAt: z.string().max(40).optional(),
  /**
   * Made up by the editor once for a new document and sent with every try to save it: a retry
   * (after a refusal, a lost answer or a restart) updates the document the first success made.
   */
  draftKey: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'draft key: 8-64 letters, digits or dashes').optional(),
  /** The PDF to attach (or to replace the current one with); absent keeps the current file. */
  pdf: PdfUpload.optional(),
});
export type DocumentDraft = z.infer<typeof DocumentDraft>;

/**
 * What documents.save answers: the stored document and, only when there is something to say, what
 * the staff member should know about what was saved (a publication date that has not come yet).
 * The warnings belong to the answer: they are neither stored nor audited. `unchanged`: the draft
 * was the stored document, so nothing was saved (see Unchanged).
 */
export type SavedDocument = CatalogueDocument & Unchanged & { warnings?: Bilingual[] };

/**
 * A document's own fields, by the same rules as the editor's draft: what an import row must make.
 * The one source of document validity for the editor (which calls it while the form is filled in),
 * the dispatcher (documents.save) and the import (which maps its issues to columns).
 */
export const DocumentFields = DocumentDraft.omit({ expectedUpdatedAt: true, draftKey: true, pdf: true }).extend({ id: DocumentId, status: DocumentStatus });
export type DocumentFields = z.infer<typeof DocumentFields>;

const StepDraft = z.strictObject({
  text: z.strictObject({ th: line(fieldLimits.title).min(1), en: optionalLine(fieldLimits.title) }),
  minutes: z.number().int().nonnegative().max(60 * 24 * 365),
  unit: optionalLine(fieldLimits.unit),
  unitEn: optionalLine(fieldLimits.unit),
  /** Repeats after the service (monthly reporting): not counted in the total. */
  recurring: z.boolean().optional(),
});
const BilingualDraft = z.strictObject({ th: line(fieldLimits.title).min(1), en: optionalLine(fieldLimits.title) });

export const ServiceDraft = z.strictObject({
  id: DocumentId.optional(),
  title: BilingualDraft,
  description: z.strictObject({ th: optionalLine(fieldLimits.summary), en: optionalLine(fieldLimits.summary) }).default({}),
  /** In order; the total time is computed from them. */
  steps: z.array(StepDraft).min(1).max(50),
  fees: z.array(z.strictObject({
    label: BilingualDraft, baht: z.number().nonnegative().max(1e9),
    per: z.strictObject({ th: line(100).min(1), en: optionalLine(100) }).optional(),
  })).max(30).default([]),
  documents: z.array(BilingualDraft).max(50).default([]),
  channels: z.array(BilingualDraft).max(20).default([]),
  unit: optionalLine(fieldLimits.unit),
  unitEn: optionalLine(fieldLimits.unit),
  keywords: z.array(line(fieldLimits.keyword).min(1)).max(fieldLimits.keywords).default([]),
  expectedUpdatedAt: z.string().max(40).optional(),
});
export type ServiceDraft = z.infer<typeof ServiceDraft>;

/** What needs attention on a document: no PDF, a scan nobody typed the text of, past its review date. */
export const DocumentFlag = z.enum(['noFile', 'noText', 'pastReview']);
export type DocumentFlag = z.infer<typeof DocumentFlag>;

export interface StaffDocumentCard extends DocumentCard {
  status: CatalogueDocument['status'];
  updatedAt: string;
  reviewBy?: string;
  /** False for a scanned PDF without a text layer ("no searchable text"). */
  fileHasText?: boolean;
  /** Worked out by the service with the kiosk's clock (services/catalogue/documentFlags.ts). */
  flags: DocumentFlag[];
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
 * A month's summary (สขร.๑) as a citizen should read it: published; not due yet (this month or a
 * later one: a month is summarised after it ends); awaiting publication (the month has ended, its
 * due day, settings' agency.procurementSummaryDueDays after, has not passed); or missing (past its
 * due day and there is none).
 */
export type ProcurementMonthState = 'published' | 'notDue' | 'awaiting' | 'missing';
/** A month as `yyyy-mm` (CE) and the proc-result document that summarises it; an awaited one says by when. */
export type ProcurementMonth = { month: string; documentId: string | null } & (
  | { state: Exclude<ProcurementMonthState, 'awaiting'> }
  | { state: 'awaiting'; /** The due day, `yyyy-mm-dd` (Bangkok): on time through the whole of it. */ dueBy: string }
);
export interface FiscalYearMonths { /** ปีงบประมาณ, e.g. 2570 = Oct 2026–Sep 2027. */ fiscalYearBe: number; months: ProcurementMonth[] }
/** One fiscal year's grid and the years a citizen may pick (newest first). */
export interface ProcurementMonthGrid extends FiscalYearMonths { currentFiscalYearBe: number; fiscalYearBeChoices: number[] }

export interface CompletenessReport {
  /** Today in Bangkok, yyyy-mm-dd. */
  asOf: string;
  categories: { code: CategoryCode; count: number; newestPublished: string | null }[];
  emptyCategories: CategoryCode[];
  /** Months of the current and previous fiscal year past their due day with no monthly summary (สขร.๑). */
  missingProcurementMonths: { fiscalYearBe: number; months: string[] }[];
  /** Months ended without a summary whose due day has not passed yet (oldest first): what to publish soon. */
  awaitingProcurementMonths: { month: string; dueBy: string }[];
  pastReview: { id: string; title: string; reviewBy: string }[];
  /** Active documents a citizen cannot read or find by their text. */
  needsText: { id: string; title: string; reason: 'no_file' | 'scan_without_text' }[];
  /** Active documents whose PDF is not in the data folder's file store: citizens are told to ask the staff. */
  missingFiles: { id: string; title: string; fileName: string }[];
}

const Id = z.strictObject({ id: DocumentId });
/** Base64 of an uploaded file; ~300 MB decoded. Bigger bundles go through the CLI (same limit) or in parts. */
const Base64 = z.string().max(400_000_000).regex(/^[A-Za-z0-9+/=\s]*$/, 'not base64');
/** Uploads over the web mode: a PDF or a table in base64 fits; bigger bundles go through the CLI. */
const UPLOAD_BODY_BYTES = 80 * MB;
/**
 * `bundled`: the file is a zip made only to carry one table with the PDFs it names (the CLI zips
 * good.csv and its PDFs so they travel together): the trail names the table inside it, the file the
 * staff member gave, not the zip, which never existed for them.
 */
const ImportFile = z.strictObject({ fileName: z.string().trim().min(1).max(255), base64: Base64, bundled: z.literal(true).optional() });

export const catalogueStaffMethods = {
  'documents.list': method<{ total: number; items: StaffDocumentCard[] }>()({
    input: z.strictObject({
      category: CategoryCode.optional(),
      status: z.enum(['active', 'retired', 'all']).default('all'),
      /** Substring of the Thai or English title, or of the id. */
      text: z.string().trim().max(200).optional(),
      /** Only documents carrying every one of these flags. */
      flags: z.array(DocumentFlag).max(3).optional(),
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
  'documents.save': method<SavedDocument>()({
    // A draft may carry its PDF (50 MB at most, ~67 MB as base64): the upload budget.
    input: DocumentDraft, role: 'staff', changes: true, maxBodyBytes: UPLOAD_BODY_BYTES,
    summary: 'Create or update a document with its PDF (if one is sent), all or nothing; keeps its status, and its file when none is sent; warns of a publication date not yet come',
  }),
  'documents.retire': method<CatalogueDocument & Unchanged>()({
    input: z.strictObject({ id: DocumentId, note: z.string().trim().max(500).optional() }), role: 'staff', changes: true,
    summary: 'Hide a document from citizens, keeping it and its history',
  }),
  'documents.restore': method<CatalogueDocument & Unchanged>()({
    input: Id, role: 'staff', changes: true,
    summary: 'Show a retired document to citizens again',
  }),
  'documents.delete': method<{ id: string }>()({
    input: z.strictObject({ id: DocumentId, reason: z.string().trim().min(10).max(1000) }), role: 'admin', changes: true,
    summary: 'Remove a document for good, with a written reason kept in the audit trail',
  }),
  'standards.all': method<StaffService[]>()({
    input: z.strictObject({}), role: 'staff', changes: false,
    summary: 'Every service standard, retired ones too',
  }),
  'standards.save': method<StaffService & Unchanged>()({
    input: ServiceDraft, role: 'staff', changes: true, maxBodyBytes: 4 * MB, // the longest standard in Thai is ~2 MB
    summary: 'Create or update a service standard; the total time is computed from the steps',
  }),
  'standards.retire': method<StaffService & Unchanged>()({
    input: Id, role: 'staff', changes: true,
    summary: 'Hide a service standard from citizens',
  }),
  'standards.restore': method<StaffService & Unchanged>()({
    input: Id, role: 'staff', changes: true,
    summary: 'Show a retired service standard again',
  }),
  'catalogue.clearSample': method<{ removedDocuments: number; removedServices: number }>()({
    input: z.strictObject({}), role: 'admin', changes: true,
    summary: 'Remove the shipped sample catalogue before real data goes in',
  }),
  'import.preview': method<ImportPreview>()({
    input: ImportFile, role: 'staff', changes: false, maxBodyBytes: UPLOAD_BODY_BYTES,
    summary: 'Read a CSV, XLSX, JSON or ZIP and report every row\'s problems; changes nothing',
  }),
  'import.apply': method<ImportResult>()({
    input: ImportFile, role: 'staff', changes: true, maxBodyBytes: UPLOAD_BODY_BYTES,
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
    input: z.strictObject({ fiscalYearBe: z.number().int().min(2400).max(2800).optional() }), role: 'public', changes: false,
    summary: 'Monthly procurement summaries of a fiscal year (พ.ศ., the current one by default), month by month, and the years to choose from',
  }),
} as const;
