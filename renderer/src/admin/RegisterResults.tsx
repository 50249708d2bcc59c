import { useTranslation } from 'react-i18next';
import { channels, complaintTopics, refusalReasons, type RegisterKindFigures } from '../../../electron/contract/registers';
import type { ReportModel } from '../../../electron/contract/reports';
import type { ReportFormat } from './reportFormat';

/** The registers' section of the report: the same rows as the XLSX sheets, one column per register. */
export function RegisterResults({ model, format: f }: { model: ReportModel; format: ReportFormat }) {
  const { t, i18n } = useTranslation();
  const r = model.registers;
  if (!r) return null;
  const rows: [string, (x: RegisterKindFigures) => string][] = [
    [t('registers.report.received'), (x) => f.num(x.received)],
    ...channels.map((c): [string, (x: RegisterKindFigures) => string] => [t('registers.report.byChannel', { channel: t(`registers.channels.${c}`) }), (x) => f.num(x.byChannel[c])]),
    [t('registers.report.answered'), (x) => f.num(x.answered)],
    [t('registers.report.inTime'), (x) => f.num(x.answeredInTime)],
    [t('registers.report.inTimeRate'), (x) => f.pct(x.inTimeRate)],
    [t('registers.report.median'), (x) => f.decimal(x.medianWorkingDays)],
    [t('registers.report.overdueAtEnd'), (x) => f.num(x.overdueAtEnd)],
    [t('registers.report.referred'), (x) => f.num(x.referred)],
    ...refusalReasons.map((reason): [string, (x: RegisterKindFigures) => string] => [t('registers.report.refused', { reason: t(`registers.reasons.${reason}`) }), (x) => f.num(x.refusedByReason[reason] ?? 0)]),
    ...complaintTopics.map((topic): [string, (x: RegisterKindFigures) => string] => [t('registers.report.topic', { topic: t(`registers.topics.${topic}`) }), (x) => f.num(x.byTopic[topic] ?? 0)]),
  ];
  return (
    <section className="report-section" aria-labelledby="report-registers">
      <h2 id="report-registers">{t('registers.report.title')}</h2>
      <table className="data-table">
        <thead><tr><th scope="col">{t('registers.report.item')}</th><th scope="col">{t('registers.kinds.request')}</th><th scope="col">{t('registers.kinds.complaint')}</th></tr></thead>
        <tbody>{rows.map(([label, value]) => <tr key={label}><th scope="row">{label}</th><td className="number">{value(r.request)}</td><td className="number">{value(r.complaint)}</td></tr>)}</tbody>
      </table>
      <p className="note">{t('registers.report.note')}</p>
      {r.holidaysMissing && <p className="note holidays-missing"><strong>{i18n.language.startsWith('th') ? r.holidaysMissing.th : r.holidaysMissing.en}</strong></p>}
    </section>
  );
}
