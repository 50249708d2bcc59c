/**
 * Where to send a citizen whose search found nothing because another agency holds the topic
 * (settings' `centre.referrals`). Decided here, beside the search, so the kiosk's no-result page
 * and the CLI say the same: a query is referred when it holds one of a referral's topics, compared
 * without spaces, case, zero-width characters or Thai/Arabic digit differences.
 */
import type { SearchAnswer } from '../../contract/search';
import type { Referral } from '../../contract/settings';

const comparable = (text: string) => text.normalize('NFC').toLowerCase()
  .replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '')
  .replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

/** The first referral with a topic inside the query, or undefined. */
export function referralFor(query: string, referrals: readonly Referral[]): Referral | undefined {
  const asked = comparable(query);
  if (!asked) return undefined;
  return referrals.find((r) => r.topics.some((topic) => { const t = comparable(topic); return t.length > 0 && asked.includes(t); }));
}

/** The answer with its referral, when it found nothing (a partial answer, from titles only, is not yet "nothing"). */
export function withReferral(answer: SearchAnswer, referrals: readonly Referral[]): SearchAnswer {
  if (answer.found > 0 || answer.partial) return answer;
  const referral = referralFor(answer.query, referrals);
  return referral ? { ...answer, referral } : answer;
}
