import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { totalMinutes } from '../../../electron/contract/serviceTime';
import { durationText } from '../app/durationText';
import { pick } from '../app/i18n';
import { useCall } from '../app/useCall';
import { useRecordOnce } from '../app/useRecordOnce';
import { Loaded } from './Loading';

function Duration({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  return <>{durationText(minutes, t)}</>;
}

export function ServicesScreen() {
  const { t } = useTranslation();
  return <div className="services"><h1>{t('services.title')}</h1><ServiceList /></div>;
}

/** Every active service standard with its total time and fee. */
export function ServiceList() {
  const { t, i18n } = useTranslation();
  const list = useCall('services.list', {});
  return (
    <>
      <Loaded state={list}>
        {(items) => (
          <ul className="result-list">
            {items.map((s) => (
              <li key={s.id}>
                <Link className="result" to={`/services/${encodeURIComponent(s.id)}`}>
                  <span className="result-title">{pick(s.title, i18n.language)}</span>
                  <span className="result-meta">
                    <span className="badge">{t('services.total')}: <Duration minutes={s.totalMinutes} /></span>
                    <span className="badge">{s.feeBaht > 0 ? t('services.baht', { amount: s.feeBaht }) : t('services.noFee')}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}

/** A service standard as the Licensing Facilitation Act asks: steps, time, fees, documents, where. */
export function ServiceScreen() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const service = useCall('services.get', { id });
  useRecordOnce(service.status === 'ok' ? { type: 'serviceView', serviceId: service.value.id } : undefined);
  return (
    <Loaded state={service}>
      {(s) => (
        <article className="service">
          <h1>{pick(s.title, lang)}</h1>
          {pick(s.description, lang) && <p className="lead">{pick(s.description, lang)}</p>}
          <h2>{t('services.steps')}</h2>
          <ol className="steps">
            {s.steps.map((step, i) => (
              <li key={i}>
                <span className="step-no">{t('services.step', { n: i + 1 })}</span>
                <span className="step-text">{pick(step.text, lang)}</span>
                <span className="step-time">{t('services.time')}: <Duration minutes={step.minutes} />{step.recurring && <> · {t('services.recurring')}</>}</span>
                {step.unit && <span className="step-unit">{step.unit}</span>}
              </li>
            ))}
          </ol>
          <p className="total"><strong>{t('services.total')}: <Duration minutes={totalMinutes(s)} /></strong></p>
          <h2>{t('services.fees')}</h2>
          {s.fees.filter((f) => f.baht > 0).length === 0
            ? <p>{t('services.noFee')}</p>
            : <ul className="plain-list">{s.fees.map((f, i) => <li key={i}>{pick(f.label, lang)}: {f.baht > 0 ? t('services.baht', { amount: f.baht }) : t('services.noFee')}</li>)}</ul>}
          {s.documents.length > 0 && <><h2>{t('services.documents')}</h2><ul className="plain-list checklist">{s.documents.map((d, i) => <li key={i}>{pick(d, lang)}</li>)}</ul></>}
          {s.channels.length > 0 && <><h2>{t('services.channels')}</h2><ul className="plain-list">{s.channels.map((c, i) => <li key={i}>{pick(c, lang)}</li>)}</ul></>}
          {s.unit && <><h2>{t('services.unit')}</h2><p>{s.unit}</p></>}
        </article>
      )}
    </Loaded>
  );
}
