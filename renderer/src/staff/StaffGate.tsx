import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETUP_CODE_DIGITS, type LoginAnswer, type SignInChoice } from '../../../electron/contract/staff';
import { call, CallFailed } from '../shell/client';
import { formatTime } from '../shell/format';
import { pick } from '../shell/i18n';
import { useCall } from '../base/useCall';
import { PinPad } from '../ui/PinPad';
import { usePinPadLabels } from './pinPadLabels';


/** After the staff gesture: "not set up yet" on a new kiosk; afterwards, tap your initials and type the PIN. */
export function StaffGate({ onSignedIn }: { onSignedIn: (answer: LoginAnswer) => void }) {
  const { t } = useTranslation();
  const status = useCall('staff.status', {});
  if (status.status === 'loading') return <p className="status">{t('app.loading')}</p>;
  if (status.status === 'error') return <p className="status error" role="alert">{status.error.error.messageTh}</p>;
  return status.value.needsSetup
    ? <NotSetUp expiresAt={status.value.setupCodeExpiresAt} onSignedIn={onSignedIn} />
    : <Login choices={status.value.choices} onSignedIn={onSignedIn} />;
}

function useErrorText() {
  const { i18n } = useTranslation();
  return (error: unknown) => error instanceof CallFailed ? pick({ th: error.error.messageTh, en: error.error.message }, i18n.language) : String(error);
}

function Login({ choices, onSignedIn }: { choices: SignInChoice[]; onSignedIn: (answer: LoginAnswer) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const labels = usePinPadLabels();
  const [choice, setChoice] = useState<SignInChoice>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <section className="staff-gate" aria-labelledby="login-title">
      <h1 id="login-title">{t('staff.login.title')}</h1>
      {!choice ? (
        <>
          <h2>{t('staff.login.pick')}</h2>
          <div className="choice-row">
            {choices.map((c) => <button key={c.ref} type="button" className="button big initials" onClick={() => { setChoice(c); setError(undefined); }}>{c.initials}</button>)}
          </div>
        </>
      ) : (
        <>
          <h2>{t('staff.login.enterPin', { name: choice.initials })}</h2>
          {error && <p className="status error" role="alert">{error}</p>}
          <PinPad labels={labels} busy={busy}
            onSubmit={async (pin) => {
              setBusy(true);
              try { onSignedIn(await call('staff.login', { choice: choice.ref, pin })); } catch (e) { setError(errorText(e)); } finally { setBusy(false); }
            }} />
          <button type="button" className="button" onClick={() => setChoice(undefined)}>{t('staff.login.other')}</button>
        </>
      )}
    </section>
  );
}

/**
 * A new kiosk: what the person looking after the machine does (the CLI, or the setup code from
 * the machine's log), in both languages since whoever installs it may read only one of them.
 */
function NotSetUp({ expiresAt, onSignedIn }: { expiresAt?: string; onSignedIn: (answer: LoginAnswer) => void }) {
  const { t, i18n } = useTranslation();
  const [entering, setEntering] = useState(false);
  const other = i18n.getFixedT(i18n.language === 'en' ? 'th' : 'en');
  const time = expiresAt ? formatTime(expiresAt, i18n.language) : '';
  const command = 'npm run -s cli -- staff create-admin --name "…" --data …';
  if (entering) return <FirstAdmin onSignedIn={onSignedIn} onCancel={() => setEntering(false)} />;
  return (
    <section className="staff-gate not-set-up" aria-labelledby="not-set-up-title">
      <h1 id="not-set-up-title">{t('staff.notSetUp.title')}</h1>
      <p className="other-language" lang={i18n.language === 'en' ? 'th' : 'en'}>{other('staff.notSetUp.title')}</p>
      <p>{t('staff.notSetUp.text')}</p>
      <ol className="setup-ways">
        <li>{t('staff.notSetUp.cli')} <code>{command}</code> {t('staff.notSetUp.cliThen')}</li>
        <li>{t('staff.notSetUp.code', { time })}</li>
      </ol>
      <p className="hint">{t('staff.notSetUp.citizens')}</p>
      <button type="button" className="button primary big" onClick={() => setEntering(true)}>{t('staff.notSetUp.haveCode')}</button>
    </section>
  );
}

type SetupStep = { step: 'code' } | { step: 'pin'; code: string } | { step: 'again'; code: string; pin: string };

/** Name, the setup code, then the PIN twice, all on the PIN pad but the name. */
function FirstAdmin({ onSignedIn, onCancel }: { onSignedIn: (answer: LoginAnswer) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [state, setState] = useState<SetupStep>({ step: 'code' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const codeLabels = usePinPadLabels('setupCode', t('staff.setup.code'));
  const pinLabels = usePinPadLabels();
  const heading = { code: t('staff.setup.code'), pin: t('staff.setup.pin'), again: t('staff.setup.pinAgain') }[state.step];
  return (
    <section className="staff-gate" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('staff.setup.title')}</h1>
      <p>{t('staff.setup.text')}</p>
      <label className="field"><span>{t('staff.setup.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      {error && <p className="status error" role="alert">{error}</p>}
      <h2>{heading}</h2>
      {state.step === 'code' && (
        <PinPad key="code" labels={codeLabels} minLength={SETUP_CODE_DIGITS} maxLength={SETUP_CODE_DIGITS}
          onSubmit={(code) => { if (!name.trim()) { setError(t('staff.setup.nameFirst')); return; } setError(undefined); setState({ step: 'pin', code }); }} />
      )}
      {state.step === 'pin' && <PinPad key="pin" labels={pinLabels} onSubmit={(pin) => { setError(undefined); setState({ step: 'again', code: state.code, pin }); }} />}
      {state.step === 'again' && (
        <PinPad key="again" labels={pinLabels} busy={busy} onSubmit={async (pin) => {
          if (pin !== state.pin) { setError(t('staff.setup.mismatch')); setState({ step: 'pin', code: state.code }); return; }
          setBusy(true);
          try {
            onSignedIn(await call('staff.setupFirstAdmin', { setupCode: state.code, name: name.trim(), pin }));
          } catch (e) {
            setError(errorText(e));
            // A refused PIN (too easy to guess) keeps the code; anything else asks for the code again.
            setState(e instanceof CallFailed && e.error.code === 'bad_input' ? { step: 'pin', code: state.code } : { step: 'code' });
          } finally { setBusy(false); }
        }} />
      )}
      <button type="button" className="button" onClick={onCancel}>{t('staff.cancel')}</button>
    </section>
  );
}
