import { cleanText } from '../search/thaiText';

/**
 * How the report groups typed queries: Thai repaired the way search does it (house rule 5: one
 * place for Thai text), spaces trimmed and collapsed, case folded. `__proto__` is the one string
 * that cannot be a plain-object key, so it is bracketed.
 */
export function normaliseQuery(query: string): string {
  const folded = cleanText(query).replace(/\s+/g, ' ').trim().toLowerCase();
  return folded === '__proto__' ? '(__proto__)' : folded;
}
