import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintTopics, type ComplaintTopic, type RegisterKind } from '../../../../electron/contract/registers';
import { call } from '../../shell/client';
import { formatDate } from '../../shell/format';
import { pick } from '../../shell/i18n';
import { BeDateInput, type BeDateValue } from '../../shell/BeDateInput';
import { useErrorText, useFieldErrors } from '../errorText';
import { Feedback, type Outcome } from '../Feedback';
import './staff-registers.css';

const staffChannels = ['counter', 'phone', 'letter', 'email'] as const;
const blank = { name: '', phone: '', email: '', address: '', details: '' };
type FieldName = keyof typeof blank;
const contactFields: readonly FieldName[] = ['phone', 'email', 'address'];
/** The refused path a field shows: its own, and for the contact fields the rule on the person's contact as a whole. */
const pathsOf = (name: FieldName) => [name === 'details' ? 'details' : `person.${name}`, ...(contactFields.includes(name) ? ['person'] : [])];

/** Staff enter a request or complaint that came at the counter, by phone, by letter or by e-mail. */
export function RegisterEntryScreen() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const fieldErrorsOf = useFieldErrors();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [kind, setKind] = useState<RegisterKind>('request');
  const [channel, setChannel] = useState<(typeof staffChannels)[number]>('counter');
  const [receivedOn, setReceivedOn] = useState<BeDateValue>('');
  const [topic, setTopic] = useState<ComplaintTopic>('service');
  const [anonymous, setAnonymous] = useState(false);
  const [values, setValues] = useState(blank);
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<Outcome>();
  const [missing, setMissing] = useState('');
  const field = (name: FieldName, label: string, multi = false) => {
    const refused = pathsOf(name).filter((path) => fieldErrors[path]);
    // The contact rule is said once, under the phone (the first contact field), and describes all three.
    const shownHere = refused.filter((path) => path !== 'person' || name === 'phone');
    const id = `entry-${name}`;
    const common = {
      id, value: values[name],
      onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }),
      'aria-invalid': refused.length > 0 || undefined,
      'aria-describedby': refused.length > 0 ? refused.map((path) => `entry-error-${path}`).join(' ') : undefined,
    };
    // The sentence sits outside the label (described-by), so the field's accessible name is its label alone.
    return (
      <div className={`field${refused.length > 0 ? ' invalid' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {multi ? <textarea rows={name === 'details' ? 4 : 2} {...common} /> : <input {...common} />}
        {shownHere.map((path) => <small key={path} className="hint error" id={`entry-error-${path}`}>{fieldErrors[path]}</small>)}
      </div>
    );
  };
  async function save() {
    setResult(undefined);
    setMissing('');
    setFieldErrors({});
    try {
      const receipt = await call('registers.enter', {
        // Only a complaint may be anonymous: a tick left from a complaint does not follow the form to a request.
        kind, channel, anonymous: kind === 'complaint' && anonymous, details: values.details,
        ...(receivedOn && receivedOn !== 'invalid' ? { receivedOn } : {}),
        ...(kind === 'complaint' && anonymous ? {} : { person: { name: values.name, phone: values.phone, email: values.email, address: values.address } }),
        ...(kind === 'complaint' ? { topic } : {}),
      });
      setValues(blank); setRound((n) => n + 1);
      setResult({ kind: 'done', text: t('registers.staff.entered', { ref: receipt.ref, due: formatDate(receipt.dueOn, i18n.language) }) });
      // Saved all the same; the due day was counted over years the holiday table lacks, and may be early.
      setMissing(receipt.holidaysMissing ? pick(receipt.holidaysMissing, i18n.language) : '');
    } catch (error) { setResult({ kind: 'error', error: errorText(error) }); setFieldErrors(fieldErrorsOf(error)); }
  }
  return (
    <form className="registers register-entry" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h1>{t('registers.staff.entryTitle')}</h1>
      <label className="field"><span>{t('registers.staff.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as RegisterKind)}>
          <option value="request">{t('registers.kinds.request')}</option><option value="complaint">{t('registers.kinds.complaint')}</option>
        </select>
      </label>
      <label className="field"><span>{t('registers.staff.channel')}</span>
        <select value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
          {staffChannels.map((c) => <option key={c} value={c}>{t(`registers.channels.${c}`)}</option>)}
        </select>
      </label>
      <BeDateInput key={round} label={t('registers.staff.receivedOn')} value="" onChange={setReceivedOn} />
      {kind === 'complaint' && (
        <>
          <label className="field"><span>{t('registers.kiosk.topic')}</span>
            <select value={topic} onChange={(e) => setTopic(e.target.value as ComplaintTopic)}>
              {complaintTopics.map((c) => <option key={c} value={c}>{t(`registers.topics.${c}`)}</option>)}
            </select>
          </label>
          <label className="check"><input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('registers.kiosk.anonymous')}</label>
        </>
      )}
      {field('details', t(kind === 'request' ? 'registers.kiosk.details' : 'registers.kiosk.complaintDetails'), true)}
      {!(kind === 'complaint' && anonymous) && <>{field('name', t('registers.kiosk.name'))}{field('phone', t('registers.kiosk.phone'))}{field('email', t('registers.kiosk.email'))}{field('address', t('registers.kiosk.address'), true)}</>}
      <button type="submit" className="button primary big">{t('registers.staff.save')}</button>
      <Feedback outcome={result} />
      {missing && <p className="holidays-missing" role="note">{missing}</p>}
    </form>
  );
}
