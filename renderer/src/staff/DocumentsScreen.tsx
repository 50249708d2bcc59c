import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DocumentFlag } from '../../../electron/contract/catalogue-staff';
import { categoryByCode, type CategoryCode } from '../../../electron/contract/categories';
import { formatDate } from '../shell/format';
import { pick } from '../shell/i18n';
import { useCall } from '../base/useCall';
import { Loaded } from '../base/Loading';
import { CategorySelect } from './CategorySelect';
import { SampleBanner } from './SampleBanner';

const PAGE = 50;
/** The flags are worked out by documents.list over the whole catalogue (services/catalogue/documentFlags.ts). */
const flags: DocumentFlag[] = ['noFile', 'noText', 'pastReview'];

/** Every document, retired too; filters live in the URL so coming back from the editor keeps them. */
export function DocumentsScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const category = (params.get('category') ?? '') as CategoryCode | '';
  const status = (params.get('status') ?? 'all') as 'all' | 'active' | 'retired';
  const on = flags.filter((f) => params.get(f) === '1');
  const page = Number(params.get('page') ?? '0') || 0;
  const [typed, setTyped] = useState(text);
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v); else next.delete(k);
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const list = useCall('documents.list', {
    text: text || undefined, category: category || undefined, status, flags: on.length ? on : undefined,
    offset: page * PAGE, limit: PAGE,
  });

  return (
    <div className="staff-documents">
      <div className="screen-head">
        <h1>{t('staff.documents.title')}</h1>
        <Link to="/staff/documents/new" className="button primary big">{t('staff.documents.new')}</Link>
      </div>
      <SampleBanner />
      <form className="filter-bar" role="search" aria-label={t('staff.documents.filters')} onSubmit={(e) => { e.preventDefault(); set({ q: typed.trim() }); }}>
        <label className="field grow"><span>{t('staff.documents.text')}</span>
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} onBlur={() => typed.trim() !== text && set({ q: typed.trim() })} />
        </label>
        <CategorySelect label={t('staff.documents.category')} allLabel={t('staff.documents.allCategories')} value={category} onChange={(c) => set({ category: c })} />
        <label className="field"><span>{t('staff.documents.status')}</span>
          <select value={status} onChange={(e) => set({ status: e.target.value === 'all' ? '' : e.target.value })}>
            <option value="all">{t('staff.documents.statusAll')}</option>
            <option value="active">{t('staff.status.active')}</option>
            <option value="retired">{t('staff.status.retired')}</option>
          </select>
        </label>
        <fieldset className="flag-filters">
          <legend>{t('staff.documents.flags')}</legend>
          {flags.map((f) => (
            <button key={f} type="button" className="chip" aria-pressed={on.includes(f)} onClick={() => set({ [f]: on.includes(f) ? '' : '1' })}>{t(`staff.flags.${f}`)}</button>
          ))}
        </fieldset>
        <button type="submit" className="button">{t('staff.documents.apply')}</button>
      </form>
      <Loaded state={list}>
        {(r) => {
          const total = r.total;
          const shown = r.items;
          const pages = Math.max(1, Math.ceil(total / PAGE));
          return (
            <>
              <p className="result-count" role="status">{t('staff.documents.count', { count: total })}</p>
              {shown.length === 0 ? <p className="status">{t('staff.documents.empty')}</p> : (
                <div className="table-scroll">
                  <table className="data-table doc-table">
                    <thead><tr>
                      <th scope="col">{t('staff.documents.colTitle')}</th><th scope="col">{t('staff.documents.category')}</th>
                      <th scope="col">{t('staff.documents.published')}</th><th scope="col">{t('staff.documents.status')}</th><th scope="col">{t('staff.documents.flags')}</th>
                    </tr></thead>
                    <tbody>
                      {shown.map((d) => (
                        <tr key={d.id} className={d.status === 'retired' ? 'retired' : undefined}>
                          <td><Link className="row-link" to={`/staff/documents/${encodeURIComponent(d.id)}`}>{pick(d.title, lang)}</Link><div className="hint mono">{d.id}</div></td>
                          <td><span className="badge legal">{pick(categoryByCode[d.category].legal, lang)}</span> <span className="small">{pick(categoryByCode[d.category].name, lang)}</span></td>
                          <td className="date">{formatDate(d.published, lang, 'short')}</td>
                          <td><span className={`badge status-${d.status}`}>{t(`staff.status.${d.status}`)}</span></td>
                          <td>{d.flags.map((f) => <span key={f} className="badge warn">{t(`staff.flags.${f}`)}</span>)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {pages > 1 && (
                <nav className="pager" aria-label={t('staff.pager.label')}>
                  <button type="button" className="button" disabled={page === 0} onClick={() => set({ page: String(page - 1) })}>{t('staff.pager.prev')}</button>
                  <span>{t('staff.pager.page', { page: page + 1, pages })}</span>
                  <button type="button" className="button" disabled={page + 1 >= pages} onClick={() => set({ page: String(page + 1) })}>{t('staff.pager.next')}</button>
                </nav>
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
