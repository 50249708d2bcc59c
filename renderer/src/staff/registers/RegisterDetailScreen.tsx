import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegisterDetail } from '../../../../electron/contract/registers';
import { formatDate } from '../../shell/format';
import { pick } from '../../shell/i18n';
import { useCall } from '../../base/useCall';
import { Loaded } from '../../base/Loading';
import { ClockText } from './ClockText';
import { MoveForm } from './MoveForm';
import './staff-registers.css';

/** One item with its personal data and full history. Opening it is a changing call: the view is audited. */
export function RegisterDetailScreen() {
  const { id = '' } = useParams();
  const opened = useCall('registers.open', { id });
  return <Loaded state={opened}>{(detail) => <Detail key={detail.id} initial={detail} />}</Loaded>;
}

function Detail({ initial }: { initial: RegisterDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [detail, setDetail] = useState(initial);
  useEffect(() => setDetail(initial), [initial]);
  const { item, clock } = detail;
  const date = (d?: string) => formatDate(d, lang);
  return (
    <div className="register-detail">
      <Link to={`/staff/registers${item.kind === 'complaint' ? '?kind=complaint' : ''}`} className="button tool">{t('registers.staff.back')}</Link>
      <h1>{t('registers.staff.detailTitle', { kind: t(`registers.kinds.${item.kind}`), ref: item.ref })}</h1>
      <dl className="facts">
        <dt>{t('registers.staff.state')}</dt><dd><strong>{t(`registers.states.${item.state}`)}</strong></dd>
        <dt>{t('registers.staff.received')}</dt><dd>{date(item.receivedOn)} · {t(`registers.channels.${item.channel}`)}</dd>
        <dt>{t('registers.staff.due')}</dt>
        <dd>
          <ClockText row={detail} />
          {/* The holidays the count stepped over explain the due day: they go with it, and only when there is one. */}
          {clock.dueOn && clock.skipped.length > 0 && <span className="muted due-skipped">{t('registers.staff.skipped', { list: clock.skipped.map((h) => `${formatDate(h.date, lang, 'short')} ${pick({ th: h.nameTh, en: h.nameEn }, lang)}`).join(', ') })}</span>}
          {/* Counted over years the holiday table lacks: the day may be too early (weekends only were skipped there). */}
          {clock.holidaysMissing && <span className="holidays-missing" role="note">{pick(clock.holidaysMissing, lang)}</span>}
        </dd>
        {clock.acknowledgeBy && <><dt /><dd>{t('registers.staff.acknowledgeBy', { date: date(clock.acknowledgeBy) })}</dd></>}
        {item.topic && <><dt>{t('registers.kiosk.topic')}</dt><dd>{t(`registers.topics.${item.topic}`)}</dd></>}
        {item.referral && <><dt>{t('registers.staff.agency')}</dt><dd>{item.referral.agency} · {t('registers.staff.toldOn')} {date(item.referral.toldOn)}</dd></>}
        {item.refusal && <><dt>{t('registers.staff.reason')}</dt><dd>{t(`registers.reasons.${item.refusal.reason}`)}</dd></>}
        {item.outcome && <><dt>{t('registers.staff.outcome')}</dt><dd>{item.outcome}</dd></>}
      </dl>
      <section className="personal" aria-labelledby="personal-title">
        <h2 id="personal-title">{t('registers.staff.personal')}</h2>
        {detail.erased ? <p>{t('registers.staff.erased')} ({date(item.erasedOn)})</p> : item.anonymous ? <p>{t('registers.staff.anonymous')}</p> : (
          <dl className="facts">
            {item.person?.name && <><dt>{t('registers.kiosk.name')}</dt><dd>{item.person.name}</dd></>}
            {item.person?.phone && <><dt>{t('registers.kiosk.phone')}</dt><dd>{item.person.phone}</dd></>}
            {item.person?.email && <><dt>{t('registers.kiosk.email')}</dt><dd>{item.person.email}</dd></>}
            {item.person?.address && <><dt>{t('registers.kiosk.address')}</dt><dd>{item.person.address}</dd></>}
          </dl>
        )}
        {item.details && <><h3>{t('registers.staff.details')}</h3><p className="details-text">{item.details}</p></>}
        <p className="note">{t('registers.staff.viewAudited')}</p>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('registers.staff.history')}</h2>
        <ol className="history">
          {item.history.map((h, i) => (
            <li key={i}><strong>{date(h.on)}</strong> · {t(`registers.states.${h.state}`)}{h.by && <span className="muted"> · {h.by}</span>}{h.note && <p>{h.note}</p>}</li>
          ))}
        </ol>
      </section>
      <MoveForm detail={detail} onMoved={setDetail} />
    </div>
  );
}
