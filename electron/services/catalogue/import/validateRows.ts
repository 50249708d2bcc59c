import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ImportIssue, ImportPreview } from '../../../contract/catalogue-staff';
import { categories, type CategoryCode } from '../../../contract/categories';
import { fieldLimits } from '../../../contract/fieldLimits';
import { CatalogueDocument, DocumentId } from '../../../contract/schemas';
import { MAX_PDF_BYTES } from '../fileStore';
import { displayName, pdfProblem } from '../pdfAttachment';
import { readDate } from '../thaiDates';
import type { ImportSource } from './importSource';
import { issue, stripFormulaGuard, type ColumnCode, type RawRow } from './table';
import { safeRelativePath } from './zipBundle';

/** Where a row's PDF comes from when applied. */
export type PlannedFile =
  | { kind: 'keep' }
  | { kind: 'bundle'; path: string; name: string }
  | { kind: 'stored'; sha256: string; name: string };

export interface PlannedDocument {
  row: number;
  action: 'add' | 'update' | 'unchanged';
  /** The document as it will be stored, except `file` and the time stamps. */
  document: Omit<CatalogueDocument, 'file' | 'createdAt' | 'updatedAt'>;
  file: PlannedFile;
  /** `updatedAt` of the stored document this row updates: apply refuses if it changed since. */
  basedOn?: string;
}

export interface ValidatedImport { preview: ImportPreview; plan: PlannedDocument[] }

export interface ValidationContext {
  existing: ReadonlyMap<string, CatalogueDocument>;
  /** True when the file store already holds this PDF (for `file_sha256` rows without a `file`). */
  hasStoredPdf(sha256: string): Promise<boolean>;
  /** Today (Bangkok), yyyy-mm-dd: for new ids and "published in the future". */
  today: string;
}

const categoryByName = new Map<string, CategoryCode>(categories.flatMap((c) => [[c.code, c.code], [c.name.th, c.code], [c.name.en.toLowerCase(), c.code]]));
const statusByName = new Map<string, 'active' | 'retired'>([
  ['active', 'active'], ['ใช้งาน', 'active'], ['เผยแพร่', 'active'],
  ['retired', 'retired'], ['เลิกใช้', 'retired'], ['ยกเลิก', 'retired'], ['ไม่เผยแพร่', 'retired'],
]);
const HttpUrl = z.url({ protocol: /^https?$/ }).max(fieldLimits.url);
/** The contract's limits (the same the editor and the dispatcher apply), by column. */
const limits: Partial<Record<ColumnCode, number>> = {
  title_th: fieldLimits.title, title_en: fieldLimits.title, unit: fieldLimits.unit, unit_en: fieldLimits.unit, summary_th: fieldLimits.summary, summary_en: fieldLimits.summary, body: fieldLimits.body,
  paper_location: fieldLimits.paperLocation, paper_location_en: fieldLimits.paperLocation, file_name: fieldLimits.fileName,
};
/** Where a stored field's problem shows in the table. */
const columnOfField: Record<string, ColumnCode> = {
  id: 'id', title: 'title_th', category: 'category', published: 'published', unit: 'unit', keywords: 'keywords',
  summary: 'summary_th', body: 'body', url: 'url', reviewBy: 'review_by', paperLocation: 'paper_location', status: 'status',
  unitEn: 'unit_en', paperLocationEn: 'paper_location_en',
};

/** An id for a row that has none, stable between preview and apply: date + hash of the row. */
function madeUpId(row: RawRow, today: string, taken: (id: string) => boolean): string {
  const hash = createHash('sha1').update(JSON.stringify(row)).digest('hex');
  for (let digits = 4; ; digits++) {
    const id = `doc-${today.replace(/-/g, '')}-${hash.slice(0, digits)}`;
    if (!taken(id)) return id;
  }
}

/** The stored fields an import can set, in a fixed order: equal strings mean nothing would change. */
const comparable = (d: PlannedDocument['document'] | CatalogueDocument) => JSON.stringify([
  d.id, d.title.th, d.title.en, d.category, d.published, d.unit, d.keywords, d.summary.th, d.summary.en,
  d.body, d.url, d.reviewBy, d.paperLocation, d.status, d.unitEn, d.paperLocationEn,
]);
const sameDocument = (a: PlannedDocument['document'], b: CatalogueDocument) => comparable(a) === comparable(b);

