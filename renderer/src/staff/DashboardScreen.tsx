import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { categoryByCode } from '../../../electron/contract/categories';
import { shortDateForReader, yearForReader } from '../../../electron/contract/thaiCalendar';
import { formatDate, monthName } from '../shell/format';
import { pick } from '../shell/i18n';
import { useCall } from '../base/useCall';
import { Loaded } from '../base/Loading';
import { RegisterCounts } from './registers/RegisterCounts';
import { FleetRefusedNotice } from './FleetRefusedNotice';

/** The staff's to-do list: what is missing or stale in the index (the Act asks it be complete and current). */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const report = useCall('catalogue.completeness', {});
  const month = (ym: string) => { const [y, m] = ym.split('-').map(Number) as [number, number]; return `${monthName(m, lang)} ${yearForReader(y, lang)}`; };
  return (
    <Loaded state={report}>
      {(r) => (
        <div className="dashboard">
          <h1>{t('staff.dashboard.title')}</h1>
          <p className="lead">{t('staff.dashboard.asOf', { date: formatDate(r.asOf, lang) })}</p>
          <RegisterCounts />
          <div className="todo-grid">
            <FleetRefusedNotice />
            <section className="todo" aria-labelledby="todo-months">
              <h2 id="todo-months">{t('staff.dashboard.missingMonths')}</h2>
              {r.missingProcurementMonths.every((fy) => fy.months.length === 0)
                ? <p className="ok">{t('staff.dashboard.none')}</p>
                : r.missingProcurementMonths.filter((fy) => fy.months.length > 0).map((fy) => (
                  <p key={fy.fiscalYearBe}><strong>{t('browse.fiscalYear', { year: fy.fiscalYearBe })}:</strong> {fy.months.map(month).join(', ')}</p>
                ))}
              {r.awaitingProcurementMonths.length > 0 && (
                <p className="hint">{t('staff.dashboard.awaitingMonths', { months: r.awaitingProcurementMonths.map((m) => t('staff.dashboard.awaitingMonth', { month: month(m.month), date: shortDateForReader(m.dueBy, lang) })).join(', ') })}</p>
              )}
            </section>
            <section className="todo" aria-labelledby="todo-review">
              <h2 id="todo-review">{t('staff.dashboard.pastReview')}</h2>
              {r.pastReview.length === 0 ? <p className="ok">{t('staff.dashboard.none')}</p> : (
                <ul className="plain-list">{r.pastReview.map((d) => <li key={d.id}><Link to={`/staff/documents/${encodeURIComponent(d.id)}`}>{d.title}</Link> · {formatDate(d.reviewBy, lang)}</li>)}</ul>
              )}
            </section>
            <section className="todo" aria-labelledby="todo-text">
              <h2 id="todo-text">{t('staff.dashboard.needsText')}</h2>
              {r.needsText.length === 0 ? <p className="ok">{t('staff.dashboard.none')}</p> : (
                <ul className="plain-list">{r.needsText.map((d) => <li key={d.id}><Link to={`/staff/documents/${encodeURIComponent(d.id)}`}>{d.title}</Link> · {t(`staff.dashboard.reason.${d.reason}`)}</li>)}</ul>
              )}
            </section>
            {r.missingFiles.length > 0 && (
              <section className="todo" aria-labelledby="todo-files">
                <h2 id="todo-files">{t('staff.dashboard.missingFiles')}</h2>
                <ul className="plain-list">{r.missingFiles.map((d) => <li key={d.id}><Link to={`/staff/documents/${encodeURIComponent(d.id)}`}>{d.title}</Link> · {d.fileName}</li>)}</ul>
              </section>
            )}
            <section className="todo" aria-labelledby="todo-empty">
              <h2 id="todo-empty">{t('staff.dashboard.emptyCategories')}</h2>
              {r.emptyCategories.length === 0 ? <p className="ok">{t('staff.dashboard.none')}</p>
                : <ul className="plain-list">{r.emptyCategories.map((c) => <li key={c}>{pick(categoryByCode[c].name, lang)} ({pick(categoryByCode[c].legal, lang)})</li>)}</ul>}
            </section>
          </div>
          <h2>{t('staff.dashboard.categories')}</h2>
          <table className="data-table">
            <thead><tr><th scope="col">{t('staff.dashboard.category')}</th><th scope="col">{t('staff.dashboard.count')}</th><th scope="col">{t('staff.dashboard.newest')}</th></tr></thead>
            <tbody>
              {r.categories.map((c) => (
                <tr key={c.code} className={c.count === 0 ? 'empty' : undefined}>
                  <td><span className="badge legal">{pick(categoryByCode[c.code].legal, lang)}</span> {pick(categoryByCode[c.code].name, lang)}</td>
                  <td className="number">{c.count}</td>
                  <td>{c.newestPublished ? formatDate(c.newestPublished, lang, 'short') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Loaded>
  );
}
