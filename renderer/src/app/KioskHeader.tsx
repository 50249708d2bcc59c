import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { pick, setLanguage } from './i18n';
import { setVisitLanguage } from './visit';
import { useKiosk } from './KioskContext';

/** Agency name, home and back, language, text size and contrast: on every screen, large and reachable. */
export function KioskHeader({ onFinish }: { onFinish: () => void }) {
  const { t, i18n } = useTranslation();
  const { settings, preferences, setPreferences } = useKiosk();
  const navigate = useNavigate();
  const atHome = useLocation().pathname === '/';
  const lang = i18n.language;
  const size = preferences.textSize;
  return (
    <header className="kiosk-header">
      <Link to="/" className="agency" aria-label={`${t('app.home')} ${pick(settings.agency.name, lang)}`}>
        <span className="agency-mark" aria-hidden="true">{pick(settings.agency.shortName, lang)}</span>
        <span className="agency-names">
          <span className="agency-name">{pick(settings.agency.name, lang)}</span>
          <span className="centre-name">{pick(settings.centre.name, lang)}</span>
        </span>
      </Link>
      <nav className="header-tools" aria-label={t('a11y.textSize')}>
        {!atHome && <button type="button" className="button tool" onClick={() => navigate(-1)}>{t('app.back')}</button>}
        {!atHome && <button type="button" className="button tool" onClick={onFinish}>{t('finish')}</button>}
        <button type="button" className="button tool" aria-label={t('a11y.textSmaller')} disabled={size === 1}
          onClick={() => setPreferences({ ...preferences, textSize: (size - 1) as 1 | 2 })}>ก-</button>
        <button type="button" className="button tool" aria-label={t('a11y.textLarger')} disabled={size === 3}
          onClick={() => setPreferences({ ...preferences, textSize: (size + 1) as 2 | 3 })}>ก+</button>
        <button type="button" className="button tool" aria-pressed={preferences.highContrast}
          aria-label={preferences.highContrast ? t('a11y.contrastOn') : t('a11y.contrastOff')}
          onClick={() => setPreferences({ ...preferences, highContrast: !preferences.highContrast })}>◐</button>
        <button type="button" className="button tool lang" lang={lang === 'th' ? 'en' : 'th'} aria-label={t('app.languageName')}
          onClick={() => { const next = lang === 'th' ? 'en' : 'th'; setLanguage(next); setVisitLanguage(next); }}>{t('app.language')}</button>
      </nav>
    </header>
  );
}
