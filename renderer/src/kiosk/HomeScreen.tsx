import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { pick } from '../shell/i18n';
import { useKiosk } from '../shell/KioskContext';
import { useCall } from '../base/useCall';
import { groupDescription, groupName } from './categoryText';
import { Loaded } from '../base/Loading';
import { Phrases } from '../ui/Phrases';

const groupIcons: Record<string, string> = { law: '§', procurement: '฿', 'service-manuals': '☰', plans: '▤', resolutions: '✎', projects: '★', other: '…' };

/** Home: the agency, a large search field, category tiles with counts, and the centre's pages. */
export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { settings } = useKiosk();
  const navigate = useNavigate();
  const overview = useCall('catalogue.overview', {});
  return (
    <div className="home">
      <h1 className="welcome">{t('home.welcome')} · {pick(settings.centre.name, lang)}</h1>
      <button type="button" className="search-field" onClick={() => navigate('/search')} aria-label={t('home.searchLabel')}>
        <span aria-hidden="true" className="search-icon">⌕</span>
        <span>{t('home.searchPlaceholder')}</span>
      </button>
      <h2>{t('home.browse')}</h2>
      <Loaded state={overview}>
        {(o) => (
          <ul className="tiles">
            {o.groups.filter((g) => g.count > 0 || g.group !== 'other').map((g) => {
              return (
                <li key={g.group}>
                  <Link className="tile" to={`/group/${g.group}`}>
                    <span className="tile-icon" aria-hidden="true">{groupIcons[g.group]}</span>
                    <span className="tile-name"><Phrases text={groupName(g.group, lang)} /></span>
                    <span className="tile-hint"><Phrases text={groupDescription(g.group, lang)} /></span>
                    <span className="tile-count">{t('home.documents', { count: g.count })}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
      <ul className="tiles secondary">
        <li><Link className="tile" to="/centre"><span className="tile-name"><Phrases text={t('home.about')} /></span><span className="tile-hint"><Phrases text={t('home.aboutHint')} /></span></Link></li>
        <li><Link className="tile" to="/request"><span className="tile-name"><Phrases text={t('home.request')} /></span><span className="tile-hint"><Phrases text={t('home.requestHint')} /></span></Link></li>
        <li><Link className="tile" to="/complaint"><span className="tile-name"><Phrases text={t('home.complaint')} /></span><span className="tile-hint"><Phrases text={t('home.complaintHint')} /></span></Link></li>
      </ul>
    </div>
  );
}
