import { useTranslation } from 'react-i18next';
import { BE, longMonthName } from './reportPeriod';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A date as staff say it: day, month, and the year in พ.ศ. (three selects, big enough to touch).
 * The value is an ISO (CE) date; a day past the month's end is pulled back to its last day.
 */
export function BeDateInput({ label, value, years, onChange }: { label: string; value: string; years: number[]; onChange: (iso: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const set = (year: number, month: number, day: number) => onChange(`${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`);
  return (
    <fieldset className="be-date">
      <legend>{label}</legend>
      <label className="field"><span>{t('admin.reports.day')}</span>
        <select value={d} aria-label={`${label}: ${t('admin.reports.day')}`} onChange={(e) => set(y, m, Number(e.target.value))}>
          {Array.from({ length: daysIn(y, m) }, (_, i) => i + 1).map((day) => <option key={day} value={day}>{day}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('admin.reports.month')}</span>
        <select value={m} aria-label={`${label}: ${t('admin.reports.month')}`} onChange={(e) => set(y, Number(e.target.value), d)}>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => <option key={month} value={month}>{longMonthName(month, lang)}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('admin.reports.year')}</span>
        <select value={y} aria-label={`${label}: ${t('admin.reports.year')}`} onChange={(e) => set(Number(e.target.value), m, d)}>
          {years.map((year) => <option key={year} value={year}>{lang === 'en' ? year : year + BE}</option>)}
        </select>
      </label>
    </fieldset>
  );
}
