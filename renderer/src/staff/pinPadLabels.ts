import { useTranslation } from 'react-i18next';
import { PIN_DIGITS, SETUP_CODE_DIGITS } from '../../../electron/contract/staff';
import type { PinPadLabels } from '../ui/PinPad';

/** The PIN pad's words, for a PIN or for the 10-digit setup code; the digit counts come from the contract's rule. */
export function usePinPadLabels(what: 'pin' | 'setupCode' = 'pin', pinLabel?: string): PinPadLabels {
  const { t } = useTranslation();
  return {
    pin: pinLabel ?? t('staff.pin.pin'), delete: t('staff.pin.delete'), clear: t('staff.pin.clear'), submit: t('staff.pin.submit'),
    tooShort: (missing) => (what === 'pin'
      ? t('staff.pin.tooShort', { min: PIN_DIGITS.min, max: PIN_DIGITS.max, count: missing })
      : t('staff.pin.codeTooShort', { digits: SETUP_CODE_DIGITS, count: missing })),
  };
}
