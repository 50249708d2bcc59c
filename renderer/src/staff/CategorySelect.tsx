import { useTranslation } from 'react-i18next';
import { categories, categoryGroups, type CategoryCode } from '../../../electron/contract/categories';
import { pick } from '../shell/i18n';

/** Categories grouped as citizens browse them, each with its legal basis (มาตรา ๗ / ๙ …). */
export function CategorySelect({ label, value, onChange, allLabel, required }: {
  label: string; value: CategoryCode | ''; onChange: (next: CategoryCode | '') => void; allLabel?: string; required?: boolean;
}) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <label className="field"><span>{label}{required && ' *'}</span>
      <select value={value} required={required} onChange={(e) => onChange(e.target.value as CategoryCode | '')}>
        <option value="">{allLabel ?? '—'}</option>
        {categoryGroups.map((g) => (
          <optgroup key={g.code} label={pick(g.name, lang)}>
            {categories.filter((c) => c.group === g.code).map((c) => (
              <option key={c.code} value={c.code}>{pick(c.name, lang)} — {pick(c.legal, lang)}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
