import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountCard, LoginAnswer } from '../../../electron/contract/staff';
import { call, CallFailed } from '../app/client';
import { pick } from '../app/i18n';
import { useCall } from '../app/useCall';
import { PinPad } from '../ui/PinPad';

/** First start: the first administrator; afterwards: pick a name, type the PIN. */
export function StaffGate({ onSignedIn }: { onSignedIn: (answer: LoginAnswer) => void }) {
  const { t } = useTranslation();
  const status = useCall('staff.status', {});
  if (status.status === 'loading') return <p className="status">{t('app.loading')}</p>;
  if (status.status === 'error') return <p className="status error" role="alert">{status.error.error.messageTh}</p>;
  return status.value.needsSetup ? <FirstAdmin onSignedIn={onSignedIn} /> : <Login accounts={status.value.accounts} onSignedIn={onSignedIn} />;
}

function useErrorText() {
  const { i18n } = useTranslation();
  return (error: unknown) => error instanceof CallFailed ? pick({ th: error.error.messageTh, en: error.error.message }, i18n.language) : String(error);
}

function Login({ accounts, onSignedIn }: { accounts: AccountCard[]; onSignedIn: (answer: LoginAnswer) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [account, setAccount] = useState<AccountCard>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <section className="staff-gate" aria-labelledby="login-title">
      <h1 id="login-title">{t('staff.login.title')}</h1>
      {!account ? (
        <>
          <h2>{t('staff.login.pick')}</h2>
          <div className="choice-row">
            {accounts.map((a) => <button key={a.id} type="button" className="button big" onClick={() => { setAccount(a); setError(undefined); }}>{a.name}</button>)}
          </div>
        </>
      ) : (
        <>
          <h2>{t('staff.login.enterPin', { name: account.name })}</h2>
          {error && <p className="status error" role="alert">{error}</p>}
          <PinPad labels={{ pin: t('staff.pin.pin'), delete: t('staff.pin.delete'), clear: t('staff.pin.clear'), submit: t('staff.pin.submit') }} busy={busy}
            onSubmit={async (pin) => {
              setBusy(true);
              try { onSignedIn(await call('staff.login', { accountId: account.id, pin })); } catch (e) { setError(errorText(e)); } finally { setBusy(false); }
            }} />
          <button type="button" className="button" onClick={() => setAccount(undefined)}>{t('staff.login.other')}</button>
        </>
      )}
    </section>
  );
}

function FirstAdmin({ onSignedIn }: { onSignedIn: (answer: LoginAnswer) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [firstPin, setFirstPin] = useState<string>();
  const [error, setError] = useState<string>();
  const labels = { pin: t('staff.pin.pin'), delete: t('staff.pin.delete'), clear: t('staff.pin.clear'), submit: t('staff.pin.submit') };
  return (
    <section className="staff-gate" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('staff.setup.title')}</h1>
      <p>{t('staff.setup.text')}</p>
      <label className="field"><span>{t('staff.setup.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      {error && <p className="status error" role="alert">{error}</p>}
      <h2>{firstPin ? t('staff.setup.pinAgain') : t('staff.pin.pin')}</h2>
      <PinPad labels={labels} onSubmit={async (pin) => {
        if (!firstPin) { setFirstPin(pin); setError(undefined); return; }
        if (pin !== firstPin) { setFirstPin(undefined); setError(t('staff.setup.mismatch')); return; }
        try { onSignedIn(await call('staff.setupFirstAdmin', { name, pin })); } catch (e) { setFirstPin(undefined); setError(errorText(e)); }
      }} />
    </section>
  );
}
