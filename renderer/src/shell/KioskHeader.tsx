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
  const { pathname } = useLocation();
  // Staff mode has its own bar (sign out, back to the public screen): no citizen back and finish there.
  const citizenNav = pathname !== '/' && !pathname.startsWith('/staff');
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
      <nav className="header-tools" aria-label={t('a11y.tools')}>
        {citizenNav && <button type="button" className="button tool" onClick={() => navigate(-1)}>{t('app.back')}</button>}
        {citizenNav && <button type="button" className="button tool" onClick={onFinish}>{t('finish')}</button>}
        {/* Words, not "ก-/ก+/◐": an elderly visitor should not have to guess what a symbol does. */}
        <div className="text-size" role="group" aria-label={t('a11y.textSize')}>
          <span className="tool-caption" aria-hidden="true">{t('a11y.text')}</span>
          <button type="button" className="button tool" aria-label={t('a11y.textSmaller')} disabled={size === 1}
            onClick={() => setPreferences({ ...preferences, textSize: (size - 1) as 1 | 2 })}>{t('a11y.smaller')}</button>
          <button type="button" className="button tool" aria-label={t('a11y.textLarger')} disabled={size === 3}
            onClick={() => setPreferences({ ...preferences, textSize: (size + 1) as 2 | 3 })}>{t('a11y.larger')}</button>
        </div>
        <button type="button" className="button tool" aria-pressed={preferences.highContrast}
          onClick={() => setPreferences({ ...preferences, highContrast: !preferences.highContrast })}><span aria-hidden="true">◐ </span>{t('a11y.contrast')}</button>
        <button type="button" className="button tool lang" lang={lang === 'th' ? 'en' : 'th'} aria-label={t('app.languageName')}
          onClick={() => { const next = lang === 'th' ? 'en' : 'th'; setLanguage(next); setVisitLanguage(next); }}>{t('app.language')}</button>
      </nav>
    </header>
  );
}
