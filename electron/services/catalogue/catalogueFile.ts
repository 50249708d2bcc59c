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

export const emptyCatalogue = (): CatalogueFile => ({ version: 1, sample: false, documents: [], services: [] });
