import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beDatePartsOf, beDatePartsProblem, isoDateFromBeParts, noSuchDayText, type BeDateValue } from '../../../electron/contract/thaiCalendar';

/** What a BE date input holds: an ISO (CE) date, nothing, or a half-typed / impossible date. */
export type { BeDateValue };

const monthNames = (language: string) => Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'th-TH', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))));

/**
 * A date as staff write it on paper: day, month, year พ.ศ. (the one date input of the staff and
 * admin screens). Stores CE. A year under 2400 is refused (the usual slip is typing the CE year),
 * and the hint says so; a day the month does not have is said in the importer's words. The
 * reading rule and why a date is refused are the Thai calendar's (isoDateFromBeParts, beDatePartsProblem).
 */
export function BeDateInput({ label, value, onChange, required }: { label: string; value: string; onChange: (next: BeDateValue) => void; required?: boolean }) {
  const { t, i18n } = useTranslation();
  const [parts, setParts] = useState(() => beDatePartsOf(value));
  const update = (patch: Partial<typeof parts>) => {
    const next = { ...parts, ...patch };
    setParts(next);
    onChange(isoDateFromBeParts(next.day, next.month, next.yearBe));
  };
  const state = isoDateFromBeParts(parts.day, parts.month, parts.yearBe);
  const problem = beDatePartsProblem(parts.day, parts.month, parts.yearBe);
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
        <input inputMode="numeric" maxLength={4} size={4} value={parts.yearBe} onChange={(e) => update({ yearBe: e.target.value.replace(/\D/g, '') })} />
      </label>
      {problem && <span className="hint error">{problem === 'noSuchDay' ? noSuchDayText[i18n.language === 'en' ? 'en' : 'th'] : t('staff.date.invalid')}</span>}
    </fieldset>
  );
}
