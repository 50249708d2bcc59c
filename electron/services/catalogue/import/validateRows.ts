import { createHash } from 'node:crypto';
import { DocumentFields, PdfUpload, type ImportIssue, type ImportPreview } from '../../../contract/catalogue-staff';
import { categories, type CategoryCode } from '../../../contract/categories';
import { issueSentence } from '../../../contract/refusalText';
import type { CatalogueDocument } from '../../../contract/schemas';
import { MAX_PDF_BYTES } from '../fileStore';
import { displayName, pdfProblem } from '../pdfAttachment';
import { readDate } from '../thaiDates';
import { futurePublicationWarning } from '../futurePublication';
import type { ImportSource } from './importSource';
import { columnCodes, columnLabels, issue, stripFormulaGuard, type ColumnCode, type RawRow } from './table';
import { safeRelativePath } from './zipBundle';
import { textKey } from '../../search/matchesText';
import { timeSlicer } from '../../timeSlices';

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

// Names typed by hand are compared as citizen search compares text (spacing, ำ/ํา, case): textKey.
const categoryByName = new Map<string, CategoryCode>(categories.flatMap((c) => [[textKey(c.code), c.code], [textKey(c.name.th), c.code], [textKey(c.name.en), c.code]]));
const statusByName = new Map<string, 'active' | 'retired'>(([
  ['active', 'active'], ['ใช้งาน', 'active'], ['เผยแพร่', 'active'],
  ['retired', 'retired'], ['เลิกใช้', 'retired'], ['ยกเลิก', 'retired'], ['ไม่เผยแพร่', 'retired'],
] as const).map(([name, status]) => [textKey(name), status]));
/** Where a document field's problem shows in the table (`title.en` → `title_en`). */
const columnOfField: Record<string, ColumnCode> = {
  id: 'id', 'title.th': 'title_th', 'title.en': 'title_en', category: 'category', published: 'published', unit: 'unit', unitEn: 'unit_en',
  keywords: 'keywords', 'summary.th': 'summary_th', 'summary.en': 'summary_en', body: 'body', url: 'url', reviewBy: 'review_by',
  paperLocation: 'paper_location', paperLocationEn: 'paper_location_en', status: 'status',
};
const columnOfPath = (path: readonly PropertyKey[]): string => {
  const [first, second] = path.map(String);
  return columnOfField[`${first}.${second}`] ?? columnOfField[first ?? ''] ?? path.map(String).join('.');
};
/** A row's problems in the table's column order, whatever order the checks found them in. */
const columnRank = (column: string) => { const i = columnCodes.indexOf(column as ColumnCode); return i < 0 ? columnCodes.length : i; };

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

