import type { ImportResult } from '../../../contract/catalogue-staff';
import type { AuditChange } from '../../../contract/handler';
import { KioskError } from '../../../contract/result';
import type { AttachedFile, CatalogueDocument } from '../../../contract/schemas';
import { auditChange } from '../auditDiff';
import type { Catalogue } from '../catalogue';
import { adoptSampleItems } from '../catalogueFile';
import { storePdf } from '../pdfAttachment';
import type { ImportSource } from './importSource';
import type { ValidatedImport } from './validateRows';

/**
 * Applies a validated import, all or nothing: a file with any error changes nothing. PDFs go
 * into the file store first (content-addressed, so a failed apply leaves only unused copies);
 * then every document is written in one atomic catalogue update.
 */
export async function applyImport(
  catalogue: Catalogue,
  source: ImportSource,
  validated: ValidatedImport,
  now: Date,
  record: (change: AuditChange) => void,
  fileName: string,
): Promise<ImportResult> {
  const { preview, plan } = validated;
  if (preview.errors.length > 0) {
    throw new KioskError('bad_input', {
      th: `ไฟล์มีข้อผิดพลาด ${preview.errors.length.toLocaleString('th-TH')} รายการ จึงไม่ได้นำเข้าแม้แต่แถวเดียว`,
      en: `The file has ${preview.errors.length} problems, so nothing was imported`,
    }, preview);
  }

  const stored = new Map<string, AttachedFile>();
  for (const item of plan) {
    if (item.file.kind !== 'bundle' || stored.has(item.file.path)) continue;
    try {
      stored.set(item.file.path, await storePdf(catalogue.files, source.files!.read(item.file.path), item.file.name));
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      throw new KioskError(error.code, { th: `แถวที่ ${item.row}: ${error.messageTh} จึงไม่ได้นำเข้าแม้แต่แถวเดียว`, en: `Row ${item.row}: ${error.message}; nothing was imported` }, error.details);
    }
  }
  const documents = catalogue.snapshot().documents;
  const known = (sha256: string) => documents.find((d) => d.file?.sha256 === sha256)?.file;
  const stamp = now.toISOString();

  const changed = plan.filter((p) => p.action !== 'unchanged');
  const current = new Map(documents.map((d) => [d.id, d]));
  const next: CatalogueDocument[] = [];
  for (const item of changed) {
    const before = current.get(item.document.id);
    let file = before?.file;
    if (item.file.kind === 'bundle') file = { ...stored.get(item.file.path)!, name: item.file.name };
    if (item.file.kind === 'stored') {
      const same = known(item.file.sha256);
      const text = same ? undefined : await catalogue.files.readText(item.file.sha256);
      const bytes = same ? same.bytes : (await catalogue.files.readPdf(item.file.sha256)).byteLength;
      file = { sha256: item.file.sha256, name: item.file.name, bytes, pages: same?.pages, hasText: same ? same.hasText : (text ?? '').replace(/\s+/g, '').length >= 10 };
    }
    // Rows were checked against the stored schema when validated: no second parse of 10,000 documents.
    next.push({ ...item.document, file, createdAt: before?.createdAt ?? stamp, updatedAt: stamp });
  }

  if (changed.length > 0) await catalogue.update({ kind: 'documents', ids: changed.map((c) => c.document.id) }, (draft) => {
    // Checks first, changes after: a throw here leaves the store as it was.
    const index = new Map(draft.documents.map((d, i) => [d.id, i]));
    for (const item of changed) {
      const at = index.get(item.document.id);
      const stale = item.basedOn === undefined ? at !== undefined : at === undefined || draft.documents[at]!.updatedAt !== item.basedOn;
      if (stale) {
        throw new KioskError('conflict', {
          th: `มีผู้แก้ไขเอกสาร ${item.document.id} ระหว่างนำเข้า โปรดตรวจสอบแล้วนำเข้าใหม่`,
          en: `Document ${item.document.id} changed during the import; preview and import again`,
        });
      }
    }
    for (const doc of next) {
      const at = index.get(doc.id);
      if (at === undefined) draft.documents.push(doc); else draft.documents[at] = doc;
    }
    adoptSampleItems(draft, 'documents', next.map((doc) => doc.id));
  });

  // One summary line for the file, then what changed in each updated document. New documents are
  // listed by id only: 10,000 whole documents in one audit entry made it megabytes long.
  record({
    target: `import:${fileName}`,
    after: { rows: preview.rows, added: preview.toAdd, updated: preview.toUpdate, unchanged: preview.unchanged.length, files: stored.size },
    note: { code: 'import.applied', file: fileName },
  });
  for (const doc of next) {
    const before = current.get(doc.id);
    if (before) record(auditChange(`document:${doc.id}`, before, doc, { code: 'import.applied', file: fileName }));
  }
  return {
    rows: preview.rows,
    plan: preview.plan,
    added: preview.toAdd,
    updated: preview.toUpdate,
    unchanged: preview.unchanged,
    files: stored.size,
    warnings: preview.warnings,
  };
}
