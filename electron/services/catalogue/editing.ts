import { randomBytes } from 'node:crypto';
import type { DocumentDraft, ServiceDraft, StaffDocumentCard, StaffService } from '../../contract/catalogue-staff';
import type { CategoryCode } from '../../contract/categories';
import type { AuditChange } from '../../contract/handler';
import { KioskError } from '../../contract/result';
import { CatalogueDocument, ServiceStandard, totalMinutes } from '../../contract/schemas';
import { feeSummary } from '../../contract/serviceFees';
import type { Clock } from '../runtime';
import { auditChange } from './auditDiff';
import { toCard, type Catalogue } from './catalogue';
import { storePdf } from './pdfAttachment';

type RecordChange = (change: AuditChange) => void;

const docNotFound = (id: string) => new KioskError('not_found', { th: `ไม่พบเอกสาร ${id}`, en: `Document ${id} not found` });
const serviceNotFound = (id: string) => new KioskError('not_found', { th: `ไม่พบมาตรฐานบริการ ${id}`, en: `Service standard ${id} not found` });
const staleEdit = () => new KioskError('conflict', {
  th: 'มีผู้อื่นแก้ไขรายการนี้หลังจากที่คุณเปิดไว้ โปรดเปิดใหม่แล้วแก้ไขอีกครั้ง',
  en: 'Someone else changed this after you opened it; reopen it and edit again',
});

/** `doc-20261121-3fa9`: the date a staff member made it, plus four random hex digits. */
export function newId(prefix: 'doc' | 'svc', now: Date, taken: (id: string) => boolean): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  for (let digits = 4; ; digits++) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const id = `${prefix}-${day}-${randomBytes(4).toString('hex').slice(0, digits)}`;
      if (!taken(id)) return id;
    }
  }
}

/** Empty text is "not given": stored documents carry no empty optional fields. */
const given = (s: string | undefined) => (s === undefined || s === '' ? undefined : s);
/** Line breaks stored as \n only: spreadsheets turn \r\n into \n, and round trips must stay exact. */
export const oneLineEnding = (s: string | undefined) => s?.replace(/\r\n?/g, '\n');
const dedupe = (words: string[]) => [...new Set(words.map((w) => w.trim()).filter(Boolean))];

/** Builds the stored document from an editor draft, keeping what the editor does not touch. */
export function documentFromDraft(draft: Omit<DocumentDraft, 'expectedUpdatedAt'> & { id: string }, existing: CatalogueDocument | undefined, stamp: string): CatalogueDocument {
  return CatalogueDocument.parse({
    id: draft.id,
    title: { th: draft.title.th, en: given(draft.title.en) },
    category: draft.category,
    published: draft.published,
    unit: given(draft.unit),
    unitEn: given(draft.unitEn),
    keywords: dedupe(draft.keywords),
    summary: { th: oneLineEnding(given(draft.summary.th)), en: oneLineEnding(given(draft.summary.en)) },
    body: oneLineEnding(given(draft.body)),
    url: given(draft.url),
    reviewBy: given(draft.reviewBy),
    paperLocation: given(draft.paperLocation),
    paperLocationEn: given(draft.paperLocationEn),
    file: existing?.file,
    status: existing?.status ?? 'active',
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
  });
}

const withTotals = (s: ServiceStandard): StaffService => ({ ...s, totalMinutes: totalMinutes(s), feeSummary: feeSummary(s.fees) });

