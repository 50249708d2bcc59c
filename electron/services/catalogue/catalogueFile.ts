import { z } from 'zod';
import { CatalogueDocument, ServiceStandard } from '../../contract/schemas';

/** The catalogue store on disk (`catalogue.json`), read whole and validated at start-up. */
export const CatalogueFile = z.object({
  version: z.literal(1),
  /** True while the catalogue is the shipped sample; staff may clear it. */
  sample: z.boolean(),
  documents: z.array(CatalogueDocument),
  services: z.array(ServiceStandard),
  /** Ids seeded from the shipped sample, so clearing it leaves staff's own additions alone. */
  sampleIds: z.object({ documents: z.array(z.string()), services: z.array(z.string()) }).optional(),
});
export type CatalogueFile = z.infer<typeof CatalogueFile>;

/**
 * A sample item staff changed (edited, re-imported, rewrote) is the centre's own from then on:
 * clearing the sample must not take it. Called inside the catalogue update that changes the items.
 */
export function adoptSampleItems(draft: CatalogueFile, kind: 'documents' | 'services', ids: readonly string[]): void {
  const listed = draft.sampleIds;
  if (!listed) return;
  const changed = new Set(ids); // an import may change 100,000 documents
  if (!listed[kind].some((id) => changed.has(id))) return;
  draft.sampleIds = { ...listed, [kind]: listed[kind].filter((id) => !changed.has(id)) };
}

export const emptyCatalogue = (): CatalogueFile => ({ version: 1, sample: false, documents: [], services: [] });
