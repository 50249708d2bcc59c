import type { DocumentFlag } from '../../contract/catalogue-staff';
import type { CatalogueDocument } from '../../contract/schemas';

/**
 * What needs a staff member's attention on one document: the one rule the documents list, its
 * filter and the completeness check share. `noText`: a scanned PDF (no text layer) with no
 * hand-typed body either, so citizens' search cannot reach its content.
 */
export function documentFlags(d: CatalogueDocument, today: string): DocumentFlag[] {
  const flags: DocumentFlag[] = [];
  if (!d.file) flags.push('noFile');
  else if (!d.file.hasText && !d.body) flags.push('noText');
  if (d.reviewBy !== undefined && d.reviewBy < today) flags.push('pastReview');
  return flags;
}
