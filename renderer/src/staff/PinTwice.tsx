import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PinPad } from '../ui/PinPad';
import { usePinPadLabels } from './pinPadLabels';

/**
 * A new PIN typed twice on the PIN pad; a mismatch starts over. What was said about the last try
 * (a mismatch here, a refusal the screen shows through `onEntryStart`) goes once the next PIN is typed.
 */
export function PinTwice({ busy, onPin, onEntryStart, prompt }: { busy?: boolean; onPin: (pin: string) => void; onEntryStart?: () => void; prompt?: string }) {
  const { t } = useTranslation();
  const [first, setFirst] = useState<string>();
  const [mismatch, setMismatch] = useState(false);
  const labels = usePinPadLabels();
  return (
    <div className="pin-twice">
      <h3>{first ? t('staff.setup.pinAgain') : (prompt ?? t('staff.accounts.newPin'))}</h3>
      {mismatch && <p className="status error" role="alert">{t('staff.setup.mismatch')}</p>}
      <PinPad labels={labels} busy={busy} onStart={() => { if (!first) { setMismatch(false); onEntryStart?.(); } }} onSubmit={(pin) => {
        if (!first) { setFirst(pin); setMismatch(false); return; }
        setFirst(undefined);
        if (pin !== first) { setMismatch(true); return; }
        onPin(pin);
      }} />
    </div>
  );
}
