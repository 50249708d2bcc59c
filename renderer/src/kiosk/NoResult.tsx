import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { categoryGroups, type GroupCode } from '../../../electron/contract/categories';
import { pick } from '../app/i18n';
import { useKiosk } from '../app/KioskContext';

/** Never a blank page: other ways in, the right to ask (Section 11), and where to complain. */
export function NoResult({ closestGroup }: { closestGroup?: GroupCode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { settings } = useKiosk();
  const group = categoryGroups.find((g) => g.code === closestGroup);
  return (
    <section className="no-result" aria-labelledby="no-result-title">
      <h2 id="no-result-title">{t('search.noResultTitle')}</h2>
      <p>{t('search.noResultText')}</p>
      {group && <p>{t('search.closestGroup')}: <Link className="chip strong" to={`/group/${group.code}`}>{pick(group.name, lang)}</Link></p>}
      <p className="request-box">{t('search.noResultRequest')}</p>
      <h3>{t('centre.complaint')}</h3>
      <ul className="plain-list">{settings.centre.complaintChannels.map((c, i) => <li key={i}>{pick(c, lang)}</li>)}</ul>
    </section>
  );
}
