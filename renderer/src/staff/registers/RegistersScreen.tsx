import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { channels, complaintStates, requestStates, type RegisterKind } from '../../../../electron/contract/registers';
import { formatDate } from '../../shell/format';
import { yearBe } from '../../../../electron/contract/thaiCalendar';
import { useCall } from '../../base/useCall';
import { Loaded } from '../../base/Loading';
import { ClockText } from './ClockText';
import './staff-registers.css';

/** Years as the language writes them: B.E. in Thai, C.E. in English. */
const yearsText = (years: readonly number[], lang: string) => years.map((y) => String(lang === 'en' ? y : yearBe(y))).join(', ');

/** A register's list: no personal data here; filters live in the URL so coming back from an item keeps them. */
export function RegistersScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') === 'complaint' ? 'complaint' : 'request') as RegisterKind;
  const state = params.get('state') ?? '';
  const channel = params.get('channel') ?? '';
  const overdue = params.get('overdue') === '1';
  const dueThisWeek = params.get('week') === '1';
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v); else next.delete(k);
    setParams(next, { replace: true });
  };
  const list = useCall('registers.list', {
    kind, ...(state ? { state: state as never } : {}), ...(channel ? { channel: channel as never } : {}),
    ...(overdue ? { overdue } : {}), ...(dueThisWeek ? { dueThisWeek } : {}), ...(q ? { q } : {}),
  });
  const states = kind === 'request' ? requestStates : complaintStates;
  return (
    <div className="registers">
      <div className="screen-head">
        <h1>{t('registers.staff.title')}</h1>
        <Link to="/staff/registers/new" className="button primary big">{t('registers.staff.enter')}</Link>
      </div>
      <div className="kind-tabs" role="tablist">
        {(['request', 'complaint'] as const).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={kind === k} className="button big" onClick={() => set({ kind: k === 'request' ? '' : k, state: '' })}>
            {t(k === 'request' ? 'registers.staff.requests' : 'registers.staff.complaints')}
          </button>
        ))}
      </div>
      <form className="filter-bar" role="search" aria-label={t('registers.staff.search')} onSubmit={(e) => { e.preventDefault(); set({ q: typed.trim() }); }}>
        <label className="field grow"><span>{t('registers.staff.search')}</span>
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} onBlur={() => typed.trim() !== q && set({ q: typed.trim() })} />
        </label>
        <label className="field"><span>{t('registers.staff.state')}</span>
          <select value={state} onChange={(e) => set({ state: e.target.value })}>
            <option value="">{t('registers.staff.all')}</option>
            {states.map((s) => <option key={s} value={s}>{t(`registers.states.${s}`)}</option>)}
          </select>
        </label>
        <label className="field"><span>{t('registers.staff.channel')}</span>
          <select value={channel} onChange={(e) => set({ channel: e.target.value })}>
            <option value="">{t('registers.staff.all')}</option>
            {channels.map((c) => <option key={c} value={c}>{t(`registers.channels.${c}`)}</option>)}
          </select>
        </label>
        <label className="check"><input type="checkbox" checked={overdue} onChange={(e) => set({ overdue: e.target.checked ? '1' : '' })} /> {t('registers.staff.overdue')}</label>
        <label className="check"><input type="checkbox" checked={dueThisWeek} onChange={(e) => set({ week: e.target.checked ? '1' : '' })} /> {t('registers.staff.dueThisWeek')}</label>
      </form>
      <Loaded state={list}>
        {(rows) => rows.length === 0 ? <p className="status">{t('registers.staff.none')}</p> : (
          <>
            <p className="lead">{t('registers.staff.count', { count: rows.length })}</p>
            <table className="data-table register-table">
              <thead><tr>
                <th scope="col">{t('registers.staff.ref')}</th><th scope="col">{t('registers.staff.received')}</th><th scope="col">{t('registers.staff.channel')}</th>
                <th scope="col">{t('registers.staff.state')}</th><th scope="col">{t('registers.staff.due')}</th>
              </tr></thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={r.clock.overdue ? 'overdue' : undefined}>
                    <td><Link to={`/staff/registers/${r.id}`}>{r.ref}</Link>{r.anonymous && <span className="muted"> · {t('registers.staff.anonymous')}</span>}{r.topic && <span className="muted"> · {t(`registers.topics.${r.topic}`)}</span>}</td>
                    <td>{formatDate(r.receivedOn, lang, 'short')}</td>
                    <td>{t(`registers.channels.${r.channel}`)}</td>
                    <td>{t(`registers.states.${r.state}`)}</td>
                    <td><ClockText row={r} />{r.clock.holidaysMissing && <> <span className="badge holidays-missing">{t('registers.staff.holidaysMissingShort', { years: yearsText(r.clock.holidaysMissing.years, lang) })}</span></>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Loaded>
    </div>
  );
}
