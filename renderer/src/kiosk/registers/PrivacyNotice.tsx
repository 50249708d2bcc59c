import { useTranslation } from 'react-i18next';
import type { RegisterKind } from '../../../../electron/contract/registers';

/** The plain-language PDPA notice shown before a form: what is kept, why, who sees it and for how long. */
export function PrivacyNotice({ kind, retentionMonths, onAgree, onCancel }: { kind: RegisterKind; retentionMonths: number; onAgree: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="privacy-notice" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('registers.kiosk.privacyTitle')}</h2>
      <ul className="privacy-points">
        <li>{t('registers.kiosk.privacyWhat')}</li>
        <li>{t('registers.kiosk.privacyWhy')}</li>
        <li>{t('registers.kiosk.privacyWho')}</li>
        <li>{t('registers.kiosk.privacyHowLong', { months: retentionMonths })}</li>
        {kind === 'complaint' && <li>{t('registers.kiosk.privacyAnonymous')}</li>}
        <li>{t('registers.kiosk.privacyScreen')}</li>
      </ul>
      <div className="actions">
        <button type="button" className="button big primary" onClick={onAgree}>{t('registers.kiosk.agree')}</button>
        <button type="button" className="button big" onClick={onCancel}>{t('registers.kiosk.cancel')}</button>
      </div>
    </section>
  );
}
