import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { monthName } from '../app/format';
import { useCall } from '../app/useCall';
import { Loaded } from './Loading';

/** Month-by-year grid of the monthly procurement summaries (สขร.๑): which exist, which are missing. */
export function ProcurementMonths() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const months = useCall('catalogue.procurementMonths', {});
  return (
    <section aria-labelledby="proc-months">
      <h2 id="proc-months">{t('browse.procurementMonths')}</h2>
      <Loaded state={months}>
        {({ fiscalYears }) => (
          <div className="month-grids">
            {fiscalYears.map((fy) => (
              <div key={fy.fiscalYear} className="month-grid" role="group" aria-label={t('browse.fiscalYear', { year: fy.fiscalYear })}>
                <h3>{t('browse.fiscalYear', { year: fy.fiscalYear })}</h3>
                <ul>
                  {fy.months.map((m) => {
                    const [year, month] = m.month.split('-').map(Number) as [number, number];
                    const label = `${monthName(month, lang)} ${lang === 'en' ? year : (year + 543) % 100}`;
                    return (
                      <li key={m.month}>
                        {m.documentId
                          ? <Link className="month available" to={`/doc/${encodeURIComponent(m.documentId)}`} aria-label={`${label} ${t('browse.available')}`}>{label}<span className="month-state" aria-hidden="true">✓</span></Link>
                          : <span className="month missing" aria-label={`${label} ${t('browse.missing')}`}>{label}<span className="month-state">{t('browse.missing')}</span></span>}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        )}
      </Loaded>
    </section>
  );
}
