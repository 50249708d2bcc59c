import { useTranslation } from 'react-i18next';
import { categoryGroups } from '../../../electron/contract/categories';
import { auditAnchorText, type RankedQuery, type ReportModel } from '../../../electron/contract/reports';
import { pick } from '../shell/i18n';
import { HeatMap } from '../ui/HeatMap';
import { SeriesChart } from '../ui/SeriesChart';
import { HeadlineFigures } from './HeadlineFigures';
import { useReportFormat, type ReportFormat } from './reportFormat';
import { SurveyResults } from './SurveyResults';
import { RegisterResults } from './RegisterResults';

const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

/** The whole report model on screen: overview, per day, busy hours, top lists, groups, survey. */
export function ReportView({ model }: { model: ReportModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const f = useReportFormat();
  const { period } = model;
  const daily = model.daily.map((d) => ({
    day: f.dayMonth(d.date),
    visits: d.visits, searches: d.searches, documentViews: d.documentViews,
  }));
  const busiest = model.daily.reduce<{ date: string; visits: number } | undefined>((best, d) => (d.visits > (best?.visits ?? 0) ? d : best), undefined);
  const groupName = (code: string, fallback: string) =>
    code === 'removed' ? t('admin.reports.removedGroup') : pick(categoryGroups.find((g) => g.code === code)?.name, lang) || fallback;

  return (
    <div className="report">
      <header className="report-heading">
        <h2>{t('admin.reports.reportOf', { label: lang === 'en' ? period.labelEn : period.labelTh })}</h2>
        <p className="lead">{t('admin.reports.dates', { from: f.date(period.from), to: f.date(period.to), days: f.num(period.days) })}</p>
        {model.dataThrough && <p className="data-through"><strong>{t('admin.reports.dataThrough', { date: f.date(model.dataThrough) })}</strong> <span className="note">{t('admin.reports.dataThroughNote')}</span></p>}
        <p className="muted">{t('admin.reports.generatedAt', { date: f.dateOf(model.generatedAt) })} · {model.agency.centre}</p>
      </header>

      <HeadlineFigures model={model} format={f} />

      <section className="report-section" aria-labelledby="report-daily">
        <h2 id="report-daily">{t('admin.reports.daily')}</h2>
        <SeriesChart data={daily} xKey="day" formatNumber={f.num}
          label={`${t('admin.reports.daily')}: ${t('admin.reports.totals.visits')} ${f.num(model.totals.visits)}${busiest ? ` · ${f.date(busiest.date)} ${f.num(busiest.visits)}` : ''}`}
          series={[
            { key: 'visits', name: t('admin.reports.series.visits'), kind: 'bar', color: '#0b3d91' },
            { key: 'searches', name: t('admin.reports.series.searches'), kind: 'line', color: '#d97706' },
            { key: 'documentViews', name: t('admin.reports.series.documentViews'), kind: 'line', color: '#1b7f3b' },
          ]} />
      </section>

      <section className="report-section" aria-labelledby="report-heatmap">
        <h2 id="report-heatmap">{t('admin.reports.heatmap')}</h2>
        <HeatMap rowLabels={model.heatmap.visits.map((_, i) => t(`admin.reports.weekdaysShort.${i}`))} columnLabels={hours} values={model.heatmap.visits} formatNumber={f.num}
          labels={{
            caption: t('admin.reports.heatmap'), corner: t('admin.reports.hour'), legend: t('admin.reports.heatLegend'),
            cell: (row, column, value) => t('admin.reports.heatCell', { day: t(`admin.reports.weekdays.${row}`), hour: hours[column], count: f.num(value) }),
          }} />
        <p className="note">{t('admin.reports.heatmapNote')}</p>
      </section>

      <section className="report-section" aria-labelledby="report-documents">
        <h2 id="report-documents">{t('admin.reports.topDocuments')}</h2>
        <table className="data-table ranked">
          <thead><tr><th scope="col" className="number">{t('admin.reports.rank')}</th><th scope="col">{t('admin.reports.document')}</th><th scope="col" className="number">{t('admin.reports.views')}</th><th scope="col" className="number">{t('admin.reports.averageTime')}</th></tr></thead>
          <tbody>
            {model.topDocuments.length === 0 && <tr><td colSpan={4} className="muted">{t('admin.reports.empty')}</td></tr>}
            {model.topDocuments.map((d) => (
              <tr key={d.id}>
                <td className="number">{f.num(d.rank)}</td>
                <td>{d.title ?? <em>{t('admin.reports.missingTitle')}</em>} <span className="muted">({d.id})</span></td>
                <td className="number">{f.num(d.views)}</td>
                <td className="number">{f.duration(d.averageSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="report-columns">
        <section className="report-section" aria-labelledby="report-searches">
          <h2 id="report-searches">{t('admin.reports.topSearches')}</h2>
          <QueryTable rows={model.topSearches} format={f} />
        </section>
        <section className="report-section todo-list" aria-labelledby="report-no-result">
          <h2 id="report-no-result">{t('admin.reports.topNoResult')}</h2>
          <p className="note">{t('admin.reports.noResultHint')}</p>
          <QueryTable rows={model.topNoResult} format={f} />
        </section>
      </div>

      <div className="report-columns">
        <section className="report-section" aria-labelledby="report-groups">
          <h2 id="report-groups">{t('admin.reports.categoryGroups')}</h2>
          <table className="data-table group-use">
            <thead><tr><th scope="col">{t('admin.reports.group')}</th><th scope="col" className="number">{t('admin.reports.groupDocumentViews')}</th><th scope="col" className="number">{t('admin.reports.groupBrowseViews')}</th></tr></thead>
            <tbody>
              {model.categoryGroups.map((g) => (
                <tr key={g.group}><th scope="row">{groupName(g.group, g.nameTh)}</th><td className="number">{f.num(g.documentViews)}</td><td className="number">{f.num(g.browseViews)}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="note">{t('admin.reports.groupsNote', { total: f.num(model.totals.documentViews) })}</p>
        </section>
        <section className="report-section" aria-labelledby="report-languages">
          <h2 id="report-languages">{t('admin.reports.languages')}</h2>
          <table className="data-table">
            <thead><tr><th scope="col">{t('admin.reports.language')}</th><th scope="col" className="number">{t('admin.reports.visitsEndedCount')}</th></tr></thead>
            <tbody>
              {model.languages.length === 0 && <tr><td colSpan={2} className="muted">{t('admin.reports.empty')}</td></tr>}
              {model.languages.map((l) => (
                <tr key={l.key}><td>{lang === 'en' ? l.labelEn : l.labelTh}</td><td className="number">{f.num(l.visits)}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="note">{t('admin.reports.languagesNote')}</p>
        </section>
      </div>

      <SurveyResults model={model} format={f} />
      <RegisterResults model={model} format={f} />

      <p className="note">
        {t('admin.reports.privacy')}
        {model.dataQuality.unreadableLines > 0 && <> · {t('admin.reports.dataQuality.unreadable', { count: model.dataQuality.unreadableLines })}</>}
        {model.dataQuality.prunedDays > 0 && <> · {t('admin.reports.dataQuality.pruned', { count: model.dataQuality.prunedDays })}</>}
        {model.dataQuality.refusedWrites > 0 && <> · {t('admin.reports.dataQuality.refused', { count: model.dataQuality.refusedWrites })}</>}
      </p>
      {model.auditAnchor && (
        <p className="note audit-anchor">{t('admin.reports.auditAnchor', { seq: model.auditAnchor.seq, anchor: auditAnchorText(model.auditAnchor) })}</p>
      )}
    </div>
  );
}

function QueryTable({ rows, format: f }: { rows: RankedQuery[]; format: ReportFormat }) {
  const { t } = useTranslation();
  return (
    <table className="data-table ranked">
      <thead><tr><th scope="col" className="number">{t('admin.reports.rank')}</th><th scope="col">{t('admin.reports.query')}</th><th scope="col" className="number">{t('admin.reports.count')}</th></tr></thead>
      <tbody>
        {rows.length === 0 && <tr><td colSpan={3} className="muted">{t('admin.reports.empty')}</td></tr>}
        {rows.map((q) => <tr key={q.query}><td className="number">{f.num(q.rank)}</td><td>{q.query}</td><td className="number">{f.num(q.count)}</td></tr>)}
      </tbody>
    </table>
  );
}
