import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pick } from '../shell/i18n';
import { useKiosk } from '../shell/KioskContext';
import { useRecordOnce } from '../shell/useRecordOnce';

/** About this centre: hours, place, people, how to ask and how to complain (all from settings). */
export function CentreScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { centre } = useKiosk().settings;
  // The phone line in the screen's language: the Thai one where the agency gave no English one.
  const phone = pick({ th: centre.phone, en: centre.phoneEn }, lang).trim();
  return (
    <article className="centre">
      <h1>{pick(centre.name, lang)}</h1>
      <dl className="facts">
        <dt>{t('centre.hours')}</dt><dd>{pick(centre.hours, lang)}</dd>
        <dt>{t('centre.location')}</dt><dd>{pick(centre.location, lang)}</dd>
        <dt>{t('centre.executive')}</dt><dd>{pick(centre.executive, lang)}</dd>
        {centre.staff.length > 0 && <><dt>{t('centre.staff')}</dt><dd>{centre.staff.map((s) => pick(s, lang)).join(', ')}</dd></>}
        {phone && <><dt>{t('centre.phone')}</dt><dd>{phone}</dd></>}
      </dl>
      <RequestInfo />
      <Complaints />
    </article>
  );
}

export function RequestInfo() {
  const { t, i18n } = useTranslation();
  const { centre } = useKiosk().settings;
  return <section><h2>{t('centre.request')}</h2><p className="request-box">{pick(centre.requestInfo, i18n.language)}</p></section>;
}

export function Complaints() {
  const { t, i18n } = useTranslation();
  const { centre } = useKiosk().settings;
  return (
    <section>
      <h2>{t('centre.complaint')}</h2>
      <ul className="plain-list">{centre.complaintChannels.map((c, i) => <li key={i}>{pick(c, i18n.language)}</li>)}</ul>
    </section>
  );
}

/**
 * How to ask for information, and the screen's one main action: a full-width touch target. A request
 * is not a complaint, so the complaint channels are not listed here (an outside tester read them as
 * part of the request): a citizen who came to complain is sent to the complaints screen instead.
 */
export function RequestScreen() {
  const { t } = useTranslation();
  useRecordOnce({ type: 'requestInfoShown' });
  return (
    <article className="centre">
      <RequestInfo />
      <Link to="/request/form" className="button big primary main-action">{t('registers.kiosk.startRequest')}</Link>
      <Link to="/complaint" className="button main-action secondary-action">{t('centre.complainInstead')}</Link>
    </article>
  );
}

export function ComplaintScreen() {
  const { t } = useTranslation();
  useRecordOnce({ type: 'complaintShown' });
  return <article className="centre"><Link to="/complaint/form" className="button big primary main-action">{t('registers.kiosk.startComplaint')}</Link><Complaints /></article>;
}
