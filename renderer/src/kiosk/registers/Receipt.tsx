import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receipt as ReceiptValue } from '../../../../electron/contract/registers';
import { formatDate } from '../../shell/format';
import { pick } from '../../shell/i18n';
import { useKiosk } from '../../shell/KioskContext';
import { QrCode } from '../../ui/QrCode';

/** The print CSS shows only `.checklist-slip` elements while this class is on <html> (shared with the service checklist). */
const PRINTING_CLASS = 'printing-checklist';

/** What the citizen takes away: the reference number, the day the answer is due, QR codes, and a printed slip where printing is allowed. */
export function Receipt({ receipt, onDone }: { receipt: ReceiptValue; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { settings } = useKiosk();
  useEffect(() => () => document.documentElement.classList.remove(PRINTING_CLASS), []);
  const print = () => {
    document.documentElement.classList.add(PRINTING_CLASS);
    window.addEventListener('afterprint', () => document.documentElement.classList.remove(PRINTING_CLASS), { once: true });
    window.print();
  };
  const rule = t(receipt.unit === 'calendar' ? 'registers.kiosk.dueRuleCalendar' : 'registers.kiosk.dueRule', { days: receipt.days });
  // The centre's phone line in the screen's language (the Thai one where there is no English one).
  const phone = pick({ th: settings.centre.phone, en: settings.centre.phoneEn }, lang).trim();
  const skipped = receipt.skipped.map((h) => `${formatDate(h.date, lang, 'short')} ${pick({ th: h.nameTh, en: h.nameEn }, lang)}`).join(', ');
  // A complaint's printed slip (it may be left in the tray) carries its topic only; its screen, the start of its text (cut by the register).
  const facts = (onSlip: boolean) => (
    <dl className="receipt-facts">
      <dt>{t('registers.kiosk.ref')}</dt><dd className="receipt-ref">{receipt.ref}</dd>
      <dt>{t('registers.kiosk.received')}</dt><dd>{formatDate(receipt.receivedOn, lang)}</dd>
      <dt>{t(receipt.noContact ? 'registers.kiosk.dueNoContact' : 'registers.kiosk.due')}</dt><dd className="receipt-due">{formatDate(receipt.dueOn, lang)}</dd>
      <dt>{t('registers.kiosk.filed')}</dt>
      <dd className="receipt-filed">{receipt.topic && <strong>{t(`registers.topics.${receipt.topic}`)}{onSlip ? '' : ': '}</strong>}{onSlip && receipt.kind === 'complaint' ? '' : receipt.details}</dd>
    </dl>
  );
  const where = { phone, centre: pick(settings.centre.name, lang), hours: pick(settings.centre.hours, lang) };
  // Every receipt says how to follow the matter up (one without a contact says so in its own note).
  const keepRef = t(phone && !receipt.noContact ? 'registers.kiosk.keepRefFollowUp' : 'registers.kiosk.keepRef', where);
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title">{t('registers.kiosk.receiptTitle')}</h2>
      <div className="take-away">
        <div>
          {facts(false)}
          <p className="note">{rule}</p>
          {skipped && <p className="note">{t('registers.kiosk.skipped', { list: skipped })}</p>}
          {receipt.noContact && <p className="note">{t(phone ? 'registers.kiosk.noContact' : 'registers.kiosk.noContactNoPhone', where)}</p>}
          <p className="keep-ref">{keepRef}</p>
          {receipt.kind === 'request' && <p className="note">{t('registers.kiosk.section13')}</p>}
        </div>
        <figure className="qr-box">
          <QrCode value={receipt.ref} label={t('registers.kiosk.qrRef')} size={240} />
          <figcaption>{t('registers.kiosk.qrRef')}</figcaption>
          {receipt.statusUrl && <><QrCode value={receipt.statusUrl} label={t('registers.kiosk.qrStatus')} size={240} /><figcaption>{t('registers.kiosk.qrStatus')}</figcaption></>}
        </figure>
      </div>
      <div className="actions">
        {settings.kiosk.allowPrint && <button type="button" className="button big" onClick={print}>{t('registers.kiosk.print')}</button>}
        <button type="button" className="button big primary" onClick={onDone}>{t('registers.kiosk.done')}</button>
      </div>
      {settings.kiosk.allowPrint && (
        <div className="checklist-slip receipt-slip" aria-hidden="true">
          <p className="slip-agency">{pick(settings.agency.name, lang)} · {pick(settings.centre.name, lang)}</p>
          <h3>{t(`registers.kinds.${receipt.kind}`)}</h3>
          {facts(true)}
          <p>{rule}</p>
          <p>{keepRef}</p>
        </div>
      )}
    </section>
  );
}
