import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintTopics, type ComplaintTopic, type Receipt, type RegisterKind } from '../../../../electron/contract/registers';
import { call, CallFailed } from '../../shell/client';
import { pick } from '../../shell/i18n';
import { recordEvent } from '../../shell/visit';
import { TouchKeyboard } from '../../ui/TouchKeyboard';
import { keyboardLabels } from '../labels';

type FieldName = 'details' | 'name' | 'phone' | 'email' | 'address';
const multiLine: readonly FieldName[] = ['details', 'address'];

/**
 * The touch form: every field types through the on-screen Thai keyboard (the field touched last
 * gets it). The typed text lives only in this component: sending, cancelling or the idle reset
 * unmounts it, and nothing is kept anywhere in the renderer.
 */
export function FilingForm({ kind, onSent, onCancel }: { kind: RegisterKind; onSent: (receipt: Receipt) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Record<FieldName, string>>({ details: '', name: '', phone: '', email: '', address: '' });
  const [active, setActive] = useState<FieldName>('details');
  const [anonymous, setAnonymous] = useState(false);
  // None chosen for the citizen: a complaint sent without a topic is filed under "other", not under a guess.
  const [topic, setTopic] = useState<ComplaintTopic>();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();

  const labels: Record<FieldName, string> = {
    details: t(kind === 'request' ? 'registers.kiosk.details' : 'registers.kiosk.complaintDetails'),
    name: t('registers.kiosk.name'), phone: t('registers.kiosk.phone'), email: t('registers.kiosk.email'), address: t('registers.kiosk.address'),
  };
  const fields: FieldName[] = anonymous ? ['details'] : ['details', 'name', 'phone', 'email', 'address'];

  async function send() {
    setSending(true);
    setError(undefined);
    try {
      const person = anonymous ? undefined : { name: values.name, phone: values.phone, email: values.email, address: values.address };
      const receipt = await call('registers.submit', { kind, details: values.details, anonymous, ...(person ? { person } : {}), ...(kind === 'complaint' && topic ? { topic } : {}) });
      setValues({ details: '', name: '', phone: '', email: '', address: '' });
      // The anonymous visit log learns that a form was sent, and nothing of what was in it.
      recordEvent({ type: 'formSent', kind });
      onSent(receipt);
    } catch (e) {
      // A save the kiosk could not make is the centre's to fix, not the citizen's: not "ask IT to free disk space".
      const notSaved = !(e instanceof CallFailed) || ['disk_full', 'storage', 'internal', 'unavailable'].includes(e.error.code);
      setError(notSaved ? t('registers.kiosk.notSaved') : pick({ th: e.error.messageTh, en: e.error.message }, i18n.language));
    } finally {
      setSending(false);
    }
  }

  // The keyboard's keys are <button>s: kept outside the <form>, so a key press never submits it.
  return (
    <>
    <form className="filing-form" onSubmit={(e) => { e.preventDefault(); void send(); }} aria-label={t(kind === 'request' ? 'registers.kiosk.requestTitle' : 'registers.kiosk.complaintTitle')}>
      {kind === 'complaint' && (
        <>
          <fieldset className="topic-choice">
            <legend>{t('registers.kiosk.topic')} <span className="optional">{t('registers.kiosk.topicOptional')}</span></legend>
            {complaintTopics.map((c) => (
              <button key={c} type="button" className="button" aria-pressed={topic === c} onClick={() => setTopic(topic === c ? undefined : c)}>{t(`registers.topics.${c}`)}</button>
            ))}
          </fieldset>
          <label className="check big-check">
            <input type="checkbox" checked={anonymous} onChange={(e) => { setAnonymous(e.target.checked); setActive('details'); }} />
            <span>{t('registers.kiosk.anonymous')}</span>
          </label>
        </>
      )}
      {fields.map((name) => {
        const common = {
          id: `filing-${name}`, value: values[name], inputMode: 'none' as const, autoComplete: 'off', spellCheck: false,
          className: active === name ? 'typing' : undefined,
          onFocus: () => setActive(name), onClick: () => setActive(name),
          onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
        };
        return (
          <label key={name} className="field" htmlFor={common.id}>
            <span>{labels[name]}</span>
            {multiLine.includes(name) ? <textarea rows={name === 'details' ? 4 : 2} {...common} /> : <input type="text" {...common} />}
          </label>
        );
      })}
      {!anonymous && <p className="note">{t('registers.kiosk.contactHint')}</p>}
      {error && <p className="status error" role="alert">{error}</p>}
      <div className="actions">
        <button type="submit" className="button big primary" disabled={sending}>{sending ? t('registers.kiosk.sending') : t('registers.kiosk.send')}</button>
        <button type="button" className="button big" onClick={onCancel}>{t('registers.kiosk.cancel')}</button>
      </div>
    </form>
    <p className="note typing-in" aria-live="polite">{t('registers.kiosk.typing', { field: labels[active] })}</p>
    <TouchKeyboard value={values[active]} onChange={(next) => setValues((v) => ({ ...v, [active]: next }))}
      onEnter={() => setActive(fields[(fields.indexOf(active) + 1) % fields.length]!)} labels={{ ...keyboardLabels(t), enter: t('registers.kiosk.nextField') }} language={i18n.language === 'en' ? 'en' : 'th'} />
    </>
  );
}
