import { compact, normalizeText } from './analysis';

/**
 * The staff side's "contains" (documents, audit trail): both texts go through the same repair and
 * folding as citizen search (house rule 5), then are compared without spaces, so staff find what
 * citizens find whatever the spacing, ำ typed as ํ+า, case or Thai/Arabic digits.
 */
/** A text as the comparisons below see it: repaired, folded, without spaces. */
export const textKey = (text: string): string => compact(normalizeText(text));

/** Two texts that citizen search could not tell apart (a name typed twice, a category written by hand). */
export const sameText = (a: string, b: string): boolean => textKey(a) === textKey(b);

export function textMatcher(needle: string): (haystack: string) => boolean {
  const wanted = compact(normalizeText(needle));
  if (wanted === '') return () => true;
  return (haystack) => compact(normalizeText(haystack)).includes(wanted);
}
