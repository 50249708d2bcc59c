import { useTranslation } from 'react-i18next';
import type { ReportModel, ReportTotals } from '../../../electron/contract/reports';
import { responseRateOf } from '../../../electron/contract/reportFigures';
import type { ChangeLabels } from '../ui/ChangeIndicator';
import { Comparison } from './Comparison';
import type { ReportFormat } from './reportFormat';

type FigureKey = keyof ReportTotals | 'responseRate';

/** The big figures of the overview; every total is in the comparison table below them. */
const headline: FigureKey[] = ['visits', 'averageVisitSeconds', 'searches', 'searchesWithoutResult', 'documentViews', 'serviceViews', 'surveyAnswered', 'responseRate'];
const allTotals: (keyof ReportTotals)[] = [
  'visits', 'visitsEnded', 'visitsPerDay', 'averageVisitSeconds', 'medianVisitSeconds', 'searches', 'searchesWithoutResult', 'documentViews',
  'serviceViews', 'qrShown', 'requestInfoShown', 'complaintShown', 'surveyAnswered',
];

/** The model gives the response rate for the period; the comparisons' by the same rule (contract/reportFigures.ts). */
const valueOf = (totals: ReportTotals, key: FigureKey) => (key === 'responseRate' ? responseRateOf(totals) : totals[key]);

export function HeadlineFigures({ model, format: f }: { model: ReportModel; format: ReportFormat }) {
  const { t, i18n } = useTranslation();
  const label = (p: { labelTh: string; labelEn: string }) => (i18n.language === 'en' ? p.labelEn : p.labelTh);
  const { previous, lastYear } = model.comparison;
  const show = (key: FigureKey, value: number | null): string =>
    key === 'responseRate' ? f.pct(value) : key === 'averageVisitSeconds' || key === 'medianVisitSeconds' ? f.duration(value)
      : key === 'visitsPerDay' ? f.decimal(value) : value === null ? t('admin.reports.noValue') : f.num(value);
  const labels = (against: string): ChangeLabels => ({
    against, same: t('admin.reports.change.same'), none: t('admin.reports.change.none'),
    up: (pct) => t('admin.reports.change.up', { pct }), down: (pct) => t('admin.reports.change.down', { pct }),
  });
  const vsPrevious = labels(t('admin.reports.vsPrevious'));
  const vsLastYear = labels(t('admin.reports.vsLastYear'));
  const current = (key: FigureKey) => (key === 'responseRate' ? model.survey.responseRate : model.totals[key]);

  return (
    <section aria-labelledby="report-headline">
      <h2 id="report-headline">{t('admin.reports.headline')}</h2>
      <div className="figure-grid">
        {headline.map((key) => (
          <section key={key} className={`figure-card${key === 'searchesWithoutResult' ? ' todo-figure' : ''}`} role="group" aria-labelledby={`figure-${key}`}>
            <h3 id={`figure-${key}`}>{t(`admin.reports.totals.${key}`)}</h3>
            <p className="figure-value">{show(key, current(key))}</p>
            <p className="figure-changes">
              <Comparison now={current(key)} before={valueOf(previous.totals, key)} period={t('admin.reports.previousName')} labels={vsPrevious} show={(v) => show(key, v)} formatPercent={f.pct} />
              <Comparison now={current(key)} before={valueOf(lastYear.totals, key)} period={t('admin.reports.lastYearName')} labels={vsLastYear} show={(v) => show(key, v)} formatPercent={f.pct} />
            </p>
          </section>
        ))}
      </div>
      <section className="compare" aria-labelledby="report-compare">
        <h3 id="report-compare">{t('admin.reports.compareTitle')}</h3>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.reports.item')}</th>
              <th scope="col" className="number">{t('admin.reports.current')}</th>
              <th scope="col" className="number">{t('admin.reports.previous', { label: label(previous.period) })}</th>
              <th scope="col" className="number">{t('admin.reports.changeCol')}</th>
              <th scope="col" className="number">{t('admin.reports.lastYear', { label: label(lastYear.period) })}</th>
              <th scope="col" className="number">{t('admin.reports.changeCol')}</th>
            </tr>
          </thead>
          <tbody>
            {allTotals.map((key) => (
              <tr key={key}>
                <th scope="row">{t(`admin.reports.totals.${key}`)}</th>
                <td className="number">{show(key, model.totals[key])}</td>
                <td className="number">{show(key, previous.totals[key])}</td>
                <td className="number"><Comparison compact now={model.totals[key]} before={previous.totals[key]} period="" labels={labels('')} show={(v) => show(key, v)} formatPercent={f.pct} /></td>
                <td className="number">{show(key, lastYear.totals[key])}</td>
                <td className="number"><Comparison compact now={model.totals[key]} before={lastYear.totals[key]} period="" labels={labels('')} show={(v) => show(key, v)} formatPercent={f.pct} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note">{t('admin.reports.change.note')}</p>
      </section>
    </section>
  );
}
