import { compact, normalizeText } from './analysis';

/**
 * The staff side's "contains" (documents, audit trail): both texts go through the same repair and
 * folding as citizen search (house rule 5), then are compared without spaces, so staff find what
 * citizens find whatever the spacing, ำ typed as ํ+า, case or Thai/Arabic digits.
 */
export function textMatcher(needle: string): (haystack: string) => boolean {
  const wanted = compact(normalizeText(needle));
  if (wanted === '') return () => true;
  return (haystack) => compact(normalizeText(haystack)).includes(wanted);
}
