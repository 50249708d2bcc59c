import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceStandard } from '../../../electron/contract/schemas';
import { serviceChecklist } from '../../../electron/contract/serviceChecklist';
import { pick } from '../shell/i18n';
import { useKiosk } from '../shell/KioskContext';
import { QrCode } from '../ui/QrCode';

/** Set on <html> while the checklist slip waits for the printer; print CSS then shows only the slip. */
const PRINTING_CHECKLIST_CLASS = 'printing-checklist';

/**
 * The documents to bring, and a way to take the list away: a QR code holding the list as text
 * (read by a phone's camera, no network needed), and a printed slip where the settings allow printing.
 */
export function ServiceChecklist({ service }: { service: ServiceStandard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { settings } = useKiosk();
  useEffect(() => () => document.documentElement.classList.remove(PRINTING_CHECKLIST_CLASS), []);
  const print = () => {
    const root = document.documentElement;
    root.classList.add(PRINTING_CHECKLIST_CLASS);
    window.addEventListener('afterprint', () => root.classList.remove(PRINTING_CHECKLIST_CLASS), { once: true });
    window.print();
  };
  return (
    <section aria-labelledby="service-documents">
      <h2 id="service-documents">{t('services.documents')}</h2>
      <div className="take-away">
        <ul className="plain-list checklist">{service.documents.map((d, i) => <li key={i}>{pick(d, lang)}</li>)}</ul>
        <figure className="qr-box">
          {/* The list as UTF-8 text (3 bytes a Thai letter) makes a dense code: level L, drawn 630 px across
              (what the landscape column holds), so even the longest list serviceChecklist lets through
              has modules of 5 px or more, what a phone reads at arm's length (320 px gave ~3 px). */}
          <QrCode value={serviceChecklist(service, lang)} label={t('services.checklistQr')} size={630} errorCorrection="L" />
          <figcaption>{t('services.checklistQr')}</figcaption>
          {settings.kiosk.allowPrint && <button type="button" className="button big primary" onClick={print}>{t('services.printChecklist')}</button>}
        </figure>
      </div>
      {settings.kiosk.allowPrint && (
        <div className="checklist-slip" aria-hidden="true">
          <p className="slip-agency">{pick(settings.agency.name, lang)}</p>
          <h3>{pick(service.title, lang)}</h3>
          <p>{t('services.documents')}</p>
          <ol>{service.documents.map((d, i) => <li key={i}>☐ {pick(d, lang)}</li>)}</ol>
          {service.channels.length > 0 && <><p>{t('services.channels')}</p><ul>{service.channels.map((c, i) => <li key={i}>{pick(c, lang)}</li>)}</ul></>}
        </div>
      )}
    </section>
  );
}
