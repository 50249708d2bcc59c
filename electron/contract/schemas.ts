import { z } from 'zod';
import { CategoryCode } from './categories';
import { fieldLimits } from './fieldLimits';

/** Shared value schemas. Stored dates are ISO (Common Era); screens show them in Buddhist Era. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be yyyy-mm-dd')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real date');

/** Ids are short, safe for URLs and file names: never a path. */
export const DocumentId = z
  .string()
  .min(1)
  .max(fieldLimits.id)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'id may hold letters, digits, dot, dash and underscore');

/** A public link: http or https only (never file:, javascript: …). */
export const HttpUrl = z.url({ protocol: /^https?$/ }).max(fieldLimits.url);

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits');

const text = (max: number) => z.string().trim().max(max);

export const Bilingual = z.object({ th: text(fieldLimits.title).min(1), en: text(fieldLimits.title).optional() });
export const OptionalBilingual = z.object({ th: text(fieldLimits.summary).optional(), en: text(fieldLimits.summary).optional() });

export const AttachedFile = z.object({
  sha256: Sha256,
  name: text(fieldLimits.fileName).min(1),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().optional(),
  /** False when the PDF has no text layer (a scan): staff should add a summary or body by hand. */
  hasText: z.boolean(),
});
export type AttachedFile = z.infer<typeof AttachedFile>;

export const DocumentStatus = z.enum(['active', 'retired']);

export const CatalogueDocument = z.object({
  id: DocumentId,
  title: Bilingual,
  category: CategoryCode,
  published: IsoDate,
  unit: text(fieldLimits.unit).optional(),
  unitEn: text(fieldLimits.unit).optional(),
  keywords: z.array(text(fieldLimits.keyword).min(1)).max(fieldLimits.keywords).default([]),
  summary: OptionalBilingual.default({}),
  /** Text entered by hand (e.g. for scans); PDF text is extracted separately. */
  body: text(fieldLimits.body).optional(),
  url: z.url().max(fieldLimits.url).optional(),
  reviewBy: IsoDate.optional(),
  /** Where the paper original is kept, as printed indexes give it (แฟ้มที่ / shelf). */
  paperLocation: text(fieldLimits.paperLocation).optional(),
  paperLocationEn: text(fieldLimits.paperLocation).optional(),
  file: AttachedFile.optional(),
  /**
   * The editor's key for the new document this was created as (see DocumentDraft.draftKey): kept
   * so that a save retried after its answer was lost, even across a restart, finds this document.
   */
  draftKey: z.string().max(64).optional(),
  status: DocumentStatus.default('active'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/**
 * Stored fields that are the programme's bookkeeping, not anything staff keep or could change: the
 * audit diff leaves them out, and the trail's screen hides them in entries written before it did.
 */
export const unauditedFields: readonly string[] = ['draftKey'];
export type CatalogueDocument = z.infer<typeof CatalogueDocument>;

export const ServiceStep = z.object({
  text: Bilingual,
  /** Working minutes; a working day counts as 7 hours (420 minutes). */
  minutes: z.number().int().nonnegative().max(60 * 24 * 365),
  unit: text(fieldLimits.unit).optional(),
  unitEn: text(fieldLimits.unit).optional(),
  /** Repeats after the service is done (e.g. reporting monthly): shown, not counted in the total. */
  recurring: z.boolean().optional(),
});

/** What the fee is charged per ("หน้า" / "page"): shown with the amount, so fees of different things are never added up. */
export const FeeUnit = z.object({ th: text(100).min(1), en: text(100).optional() });
export const ServiceFee = z.object({ label: Bilingual, baht: z.number().nonnegative().max(1e9), per: FeeUnit.optional() });

export const ServiceStandard = z.object({
  id: DocumentId,
  title: Bilingual,
  description: OptionalBilingual.default({}),
  steps: z.array(ServiceStep).min(1).max(50),
  fees: z.array(ServiceFee).max(30).default([]),
  documents: z.array(Bilingual).max(50).default([]),
  /** Where to go and channels (counter, online, phone). */
  channels: z.array(Bilingual).max(20).default([]),
  unit: text(fieldLimits.unit).optional(),
  unitEn: text(fieldLimits.unit).optional(),
  keywords: z.array(text(fieldLimits.keyword).min(1)).max(fieldLimits.keywords).default([]),
  status: DocumentStatus.default('active'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceStandard = z.infer<typeof ServiceStandard>;
export type ServiceStep = z.infer<typeof ServiceStep>;

export { WORKDAY_MINUTES, totalMinutes } from './serviceTime';
