/**
 * Sara a (ะ) written or left out inside Pali-Sanskrit compounds is a spelling variant, not a typo:
 * ทันตะกรรม for ทันตกรรม, สาธารณะสุข for สาธารณสุข, รัฐวิสาหะกิจ for รัฐวิสาหกิจ. Dropping every ะ
 * before a consonant would break the many words that need it (ประกัน, กระทรวง, คณะกรรมการ), so
 * one is dropped only where that leaves fewer words the index does not know, or as many but fewer
 * fragments (the segmenter splits what it does not recognise: ทัน|ตะ|กรรม against ทันต|กรรม).
 */
import { analyzeQuery, type AnalyzedToken } from './analysis';

const INNER_SARA_A = /\u0E30(?=[\u0E01-\u0E2E])/g;

/** The query with its stray inner ะ removed, or the query itself when none is stray. */
export function withoutStraySaraA(normalizedQuery: string, isKnown: (token: AnalyzedToken) => boolean): string {
  if (!normalizedQuery.includes('\u0E30')) return normalizedQuery;
  /** Lower is better: unknown words first, then fragments. */
  const cost = (text: string) => {
    const tokens = analyzeQuery(text);
    return tokens.filter((t) => !t.stop && !isKnown(t)).length * 1000 + tokens.length;
  };
  let text = normalizedQuery;
  let best = cost(text);
  for (let from = 0; ;) {
    INNER_SARA_A.lastIndex = from;
    const found = INNER_SARA_A.exec(text);
    if (!found) break;
    const candidate = text.slice(0, found.index) + text.slice(found.index + 1);
    const candidateCost = cost(candidate);
    if (candidateCost < best) { text = candidate; best = candidateCost; from = found.index; } else from = found.index + 1;
  }
  return text;
}
