import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcurementMonth } from '../../../electron/contract/catalogue-staff';
import { shortDateForReader, shortYearBe } from '../../../electron/contract/thaiCalendar';
import { monthName } from '../shell/format';
import { useCall } from '../base/useCall';
import { Loaded } from '../base/Loading';

/**
 * Month grid of the monthly procurement summaries (สขร.๑) of one fiscal year, which the citizen
 * picks (the current one first). Each month says what the service found: published, missing
 * (past its due day without one), awaiting publication (ended, due by the day shown), or not due
 * yet (a month is summarised after it ends).
 */
export function ProcurementMonths() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [fiscalYearBe, setFiscalYearBe] = useState<number>();
  const grid = useCall('catalogue.procurementMonths', fiscalYearBe ? { fiscalYearBe } : {});
  return (
    <section aria-labelledby="proc-months">
      <h2 id="proc-months">{t('browse.procurementMonths')}</h2>
      <Loaded state={grid}>
        {(g) => (
          <>
            <div className="fiscal-years" role="group" aria-label={t('browse.chooseFiscalYear')}>
              {g.fiscalYearBeChoices.map((fy) => (
                <button key={fy} type="button" className="chip" aria-pressed={fy === g.fiscalYearBe} onClick={() => setFiscalYearBe(fy)}>
                  {t('browse.fiscalYear', { year: fy })}{fy === g.currentFiscalYearBe && ` (${t('browse.currentYear')})`}
                </button>
              ))}
            </div>
            <div className="month-grid" role="group" aria-label={t('browse.fiscalYear', { year: g.fiscalYearBe })}>
              <h3>{t('browse.fiscalYear', { year: g.fiscalYearBe })}</h3>
              <ul>{g.months.map((m) => <li key={m.month}><MonthTile month={m} label={monthLabel(m.month, lang)} /></li>)}</ul>
              <p className="month-legend">{t('browse.legend')}</p>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}

/** "ต.ค. 68" in Thai (Buddhist Era), "Oct 2025" in English. */
function monthLabel(isoMonth: string, lang: string) {
  const [year, month] = isoMonth.split('-').map(Number) as [number, number];
  return `${monthName(month, lang)} ${lang === 'en' ? year : Number(shortYearBe(year))}`;
}

function MonthTile({ month: m, label }: { month: ProcurementMonth; label: string }) {
  const { t, i18n } = useTranslation();
  if (m.state === 'published' && m.documentId) {
    return <Link className="month available" to={`/doc/${encodeURIComponent(m.documentId)}`} aria-label={`${label} ${t('browse.available')}`}>{label}<span className="month-state" aria-hidden="true">✓</span></Link>;
  }
  if (m.state === 'awaiting') {
    // "รอเผยแพร่ (ภายใน 15 ธ.ค. 2569)": it wraps in a tile, but never inside the date (no-break spaces there).
    const date = shortDateForReader(m.dueBy, i18n.language);
    const said = (day: string) => `${t('browse.awaiting')} ${t('browse.awaitingBy', { date: day })}`;
    return <span className="month awaiting" aria-label={`${label} ${said(date)}`}>{label}<span className="month-state">{said(date.replaceAll(' ', '\u00a0'))}</span></span>;
  }
  const [look, text] = m.state === 'missing' ? ['missing', t('browse.missing')] : ['not-due', t('browse.notDue')];
  return <span className={`month ${look}`} aria-label={`${label} ${text}`}>{label}<span className="month-state">{text}</span></span>;
}
