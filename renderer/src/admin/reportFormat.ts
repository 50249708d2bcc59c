import { useTranslation } from 'react-i18next';
import { durationReading } from '../../../electron/contract/reportFigures';
import { formatDate } from '../shell/format';

/** Numbers, percentages, durations and dates of the report, in the staff's language (th-TH grouping). */
export function useReportFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'th-TH';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'Asia/Bangkok' });
  const bangkokDate = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'th-TH-u-ca-buddhist', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Bangkok' });
  return {
    num: (n: number) => integer.format(n),
    decimal: (n: number | null) => (n === null ? t('admin.reports.noValue') : decimal.format(n)),
    pct: (fraction: number | null) => (fraction === null ? t('admin.reports.noValue') : percent.format(fraction)),
    duration(seconds: number | null): string {
      const d = durationReading(seconds); // the report's rule (contract/reportFigures.ts)
      switch (d.kind) {
        case 'none': return t('admin.reports.noValue');
        case 'underASecond': return t('admin.reports.underASecond');
        case 'seconds': return t('admin.reports.seconds', { s: d.seconds });
        case 'minutes': return t('admin.reports.minutes', { m: integer.format(d.minutes), s: d.seconds });
      }
    },
    date: (iso: string) => formatDate(iso, i18n.language),
    /** The Bangkok date of an instant (`generatedAt` is UTC: its first ten characters are the wrong day from 17:00 UTC). */
    dateOf: (instant: string) => bangkokDate.format(new Date(instant)),
    /** A day on a chart's axis: "1 ธ.ค." / "1 Dec". */
    dayMonth: (iso: string) => dayMonth.format(new Date(`${iso}T00:00:00+07:00`)),
  };
}
export type ReportFormat = ReturnType<typeof useReportFormat>;
