import { useTranslation } from 'react-i18next';
import { GrowingText } from './GrowingText';

export interface BilingualRow { th: string; en: string }

/** An editable list of Thai/English pairs (required documents, channels): add, remove, reorder. */
export function BilingualList({ label, itemLabel, rows, onChange }: { label: string; itemLabel: string; rows: BilingualRow[]; onChange: (rows: BilingualRow[]) => void }) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<BilingualRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) => { const next = [...rows]; const [row] = next.splice(i, 1); next.splice(i + by, 0, row!); onChange(next); };
  return (
    <fieldset className="bilingual-list">
      <legend>{label}</legend>
      {rows.length === 0 && <p className="hint">{t('staff.list.empty')}</p>}
      <ol>
        {rows.map((r, i) => (
          <li key={i} className="list-row">
            <label className="field"><span>{itemLabel} {i + 1} ({t('staff.list.th')})</span><GrowingText singleLine value={r.th} onChange={(th) => edit(i, { th })} /></label>
            <label className="field"><span>{itemLabel} {i + 1} ({t('staff.list.en')})</span><GrowingText singleLine value={r.en} onChange={(en) => edit(i, { en })} /></label>
            <div className="row-tools">
              <button type="button" className="button" disabled={i === 0} aria-label={t('staff.list.up', { item: `${itemLabel} ${i + 1}` })} onClick={() => move(i, -1)}>↑</button>
              <button type="button" className="button" disabled={i === rows.length - 1} aria-label={t('staff.list.down', { item: `${itemLabel} ${i + 1}` })} onClick={() => move(i, 1)}>↓</button>
              <button type="button" className="button" aria-label={t('staff.list.remove', { item: `${itemLabel} ${i + 1}` })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>✕</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...rows, { th: '', en: '' }])}>{t('staff.list.add', { item: itemLabel })}</button>
    </fieldset>
  );
}
