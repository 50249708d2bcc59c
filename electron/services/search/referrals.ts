/**
 * Where to send a citizen whose search found nothing because another agency holds the topic
 * (settings' `centre.referrals`). Decided here, beside the search, so the kiosk's no-result page
 * and the CLI say the same: a query is referred when it holds one of a referral's topics, both read
 * as the index reads text (no spaces, case, zero-width characters or Thai/Arabic digit differences),
 * for a topic of four letters or more also without tone marks (the commonest slip: ใบขับขี for
 * ใบขับขี่), and also as read from the other keyboard layout (".[-y[-uj").
 */
import type { SearchAnswer } from '../../contract/search';
import type { Referral } from '../../contract/settings';
import { compact, normalizeText } from './analysis';
import { thaiFromEnglishKeys } from './keyboardLayout';

/** Query and topic as the index reads text (normalizeText: repaired, folded, digits and abbreviations alike), without spaces. */
const comparable = (text: string) => compact(normalizeText(text));
const withoutToneMarks = (text: string) => text.replace(/\u0e48|\u0e49|\u0e4a|\u0e4b/g, '');
/** Letters a topic has besides its vowel and tone marks. */
const baseLetters = (text: string) => text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/gu, '').length;
/**
 * Below this many, a topic must match with its tone marks: without them short words are other
 * words (น้ำ would refer นำเข้า, ข้าว ขาวดำ, เสื้อ เสือ).
 */
const LOOSE_FROM_LETTERS = 4;

/** The first referral with a topic inside the query, or undefined. */
export function referralFor(query: string, referrals: readonly Referral[]): Referral | undefined {
  const otherLayout = query.split(/\s+/).map((part) => thaiFromEnglishKeys(part) ?? part).join(' ');
  const readings = [query, otherLayout].map(comparable).filter(Boolean);
  if (readings.length === 0) return undefined;
  const loose = readings.map(withoutToneMarks);
  return referrals.find((r) => r.topics.some((topic) => {
    const t = comparable(topic);
    if (t.length === 0) return false;
    if (readings.some((asked) => asked.includes(t))) return true;
    return baseLetters(t) >= LOOSE_FROM_LETTERS && loose.some((asked) => asked.includes(withoutToneMarks(t)));
  }));
}

/**
 * The answer with its referral, when it found nothing (a partial answer, from titles only, is not
 * yet "nothing"). A referred answer offers no "closest group": the kiosk holds nothing on the topic,
 * and a group guessed from its words (ใบ of ใบขับขี่: the service manuals) only sends the citizen astray.
 */
export function withReferral(answer: SearchAnswer, referrals: readonly Referral[]): SearchAnswer {
  if (answer.found > 0 || answer.partial) return answer;
  const referral = referralFor(answer.query, referrals);
  if (!referral) return answer;
  const { closestGroup: _guess, ...rest } = answer;
  return { ...rest, referral };
}
