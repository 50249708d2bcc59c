import type { BucketRule } from '../limits/tokenBucket';
import { createBuckets } from '../limits/tokenBucket';
import { KioskError } from '../../contract/result';

/**
 * Forms a kiosk screen accepts: one person fills a form in minutes, so six a minute (a burst of
 * six, then one every ten seconds) never stops a citizen and stops a script filling the register.
 */
export const defaultSubmitLimit: BucketRule = { burst: 6, perSecond: 6 / 60 };

export function createSubmitBudget(rule: BucketRule, nowMs: () => number) {
  const buckets = createBuckets(rule, nowMs, 1);
  return {
    /** Throws the polite refusal when the kiosk has taken its share of forms for now. */
    admit(): void {
      if (buckets.take('*')) return;
      throw new KioskError('rate_limited', {
        th: 'ขณะนี้มีการส่งแบบฟอร์มจากตู้นี้ถี่เกินไป โปรดรอสักครู่แล้วส่งอีกครั้ง หรือติดต่อเจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร',
        en: 'Too many forms were sent from this kiosk just now. Please wait a minute and send again, or ask the centre\'s staff',
      });
    },
  };
}