/** Staff editing of documents and service standards. Every change is described to `record` for the audit trail. */
export function createEditing(catalogue: Catalogue, clock: Clock) {
  const documents = () => catalogue.snapshot().documents;
  const services = () => catalogue.snapshot().services;
  const findDocument = (id: string) => documents().find((d) => d.id === id);
  const requireDocument = (id: string) => findDocument(id) ?? (() => { throw docNotFound(id); })();
  const requireService = (id: string) => services().find((s) => s.id === id) ?? (() => { throw serviceNotFound(id); })();

  /** Replaces one stored document; the check that it exists runs inside the atomic update. */
  async function replaceDocument(next: CatalogueDocument): Promise<void> {
    await catalogue.update({ kind: 'document', id: next.id }, (draft) => {
      const i = draft.documents.findIndex((d) => d.id === next.id);
      if (i < 0) draft.documents.push(next); else draft.documents[i] = next;
    });
  }

  async function setDocumentStatus(id: string, status: CatalogueDocument['status'], record: RecordChange, note?: string) {
    const before = requireDocument(id);
    if (before.status === status) return before;
    const after = { ...before, status, updatedAt: clock.now().toISOString() };
    await replaceDocument(after);
    record(auditChange(`document:${id}`, before, after, note));
    return after;
  }

  async function setServiceStatus(id: string, status: ServiceStandard['status'], record: RecordChange) {
    const before = requireService(id);
    if (before.status === status) return withTotals(before);
    const after = { ...before, status, updatedAt: clock.now().toISOString() };
    await catalogue.update({ kind: 'service', id }, (draft) => {
      draft.services = draft.services.map((s) => (s.id === id ? after : s));
    });
    record(auditChange(`service:${id}`, before, after));
    return withTotals(after);
  }

  /** Removes the file of `sha256` when no document refers to it any more. */
  async function dropFileIfUnused(sha256: string | undefined) {
    if (sha256 && !documents().some((d) => d.file?.sha256 === sha256)) await catalogue.files.removePdf(sha256);
  }

  return {
    listDocuments(filter: { category?: CategoryCode; status: 'active' | 'retired' | 'all'; text?: string; offset: number; limit: number }) {
      const needle = filter.text?.toLocaleLowerCase('th');
      const matching = documents()
        .filter((d) => filter.status === 'all' || d.status === filter.status)
        .filter((d) => !filter.category || d.category === filter.category)
        .filter((d) => !needle || [d.id, d.title.th, d.title.en ?? ''].some((t) => t.toLocaleLowerCase('th').includes(needle)))
        .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
      const items: StaffDocumentCard[] = matching.slice(filter.offset, filter.offset + filter.limit).map((d) => ({
        ...toCard(d), status: d.status, updatedAt: d.updatedAt, reviewBy: d.reviewBy, fileHasText: d.file?.hasText,
      }));
      return { total: matching.length, items };
    },

    getDocument: (id: string): CatalogueDocument => requireDocument(id),

    async saveDocument(input: DocumentDraft, record: RecordChange): Promise<CatalogueDocument> {
      const { expectedUpdatedAt, ...draft } = input;
      const now = clock.now();
      const id = draft.id ?? newId('doc', now, (candidate) => Boolean(findDocument(candidate)));
      const existing = findDocument(id);
      if (existing && expectedUpdatedAt && existing.updatedAt !== expectedUpdatedAt) throw staleEdit();
      const after = documentFromDraft({ ...draft, id }, existing, now.toISOString());
      await replaceDocument(after);
      record(auditChange(`document:${id}`, existing, after, existing ? undefined : 'created'));
      return after;
    },

    async attachPdf(input: { id: string; name: string; base64: string }, record: RecordChange): Promise<CatalogueDocument> {
      const before = requireDocument(input.id);
      const file = await storePdf(catalogue.files, Buffer.from(input.base64, 'base64'), input.name);
      const current = requireDocument(input.id); // the PDF took a while: edit what is stored now
      const after = { ...current, file, updatedAt: clock.now().toISOString() };
      await replaceDocument(after);
      record(auditChange(`document:${input.id}`, before, after, file.hasText ? 'PDF attached' : 'PDF attached: no searchable text (scan)'));
      await dropFileIfUnused(before.file?.sha256 === file.sha256 ? undefined : before.file?.sha256);
      return after;
    },

    retireDocument: (id: string, record: RecordChange, note?: string) => setDocumentStatus(id, 'retired', record, note),
    restoreDocument: (id: string, record: RecordChange) => setDocumentStatus(id, 'active', record),

    async deleteDocument(id: string, reason: string, record: RecordChange): Promise<{ id: string }> {
      const before = requireDocument(id);
      await catalogue.update({ kind: 'document', id }, (draft) => {
        draft.documents = draft.documents.filter((d) => d.id !== id);
      });
      record({ target: `document:${id}`, before, after: undefined, note: `deleted: ${reason}` });
      await dropFileIfUnused(before.file?.sha256);
      return { id };
    },

    allServices: (): StaffService[] => services().map(withTotals).sort((a, b) => a.title.th.localeCompare(b.title.th, 'th')),

    async saveService(input: ServiceDraft, record: RecordChange): Promise<StaffService> {
      const { expectedUpdatedAt, ...draft } = input;
      const now = clock.now();
      const id = draft.id ?? newId('svc', now, (candidate) => services().some((s) => s.id === candidate));
      const existing = services().find((s) => s.id === id);
      if (existing && expectedUpdatedAt && existing.updatedAt !== expectedUpdatedAt) throw staleEdit();
      const bilingual = (b: { th: string; en?: string }) => ({ th: b.th, en: given(b.en) });
      const after = ServiceStandard.parse({
        id,
        title: bilingual(draft.title),
        description: { th: given(draft.description.th), en: given(draft.description.en) },
        steps: draft.steps.map((s) => ({ text: bilingual(s.text), minutes: s.minutes, unit: given(s.unit), unitEn: given(s.unitEn), ...(s.recurring ? { recurring: true } : {}) })),
        fees: draft.fees.map((f) => ({ label: bilingual(f.label), baht: f.baht, ...(f.per ? { per: bilingual(f.per) } : {}) })),
        documents: draft.documents.map(bilingual),
        channels: draft.channels.map(bilingual),
        unit: given(draft.unit),
        unitEn: given(draft.unitEn),
        keywords: dedupe(draft.keywords),
        status: existing?.status ?? 'active',
        createdAt: existing?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      });
      await catalogue.update({ kind: 'service', id }, (store) => {
        const i = store.services.findIndex((s) => s.id === id);
        if (i < 0) store.services.push(after); else store.services[i] = after;
      });
      record(auditChange(`service:${id}`, existing, after, existing ? undefined : 'created'));
      return withTotals(after);
    },

    retireService: (id: string, record: RecordChange) => setServiceStatus(id, 'retired', record),
    restoreService: (id: string, record: RecordChange) => setServiceStatus(id, 'active', record),

    /**
     * Removes the shipped sample: the items listed as sample when it was seeded, or, for a store
     * seeded before that list existed, the items created at the seeding time (the earliest stamp).
     */
    async clearSample(record: RecordChange): Promise<{ removedDocuments: number; removedServices: number }> {
      const state = catalogue.snapshot();
      if (!state.sample) return { removedDocuments: 0, removedServices: 0 };
      const seededAt = [...state.documents, ...state.services].map((x) => x.createdAt).sort()[0];
      const isSample = (kind: 'documents' | 'services', item: { id: string; createdAt: string }) =>
        state.sampleIds ? state.sampleIds[kind].includes(item.id) : item.createdAt === seededAt;
      const removedDocs = state.documents.filter((d) => isSample('documents', d));
      const removedServices = state.services.filter((s) => isSample('services', s));
      await catalogue.update({ kind: 'all' }, (draft) => {
        draft.documents = draft.documents.filter((d) => !isSample('documents', d));
        draft.services = draft.services.filter((s) => !isSample('services', s));
        draft.sample = false;
        delete draft.sampleIds;
      });
      record({
        target: 'catalogue:sample',
        before: { documents: removedDocs.map((d) => d.id), services: removedServices.map((s) => s.id) },
        after: { sample: false },
        note: 'sample catalogue cleared',
      });
      for (const sha256 of new Set(removedDocs.map((d) => d.file?.sha256))) await dropFileIfUnused(sha256);
      return { removedDocuments: removedDocs.length, removedServices: removedServices.length };
    },
  };
}
export type Editing = ReturnType<typeof createEditing>;
