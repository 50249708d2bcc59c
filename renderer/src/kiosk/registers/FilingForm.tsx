import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintTopics, type ComplaintTopic, type Receipt, type RegisterKind } from '../../../../electron/contract/registers';
import type { SaidIssue } from '../../../../electron/contract/refusalText';
import { call, CallFailed } from '../../shell/client';
import { pick } from '../../shell/i18n';
import { TouchKeyboard } from '../../ui/TouchKeyboard';
import { keyboardLabels } from '../labels';

type FieldName = 'details' | 'name' | 'phone' | 'email' | 'address';
const multiLine: readonly FieldName[] = ['details', 'address'];
const fieldOrder: readonly FieldName[] = ['details', 'name', 'phone', 'email', 'address'];

/**
 * A refusal's sentences by the form field they concern; what concerns no field shown here (a
 * request marked anonymous) is left in `rest`. The contact rule (`person`) is said under the phone
 * on a request, under the name on a complaint (where it also offers "anonymous").
 */
function refusalByField(error: CallFailed, kind: RegisterKind, shown: readonly FieldName[], lang: string) {
  const byField: Partial<Record<FieldName, string>> = {};
  const rest: string[] = [];
  const issues = error.error.code === 'bad_input' && Array.isArray(error.error.details) ? error.error.details as Partial<SaidIssue>[] : [];
  for (const issue of issues) {
    if (!issue.said || !Array.isArray(issue.path)) continue;
    const path = issue.path.map(String).join('.');
    const field: FieldName | undefined = path === 'details' ? 'details' : path === 'person' ? (kind === 'complaint' ? 'name' : 'phone')
      : path.startsWith('person.') ? fieldOrder.find((f) => `person.${f}` === path) : undefined;
    const sentence = lang === 'en' ? issue.said.en : issue.said.th;
    if (field && shown.includes(field)) { if (!byField[field]) byField[field] = sentence; } else if (!rest.includes(sentence)) rest.push(sentence);
  }
  return { byField, rest };
}

/**
 * The touch form: every field types through the on-screen Thai keyboard (the field touched last
 * gets it). The typed text lives only in this component: sending, cancelling or the idle reset
 * unmounts it, and nothing is kept anywhere in the renderer.
 *
 * Send, Cancel and "hide the keyboard" stand in a bar held at the foot of the screen, above the
 * keyboard, so they are in reach however long the form is (largest text, landscape). A refused Send
 * puts the keyboard away, says why beside Send, writes each field's own sentence under it and
 * brings the first of them into view (an outside tester, largest text: the refusal ran under the
 * keyboard, cut mid-sentence, and nothing seemed to happen).
 */
