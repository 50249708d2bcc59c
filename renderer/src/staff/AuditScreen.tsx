import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter, AuditRecord } from '../../../electron/contract/staff';
import { offerDownload } from '../shell/appDownloads';
import { call } from '../shell/client';
import { formatTime } from '../shell/format';
import { pick } from '../shell/i18n';
import { Loaded } from '../base/Loading';
import { BeDateInput, type BeDateValue } from '../shell/BeDateInput';
import { diffRows } from './auditDiffRows';
import { actionGroups, actionLabel, auditWordsFor, fieldLabel, fillWords, noteText, targetText, valueText } from './auditLabels';
import { useErrorText } from './errorText';
import { Feedback, type Outcome } from './Feedback';
import { useCall } from '../base/useCall';

const PAGE = 25;
const SHOWN_CHANGES = 20;
/** Audit times are UTC ISO; the dates staff pick are Bangkok days. */
const utc = (local: string) => new Date(local).toISOString();

const when = (iso: string, lang: string) => formatTime(iso, lang, { seconds: true });

/** The audit trail (administrators): who changed what and when, each change as a before/after table. */
export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<{ method: string; text: string; from: BeDateValue; to: BeDateValue }>({ method: '', text: '', from: '', to: '' });
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(0);
  const list = useCall('audit.list', { offset: page * PAGE, limit: PAGE, filter });
  const verify = useCall('audit.verify', {});
  const reverify = verify.reload;
  const [outcome, setOutcome] = useState<Outcome>();
  const badDates = draft.from === 'invalid' || draft.to === 'invalid';
  const words = auditWordsFor(i18n.language);

  async function exportCsv() {
    try {
      const out = await call('audit.export', { format: 'csv' });
      offerDownload(out.fileName, out.mimeType, out.content);
      setOutcome({ kind: 'done', text: t('staff.import.exported', { name: out.fileName }) });
    } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); }
  }

  return (
    <div className="staff-audit">
      <div className="screen-head">
        <h1>{t('staff.audit.title')}</h1>
        <button type="button" className="button big" onClick={() => void exportCsv()}>{t('staff.audit.exportCsv')}</button>
      </div>
      <Loaded state={verify}>
        {(v) => (
          <div className={`verify-banner ${v.sound ? 'sound' : 'broken'}`} role={v.sound ? 'status' : 'alert'}>
            <strong>{v.sound ? t('staff.audit.sound', { count: v.entries }) : t('staff.audit.broken', { line: v.firstBad?.line ?? '?', reason: v.firstBad ? pick({ th: v.firstBad.reasonTh, en: v.firstBad.reason }, i18n.language) : '' })}</strong>
            {v.torn && <span> {t('staff.audit.torn', { line: v.torn.line })}</span>}
            <button type="button" className="button tool" onClick={reverify}>{t('staff.audit.verifyAgain')}</button>
          </div>
        )}
      </Loaded>
      <Feedback outcome={outcome} />
      <form className="filter-bar" role="search" aria-label={t('staff.audit.filters')} onSubmit={(e) => {
        e.preventDefault();
        if (badDates) return;
        setPage(0);
        setFilter({ method: draft.method.trim() || undefined, text: draft.text.trim() || undefined, from: draft.from ? utc(`${draft.from}T00:00:00+07:00`) : undefined, to: draft.to ? utc(`${draft.to}T23:59:59.999+07:00`) : undefined });
      }}>
        {/* A choice list: staff pick an action by its name; the filter matches the method's code (a group by its prefix). */}
        <label className="field"><span>{t('staff.audit.method')}</span>
          <select value={draft.method} onChange={(e) => setDraft({ ...draft, method: e.target.value })}>
            <option value="">{words.allActions}</option>
            {actionGroups(words).map((g) => (
              <optgroup key={g.prefix} label={g.label}>
                {g.items.length > 1 && <option value={g.prefix}>{fillWords(words.allOfGroup, { group: g.label })}</option>}
                {g.items.map(([method, label]) => <option key={method} value={method}>{label}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="field grow"><span>{t('staff.audit.text')}</span><input value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} /></label>
        <BeDateInput label={t('staff.audit.from')} value="" onChange={(v) => setDraft((d) => ({ ...d, from: v }))} />
        <BeDateInput label={t('staff.audit.to')} value="" onChange={(v) => setDraft((d) => ({ ...d, to: v }))} />
        <button type="submit" className="button primary" disabled={badDates}>{t('staff.documents.apply')}</button>
      </form>
      <Loaded state={list}>
        {(r) => {
          const pages = Math.max(1, Math.ceil(r.total / PAGE));
          return (
            <>
              <p className="result-count" role="status">{t('staff.audit.count', { count: r.total })}</p>
              <ol className="audit-list">{r.items.map((e) => <AuditEntry key={e.seq} entry={e} lang={i18n.language} />)}</ol>
              {pages > 1 && (
                <nav className="pager" aria-label={t('staff.pager.label')}>
                  <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>{t('staff.pager.prev')}</button>
                  <span>{t('staff.pager.page', { page: page + 1, pages })}</span>
                  <button type="button" className="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>{t('staff.pager.next')}</button>
                </nav>
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

function AuditEntry({ entry, lang }: { entry: AuditRecord; lang: string }) {
  const { t } = useTranslation();
  const words = auditWordsFor(lang);
  const value = (path: string, v: unknown) => valueText(words, path, v, lang) ?? '—';
  return (
    <li className="audit-entry">
      <p className="audit-head">
        <span className="badge">#{entry.seq}</span> <strong>{when(entry.at, lang)}</strong> · {entry.actor ? `${entry.actor.name} (${t(`staff.roles.${entry.actor.role}`)})` : t('staff.audit.system')}
        {' · '}<strong className="audit-action" title={entry.method}>{actionLabel(words, entry.method)}</strong> <span className="hint">({t(`staff.audit.transports.${entry.transport}`, { defaultValue: entry.transport })})</span>
      </p>
      {entry.changes.length === 0 && <p className="hint">{t('staff.audit.noChanges')}</p>}
      {entry.changes.length > SHOWN_CHANGES && <p className="hint">{t('staff.audit.manyChanges', { shown: SHOWN_CHANGES, count: entry.changes.length })}</p>}
      {entry.changes.slice(0, SHOWN_CHANGES).map((c, i) => {
        const rows = diffRows(c.before, c.after);
        return (
          <div key={i} className="audit-change">
            {/* A note that only repeats the action's name ("first administrator set up") is not shown twice. */}
            <p><span title={c.target}>{targetText(words, c.target, lang)}</span>{c.note && noteText(words, c.note, lang) !== actionLabel(words, entry.method) && <> — <em>{noteText(words, c.note, lang)}</em></>}</p>
            {rows.length > 0 && (
              <table className="data-table diff">
                <thead><tr><th scope="col">{t('staff.audit.field')}</th><th scope="col">{t('staff.audit.before')}</th><th scope="col">{t('staff.audit.after')}</th></tr></thead>
                <tbody>{rows.map((d) => (
                  <tr key={d.path}><th scope="row" title={d.path}>{fieldLabel(words, d.path)}</th><td className="before">{value(d.path, d.before)}</td><td className="after">{value(d.path, d.after)}</td></tr>
                ))}</tbody>
              </table>
            )}
          </div>
        );
      })}
    </li>
  );
}
