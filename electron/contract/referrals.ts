/**
 * Where to send a citizen whose search found nothing because another agency holds the topic
 * (settings' `centre.referrals`). Shared by the kiosk's no-result page and anything else that
 * answers a search: a query is referred when it holds one of a referral's topics, compared
 * without spaces, case, zero-width characters or Thai/Arabic digit differences.
 */
import type { Referral } from './settings';

const comparable = (text: string) => text.normalize('NFC').toLowerCase()
  .replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '')
  .replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

/** The first referral with a topic inside the query, or undefined. */
export function referralFor(query: string, referrals: readonly Referral[]): Referral | undefined {
  const asked = comparable(query);
  if (!asked) return undefined;
  return referrals.find((r) => r.topics.some((topic) => { const t = comparable(topic); return t.length > 0 && asked.includes(t); }));
}
