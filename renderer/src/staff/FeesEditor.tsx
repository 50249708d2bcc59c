import { useTranslation } from 'react-i18next';

/** `perTh`/`perEn`: what the fee is charged per (หน้า / page); citizens see "1 บาท/หน้า". */
export interface FeeRow { th: string; en: string; baht: string; perTh: string; perEn: string }

/** Fees: a label and an amount in baht each; none at all shows "no fee" to citizens. */
export function FeesEditor({ fees, onChange }: { fees: FeeRow[]; onChange: (fees: FeeRow[]) => void }) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<FeeRow>) => onChange(fees.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="fees-editor">
      <legend>{t('services.fees')}</legend>
      {fees.length === 0 && <p className="badge ok-badge">{t('services.noFee')}</p>}
      <ol>
        {fees.map((f, i) => {
          const bad = f.baht.trim() === '' || !(Number(f.baht) >= 0);
          return (
            <li key={i} className="list-row">
              <label className="field"><span>{t('staff.fees.short.labelTh')}</span><input aria-label={t('staff.fees.labelTh', { n: i + 1 })} value={f.th} onChange={(e) => edit(i, { th: e.target.value })} /></label>
              <label className="field"><span>{t('staff.fees.short.labelEn')}</span><input aria-label={t('staff.fees.labelEn', { n: i + 1 })} value={f.en} onChange={(e) => edit(i, { en: e.target.value })} /></label>
              <label className={`field${bad ? ' invalid' : ''}`}><span>{t('staff.fees.short.baht')}</span><input aria-label={t('staff.fees.baht', { n: i + 1 })} inputMode="decimal" value={f.baht} onChange={(e) => edit(i, { baht: e.target.value })} /></label>
              <label className="field"><span>{t('staff.fees.short.perTh')}</span><input aria-label={t('staff.fees.perTh', { n: i + 1 })} value={f.perTh} onChange={(e) => edit(i, { perTh: e.target.value })} /></label>
              <label className="field"><span>{t('staff.fees.short.perEn')}</span><input aria-label={t('staff.fees.perEn', { n: i + 1 })} value={f.perEn} onChange={(e) => edit(i, { perEn: e.target.value })} /></label>
              <div className="row-tools">
                <button type="button" className="button" aria-label={t('staff.list.remove', { item: t('staff.fees.item', { n: i + 1 }) })} onClick={() => onChange(fees.filter((_, j) => j !== i))}>✕</button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...fees, { th: '', en: '', baht: '', perTh: '', perEn: '' }])}>{t('staff.fees.add')}</button>
    </fieldset>
  );
}
