import { useTranslation } from 'react-i18next';
import { changeFraction } from '../../../electron/contract/reportFigures';
import { ChangeIndicator, type ChangeLabels } from '../ui/ChangeIndicator';

/**
 * A figure against an earlier period. A percentage needs a non-zero earlier figure; otherwise this
 * says what the earlier period had ("ช่วงก่อนหน้า: 0") instead of a bare dash nobody can read.
 */
export function Comparison({ now, before, period, labels, show, formatPercent, compact = false }: {
  now: number | null; before: number | null;
  /** The earlier period's name: "ช่วงก่อนหน้า", "ปีก่อน" (empty in a table whose column says it). */
  period: string;
  labels: ChangeLabels; show: (value: number) => string; formatPercent: (fraction: number) => string;
  /** In a table cell: a short word, the earlier figure being in the next column already. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const fraction = changeFraction(now, before);
  if (fraction !== null) return <ChangeIndicator fraction={fraction} labels={labels} formatPercent={formatPercent} />;
  const text = compact
    ? t('admin.reports.change.notComparable')
    : before === null ? t('admin.reports.change.noEarlier', { period }) : t('admin.reports.change.fromZero', { period, value: show(before) });
  return <span className="change none">{text}</span>;
}
