import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../electron/contract/settings';
import { GrowingText } from './GrowingText';

/** One referral as the form edits it: the topics as typed, comma-separated. */
export interface ReferralRow { topics: string; th: string; en: string; contact: string }

export const referralRows = (list: readonly Referral[]): ReferralRow[] =>
  list.map((r) => ({ topics: r.topics.join(', '), th: r.agency.th, en: r.agency.en ?? '', contact: r.contact }));

/** The rows as settings keep them; a row left wholly empty is dropped, a half-filled one is kept for the schema to refuse. */
export const referralsOf = (rows: readonly ReferralRow[]): Referral[] => rows
  .filter((r) => r.topics.trim() || r.th.trim() || r.en.trim() || r.contact.trim())
  .map((r) => ({ topics: r.topics.split(',').map((t) => t.trim()).filter(Boolean), agency: { th: r.th.trim(), en: r.en.trim() || undefined }, contact: r.contact.trim() }));

/**
 * Topics the public asks about that another agency holds: a search that finds nothing and names
 * one shows the agency and how to reach it (kiosk/NoResult.tsx).
 */
export function ReferralList({ rows, onChange }: { rows: ReferralRow[]; onChange: (rows: ReferralRow[]) => void }) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<ReferralRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const item = (i: number) => `${t('staff.settings.referralItem')} ${i + 1}`;
  return (
    <fieldset className="bilingual-list">
      <legend>{t('staff.settings.referrals')}</legend>
      <p className="hint">{t('staff.settings.referralsHint')}</p>
      {rows.length === 0 && <p className="hint">{t('staff.list.empty')}</p>}
      <ol>
        {rows.map((r, i) => (
          <li key={i} className="list-row">
            <label className="field"><span>{item(i)}: {t('staff.settings.referralTopics')}</span><GrowingText singleLine value={r.topics} onChange={(topics) => edit(i, { topics })} /></label>
            <label className="field"><span>{item(i)}: {t('staff.settings.referralAgency')} ({t('staff.list.th')})</span><GrowingText singleLine value={r.th} onChange={(th) => edit(i, { th })} /></label>
            <label className="field"><span>{item(i)}: {t('staff.settings.referralAgency')} ({t('staff.list.en')})</span><GrowingText singleLine value={r.en} onChange={(en) => edit(i, { en })} /></label>
            <label className="field"><span>{item(i)}: {t('staff.settings.referralContact')}</span><GrowingText singleLine value={r.contact} onChange={(contact) => edit(i, { contact })} /></label>
            <div className="row-tools">
              <button type="button" className="button" aria-label={t('staff.list.remove', { item: item(i) })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>✕</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...rows, { topics: '', th: '', en: '', contact: '' }])}>{t('staff.list.add', { item: t('staff.settings.referralItem') })}</button>
    </fieldset>
  );
}
