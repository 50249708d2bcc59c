import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { feeLines } from '../../../electron/contract/serviceFees';
import { totalMinutes } from '../../../electron/contract/serviceTime';
import { durationText } from '../shell/durationText';
import { pick } from '../shell/i18n';
import { useCall } from '../base/useCall';
import { useRecordOnce } from '../shell/useRecordOnce';
import { Loaded } from '../base/Loading';
import { RecordText } from './RecordText';
import { ServiceChecklist } from './ServiceChecklist';

function Duration({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  return <>{durationText(minutes, t)}</>;
}

export function ServicesScreen() {
  const { t } = useTranslation();
  return <div className="services"><h1>{t('services.title')}</h1><ServiceList /></div>;
}

/** Every active service standard with its total time and its fees, each with its unit (never a sum). */
export function ServiceList() {
  const { t, i18n } = useTranslation();
  const list = useCall('standards.list', {});
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
                    <span className="badge fee"><span className="visually-hidden">{t('services.fees')}: </span>{pick(s.feeSummary, i18n.language)}</span>
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
  const service = useCall('standards.get', { id });
  useRecordOnce(service.status === 'ok' ? { type: 'serviceView', serviceId: service.value.id } : undefined);
  return (
    <Loaded state={service}>
      {(s) => (
        <article className="service">
          <h1>{pick(s.title, lang)}</h1>
          {pick(s.description, lang) && <p className="lead">{pick(s.description, lang)}</p>}
          {/* Landscape: the steps on the left, fees and the documents to bring on the right (theme.css). */}
          <div className="service-body">
            <div className="service-steps">
              <h2>{t('services.steps')}</h2>
              <ol className="steps">
                {s.steps.map((step, i) => (
                  <li key={i}>
                    <span className="step-no">{t('services.step', { n: i + 1 })}</span>
                    <span className="step-text">{pick(step.text, lang)}</span>
                    <span className="step-time">{t('services.time')}: <Duration minutes={step.minutes} />{step.recurring && <> · {t('services.recurring')}</>}</span>
                    {step.unit && <span className="step-unit"><RecordText th={step.unit} en={step.unitEn} /></span>}
                  </li>
                ))}
              </ol>
              <p className="total"><strong>{t('services.total')}: <Duration minutes={totalMinutes(s)} /></strong></p>
            </div>
            <div className="service-facts">
              <h2 id="service-fees">{t('services.fees')}</h2>
              <ul className="plain-list fee-list" aria-labelledby="service-fees">{feeLines(s.fees).map((line, i) => <li key={i}>{pick(line, lang)}</li>)}</ul>
              {s.documents.length > 0 && <ServiceChecklist service={s} />}
              {s.channels.length > 0 && <><h2>{t('services.channels')}</h2><ul className="plain-list">{s.channels.map((c, i) => <li key={i}>{pick(c, lang)}</li>)}</ul></>}
              {s.unit && <><h2>{t('services.unit')}</h2><p><RecordText th={s.unit} en={s.unitEn} /></p></>}
            </div>
          </div>
        </article>
      )}
    </Loaded>
  );
}
