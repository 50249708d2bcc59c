import { categories, categoryByCode, categoryGroups, type CategoryCode } from '../../contract/categories';
import type { CatalogueOverview, DocumentCard, DocumentPage, PublicDocument, ServiceCard } from '../../contract/catalogue';
import { KioskError } from '../../contract/result';
import { feeSummary } from '../../contract/serviceFees';
import { totalMinutes, type CatalogueDocument, type ServiceStandard } from '../../contract/schemas';
import type { SearchableItem } from '../search/engine';
import { silentLog, type Clock, type Log } from '../runtime';
import type { StoreContext } from '../store/jsonStore';
import { saveError } from '../store/saveError';
import type { CatalogueFile } from './catalogueFile';
import { createFileStore, pdfTextsListing, storedPdfTextSync, type FileStore } from './fileStore';
import { seedSample } from './seedSample';
import { openCatalogueStore, type CatalogueStore } from './store/catalogueStore';
import { documentForSearch, documentForSearchWith, searchStamp, serviceForSearch } from './searchItem';

export type CatalogueChange =
  | { kind: 'document' | 'service'; id: string }
  | { kind: 'documents'; ids: string[] }
  | { kind: 'all' };

const notFound = () => new KioskError('not_found', { th: 'ไม่พบเอกสารนี้', en: 'Document not found' });

export const toCard = (d: CatalogueDocument): DocumentCard => ({
  id: d.id, title: d.title, category: d.category, published: d.published, unit: d.unit, hasFile: Boolean(d.file),
});

const toPublic = ({ status: _s, createdAt: _c, reviewBy: _r, draftKey: _k, ...rest }: CatalogueDocument): PublicDocument => rest;

const newestFirst = (a: { published: string; id: string }, b: { published: string; id: string }) =>
  b.published.localeCompare(a.published) || a.id.localeCompare(b.id);

/**
 * The catalogue: documents and service standards in the catalogue store, PDFs in the file store.
 * Reads here serve citizens (active items only); the staff capability writes through `save`.
 */
