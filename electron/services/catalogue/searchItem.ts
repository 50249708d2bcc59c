/** What the search index takes of a stored document or service standard (a SearchableItem). */
import { createHash } from 'node:crypto';
import { categories, categoryByCode, categoryGroups, type CategoryCode } from '../../contract/categories';
import type { CatalogueDocument, ServiceStandard } from '../../contract/schemas';
import type { SearchableItem } from '../search/engine';
import type { FileStore } from './fileStore';
import { storedBodyDigest } from './store/blobFile';
import { sharedLazyProperty } from './sharedLazyProperty';
import { PDF_TEXT_VERSION } from './pdfText';

/** Raise when documentForSearchWith or serviceForSearch change what they make of a document or a service standard. */
const SEARCH_ITEM_VERSION = 1;

/** How items are made: the version above and the category and group tables they take names and groups from (a few µs). */
const itemsMadeAs = (): string => createHash('sha256').update(JSON.stringify([SEARCH_ITEM_VERSION, categories, categoryGroups])).digest('hex').slice(0, 12);

/**
 * The catalogue's state as the search index reads it, which the search cache is stamped with: the
 * store's state label (store/stateLabel.ts), the PDF text extractor's version (a new extractor
 * gives documents with PDFs other text, the catalogue unchanged), how search items are made of
 * documents (an update that renames a category or moves it to another group changes every item of
 * it) and which PDF texts are stored (fileStore's pdfTextsListing).
 */
export const searchStamp = (storeLabel: string, textsListing: string): string =>
  `${storeLabel}+pdf-text-${PDF_TEXT_VERSION}+items-${itemsMadeAs()}+texts-${textsListing}`;

/**
 * A document as the search index takes it. A stored body with a digest (store/blobFile) is not
 * read here: the item reads it when the index analyses it or shows a snippet, and the index cache
 * tells an unchanged item by the digest, so a start from the cache reads no body at all (at
 * 100,000 documents reading and hashing them took ~2.5 s). A document with a PDF carries its text.
 */
export async function documentForSearch(d: CatalogueDocument, files: FileStore, currentBody: (id: string) => string): Promise<SearchableItem> {
  return documentForSearchWith(d, d.file ? await files.readText(d.file.sha256) : '', currentBody);
}

/** The same, with the text of the document's PDF already read ('' when it has none). */
export function documentForSearchWith(d: CatalogueDocument, pdfText: string, currentBody: (id: string) => string): SearchableItem {
  const category = categoryByCode[d.category];
  const summary = [d.summary.th, d.summary.en].filter(Boolean).join('\n');
  const digest = d.file ? undefined : storedBodyDigest(d);
  if (digest !== undefined) {
    const id = d.id;
    const item = {
      kind: 'document', id, title: d.title, keywords: d.keywords, categoryNames: categoryNamesOf(d.category), category: d.category, group: category.group,
      summary, unit: d.unit,
    } as SearchableItem;
    // An own, enumerable getter: the copy a worker thread receives carries the body itself.
    bodyReaders.set(item, () => currentBody(id));
    Object.defineProperty(item, 'body', itemBody);
    item.bodyHash = digest;
    item.published = d.published;
    return item;
  }
  return {
    kind: 'document', id: d.id, title: d.title, keywords: d.keywords, categoryNames: categoryNamesOf(d.category), category: d.category, group: category.group,
    summary, unit: d.unit, body: [d.body, pdfText].filter(Boolean).join('\n'), published: d.published,
  };
}

/**
 * How a search item of a stored document reads its body, through one getter shared by all such
 * items. A getter written in each item's literal gave each item its own hidden class, so V8 kept
 * all 20,000 in dictionary mode (%HasFastProperties: 66 of 20,066), and every read of an item's
 * fields (the cache's content digest, slot facts, ranking) was a hash lookup: loading the search
 * cache took ~15-40 ms longer (min of 9 in one process, two rounds, this machine).
 */
const bodyReaders = new WeakMap<object, () => string>();
const itemBody = sharedLazyProperty(bodyReaders, (read) => read(), 'a search item\'s body');

/** A category's and its group's names in both languages: one shared list per category (read only). */
const namesByCategory = new Map<CategoryCode, readonly string[]>();
function categoryNamesOf(code: CategoryCode): string[] {
  let names = namesByCategory.get(code);
  if (!names) {
    const category = categoryByCode[code];
    const group = categoryGroups.find((g) => g.code === category.group);
    names = Object.freeze([category.name.th, category.name.en, group?.name.th ?? '', group?.name.en ?? ''].filter(Boolean));
    namesByCategory.set(code, names);
  }
  return names as string[];
}

export function serviceForSearch(s: ServiceStandard): SearchableItem {
  const steps = s.steps.map((step) => [step.text.th, step.text.en, step.unit].filter(Boolean).join(' ')).join('\n');
  const documents = s.documents.map((d) => [d.th, d.en].filter(Boolean).join(' ')).join('\n');
  return {
    kind: 'service', id: s.id, title: s.title, keywords: s.keywords,
    categoryNames: ['คู่มือบริการประชาชน', 'Public service manuals'],
    group: 'service-manuals',
    summary: [s.description.th, s.description.en].filter(Boolean).join('\n'),
    unit: s.unit, body: `${steps}\n${documents}`,
  };
}
