import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalReasons, type RefusalReason, type RegisterDetail } from '../../../../electron/contract/registers';
import { call } from '../../shell/client';
import { BeDateInput, type BeDateValue } from '../../shell/BeDateInput';
import { useErrorText } from '../errorText';
import { Feedback, type Outcome } from '../Feedback';

/** Moves an item to a next state; asks what the law asks for that state (s.12 referral, s.15 refusal, an outcome). */
export function MoveForm({ detail, onMoved }: { detail: RegisterDetail; onMoved: (next: RegisterDetail) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [to, setTo] = useState(detail.moves[0] ?? '');
  const [on, setOn] = useState<BeDateValue>('');
  const [note, setNote] = useState('');
  const [agency, setAgency] = useState('');
  const [toldOn, setToldOn] = useState<BeDateValue>('');
  const [reason, setReason] = useState<RefusalReason>('s15-5');
  const [appeal, setAppeal] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [result, setResult] = useState<Outcome>();
  // "Saved" speaks of the last change only: once the next one is being filled in it would read as if
  // that one were recorded too. An error stays until the next save: it says what to put right.
  const edited = <T,>(set: (value: T) => void) => (value: T) => { set(value); setResult((r) => (r?.kind === 'done' ? undefined : r)); };
  // A closed item moves no more: only what the last change said stays.
  if (detail.moves.length === 0) return <Feedback outcome={result} />;

  async function save() {
    setResult(undefined);
    try {
      const next = await call('registers.move', {
        id: detail.id, to: to as never,
        ...(on && on !== 'invalid' ? { on } : {}),
        ...(note.trim() ? { note } : {}),
        ...(to === 'referred' ? { referral: { agency, toldOn: toldOn && toldOn !== 'invalid' ? toldOn : '' } } : {}),
        ...(to === 'refused' ? { refusal: { reason, appealNoticeGiven: appeal as true } } : {}),
        ...(to === 'closed' ? { outcome } : {}),
      });
      setNote(''); setResult({ kind: 'done', text: t('registers.staff.moved') });
      setTo(next.moves[0] ?? '');
      onMoved(next);
    } catch (error) { setResult({ kind: 'error', error: errorText(error) }); }
  }

  return (
    <form className="move-form" aria-label={t('registers.staff.move')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h2>{t('registers.staff.move')}</h2>
      <label className="field"><span>{t('registers.staff.to')}</span>
        <select value={to} onChange={(e) => edited(setTo)(e.target.value)}>
          {detail.moves.map((m) => <option key={m} value={m}>{t(`registers.states.${m}`)}</option>)}
        </select>
      </label>
      <BeDateInput label={t('registers.staff.on')} value="" onChange={edited(setOn)} />
      {to === 'referred' && (
        <>
          <label className="field"><span>{t('registers.staff.agency')}</span><input value={agency} onChange={(e) => edited(setAgency)(e.target.value)} /></label>
          <BeDateInput label={t('registers.staff.toldOn')} value="" onChange={edited(setToldOn)} required />
        </>
      )}
      {to === 'refused' && (
        <>
          <label className="field"><span>{t('registers.staff.reason')}</span>
            <select value={reason} onChange={(e) => edited(setReason)(e.target.value as RefusalReason)}>
              {refusalReasons.map((r) => <option key={r} value={r}>{t(`registers.reasons.${r}`)}</option>)}
            </select>
          </label>
          <label className="check"><input type="checkbox" checked={appeal} onChange={(e) => edited(setAppeal)(e.target.checked)} /> {t('registers.staff.appealNotice')}</label>
        </>
      )}
      {to === 'closed' && <label className="field"><span>{t('registers.staff.outcome')}</span><input value={outcome} onChange={(e) => edited(setOutcome)(e.target.value)} /></label>}
      <label className="field"><span>{t('registers.staff.note')}</span><textarea rows={2} value={note} onChange={(e) => edited(setNote)(e.target.value)} /></label>
      <button type="submit" className="button primary big">{t('registers.staff.save')}</button>
      <Feedback outcome={result} />
    </form>
  );
}
