import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../../electron/contract/reports';
import { BarsChart } from '../ui/BarsChart';
import type { ReportFormat } from './reportFormat';

/** The end-of-visit survey: who answered, how satisfied (average and 1–5), and how many answered. */
export function SurveyResults({ model, format: f }: { model: ReportModel; format: ReportFormat }) {
  const { t } = useTranslation();
  const s = model.survey;
  const types = s.visitorTypes.map((v) => ({ label: t(`survey.types.${v.type}`), value: v.count }));
  const levels = s.satisfaction.map((count, i) => ({ label: `${i + 1} · ${t(`survey.levels.${i + 1}`)}`, value: count }));
  return (
    <section className="report-section" aria-labelledby="report-survey">
      <h2 id="report-survey">{t('admin.reports.survey')}</h2>
      <dl className="survey-facts">
        <div role="group" aria-label={t('admin.reports.answered')}><dt>{t('admin.reports.answered')}</dt><dd>{f.num(s.answered)} {t('admin.reports.people')}</dd></div>
        <div role="group" aria-label={t('admin.reports.skipped')}><dt>{t('admin.reports.skipped')}</dt><dd>{f.num(s.skipped)} {t('admin.reports.people')}</dd></div>
        <div role="group" aria-label={t('admin.reports.totals.responseRate')}><dt>{t('admin.reports.totals.responseRate')}</dt><dd>{f.pct(s.responseRate)} <span className="note">{t('admin.reports.responseRateNote')}</span></dd></div>
        <div role="group" aria-label={t('admin.reports.satisfactionAverage')}><dt>{t('admin.reports.satisfactionAverage')}</dt><dd>{f.decimal(s.satisfactionAverage)} <span className="note">{t('admin.reports.outOf5')}</span></dd></div>
      </dl>
      <div className="report-columns">
        <section aria-labelledby="report-visitor-types">
          <h3 id="report-visitor-types">{t('admin.reports.visitorTypes')}</h3>
          <BarsChart data={types} formatNumber={f.num} color="#d97706" labelWidth={200}
            label={`${t('admin.reports.visitorTypes')}: ${types.map((v) => `${v.label} ${f.num(v.value)}`).join(', ')}`} />
        </section>
        <section aria-labelledby="report-satisfaction">
          <h3 id="report-satisfaction">{t('admin.reports.satisfaction')}</h3>
          <BarsChart data={levels} formatNumber={f.num} color="#1b7f3b" labelWidth={200}
            label={`${t('admin.reports.satisfaction')}: ${levels.map((v) => `${v.label} ${f.num(v.value)}`).join(', ')}`} />
        </section>
      </div>
    </section>
  );
}