export async function openCatalogue(options: { dataDir: string; sampleDir?: string; clock: Clock; stores: StoreContext; log?: Log }) {
  const files = createFileStore(options.dataDir);
  // Not lowdb (kept for the small whole-file stores): see store/catalogueStore.ts for why and what instead.
  const store: CatalogueStore = await openCatalogueStore({ dataDir: options.dataDir, now: options.clock.now, ...options.stores });
  if (store.created && options.sampleDir) {
    await store.seed(await seedSample(options.sampleDir, files, options.clock.now()));
  }
  const { writer } = options.stores;
  const listeners: ((change: CatalogueChange) => void)[] = [];
  const data = () => store.data();
  const activeDocuments = () => data().documents.filter((d) => d.status === 'active');
  const activeServices = () => data().services.filter((s) => s.status === 'active');
  let indexedDocuments: readonly CatalogueDocument[] | undefined;
  let documentById = new Map<string, CatalogueDocument>();
  /** Every stored document (retired ones too) by id, remade when the stored list changes. */
  const storedDocument = (id: string): CatalogueDocument | undefined => {
    const documents = data().documents;
    if (documents !== indexedDocuments) { documentById = new Map(documents.map((d) => [d.id, d])); indexedDocuments = documents; }
    return documentById.get(id);
  };
  /**
   * A document's body as stored now, read from its body file ('' when the document is gone): the
   * search index holds items that read their body when it analyses them or shows a snippet, and
   * must not read it through an older object whose body file a compaction has since removed. A
   * damaged body throws (BodyDamage), as reading it always did: never analysed as empty text.
   */
  const currentBody = (id: string): string => storedDocument(id)?.body ?? '';

  /** Files already reported missing: a document opened all day is one warning in the log, not hundreds. */
  const reportedMissing = new Set<string>();
  const fileIsMissing = async (d: CatalogueDocument): Promise<boolean> => {
    if (!d.file || (await files.hasPdf(d.file.sha256))) return false;
    const key = `${d.id}:${d.file.sha256}`;
    if (!reportedMissing.has(key)) {
      reportedMissing.add(key);
      (options.log ?? silentLog).warn('a document\'s PDF is missing from the file store', { documentId: d.id, file: `files/${d.file.sha256}.pdf`, name: d.file.name });
    }
    return true;
  };

  const catalogue = {
    /** PDFs by hash. A removal waits until the change that made the file unused is on disk. */
    files: { ...files, removePdf: (sha256: string) => { writer.afterCommit(() => files.removePdf(sha256)); return Promise.resolve(); } } satisfies FileStore,
    recovery: store.recovery,
    /** True when this start converted a lowdb `catalogue.json` (kept as `catalogue.json.migrated`). */
    migrated: store.migrated,
    /** Lets a compaction under way finish, then lets go of the body files (a CLI command before it exits). */
    async close() { await store.settled(); store.close(); },
    /** Folds the unit log into a new generation now (support, tests); the store also does it by itself. */
    compact: () => store.compact(),
    /** Runs `job` while the catalogue's files stay as they are (no write or compaction starts): a backup's copy. */
    still: <T>(job: () => Promise<T>) => store.still(job),
    head: () => ({ store: store.name, auditSeq: store.auditSeq() }),
    /** The stored state's label (store/stateLabel.ts); undefined while a change is being written or the state is not known. */
    stateLabel: (): string | undefined => store.stateLabel(),
    /** What the search cache is stamped with for the stored state `label` (searchItem's searchStamp): reads the listing of the PDF texts. */
    searchStamp: async (label: string): Promise<string> => searchStamp(label, await pdfTextsListing(options.dataDir)),

    /**
     * The stored state now (its label, as stateLabel) and a maker of its search items one at a
     * time: the search index, loading a cache stamped with this state, makes only the items it
     * shows (search/itemOnDemand.ts). An item is made from the state as it was here (what the
     * index was analysed from), its body read from the current files; undefined for none such.
     */
    searchItemsNow(): { label: string | undefined; itemOf(kind: SearchableItem['kind'], id: string): SearchableItem | undefined } {
      const state = data();
      const label = catalogue.stateLabel();
      let byId: Map<string, CatalogueDocument> | undefined;
      return {
        label,
        itemOf(kind, id) {
          if (kind === 'service') {
            const service = state.services.find((s) => s.id === id && s.status === 'active');
            return service ? serviceForSearch(service) : undefined;
          }
          byId ??= new Map(state.documents.map((d) => [d.id, d]));
          const d = byId.get(id);
          if (d?.status !== 'active') return undefined;
          return documentForSearchWith(d, d.file ? storedPdfTextSync(options.dataDir, d.file.sha256) : '', currentBody);
        },
      };
    },
    get isSample() { return data().sample; },

    /** Whether the catalogue holds (or held, now retired) this document or service: a usage record naming anything else is made up. */
    has: (kind: 'document' | 'service', id: string): boolean =>
      kind === 'document' ? storedDocument(id) !== undefined : data().services.some((s) => s.id === id),

    overview(): CatalogueOverview {
      const perCategory = new Map<CategoryCode, number>();
      for (const d of activeDocuments()) perCategory.set(d.category, (perCategory.get(d.category) ?? 0) + 1);
      // A tile's count is what a tap on it lists: the service-manuals page lists the service
      // standards above its documents, so they count too.
      const services = activeServices().length;
      const groups = categoryGroups.map((g) => {
        const cats = categories.filter((c) => c.group === g.code).map((c) => ({ code: c.code, count: perCategory.get(c.code) ?? 0 }));
        const documents = cats.reduce((s, c) => s + c.count, 0);
        return { group: g.code, count: documents + (g.code === 'service-manuals' ? services : 0), categories: cats };
      });
      return { groups, documentCount: activeDocuments().length, serviceCount: services, isSample: data().sample };
    },

    list(filter: { group?: string; category?: CategoryCode; year?: number; offset: number; limit: number }) {
      const matching = activeDocuments()
        .filter((d) => !filter.category || d.category === filter.category)
        .filter((d) => !filter.group || categoryByCode[d.category].group === filter.group)
        .filter((d) => !filter.year || d.published.startsWith(String(filter.year)))
        .sort(newestFirst);
      return { total: matching.length, items: matching.slice(filter.offset, filter.offset + filter.limit).map(toCard) };
    },

    async get(id: string, publicUrlBase?: string): Promise<DocumentPage> {
      const document = activeDocuments().find((d) => d.id === id);
      if (!document) throw notFound();
      const related = activeDocuments()
        .filter((d) => d.id !== id)
        .map((d) => ({ d, score: relatedness(document, d) }))
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score || newestFirst(a.d, b.d))
        .slice(0, 6)
        .map((r) => toCard(r.d));
      // A missing file keeps the page (its facts, where the paper is) but loses the QR to this
      // catalogue's copy, which cannot be served; an address of the document's own is elsewhere.
      const missing = await fileIsMissing(document);
      const ownCopy = publicUrlBase && !missing ? new URL(encodeURIComponent(document.id), publicUrlBase).href : undefined;
      return { document: toPublic(document), publicUrl: document.url ?? ownCopy, ...(missing ? { fileMissing: true as const } : {}), related };
    },

    /** The PDF of an active document, for the viewer; retired documents' files are not served. */
    async publicPdf(sha256: string): Promise<Buffer> {
      const owner = activeDocuments().find((d) => d.file?.sha256 === sha256);
      if (!owner || !(await files.hasPdf(sha256))) {
        throw new KioskError('not_found', { th: 'ไม่พบไฟล์เอกสาร', en: 'The document file is missing' });
      }
      return files.readPdf(sha256);
    },

    /** Active documents whose PDF is not in the file store (one listing of `files/`, not a stat each). */
    async missingFiles(): Promise<{ id: string; title: string; fileName: string }[]> {
      const present = await files.presentPdfs();
      return activeDocuments()
        .filter((d) => d.file && !present.has(d.file.sha256))
        .map((d) => ({ id: d.id, title: d.title.th, fileName: d.file!.name }));
    },

    listServices(): ServiceCard[] {
      return activeServices()
        .map((s) => ({ id: s.id, title: s.title, unit: s.unit, unitEn: s.unitEn, totalMinutes: totalMinutes(s), feeSummary: feeSummary(s.fees) }))
        .sort((a, b) => a.title.th.localeCompare(b.title.th, 'th'));
    },

    getService(id: string): ServiceStandard {
      const service = activeServices().find((s) => s.id === id);
      if (!service) throw new KioskError('not_found', { th: 'ไม่พบบริการนี้', en: 'Service not found' });
      return service;
    },

    /** Everything the search engine indexes, active items only. */
    async searchableItems(): Promise<SearchableItem[]> {
      const items: SearchableItem[] = [];
      for (const d of activeDocuments()) items.push(await documentForSearch(d, files, currentBody));
      for (const s of activeServices()) items.push(serviceForSearch(s));
      return items;
    },

    /** By id through the stored index: the search index asks this for each of an import's 5,000 documents (a scan of all each time: 18 s of a 20,000 catalogue's kiosk). */
    async searchableDocument(id: string): Promise<SearchableItem | undefined> {
      const d = storedDocument(id);
      return d?.status === 'active' ? documentForSearch(d, files, currentBody) : undefined;
    },

    searchableService(id: string): SearchableItem | undefined {
      const s = activeServices().find((service) => service.id === id);
      return s ? serviceForSearch(s) : undefined;
    },

    onChange(listener: (change: CatalogueChange) => void) { listeners.push(listener); },

    /** The whole stored state, for staff and export (includes retired items). */
    snapshot: (): Readonly<CatalogueFile> => data(),

    /**
     * Applies a change through the folder's one commit path: `mutate` gets a draft whose lists are
     * copies (push, assign, filter freely; never edit a stored document in place, replace it), and
     * the draft becomes current only once it is on disk. Listeners (the search index) hear of it then.
     */
    async update(change: CatalogueChange, mutate: (draft: CatalogueFile) => void): Promise<void> {
      try {
        await store.commit((current) => {
          const draft: CatalogueFile = { ...current, documents: [...current.documents], services: [...current.services] };
          mutate(draft);
          return draft;
        });
      } catch (error) {
        throw saveError(error, { th: 'บันทึกข้อมูลไม่สำเร็จ (พื้นที่ดิสก์อาจเต็ม) ข้อมูลเดิมยังอยู่ครบ', en: 'Could not save (the disk may be full); nothing was changed' });
      }
      writer.afterCommit(() => { for (const listener of listeners) listener(change); });
    },
  };
  return catalogue;
}
export type Catalogue = Awaited<ReturnType<typeof openCatalogue>>;

function relatedness(a: CatalogueDocument, b: CatalogueDocument): number {
  const shared = b.keywords.filter((k) => a.keywords.includes(k)).length;
  return shared * 2 + (a.category === b.category ? 1 : 0);
}


