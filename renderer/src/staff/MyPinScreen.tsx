import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../shell/client';
import { PinPad } from '../ui/PinPad';
import { usePinPadLabels } from './pinPadLabels';
import { useErrorText } from './errorText';
import { Feedback, type Outcome } from './Feedback';
import { PinTwice } from './PinTwice';
import { useStaffSession } from './StaffSession';

/** "Me": every staff member changes their own PIN here (current PIN, then the new one twice). */
export function MyPinScreen() {
  const { t } = useTranslation();
  const { session } = useStaffSession();
  const errorText = useErrorText();
  const [oldPin, setOldPin] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [round, setRound] = useState(0);
  const labels = usePinPadLabels();
  return (
    <section className="my-pin" aria-labelledby="me-title">
      <h1 id="me-title">{t('staff.me.title')}</h1>
      <p>{t('staff.signedInAs', { name: session.actor.name, role: t(`staff.roles.${session.actor.role}`) })}</p>
      <h2>{t('staff.me.changePin')}</h2>
      <Feedback outcome={outcome} />
      {!oldPin ? (
        <div key={`old-${round}`}>
          <h3>{t('staff.me.currentPin')}</h3>
          <PinPad labels={labels} onStart={() => setOutcome((o) => (o?.kind === 'error' ? undefined : o))} onSubmit={(pin) => { setOldPin(pin); setOutcome(undefined); }} />
        </div>
      ) : (
        <>
          <PinTwice busy={busy} prompt={t('staff.me.newPin')} onPin={async (newPin) => {
            setBusy(true);
            try { await call('staff.changeOwnPin', { oldPin, newPin }); setOutcome({ kind: 'done', text: t('staff.me.changed') }); }
            catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); }
            finally { setBusy(false); setOldPin(undefined); setRound((n) => n + 1); }
          }} />
          <button type="button" className="button" onClick={() => setOldPin(undefined)}>{t('staff.cancel')}</button>
        </>
      )}
    </section>
  );
}