export function FilingForm({ kind, onSent, onCancel }: { kind: RegisterKind; onSent: (receipt: Receipt) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Record<FieldName, string>>({ details: '', name: '', phone: '', email: '', address: '' });
  const [active, setActive] = useState<FieldName>('details');
  const [keyboardOpen, setKeyboardOpen] = useState(true);
  const [anonymous, setAnonymous] = useState(false);
  // None chosen for the citizen: a complaint sent without a topic is filed under "other", not under a guess.
  const [topic, setTopic] = useState<ComplaintTopic>();
  const [sending, setSending] = useState(false);
  /** The last Send's failure, worded at each render (the language may change while it shows). */
  const [failure, setFailure] = useState<{ error: unknown; round: number }>();
  const dock = useRef<HTMLDivElement>(null);

  const labels: Record<FieldName, string> = {
    details: t(kind === 'request' ? 'registers.kiosk.details' : 'registers.kiosk.complaintDetails'),
    name: t('registers.kiosk.name'), phone: t('registers.kiosk.phone'), email: t('registers.kiosk.email'), address: t('registers.kiosk.address'),
  };
  const fields: FieldName[] = anonymous ? ['details'] : [...fieldOrder];

  // A save the kiosk could not make is the centre's to fix, not the citizen's: not "ask IT to free disk space".
  const notSaved = failure && (!(failure.error instanceof CallFailed) || ['disk_full', 'storage', 'internal', 'unavailable'].includes(failure.error.error.code));
  const refused = failure && !notSaved && failure.error instanceof CallFailed ? refusalByField(failure.error, kind, fields, i18n.language) : undefined;
  const fieldErrors = refused?.byField ?? {};
  const refusedFields = fields.filter((f) => fieldErrors[f]);
  const summary = !failure ? undefined
    : notSaved || !(failure.error instanceof CallFailed) ? t('registers.kiosk.notSaved')
      : refusedFields.length === 0 ? pick({ th: failure.error.error.messageTh, en: failure.error.error.message }, i18n.language)
        : [t('registers.kiosk.notSent', { count: refusedFields.length }), ...refused!.rest].join(' ');

  /** Scrolls so `el` stands whole above the bar and keyboard at the foot of the screen (they cover what is under them). */
  const keepAboveDock = (el: Element | null) => {
    if (!el) return;
    const box = el.getBoundingClientRect();
    const floor = dock.current?.getBoundingClientRect().top ?? window.innerHeight;
    const margin = 16;
    if (box.bottom + margin > floor) window.scrollBy({ top: Math.min(box.bottom + margin - floor, box.top - margin) });
    else if (box.top < margin) window.scrollBy({ top: box.top - margin });
  };

  // A refused Send: the keyboard is put away, the first refused field is focused (it gets the keys
  // when they come back) and shown with its sentence; the summary beside Send says the rest.
  const shownRound = useRef(0);
  useLayoutEffect(() => {
    if (!failure || shownRound.current === failure.round) return;
    shownRound.current = failure.round;
    const first = refusedFields[0];
    if (!first) return;
    document.getElementById(`filing-${first}`)?.focus({ preventScroll: true });
    keepAboveDock(document.getElementById(`filing-field-${first}`));
  });
  // The field being typed in stays in view above the keyboard, with its label and any sentence
  // under it ("Next field" moves down the form; a touch on a refused field brings the keys back).
  useEffect(() => {
    if (keyboardOpen) keepAboveDock(document.getElementById(`filing-field-${active}`));
  }, [active, keyboardOpen]);

  async function send() {
    setSending(true);
    try {
      const person = anonymous ? undefined : { name: values.name, phone: values.phone, email: values.email, address: values.address };
      const receipt = await call('registers.submit', { kind, details: values.details, anonymous, ...(person ? { person } : {}), ...(kind === 'complaint' && topic ? { topic } : {}) });
      setValues({ details: '', name: '', phone: '', email: '', address: '' });
      setFailure(undefined);
      // The anonymous visit log learns that a form was sent from registers.submit itself, not from here.
      onSent(receipt);
    } catch (e) {
      setKeyboardOpen(false);
      setFailure((f) => ({ error: e, round: (f?.round ?? 0) + 1 }));
    } finally {
      setSending(false);
    }
  }

  const touchField = (name: FieldName) => { setActive(name); setKeyboardOpen(true); };
  const formId = `filing-form-${kind}`;
  // The keyboard's keys are <button>s: kept outside the <form>, so a key press never submits it.
  return (
    <>
    <form id={formId} className="filing-form" onSubmit={(e) => { e.preventDefault(); void send(); }} aria-label={t(kind === 'request' ? 'registers.kiosk.requestTitle' : 'registers.kiosk.complaintTitle')}>
      {kind === 'complaint' && (
        <>
          <fieldset className="topic-choice">
            <legend>{t('registers.kiosk.topic')} <span className="optional">{t('registers.kiosk.topicOptional')}</span></legend>
            {complaintTopics.map((c) => (
              <button key={c} type="button" className="button" aria-pressed={topic === c} onClick={() => setTopic(topic === c ? undefined : c)}>{t(`registers.topics.${c}`)}</button>
            ))}
          </fieldset>
          <label className="check big-check">
            <input type="checkbox" checked={anonymous} onChange={(e) => { setAnonymous(e.target.checked); setActive('details'); setFailure(undefined); }} />
            <span>{t('registers.kiosk.anonymous')}</span>
          </label>
        </>
      )}
      {fields.map((name) => {
        const said = fieldErrors[name];
        const common = {
          id: `filing-${name}`, value: values[name], inputMode: 'none' as const, autoComplete: 'off', spellCheck: false,
          className: active === name && keyboardOpen ? 'typing' : undefined,
          'aria-invalid': said ? true : undefined, 'aria-describedby': said ? `filing-error-${name}` : undefined,
          onFocus: () => setActive(name), onClick: () => touchField(name),
          onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
        };
        // The sentence sits outside the label (described-by), so the field's accessible name is its label alone.
        return (
          <div key={name} id={`filing-field-${name}`} className={`field${said ? ' invalid' : ''}`}>
            <label htmlFor={common.id}>{labels[name]}</label>
            {multiLine.includes(name) ? <textarea rows={name === 'details' ? 4 : 2} {...common} /> : <input type="text" {...common} />}
            {said && <p className="field-error" id={`filing-error-${name}`}>{said}</p>}
          </div>
        );
      })}
      {!anonymous && <p className="note">{t('registers.kiosk.contactHint')}</p>}
    </form>
    <div ref={dock} className="filing-dock">
      {summary && <p className="status error" role="alert">{summary}</p>}
      <div className="actions">
        <button type="submit" form={formId} className="button big primary" disabled={sending}>{sending ? t('registers.kiosk.sending') : t('registers.kiosk.send')}</button>
        <button type="button" className="button big" onClick={onCancel}>{t('registers.kiosk.cancel')}</button>
        <button type="button" className="button big tool keyboard-toggle" onMouseDown={(e) => e.preventDefault()} onClick={() => setKeyboardOpen(!keyboardOpen)}>
          <span aria-hidden="true">⌨ </span>{keyboardOpen ? t('keyboard.hide') : t('keyboard.show')}
        </button>
      </div>
      {keyboardOpen && <p className="note typing-in" aria-live="polite">{t('registers.kiosk.typing', { field: labels[active] })}</p>}
      <TouchKeyboard hidden={!keyboardOpen} value={values[active]} onChange={(next) => setValues((v) => ({ ...v, [active]: next }))}
        onEnter={() => setActive(fields[(fields.indexOf(active) + 1) % fields.length]!)} labels={{ ...keyboardLabels(t), enter: t('registers.kiosk.nextField') }} language={i18n.language === 'en' ? 'en' : 'th'} />
    </div>
    </>
  );
}
