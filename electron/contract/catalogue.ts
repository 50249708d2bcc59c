import { z } from 'zod';
import { method } from './method';
import { CategoryCode, GroupCode, type Bilingual } from './categories';
import type { FeeText } from './serviceFees';
import { DocumentId, type CatalogueDocument, type ServiceStandard } from './schemas';

/** A document as a citizen may see it (no staff-only fields). */
export type PublicDocument = Omit<CatalogueDocument, 'status' | 'createdAt' | 'reviewBy' | 'draftKey'>;

export interface DocumentCard {
  id: string;
  title: { th: string; en?: string };
  category: CategoryCode;
  published: string;
  unit?: string;
  hasFile: boolean;
}

/** `count` is what a tap on the group lists: its documents, and for service-manuals also the service standards. */
export interface GroupCount { group: GroupCode; count: number; categories: { code: CategoryCode; count: number }[] }

export interface CatalogueOverview {
  groups: GroupCount[];
  documentCount: number;
  serviceCount: number;
  /** True while the catalogue is still the shipped sample. */
  isSample: boolean;
}

export interface DocumentPage {
  document: PublicDocument;
  /** Public URL for the QR code, when the settings hold a base URL or the document has its own. */
  publicUrl?: string;
  /** The document has a PDF, but its file is not in this kiosk's file store: nothing to show or take away. */
  fileMissing?: true;
  related: DocumentCard[];
}

/** A service in the list: its fees in one line with their units (`feeSummary` in serviceFees.ts), never a sum. */
export type ServiceCard = Pick<ServiceStandard, 'id' | 'title' | 'unit' | 'unitEn'> & { totalMinutes: number; feeSummary: FeeText };

/** The most `catalogue.list` gives at once, and the furthest it starts (the browse screen pages by these). */
export const LIST_LIMIT_MAX = 200;
export const LIST_OFFSET_MAX = 1_000_000;

const ListInput = z.strictObject({
  group: GroupCode.optional(),
  category: CategoryCode.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  offset: z.number().int().min(0).max(LIST_OFFSET_MAX).default(0),
  limit: z.number().int().min(1).max(LIST_LIMIT_MAX).default(50),
});

export const catalogueMethods = {
  'catalogue.overview': method<CatalogueOverview>()({
    input: z.strictObject({}), role: 'public', changes: false,
    summary: 'Counts per group and category for the home screen',
  }),
  'catalogue.list': method<{ total: number; items: DocumentCard[] }>()({
    input: ListInput, role: 'public', changes: false,
    summary: 'Active documents of a group or category, newest first',
  }),
  'catalogue.get': method<DocumentPage>()({
    input: z.strictObject({ id: DocumentId }), role: 'public', changes: false,
    summary: 'One active document with related documents',
  }),
  'standards.list': method<ServiceCard[]>()({
    input: z.strictObject({}), role: 'public', changes: false,
    summary: 'Active service standards',
  }),
  'standards.get': method<ServiceStandard>()({
    input: z.strictObject({ id: DocumentId }), role: 'public', changes: false,
    summary: 'One active service standard',
  }),
} as const;

export type { Bilingual };
