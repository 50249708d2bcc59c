import type { BucketRule } from '../limits/tokenBucket';
import { createBuckets } from '../limits/tokenBucket';
import { KioskError } from '../../contract/result';
import { bangkokDateOf } from '../../contract/thaiCalendar';

/**
 * Forms a kiosk screen accepts: one person fills a form in minutes, so six a minute (a burst of
 * six, then one every ten seconds) never stops a citizen and stops a script filling the register.
 */
export const defaultSubmitLimit: BucketRule = { burst: 6, perSecond: 6 / 60 };
/**
 * Forms a kiosk screen accepts in one Bangkok day: far above what a centre's visitors file (a
 * handful), far below what a script paced at the rate above would (8,640 a day, each rewriting the
 * register). Past it, citizens are sent to the staff, who take requests on paper as always.
 */
export const DEFAULT_FORMS_PER_DAY = 60;

export function createSubmitBudget(rule: BucketRule, nowMs: () => number, options: {
  /** How many forms the kiosk filed on a Bangkok day, from the register itself: a restart or a clock moved back does not reset it. */
  filedOn: (day: string) => number;
  perDay?: number;
  onDayFull?: (day: string, limit: number) => void;
}) {
  const buckets = createBuckets(rule, nowMs, 1);
  const perDay = options.perDay ?? DEFAULT_FORMS_PER_DAY;
  let toldOn = '';
  return {
    /** Throws the polite refusal when the kiosk has taken its share of forms for now, or for today. */
    admit(): void {
      const day = bangkokDateOf(nowMs());
      if (options.filedOn(day) >= perDay) {
        if (toldOn !== day) { toldOn = day; options.onDayFull?.(day, perDay); } // told once a day
        throw new KioskError('rate_limited', {
          th: `วันนี้ตู้นี้รับแบบฟอร์มครบ ${perDay} เรื่องแล้ว โปรดยื่นเรื่องกับเจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร หรือช่องทางอื่นของหน่วยงาน`,
          en: `This kiosk has taken its ${perDay} forms for today. Please hand your matter to the centre's staff, or use another of the agency's channels`,
        });
      }
      if (!buckets.take('*')) {
        throw new KioskError('rate_limited', {
          th: 'ขณะนี้มีการส่งแบบฟอร์มจากตู้นี้ถี่เกินไป โปรดรอสักครู่แล้วส่งอีกครั้ง หรือติดต่อเจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร',
          en: 'Too many forms were sent from this kiosk just now. Please wait a minute and send again, or ask the centre\'s staff',
        });
      }
    },
  };
}
