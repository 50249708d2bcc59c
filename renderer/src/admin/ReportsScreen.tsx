import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { PeriodInput } from '../../../electron/contract/reports';
import { useCall } from '../base/useCall';
import { Loaded } from '../base/Loading';
import { ExportBar } from './ExportBar';
import { PeriodPicker } from './PeriodPicker';
import { PrintReport } from './PrintReport';
import { bangkokToday } from '../../../electron/contract/thaiCalendar';
import { periodFromParams, periodInputOf, periodParams } from './reportPeriod';
import { ReportView } from './ReportView';

const query = (period: PeriodInput) => new URLSearchParams(periodParams(period)).toString();

/**
 * Administrators' statistics and reports (issue 6). The period lives in the address
 * (`#/staff/reports?kind=month&month=2026-11`), and the printable report is
 * `#/staff/reports/print?…` with the same period.
 */
export function ReportsScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const asked = periodFromParams(params);
  // No period in the address: the service's current month (the screen reads no clock of its own).
  const report = useCall('reports.build', asked ? { period: asked } : {});
  return (
    <div className="reports-screen">
      <h1>{t('admin.reports.title')}</h1>
      <Loaded state={report}>
        {(model) => {
          const period = periodInputOf(model.period);
          return (
            <>
              <div className="report-controls">
                <PeriodPicker key={query(period)} value={period} today={bangkokToday(Date.parse(model.generatedAt))} onApply={(next) => setParams(periodParams(next))} />
                <ExportBar period={period} onPrint={() => navigate(`/staff/reports/print?${query(period)}`)} />
              </div>
              <ReportView model={model} />
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

/** The printable report of the period in the address. */
export function ReportPrintScreen() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const period = periodFromParams(params);
  return <PrintReport period={period} onBack={() => navigate(period ? `/staff/reports?${query(period)}` : '/staff/reports')} />;
}
