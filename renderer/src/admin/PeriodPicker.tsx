import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodInput } from '../../../electron/contract/reports';
import { fiscalQuarterOf, monthKey, quarterKey, readQuarterKey, yearForReader } from '../../../electron/contract/thaiCalendar';
import { BeDateInput } from '../shell/BeDateInput';
import { currentMonth, localDigits, longMonthName, yearChoices } from './reportPeriod';

const kinds = ['month', 'quarter', 'range'] as const;

/** A first choice of each kind, near today, when the staff switch between kinds. */
function startOf(kind: PeriodInput['kind'], today: string): PeriodInput {
  if (kind === 'month') return currentMonth(today);
  if (kind === 'quarter') { const q = fiscalQuarterOf(today); return { kind, quarter: quarterKey(q.fiscalYearCe, q.quarter) }; }
  return { kind, from: `${today.slice(0, 7)}-01`, to: today };
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Month (month + พ.ศ.), Thai fiscal quarter (Q1 = ต.ค.–ธ.ค.), or a custom range; applied by a button.
 * `today` is the Bangkok day of the service's clock (from the report it made), never the screen's.
 */
export function PeriodPicker({ value, today, onApply }: { value: PeriodInput; today: string; onApply: (period: PeriodInput) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const years = yearChoices(today);
  const [draft, setDraft] = useState<PeriodInput>(value);
  const yearText = (ce: number) => String(yearForReader(ce, lang));
  const badRange = draft.kind === 'range' && (!isDay(draft.from) || !isDay(draft.to) || draft.from > draft.to);

  return (
    <form className="period-picker" aria-label={t('admin.reports.period')} onSubmit={(e) => { e.preventDefault(); if (!badRange) onApply(draft); }}>
      <div className="choice-row" role="group" aria-label={t('admin.reports.period')}>
        {kinds.map((k) => (
          <button key={k} type="button" className="chip" aria-pressed={draft.kind === k}
            onClick={() => setDraft(draft.kind === k ? draft : startOf(k, today))}>{t(`admin.reports.kinds.${k}`)}</button>
        ))}
      </div>
      <div className="period-fields">
        {draft.kind === 'month' && (() => {
          const y = Number(draft.month.slice(0, 4));
          const m = Number(draft.month.slice(5, 7));
          return (
            <>
              <label className="field"><span>{t('admin.reports.month')}</span>
                <select value={m} onChange={(e) => setDraft({ kind: 'month', month: monthKey(y, Number(e.target.value)) })}>
                  {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => <option key={month} value={month}>{longMonthName(month, lang)}</option>)}
                </select>
              </label>
              <label className="field"><span>{t('admin.reports.year')}</span>
                <select value={y} onChange={(e) => setDraft({ kind: 'month', month: monthKey(Number(e.target.value), m) })}>
                  {years.map((year) => <option key={year} value={year}>{yearText(year)}</option>)}
                </select>
              </label>
            </>
          );
        })()}
        {draft.kind === 'quarter' && (() => {
          const { fiscalYearCe: fy, quarter: q } = readQuarterKey(draft.quarter);
          return (
            <>
              <label className="field"><span>{t('admin.reports.quarter')}</span>
                <select value={q} onChange={(e) => setDraft({ kind: 'quarter', quarter: quarterKey(fy, Number(e.target.value)) })}>
                  {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{t('admin.reports.quarterOption', { n: localDigits(n, lang), months: t(`admin.reports.quarterMonths.${n}`) })}</option>)}
                </select>
              </label>
              <label className="field"><span>{t('admin.reports.fiscalYear')}</span>
                <select value={fy} onChange={(e) => setDraft({ kind: 'quarter', quarter: quarterKey(Number(e.target.value), q) })}>
                  {years.map((year) => <option key={year} value={year}>{yearText(year)}</option>)}
                </select>
              </label>
            </>
          );
        })()}
        {draft.kind === 'range' && (
          <>
            <BeDateInput label={t('admin.reports.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
            <BeDateInput label={t('admin.reports.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
          </>
        )}
      </div>
      {badRange && <p className="status error" role="alert">{t('admin.reports.badRange')}</p>}
      <div className="choice-row">
        <button type="submit" className="button primary" disabled={badRange}>{t('admin.reports.show')}</button>
        <button type="button" className="button" onClick={() => { const p = currentMonth(today); setDraft(p); onApply(p); }}>{t('admin.reports.thisMonth')}</button>
        <button type="button" className="button" onClick={() => { const p: PeriodInput = { kind: 'range', from: today, to: today }; setDraft(p); onApply(p); }}>{t('admin.reports.today')}</button>
      </div>
    </form>
  );
}
