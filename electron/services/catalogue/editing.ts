import { randomBytes } from 'node:crypto';
import type { DocumentDraft, DocumentFlag, SavedDocument, ServiceDraft, StaffDocumentCard, StaffService } from '../../contract/catalogue-staff';
import type { CategoryCode } from '../../contract/categories';
import type { AuditNote } from '../../contract/auditNote';
import type { AuditChange } from '../../contract/handler';
import { KioskError, type Unchanged } from '../../contract/result';
import { CatalogueDocument, ServiceStandard, totalMinutes, type AttachedFile } from '../../contract/schemas';
import { feeSummary } from '../../contract/serviceFees';
import type { Clock } from '../runtime';
import { auditChange, unchanged } from './auditDiff';
import { toCard, type Catalogue } from './catalogue';
import { adoptSampleItems } from './catalogueFile';
import { textMatcher } from '../search/matchesText';
import { documentFlags } from './documentFlags';
import { futurePublicationWarning } from './futurePublication';
import { storePdf } from './pdfAttachment';
import { bangkokToday } from '../../contract/thaiCalendar';

type RecordChange = (change: AuditChange) => void;

const docNotFound = (id: string) => new KioskError('not_found', { th: `ไม่พบเอกสาร ${id}`, en: `Document ${id} not found` });
const serviceNotFound = (id: string) => new KioskError('not_found', { th: `ไม่พบมาตรฐานบริการ ${id}`, en: `Service standard ${id} not found` });
const idTaken = (id: string) => new KioskError('conflict', {
  th: `รหัส ${id} มีเอกสารอื่นใช้อยู่แล้ว โปรดใช้รหัสอื่นหรือเว้นว่างไว้`,
  en: `The id ${id} belongs to another document; choose another or leave it empty`,
});
const staleEdit = () => new KioskError('conflict', {
  th: 'มีผู้อื่นแก้ไขรายการนี้หลังจากที่คุณเปิดไว้ โปรดเปิดใหม่แล้วแก้ไขอีกครั้ง',
  en: 'Someone else changed this after you opened it; reopen it and edit again',
});

