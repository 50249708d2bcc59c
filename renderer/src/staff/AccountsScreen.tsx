import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDetail, StaffRole } from '../../../electron/contract/staff';
import { call } from '../shell/client';
import { formatTime } from '../shell/format';
import { Loaded } from '../base/Loading';
import { useErrorText } from './errorText';
import { Feedback, type Outcome } from './Feedback';
import { PinTwice } from './PinTwice';
import { useStaffSession } from './StaffSession';
import { useCall } from '../base/useCall';

/** Accounts (administrators): who may sign in, their role and lock state; PINs are only ever typed on the PIN pad. */
export function AccountsScreen() {
  const { t, i18n } = useTranslation();
  const { session } = useStaffSession();
  const errorText = useErrorText();
  const list = useCall('staff.listAccounts', {});
  const reload = list.reload;
  const [outcome, setOutcome] = useState<Outcome>();
  const [pinFor, setPinFor] = useState<AccountDetail>();
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  /** A refused PIN's banner goes once the next PIN is being typed: it would sit above what the pad says next. */
  const clearError = () => setOutcome((o) => (o?.kind === 'error' ? undefined : o));
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true); setOutcome(undefined);
    try { await action(); setOutcome({ kind: 'done', text: done }); reload(); return true; } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); return false; } finally { setBusy(false); }
  };

  return (
    <div className="staff-accounts">
      <div className="screen-head">
        <h1>{t('staff.accounts.title')}</h1>
        {!creating && <button type="button" className="button primary big" onClick={() => { setCreating(true); setPinFor(undefined); }}>{t('staff.accounts.create')}</button>}
      </div>
      <Feedback outcome={outcome} />
      {creating && <CreateAccount busy={busy} onCancel={() => setCreating(false)} onEntryStart={clearError}
        onCreate={async (input) => { if (await run(() => call('staff.createAccount', input), t('staff.accounts.created', { name: input.name }))) setCreating(false); }} />}
      {pinFor && (
        <section className="panel" aria-labelledby="reset-head">
          <h2 id="reset-head">{t('staff.accounts.resetFor', { name: pinFor.name })}</h2>
          <PinTwice busy={busy} onEntryStart={clearError} onPin={async (pin) => { if (await run(() => call('staff.resetPin', { id: pinFor.id, pin }), t('staff.accounts.pinReset', { name: pinFor.name }))) setPinFor(undefined); }} />
          <button type="button" className="button" onClick={() => setPinFor(undefined)}>{t('staff.cancel')}</button>
        </section>
      )}
      <Loaded state={list}>
        {(accounts) => (
          <div className="table-scroll">
            <table className="data-table accounts">
              <thead><tr>
                <th scope="col">{t('staff.accounts.name')}</th><th scope="col">{t('staff.accounts.role')}</th><th scope="col">{t('staff.accounts.state')}</th>
                <th scope="col" className="number">{t('staff.accounts.failed')}</th><th scope="col">{t('staff.accounts.actions')}</th>
              </tr></thead>
              <tbody>
                {accounts.map((a) => {
                  const locked = a.lockedUntil !== undefined; // set by the service only while the wait lasts
                  const me = a.id === session.actor.id;
                  return (
                    <tr key={a.id} className={a.disabled ? 'retired' : undefined}>
                      <th scope="row">{a.name}{me && <span className="badge">{t('staff.accounts.you')}</span>}<div className="hint">{t('staff.accounts.signInLabel', { label: a.signInLabel })}</div><div className="hint mono">{a.id}</div></th>
                      <td>
                        <select aria-label={t('staff.accounts.roleOf', { name: a.name })} value={a.role} disabled={busy}
                          onChange={(e) => void run(() => call('staff.updateAccount', { id: a.id, role: e.target.value as StaffRole }), t('staff.accounts.updated', { name: a.name }))}>
                          <option value="staff">{t('staff.roles.staff')}</option><option value="admin">{t('staff.roles.admin')}</option>
                        </select>
                      </td>
                      <td>
                        {a.disabled ? <span className="badge status-retired">{t('staff.accounts.disabled')}</span> : <span className="badge status-active">{t('staff.accounts.enabled')}</span>}
                        {locked && <div className="badge warn">{t('staff.accounts.lockedUntil', { time: formatTime(a.lockedUntil!, i18n.language) })}</div>}
                      </td>
                      <td className="number">{a.failedAttempts}</td>
                      <td><div className="row-tools">
                        {(locked || a.failedAttempts > 0) && <button type="button" className="button" disabled={busy} onClick={() => void run(() => call('staff.unlock', { id: a.id }), t('staff.accounts.unlocked', { name: a.name }))}>{t('staff.accounts.unlock')}</button>}
                        <button type="button" className="button" disabled={busy} onClick={() => { setPinFor(a); setCreating(false); }}>{t('staff.accounts.resetPin')}</button>
                        <button type="button" className="button" disabled={busy || me}
                          onClick={() => void run(() => call('staff.updateAccount', { id: a.id, disabled: !a.disabled }), t('staff.accounts.updated', { name: a.name }))}>
                          {a.disabled ? t('staff.accounts.enable') : t('staff.accounts.disable')}</button>
                      </div></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </div>
  );
}

function CreateAccount({ busy, onCreate, onCancel, onEntryStart }: {
  busy: boolean; onCreate: (input: { name: string; role: StaffRole; pin: string }) => void; onCancel: () => void; onEntryStart: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  return (
    <section className="panel create-account" aria-labelledby="create-head">
      <h2 id="create-head">{t('staff.accounts.create')}</h2>
      <div className="form-grid">
        <label className="field"><span>{t('staff.setup.name')} *</span><input value={name} maxLength={80} autoComplete="off" onChange={(e) => setName(e.target.value)} /></label>
        <label className="field"><span>{t('staff.accounts.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
            <option value="staff">{t('staff.roles.staff')}</option><option value="admin">{t('staff.roles.admin')}</option>
          </select>
        </label>
      </div>
      {name.trim()
        ? <PinTwice busy={busy} onEntryStart={onEntryStart} prompt={t('staff.accounts.firstPin', { name: name.trim() })} onPin={(pin) => onCreate({ name: name.trim(), role, pin })} />
        : <p className="hint">{t('staff.accounts.nameFirst')}</p>}
      <button type="button" className="button" onClick={onCancel}>{t('staff.cancel')}</button>
    </section>
  );
}
