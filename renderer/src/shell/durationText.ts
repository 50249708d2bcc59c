import type { TFunction } from 'i18next';
import { workingTime } from '../../../electron/contract/serviceTime';

/**
 * Working minutes as the service manuals say them, unit by unit ("6 วันทำการ 30 นาที"): a visitor
 * cannot plan with "6.1 วันทำการ".
 */
export function durationText(minutes: number, t: TFunction): string {
  const { days, hours, minutes: rest } = workingTime(minutes);
  const parts = [
    days > 0 ? t('services.days', { count: days }) : '',
    hours > 0 ? t('services.hours', { count: hours }) : '',
    rest > 0 ? t('services.minutes', { count: rest }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : t('services.minutes', { count: 0 });
}
