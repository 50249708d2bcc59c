import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pick } from '../shell/i18n';
import { useCall } from '../base/useCall';
import { Loaded } from '../base/Loading';
import { durationText } from '../shell/durationText';

/** Every service standard, retired ones too. */
export function ServicesScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const all = useCall('standards.all', {});
  return (
    <div className="staff-services">
      <div className="screen-head">
        <h1>{t('staff.services.title')}</h1>
        <Link to="/staff/services/new" className="button primary big">{t('staff.services.new')}</Link>
      </div>
      <Loaded state={all}>
        {(services) => services.length === 0 ? <p className="status">{t('staff.services.empty')}</p> : (
          <div className="table-scroll">
            <table className="data-table">
              <thead><tr>
                <th scope="col">{t('staff.services.colTitle')}</th><th scope="col">{t('staff.services.unit')}</th>
                <th scope="col">{t('staff.services.total')}</th><th scope="col">{t('staff.services.fee')}</th><th scope="col">{t('staff.documents.status')}</th>
              </tr></thead>
              <tbody>
                {services.map((s) => (
                  <tr key={s.id} className={s.status === 'retired' ? 'retired' : undefined}>
                    <td><Link className="row-link" to={`/staff/services/${encodeURIComponent(s.id)}`}>{pick(s.title, lang)}</Link><div className="hint mono">{s.id}</div></td>
                    <td>{s.unit ?? '—'}</td>
                    <td className="date">{durationText(s.totalMinutes, t)}</td>
                    <td>{pick(s.feeSummary, lang)}</td>
                    <td><span className={`badge status-${s.status}`}>{t(`staff.status.${s.status}`)}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </div>
  );
}