/**
 * Checks every row of an import against the catalogue and says what would happen. All problems
 * of all rows are reported (a staff member fixes the file once, not once per error).
 */
export async function validateImport(source: ImportSource, context: ValidationContext): Promise<ValidatedImport> {
  const { table } = source;
  const errors: ImportIssue[] = [...table.errors];
  const warnings: ImportIssue[] = [...table.warnings];
  const has = (c: ColumnCode) => table.columns.includes(c);
  const plan: PlannedDocument[] = [];
  const firstRowOfId = new Map<string, number>();
  const plannedIds = new Set<string>();
  const bundled = new Set<string>();
  const checkedFiles = new Map<string, { sha256: string; problem?: { th: string; en: string } }>();
  const checkBundled = (path: string, bytes: Uint8Array) => {
    const checked = { sha256: createHash('sha256').update(bytes).digest('hex'), problem: pdfProblem(bytes) };
    checkedFiles.set(path, checked);
    return checked;
  };
  // A cell the parser already refused (a formula) is not reported again as empty.
  const refusedCells = new Set(table.errors.map((e) => `${e.row}:${e.column}`));

  const rowsAdding = table.rows.filter((r) => {
    const id = typeof r.cells.id === 'string' ? r.cells.id.trim() : '';
    return !context.existing.has(id);
  });
  const missingColumns = (['title_th', 'category', 'published'] as const).filter((c) => !has(c));
  for (const required of missingColumns) {
    if (rowsAdding.length > 0) {
      errors.push(issue(1, required, `ไม่มีคอลัมน์ ${required} ซึ่งจำเป็นสำหรับเอกสารใหม่`, `Column ${required} is missing; new documents need it`));
    }
  }

  for (const raw of table.rows) {
    const row = raw.row;
    const rowErrors: ImportIssue[] = [];
    const fail = (column: string, th: string, en: string) => {
      if (!refusedCells.has(`${row}:${column}`)) rowErrors.push(issue(row, column, th, en));
    };
    const warn = (column: string, th: string, en: string) => warnings.push(issue(row, column, th, en));
    const text = (c: ColumnCode): string | undefined => {
      const value = raw.cells[c];
      if (value === undefined) return undefined;
      const joined = Array.isArray(value) ? value.join(';') : value;
      // Line breaks as \n only, as the editor stores them.
      return (table.spreadsheet ? stripFormulaGuard(joined) : joined).replace(/\r\n?/g, '\n').trim();
    };
    for (const [column, max] of Object.entries(limits) as [ColumnCode, number][]) {
      const value = text(column);
      if (value !== undefined && value.length > max) fail(column, `ยาวเกิน ${max.toLocaleString('th-TH')} ตัวอักษร`, `Longer than ${max} characters`);
    }

    // id
    let id = text('id') ?? '';
    if (id === '') {
      id = madeUpId(raw, context.today, (candidate) => context.existing.has(candidate) || plannedIds.has(candidate));
      warn('id', `ไม่มีรหัสเอกสาร จะตั้งให้เป็น ${id} (นำเข้าไฟล์นี้ซ้ำจะได้เอกสารซ้ำ)`, `No id: ${id} will be used (importing this file again would add it again)`);
    } else if (!DocumentId.safeParse(id).success) {
      fail('id', 'รหัสเอกสารใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด ขีด และขีดล่าง (ไม่เกิน 64 ตัว)', 'An id may hold letters, digits, dot, dash and underscore (up to 64)');
    } else if (firstRowOfId.has(id)) {
      fail('id', `รหัส ${id} ซ้ำกับแถวที่ ${firstRowOfId.get(id)}`, `Id ${id} repeats row ${firstRowOfId.get(id)}`);
    }
    if (!firstRowOfId.has(id)) firstRowOfId.set(id, row);
    plannedIds.add(id);
    const existing = context.existing.get(id);
    const keep = <T>(value: T | undefined, fallback: T | undefined) => (value === undefined ? fallback : value);
    const optional = (c: ColumnCode, fallback: string | undefined) => {
      const value = text(c);
      return value === undefined ? fallback : value === '' ? undefined : value;
    };

    const titleTh = text('title_th');
    if (titleTh === '' || (titleTh === undefined && !existing && has('title_th'))) fail('title_th', 'ต้องมีชื่อเรื่องภาษาไทย', 'A Thai title is required');

    let category = existing?.category;
    const categoryText = text('category');
    if (categoryText !== undefined) {
      const code = categoryByName.get(categoryText) ?? categoryByName.get(categoryText.toLowerCase());
      if (code) category = code;
      else fail('category', `ไม่รู้จักหมวดหมู่ "${categoryText}" ใช้รหัส เช่น s9-3, proc-result`, `Unknown category "${categoryText}": use a code such as s9-3 or proc-result`);
    }

    const dateOf = (c: 'published' | 'review_by', required: boolean, fallback: string | undefined): string | undefined => {
      const value = text(c);
      if (value === undefined || value === '') {
        if (required && (value === '' || (!existing && has(c)))) fail(c, 'ต้องมีวันที่เผยแพร่', 'A publication date is required');
        return value === '' ? undefined : fallback;
      }
      const reading = readDate(value);
      if ('error' in reading) { fail(c, reading.error.th, reading.error.en); return fallback; }
      if (reading.warning) warn(c, reading.warning.th, reading.warning.en);
      return reading.iso;
    };
    const published = dateOf('published', true, existing?.published);
    if (published && published > context.today && text('published')) warn('published', `วันที่เผยแพร่ ${published} ยังไม่ถึง`, `Publication date ${published} is in the future`);
    const reviewBy = dateOf('review_by', false, existing?.reviewBy);

    let keywords = existing?.keywords ?? [];
    const keywordCell = raw.cells.keywords;
    if (keywordCell !== undefined) {
      const list = (Array.isArray(keywordCell) ? keywordCell : (table.spreadsheet ? stripFormulaGuard(keywordCell) : keywordCell).split(';'))
        .map((k) => k.trim()).filter(Boolean);
      keywords = [...new Set(list)];
      if (keywords.length > fieldLimits.keywords) fail('keywords', `คำสำคัญเกิน ${fieldLimits.keywords} คำ`, `More than ${fieldLimits.keywords} keywords`);
      if (keywords.some((k) => k.length > fieldLimits.keyword)) fail('keywords', `คำสำคัญแต่ละคำยาวไม่เกิน ${fieldLimits.keyword} ตัวอักษร`, `Each keyword may be up to ${fieldLimits.keyword} characters`);
    }

    const url = optional('url', existing?.url);
    if (url !== undefined && !HttpUrl.safeParse(url).success) fail('url', 'ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://', 'The link must be an http:// or https:// address');

    let status = existing?.status ?? 'active';
    const statusText = text('status');
    if (statusText) {
      const value = statusByName.get(statusText.toLowerCase());
      if (value) status = value; else fail('status', 'สถานะต้องเป็น active หรือ retired', 'Status must be active or retired');
    }

    // The PDF: a path in the bundle, or a hash already in this data folder.
    let file: PlannedFile = { kind: 'keep' };
    const filePath = text('file') ?? '';
    const fileName = text('file_name') || undefined;
    const sha256 = (text('file_sha256') ?? '').toLowerCase();
    if (filePath !== '') {
      const safe = safeRelativePath(filePath);
      const size = safe === undefined ? undefined : source.files?.size(safe);
      if (safe === undefined) fail('file', `ที่อยู่ไฟล์ "${filePath}" ชี้ออกนอกโฟลเดอร์ที่นำเข้า`, `The path "${filePath}" escapes the import folder`);
      else if (!source.files) fail('file', 'ไฟล์ PDF ต้องส่งมาใน .zip พร้อมตาราง', 'PDFs must come in a .zip together with the table');
      else if (size === undefined) fail('file', `ไม่พบไฟล์ ${filePath}`, `File ${filePath} not found`);
      else if (size > MAX_PDF_BYTES) fail('file', 'ไฟล์ PDF ใหญ่เกิน 50 MB', 'The PDF is larger than 50 MB');
      else if (!safe.toLowerCase().endsWith('.pdf')) fail('file', 'รับเฉพาะไฟล์ PDF', 'Only PDF files can be attached');
      else {
        const checked = checkedFiles.get(safe) ?? checkBundled(safe, source.files.read(safe));
        const name = fileName ?? displayName(safe);
        if (checked.problem) fail('file', `ไฟล์ ${filePath}: ${checked.problem.th}`, `${filePath}: ${checked.problem.en}`);
        else if (existing?.file?.sha256 === checked.sha256 && existing.file.name === name) file = { kind: 'keep' };
        else {
          file = { kind: 'bundle', path: safe, name };
          bundled.add(safe);
        }
      }
    } else if (sha256 !== '') {
      if (!/^[0-9a-f]{64}$/.test(sha256)) fail('file_sha256', 'รหัสไฟล์ต้องเป็นเลขฐานสิบหก 64 หลัก', 'file_sha256 must be 64 hex digits');
      else if (existing?.file?.sha256 === sha256) file = { kind: 'keep' };
      else if (await context.hasStoredPdf(sha256)) file = { kind: 'stored', sha256, name: fileName ?? `${sha256.slice(0, 12)}.pdf` };
      else warn('file_sha256', 'ไม่มีไฟล์ PDF นี้ในเครื่อง เอกสารจะนำเข้าโดยไม่มีไฟล์ (ใช้ไฟล์ .zip เพื่อนำไฟล์มาด้วย)', 'This PDF is not in this data folder: the document is imported without it (use a .zip to bring files)');
    }

    const document = {
      id,
      title: { th: keep(titleTh, existing?.title.th) ?? '', en: optional('title_en', existing?.title.en) },
      category: category ?? 'other',
      published: published ?? '',
      unit: optional('unit', existing?.unit),
      unitEn: optional('unit_en', existing?.unitEn),
      keywords,
      summary: { th: optional('summary_th', existing?.summary.th), en: optional('summary_en', existing?.summary.en) },
      body: optional('body', existing?.body),
      url,
      reviewBy,
      paperLocation: optional('paper_location', existing?.paperLocation),
      paperLocationEn: optional('paper_location_en', existing?.paperLocationEn),
      status,
    } satisfies PlannedDocument['document'];

    // The stored schema is the last word; problems already reported above are not repeated.
    if (rowErrors.length === 0 && (existing || missingColumns.length === 0)) {
      const parsed = CatalogueDocument.safeParse({ ...document, createdAt: '', updatedAt: '' });
      if (!parsed.success) {
        for (const problem of parsed.error.issues) {
          const column = columnOfField[String(problem.path[0])] ?? String(problem.path.join('.'));
          fail(column, `ค่าไม่ถูกต้อง: ${problem.message}`, `Invalid value: ${problem.message}`);
        }
      }
    }
    errors.push(...rowErrors);
    const action = !existing ? 'add' : file.kind === 'keep' && sameDocument(document, existing) ? 'unchanged' : 'update';
    plan.push({ row, action, document, file, basedOn: existing?.updatedAt });
  }

  if (table.rows.length === 0 && errors.length === 0) errors.push(issue(1, '', 'ไม่มีแถวข้อมูลในไฟล์', 'The file has no data rows'));
  // Every data row is counted once: in one of the three lists when it is clean, else as a row with errors.
  const wrongRows = new Set(errors.map((e) => e.row));
  const clean = plan.filter((p) => !wrongRows.has(p.row));
  const ids = (action: PlannedDocument['action']) => clean.filter((p) => p.action === action).map((p) => p.document.id);
  const preview: ImportPreview = {
    format: source.format,
    rows: table.rows.length,
    toAdd: ids('add'),
    toUpdate: ids('update'),
    unchanged: ids('unchanged'),
    rowsWithErrors: plan.length - clean.length,
    plan: plan.map((p) => ({ row: p.row, id: p.document.id, action: wrongRows.has(p.row) ? 'error' : p.action })),
    files: bundled.size,
    errors: errors.sort((a, b) => a.row - b.row),
    warnings: warnings.sort((a, b) => a.row - b.row),
  };
  return { preview, plan };
}
