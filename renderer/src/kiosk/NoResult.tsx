import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupCode } from '../../../electron/contract/categories';
import type { Referral } from '../../../electron/contract/settings';
import { pick } from '../shell/i18n';
import { useKiosk } from '../shell/KioskContext';
import { groupName } from './categoryText';

/**
 * Never a blank page: says plainly that nothing was found and offers other ways in. The right to
 * ask comes with it, unless close matches follow: then it goes below them (AskInstead), so they
 * stay near the top of the screen. A topic another agency holds (settings' referrals) says which.
 */
export function NoResult({ closestGroup, withAsk, referral }: { closestGroup?: GroupCode | undefined; withAsk: boolean; referral?: Referral | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="no-result" aria-labelledby="no-result-title">
      <h2 id="no-result-title">{t('search.noResultTitle')}</h2>
      {referral && (
        <p className="request-box referral">{t('search.referral')} <strong>{pick(referral.agency, i18n.language)}</strong>
          {referral.contact && <><br />{t('search.referralContact')}: {referral.contact}</>}</p>
      )}
      <p>{t('search.noResultText')}</p>
      {closestGroup && <p>{t('search.closestGroup')}: <Link className="chip strong" to={`/group/${closestGroup}`}>{groupName(closestGroup, i18n.language)}</Link></p>}
      {withAsk && <RightToAsk />}
    </section>
  );
}

export function AskInstead() {
  const { t } = useTranslation();
  return (
    <section className="no-result" aria-labelledby="ask-instead-title">
      <h2 id="ask-instead-title" className="visually-hidden">{t('centre.request')}</h2>
      <RightToAsk />
    </section>
  );
}

/** The right to ask (Section 11), the way to the request form, and where to complain. */
function RightToAsk() {
  const { t, i18n } = useTranslation();
  const { settings } = useKiosk();
  return (
    <>
      <p className="request-box">{t('search.noResultRequest')}</p>
      <p><Link className="button primary" to="/request">{t('search.requestForm')}</Link></p>
      <h3>{t('centre.complaint')}</h3>
      <ul className="plain-list">{settings.centre.complaintChannels.map((c, i) => <li key={i}>{pick(c, i18n.language)}</li>)}</ul>
    </>
  );
}
