import { useTranslation } from 'react-i18next';
import { WORKDAY_MINUTES } from '../../../electron/contract/schemas';
import { GrowingText } from './GrowingText';

export type TimeUnit = 'minutes' | 'hours' | 'days';
export interface StepRow {
  th: string; en: string; amount: string; per: TimeUnit; unit: string; unitEn: string;
  /** Repeats after the service (e.g. a monthly report): shown to citizens, left out of the total. */
  recurring: boolean;
  /** The time was typed in and left: only then (or after a save attempt) is a wrong value marked. */
  touched?: boolean;
}

const factor: Record<TimeUnit, number> = { minutes: 1, hours: 60, days: WORKDAY_MINUTES };

/** Minutes of a step as typed (0.5 working day = 210 min); NaN while the amount is not a number. */
export const stepMinutes = (s: StepRow) => {
  const n = Number(s.amount.replace(',', '.'));
  return s.amount.trim() === '' || !Number.isFinite(n) || n < 0 ? Number.NaN : Math.round(n * factor[s.per]);
};

/** Shows stored minutes in the largest unit that divides them (420 → 1 working day). */
export function rowOfStep(step: { text: { th: string; en?: string }; minutes: number; unit?: string; unitEn?: string; recurring?: boolean }): StepRow {
  const per: TimeUnit = step.minutes >= WORKDAY_MINUTES && step.minutes % (WORKDAY_MINUTES / 2) === 0 ? 'days' : step.minutes >= 60 && step.minutes % 30 === 0 ? 'hours' : 'minutes';
  return { th: step.text.th, en: step.text.en ?? '', amount: String(step.minutes / factor[per]), per, unit: step.unit ?? '', unitEn: step.unitEn ?? '', recurring: step.recurring === true };
}

/** The ordered steps of a service standard: add, remove, move; time in minutes, hours or working days. */
export function StepsEditor({ steps, onChange, showErrors = false }: { steps: StepRow[]; onChange: (steps: StepRow[]) => void; showErrors?: boolean }) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<StepRow>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) => { const next = [...steps]; const [row] = next.splice(i, 1); next.splice(i + by, 0, row!); onChange(next); };
  return (
    <fieldset className="steps-editor">
      <legend>{t('services.steps')} *</legend>
      <ol>
        {steps.map((s, i) => {
          const n = i + 1;
          // A new step's empty time is not an error yet: red only once it was left empty or wrong, or on save.
          const bad = (s.touched || showErrors) && Number.isNaN(stepMinutes(s));
          return (
            <li key={i} className="step-row" aria-label={t('services.step', { n })}>
              <strong className="step-no">{t('services.step', { n })}</strong>
              <label className="field wide"><span>{t('staff.steps.short.textTh')}</span><GrowingText singleLine aria-label={t('staff.steps.textTh', { n })} value={s.th} onChange={(th) => edit(i, { th })} /></label>
              <label className="field wide"><span>{t('staff.steps.short.textEn')}</span><GrowingText singleLine aria-label={t('staff.steps.textEn', { n })} value={s.en} onChange={(en) => edit(i, { en })} /></label>
              <label className={`field${bad ? ' invalid' : ''}`}><span>{t('staff.steps.short.amount')}</span>
                <input aria-label={t('staff.steps.amount', { n })} inputMode="decimal" value={s.amount} onChange={(e) => edit(i, { amount: e.target.value })}
                  onBlur={() => { if (!s.touched) edit(i, { touched: true }); }} aria-invalid={bad || undefined} />
              </label>
              <label className="field"><span>{t('staff.steps.short.per')}</span>
                <select aria-label={t('staff.steps.per', { n })} value={s.per} onChange={(e) => edit(i, { per: e.target.value as TimeUnit })}>
                  <option value="minutes">{t('staff.steps.minutes')}</option>
                  <option value="hours">{t('staff.steps.hours')}</option>
                  <option value="days">{t('staff.steps.days')}</option>
                </select>
              </label>
              <label className="field"><span>{t('staff.steps.short.unit')}</span><input aria-label={t('staff.steps.unit', { n })} value={s.unit} onChange={(e) => edit(i, { unit: e.target.value })} /></label>
              <label className="field"><span>{t('staff.steps.short.unitEn')}</span><input aria-label={t('staff.steps.unitEn', { n })} value={s.unitEn} onChange={(e) => edit(i, { unitEn: e.target.value })} /></label>
              <label className="check"><input type="checkbox" aria-label={t('staff.steps.recurring', { n })} checked={s.recurring} onChange={(e) => edit(i, { recurring: e.target.checked })} /><span>{t('staff.steps.short.recurring')}</span></label>
              <div className="row-tools">
                <button type="button" className="button" disabled={i === 0} aria-label={t('staff.list.up', { item: t('services.step', { n }) })} onClick={() => move(i, -1)}>↑</button>
                <button type="button" className="button" disabled={i === steps.length - 1} aria-label={t('staff.list.down', { item: t('services.step', { n }) })} onClick={() => move(i, 1)}>↓</button>
                <button type="button" className="button" disabled={steps.length === 1} aria-label={t('staff.list.remove', { item: t('services.step', { n }) })} onClick={() => onChange(steps.filter((_, j) => j !== i))}>✕</button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...steps, { th: '', en: '', amount: '', per: 'minutes', unit: '', unitEn: '', recurring: false }])}>{t('staff.steps.add')}</button>
    </fieldset>
  );
}
