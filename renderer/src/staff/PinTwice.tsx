import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PinPad } from '../ui/PinPad';
import { usePinPadLabels } from './pinPadLabels';

/** A new PIN typed twice on the PIN pad; a mismatch starts over. */
export function PinTwice({ busy, onPin, prompt }: { busy?: boolean; onPin: (pin: string) => void; prompt?: string }) {
  const { t } = useTranslation();
  const [first, setFirst] = useState<string>();
  const [mismatch, setMismatch] = useState(false);
  const labels = usePinPadLabels();
  return (
    <div className="pin-twice">
      <h3>{first ? t('staff.setup.pinAgain') : (prompt ?? t('staff.accounts.newPin'))}</h3>
      {mismatch && <p className="status error" role="alert">{t('staff.setup.mismatch')}</p>}
      <PinPad labels={labels} busy={busy} onSubmit={(pin) => {
        if (!first) { setFirst(pin); setMismatch(false); return; }
        setFirst(undefined);
        if (pin !== first) { setMismatch(true); return; }
        onPin(pin);
      }} />
    </div>
  );
}