/** The audit note of a document save: created or not, with a PDF or not, searchable or a scan. */
function saveNote(before: CatalogueDocument | undefined, file: AttachedFile | undefined): AuditNote | undefined {
  if (before) return file && { code: 'document.pdfAttached', scan: !file.hasText };
  return { code: 'document.created', pdf: file ? (file.hasText ? 'text' : 'scan') : 'none' };
}

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
export function documentFromDraft(draft: Omit<DocumentDraft, 'expectedUpdatedAt' | 'draftKey' | 'pdf'> & { id: string }, existing: CatalogueDocument | undefined, stamp: string): CatalogueDocument {
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
    if (before.status === status) return { ...before, unchanged: true as const }; // retired already: nothing written, nothing audited
    const after = { ...before, status, updatedAt: clock.now().toISOString() };
    await replaceDocument(after);
    record(auditChange(`document:${id}`, before, after, note ? { code: 'staff.typed', text: note } : undefined));
    return after;
  }

  async function setServiceStatus(id: string, status: ServiceStandard['status'], record: RecordChange) {
    const before = requireService(id);
    if (before.status === status) return { ...withTotals(before), unchanged: true as const };
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

  // Saves of one new document wait for each other: a double tap, or a retry sent while the first
  // try still stores its PDF, must find the document that first try creates, not make a second.
  const inFlight = new Map<string, Promise<unknown>>();
  function oneAtATime<T>(draftKey: string | undefined, run: () => Promise<T>): Promise<T> {
    if (!draftKey) return run();
    const next = (inFlight.get(draftKey) ?? Promise.resolve()).then(run);
    const settled = next.catch(() => undefined);
    inFlight.set(draftKey, settled);
    void settled.then(() => { if (inFlight.get(draftKey) === settled) inFlight.delete(draftKey); });
    return next;
  }

  async function saveDocumentNow(input: DocumentDraft, record: RecordChange): Promise<SavedDocument> {
    const { expectedUpdatedAt, draftKey, pdf, ...draft } = input;
    const now = clock.now();
    // The draft key is kept on the stored document (not in memory) so that a retry finds it even
    // after a restart between the try whose answer was lost and the next one.
    const madeByThisDraft = draftKey ? documents().find((d) => d.draftKey === draftKey) : undefined;
    const id = madeByThisDraft?.id ?? draft.id ?? newId('doc', now, (candidate) => Boolean(findDocument(candidate)));
    const existing = findDocument(id);
    if (existing && expectedUpdatedAt && existing.updatedAt !== expectedUpdatedAt) throw staleEdit();
    // A new document (the editor sends a draft key and no version) never overwrites another one.
    if (existing && !madeByThisDraft && draftKey && !expectedUpdatedAt) throw idTaken(id);
    const stamp = now.toISOString();
    const build = (current: CatalogueDocument | undefined, file: AttachedFile | undefined): CatalogueDocument => {
      const key = current?.draftKey ?? draftKey;
      return { ...documentFromDraft({ ...draft, id }, current, stamp), ...(file ? { file } : {}), ...(key ? { draftKey: key } : {}) };
    };
    build(existing, undefined); // a draft the stored schema refuses is refused before any file is written

    const file = pdf ? await storePdf(catalogue.files, Buffer.from(pdf.base64, 'base64'), pdf.name) : undefined;
    // A save that changes nothing (the form as it was opened, its PDF again) writes no catalogue
    // unit and no audit entry: the answer says so (outside tester: an entry with before {} after {}).
    // The PDF stored again is the one the document already has, so nothing is left to remove.
    const current = findDocument(id);
    if (current && (!expectedUpdatedAt || current.updatedAt === expectedUpdatedAt) && unchanged(current, build(current, file))) {
      const stillAhead = futurePublicationWarning(current.published, bangkokToday(now));
      return { ...current, unchanged: true, ...(stillAhead ? { warnings: [stillAhead] } : {}) };
    }
    let before: CatalogueDocument | undefined;
    let after: CatalogueDocument | undefined;
    try {
      await catalogue.update({ kind: 'document', id }, (store) => {
        // Checked again against what is stored now: storing the PDF took a while.
        const i = store.documents.findIndex((d) => d.id === id);
        before = i < 0 ? undefined : store.documents[i];
        if (before && expectedUpdatedAt && before.updatedAt !== expectedUpdatedAt) throw staleEdit();
        after = build(before, file);
        if (i < 0) store.documents.push(after); else store.documents[i] = after;
        adoptSampleItems(store, 'documents', [id]);
      });
    } catch (error) {
      // The PDF stored for this save is removed again unless a document already used it.
      if (file) await dropFileIfUnused(file.sha256).catch(() => undefined);
      throw error;
    }
    const saved = after!;
    record(auditChange(`document:${id}`, before, saved, saveNote(before, file)));
    if (file && before?.file && before.file.sha256 !== file.sha256) await dropFileIfUnused(before.file.sha256);
    // Saved all the same, as the import does, but the editor is told (outside tester: 15 ธ.ค. 2570 saved silently).
    const notYet = futurePublicationWarning(saved.published, bangkokToday(now));
    return notYet ? { ...saved, warnings: [notYet] } : saved;
  }

  return {
    /** Staff's list: every filter, flags included, applies to the whole catalogue before paging. */
    listDocuments(filter: { category?: CategoryCode; status: 'active' | 'retired' | 'all'; text?: string; flags?: DocumentFlag[]; offset: number; limit: number }) {
      const matches = filter.text ? textMatcher(filter.text) : undefined;
      const today = bangkokToday(clock.now());
      const wanted = filter.flags ?? [];
      const matching = documents()
        .filter((d) => filter.status === 'all' || d.status === filter.status)
        .filter((d) => !filter.category || d.category === filter.category)
        .filter((d) => !matches || matches(d.id) || matches(d.title.th) || matches(d.title.en ?? ''))
        .filter((d) => wanted.length === 0 || wanted.every((f) => documentFlags(d, today).includes(f)))
        .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
      const items: StaffDocumentCard[] = matching.slice(filter.offset, filter.offset + filter.limit).map((d) => ({
        ...toCard(d), status: d.status, updatedAt: d.updatedAt, reviewBy: d.reviewBy, fileHasText: d.file?.hasText, flags: documentFlags(d, today),
      }));
      return { total: matching.length, items };
    },

    getDocument: (id: string): CatalogueDocument => requireDocument(id),

    /**
     * Saves a document and, when one is sent, its PDF: everything or nothing. The draft and the PDF
     * are checked before anything is written; the PDF is stored (under its hash) before the one
     * catalogue update, and removed again if that update fails. One audited change.
     */
    saveDocument: (input: DocumentDraft, record: RecordChange): Promise<SavedDocument> =>
      oneAtATime(input.draftKey, () => saveDocumentNow(input, record)),

    retireDocument: (id: string, record: RecordChange, note?: string) => setDocumentStatus(id, 'retired', record, note),
    restoreDocument: (id: string, record: RecordChange) => setDocumentStatus(id, 'active', record),

    async deleteDocument(id: string, reason: string, record: RecordChange): Promise<{ id: string }> {
      const before = requireDocument(id);
      await catalogue.update({ kind: 'document', id }, (draft) => {
        draft.documents = draft.documents.filter((d) => d.id !== id);
      });
      record({ target: `document:${id}`, before, after: undefined, note: { code: 'document.deleted', reason } });
      await dropFileIfUnused(before.file?.sha256);
      return { id };
    },

    allServices: (): StaffService[] => services().map(withTotals).sort((a, b) => a.title.th.localeCompare(b.title.th, 'th')),

    async saveService(input: ServiceDraft, record: RecordChange): Promise<StaffService & Unchanged> {
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
      // Nothing changed: nothing written, nothing audited, and the answer says so.
      if (existing && unchanged(existing, after)) return { ...withTotals(existing), unchanged: true };
      await catalogue.update({ kind: 'service', id }, (store) => {
        const i = store.services.findIndex((s) => s.id === id);
        if (i < 0) store.services.push(after); else store.services[i] = after;
        adoptSampleItems(store, 'services', [id]);
      });
      record(auditChange(`service:${id}`, existing, after, existing ? undefined : { code: 'service.created' }));
      return withTotals(after);
    },

    retireService: (id: string, record: RecordChange) => setServiceStatus(id, 'retired', record),
    restoreService: (id: string, record: RecordChange) => setServiceStatus(id, 'active', record),

    /**
     * Removes the shipped sample: the items listed as sample when it was seeded (less those staff
     * changed since: adoptSampleItems), or, for a store seeded before that list existed, the items
     * created at the seeding time (the earliest stamp) and never changed since.
     */
    async clearSample(record: RecordChange): Promise<{ removedDocuments: number; removedServices: number }> {
      const state = catalogue.snapshot();
      if (!state.sample) return { removedDocuments: 0, removedServices: 0 };
      const seededAt = [...state.documents, ...state.services].map((x) => x.createdAt).sort()[0];
      const isSample = (kind: 'documents' | 'services', item: { id: string; createdAt: string; updatedAt: string }) =>
        state.sampleIds ? state.sampleIds[kind].includes(item.id) : item.createdAt === seededAt && item.updatedAt === seededAt;
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
        note: { code: 'catalogue.sampleCleared' },
      });
      for (const sha256 of new Set(removedDocs.map((d) => d.file?.sha256))) await dropFileIfUnused(sha256);
      return { removedDocuments: removedDocs.length, removedServices: removedServices.length };
    },
  };
}
export type Editing = ReturnType<typeof createEditing>;
