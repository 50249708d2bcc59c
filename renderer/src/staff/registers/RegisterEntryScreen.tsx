import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintTopics, type ComplaintTopic, type RegisterKind } from '../../../../electron/contract/registers';
import { call } from '../../shell/client';
import { formatDate } from '../../shell/format';
import { BeDateInput, type BeDateValue } from '../../shell/BeDateInput';
import { useErrorText } from '../errorText';
import { Feedback, type Outcome } from '../Feedback';
import './staff-registers.css';

const staffChannels = ['counter', 'phone', 'letter', 'email'] as const;
const blank = { name: '', phone: '', email: '', address: '', details: '' };

/** Staff enter a request or complaint that came at the counter, by phone, by letter or by e-mail. */
export function RegisterEntryScreen() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [kind, setKind] = useState<RegisterKind>('request');
  const [channel, setChannel] = useState<(typeof staffChannels)[number]>('counter');
  const [receivedOn, setReceivedOn] = useState<BeDateValue>('');
  const [topic, setTopic] = useState<ComplaintTopic>('service');
  const [anonymous, setAnonymous] = useState(false);
  const [values, setValues] = useState(blank);
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<Outcome>();
  const field = (name: keyof typeof blank, label: string, multi = false) => (
    <label className="field"><span>{label}</span>
      {multi ? <textarea rows={name === 'details' ? 4 : 2} value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
        : <input value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />}
    </label>
  );
  async function save() {
    setResult(undefined);
    try {
      const receipt = await call('registers.enter', {
        kind, channel, anonymous, details: values.details,
        ...(receivedOn && receivedOn !== 'invalid' ? { receivedOn } : {}),
        ...(anonymous ? {} : { person: { name: values.name, phone: values.phone, email: values.email, address: values.address } }),
        ...(kind === 'complaint' ? { topic } : {}),
      });
      setValues(blank); setRound((n) => n + 1);
      setResult({ kind: 'done', text: t('registers.staff.entered', { ref: receipt.ref, due: formatDate(receipt.dueOn, i18n.language) }) });
    } catch (error) { setResult({ kind: 'error', error: errorText(error) }); }
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
      {!anonymous && <>{field('name', t('registers.kiosk.name'))}{field('phone', t('registers.kiosk.phone'))}{field('email', t('registers.kiosk.email'))}{field('address', t('registers.kiosk.address'), true)}</>}
      <button type="submit" className="button primary big">{t('registers.staff.save')}</button>
      <Feedback outcome={result} />
    </form>
  );
}