/** The optional fields a row empties that the stored document has, as their columns in table order. */
function emptiedColumns(stored: CatalogueDocument, next: PlannedDocument['document']): ColumnCode[] {
  const has = (value: string | readonly string[] | undefined) => (typeof value === 'string' ? value.trim() !== '' : (value?.length ?? 0) > 0);
  const fields: Array<[ColumnCode, string | readonly string[] | undefined, string | readonly string[] | undefined]> = [
    ['title_en', stored.title.en, next.title.en], ['unit', stored.unit, next.unit], ['unit_en', stored.unitEn, next.unitEn],
    ['keywords', stored.keywords, next.keywords], ['summary_th', stored.summary.th, next.summary.th], ['summary_en', stored.summary.en, next.summary.en],
    ['body', stored.body, next.body], ['url', stored.url, next.url], ['review_by', stored.reviewBy, next.reviewBy],
    ['paper_location', stored.paperLocation, next.paperLocation], ['paper_location_en', stored.paperLocationEn, next.paperLocationEn],
  ];
  return fields.filter(([, before, after]) => has(before) && !has(after)).map(([column]) => column);
}

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

  const pause = timeSlicer();
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
    // id
    let id = text('id') ?? '';
    if (id === '') {
      id = madeUpId(raw, context.today, (candidate) => context.existing.has(candidate) || plannedIds.has(candidate));
      warn('id', `ไม่มีรหัสเอกสาร จะตั้งให้เป็น ${id} (นำเข้าไฟล์นี้ซ้ำจะได้เอกสารซ้ำ)`, `No id: ${id} will be used (importing this file again would add it again)`);
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

    let category = existing?.category;
    const categoryText = text('category');
    if (categoryText !== undefined) {
      const code = categoryByName.get(textKey(categoryText));
      if (code) category = code;
      else fail('category', `ไม่รู้จักหมวดหมู่ "${categoryText}" ใช้รหัส เช่น s9-3, proc-result`, `Unknown category "${categoryText}": use a code such as s9-3 or proc-result`);
    }

    // Reading a typed date (พ.ศ. or ค.ศ., Thai digits) is the import's; whether one is required is the schema's.
    const dateOf = (c: 'published' | 'review_by', fallback: string | undefined): string | undefined => {
      const value = text(c);
      if (value === undefined || value === '') return value === '' ? undefined : fallback;
      const reading = readDate(value);
      if ('error' in reading) { fail(c, reading.error.th, reading.error.en); return fallback; }
      if (reading.warning) warn(c, reading.warning.th, reading.warning.en);
      return reading.iso;
    };
    const published = dateOf('published', existing?.published);
    const notYet = published && text('published') ? futurePublicationWarning(published, context.today) : undefined;
    if (notYet) warn('published', notYet.th, notYet.en);
    const reviewBy = dateOf('review_by', existing?.reviewBy);

    let keywords = existing?.keywords ?? [];
    const keywordCell = raw.cells.keywords;
    if (keywordCell !== undefined) {
      const list = (Array.isArray(keywordCell) ? keywordCell : (table.spreadsheet ? stripFormulaGuard(keywordCell) : keywordCell).split(';'))
        .map((k) => k.trim()).filter(Boolean);
      keywords = [...new Set(list)];
    }

    const url = optional('url', existing?.url);

    let status = existing?.status ?? 'active';
    const statusText = text('status');
    if (statusText) {
      const value = statusByName.get(textKey(statusText));
      if (value) status = value; else fail('status', 'สถานะต้องเป็น active หรือ retired', 'Status must be active or retired');
    }

    // The PDF: a path in the bundle, or a hash already in this data folder.
    let file: PlannedFile = { kind: 'keep' };
    const filePath = text('file') ?? '';
    const fileName = text('file_name') || undefined;
    const nameCheck = fileName === undefined ? undefined : PdfUpload.shape.name.safeParse(fileName);
    if (nameCheck && !nameCheck.success && nameCheck.error.issues[0]) {
      const sentence = issueSentence('documents.save', { ...nameCheck.error.issues[0], path: ['pdf', 'name'] }, { pdf: { name: fileName } });
      fail('file_name', sentence.th, sentence.en);
    }
    const sha256 = (text('file_sha256') ?? '').toLowerCase();
    if (filePath !== '') {
      const safe = safeRelativePath(filePath);
      const size = safe === undefined ? undefined : source.files?.size(safe);
      if (safe === undefined) fail('file', `ที่อยู่ไฟล์ "${filePath}" ชี้ออกนอกโฟลเดอร์ที่นำเข้า`, `The path "${filePath}" escapes the import folder`);
      else if (!source.files) fail('file', 'ไฟล์ PDF ต้องส่งมาใน .zip พร้อมตาราง', 'PDFs must come in a .zip together with the table');
      else if (source.files.isLink(safe)) {
        fail('file', `ไฟล์ ${filePath} เป็นลิงก์สัญลักษณ์ (symbolic link) ซึ่งระบบไม่เปิดตาม เพราะลิงก์อาจชี้ไปนอกชุดที่นำเข้า โปรดใส่ไฟล์ PDF จริงแทน`,
          `${filePath} is a symbolic link, which is not followed (a link could point outside the import): put the PDF itself in its place`);
      } else if (size === undefined) fail('file', `ไม่พบไฟล์ ${filePath}`, `File ${filePath} not found`);
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

    if (existing) {
      const emptied = emptiedColumns(existing, document);
      if (emptied.length > 0) {
        warn(emptied[0] as string, `แถวนี้จะลบค่าที่มีอยู่ของเอกสาร ${id} ใน ${emptied.map((c) => columnLabels[c]).join(', ')} เพราะช่องเหล่านี้ว่าง `
          + '(ถ้าต้องการคงค่าเดิม ให้ลบคอลัมน์นั้นออกจากตาราง ช่องว่างในคอลัมน์ที่มีอยู่หมายถึงลบค่า)',
        `This row empties ${emptied.join(', ')} of document ${id}: their cells are blank (to keep the stored values, leave those columns out of the table; a blank cell in a column the table has means "clear it")`);
      }
    }
    // The document's rules are the schema's (the editor and documents.save use the same one): its
    // issues, in words, in their columns; one per column, none where the cell was refused already.
    if (existing || missingColumns.length === 0) {
      const candidate = { ...document, published: document.published || undefined };
      const parsed = DocumentFields.safeParse(candidate);
      if (!parsed.success) {
        const failed = new Set(rowErrors.map((e) => e.column));
        for (const problem of parsed.error.issues) {
          const column = columnOfPath(problem.path);
          if (failed.has(column)) continue;
          failed.add(column);
          const sentence = issueSentence('documents.save', problem, candidate);
          fail(column, sentence.th, sentence.en);
        }
      }
    }
    errors.push(...rowErrors.sort((a, b) => columnRank(a.column) - columnRank(b.column)));
    const action = !existing ? 'add' : file.kind === 'keep' && sameDocument(document, existing) ? 'unchanged' : 'update';
    plan.push({ row, action, document, file, basedOn: existing?.updatedAt });
    await pause(); // thousands of rows run on the thread that answers the kiosk's screens
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
