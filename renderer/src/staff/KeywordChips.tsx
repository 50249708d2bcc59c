import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Keywords as chips: type one (or several separated by ; or ,) and add; tap a chip's × to remove it. */
export function KeywordChips({ label, value, onChange }: { label: string; value: string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const add = () => {
    const words = typed.split(/[;,]/).map((w) => w.trim()).filter(Boolean);
    if (words.length === 0) return;
    onChange([...new Set([...value, ...words])]);
    setTyped('');
  };
  return (
    <fieldset className="keyword-chips">
      <legend>{label}</legend>
      <ul className="chip-list" aria-label={label}>
        {value.map((w) => (
          <li key={w} className="chip static">
            {w}
            <button type="button" className="chip-remove" aria-label={t('staff.keywords.remove', { word: w })} onClick={() => onChange(value.filter((x) => x !== w))}>×</button>
          </li>
        ))}
        {value.length === 0 && <li className="hint">{t('staff.keywords.none')}</li>}
      </ul>
      <div className="inline-add">
        <input aria-label={t('staff.keywords.new')} value={typed} onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        <button type="button" className="button" onClick={add} disabled={!typed.trim()}>{t('staff.keywords.add')}</button>
      </div>
    </fieldset>
  );
}
