import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What a BE date input holds: an ISO (CE) date, nothing, or a half-typed / impossible date. */
export type BeDateValue = string | '' | 'invalid';

const monthNames = (language: string) => Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'th-TH', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))));

const partsOf = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: String(Number(m[1]) + 543) } : { day: '', month: '', year: '' };
};

/** Day, month and Buddhist Era year → ISO, or 'invalid' (31 Feb, year 2026 typed as CE, …). */
export function isoFromBe(day: string, month: string, year: string): BeDateValue {
  if (!day && !month && !year) return '';
  const d = Number(day), m = Number(month), be = Number(year);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(be) || be < 2400 || be > 2800) return 'invalid';
  const iso = `${String(be - 543).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : 'invalid';
}

/**
 * A date as staff write it on paper: day, month, year พ.ศ. Stores CE. A year under 2400 is refused
 * (the usual slip is typing the CE year), and the hint says so.
 */
export function BeDateInput({ label, value, onChange, required }: { label: string; value: string; onChange: (next: BeDateValue) => void; required?: boolean }) {
  const { t, i18n } = useTranslation();
  const [parts, setParts] = useState(() => partsOf(value));
  const update = (patch: Partial<typeof parts>) => {
    const next = { ...parts, ...patch };
    setParts(next);
    onChange(isoFromBe(next.day, next.month, next.year));
  };
  const state = isoFromBe(parts.day, parts.month, parts.year);
  return (
    <fieldset className={`be-date${state === 'invalid' ? ' invalid' : ''}`}>
      <legend>{label}{required && ' *'}</legend>
      <label><span>{t('staff.date.day')}</span>
        <input inputMode="numeric" maxLength={2} size={2} value={parts.day} onChange={(e) => update({ day: e.target.value.replace(/\D/g, '') })} />
      </label>
      <label><span>{t('staff.date.month')}</span>
        <select value={parts.month} onChange={(e) => update({ month: e.target.value })}>
          <option value="">—</option>
          {monthNames(i18n.language).map((name, i) => <option key={name} value={String(i + 1)}>{name}</option>)}
        </select>
      </label>
      <label><span>{t('staff.date.yearBe')}</span>
        <input inputMode="numeric" maxLength={4} size={4} value={parts.year} onChange={(e) => update({ year: e.target.value.replace(/\D/g, '') })} />
      </label>
      {state === 'invalid' && <span className="hint error">{t('staff.date.invalid')}</span>}
    </fieldset>
  );
}
