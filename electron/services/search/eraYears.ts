import { looksLikeYearBe, yearBe, yearCe } from '../../contract/thaiCalendar';

/**
 * Buddhist Era (พ.ศ.) and Common Era years name the same year in two ways. Every year is indexed in
 * both eras so a query in either finds it; a two-digit year after ปี/พ.ศ./a month is a BE year.
 */
const isCommonYear = (n: number) => n >= 1900 && n <= 2200;

/** Markers after which a two-digit number is a short Buddhist year ("ปี 67", "พ.ศ. 67", "ม.ค. 67"). */
const shortYearMarkers = new Set([
  'ปี', 'พศ', 'ปีงบประมาณ', 'งบประมาณ', 'ปีงบ',
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
]);

/** Words that only say "the year": a query may put them before a year that a document writes without them. */
export const isYearMarker = (term: string): boolean => term === 'ปี' || term === 'ปีงบ' || term === 'ปีงบประมาณ' || term === 'พศ' || term === 'คศ';

/** The other-era forms of a numeric token, given the word before it. */
export function yearAliases(token: string, previous: string | undefined): string[] {
  if (!/^\d+$/.test(token)) return [];
  const n = Number(token);
  if (token.length === 4 && looksLikeYearBe(n)) return [String(yearCe(n))];
  if (token.length === 4 && isCommonYear(n)) return [String(yearBe(n))];
  if (token.length === 2 && previous !== undefined && shortYearMarkers.has(previous)) {
    const be = 2500 + n;
    return [String(be), String(yearCe(be))];
  }
  return [];
}

/** Both eras of a CE year, for indexing a published date. */
export const yearTerms = (ceYear: number): string[] => [String(ceYear), String(yearBe(ceYear))];
