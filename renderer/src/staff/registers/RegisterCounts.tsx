import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegisterCounts as Counts } from '../../../../electron/contract/registers';
import { useCall } from '../../base/useCall';
import { pick } from '../../shell/i18n';
import './staff-registers.css';

/** The staff home's register figures: open, overdue (in red), due soon, awaiting clarification. */
export function RegisterCounts() {
  const { t, i18n } = useTranslation();
  const counts = useCall('registers.dashboard', {});
  if (counts.status !== 'ok') return null;
  const block = (kind: 'request' | 'complaint', c: Counts) => {
    const base = `/staff/registers?${kind === 'complaint' ? 'kind=complaint&' : ''}`;
    return (
      <section className="todo" aria-labelledby={`counts-${kind}`}>
        <h3 id={`counts-${kind}`}>{t(`registers.staff.${kind === 'request' ? 'requests' : 'complaints'}`)}</h3>
        <div className="count-row">
          <Link to={base}><span className="figure">{c.open}</span>{t('registers.staff.openCount')}</Link>
          <Link to={`${base}overdue=1`}><span className={`figure${c.overdue ? ' alert' : ''}`}>{c.overdue}</span>{t('registers.staff.overdueCount')}</Link>
          <span><span className="figure">{c.dueSoon}</span>{t('registers.staff.dueSoonCount')}</span>
          <span><span className="figure">{c.paused}</span>{t('registers.staff.pausedCount')}</span>
        </div>
      </section>
    );
  };
  return (
    <section aria-labelledby="register-counts">
      <h2 id="register-counts">{t('registers.staff.dashboard')}</h2>
      <div className="register-counts">{block('request', counts.value.request)}{block('complaint', counts.value.complaint)}</div>
      {counts.value.holidaysMissing && <p className="holidays-missing" role="note">{pick(counts.value.holidaysMissing, i18n.language)}</p>}
    </section>
  );
}
