import type { TFunction } from 'i18next';
import { durationParts } from '../app/format';

/** Working minutes in the words of the service manuals (7-hour working days). */
export const durationText = (minutes: number, t: TFunction) => {
  const { key, count } = durationParts(minutes);
  return t(`services.${key}`, { count });
};
