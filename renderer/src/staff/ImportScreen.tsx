import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, type ImportIssue, type ImportPreview, type ImportResult } from '../../../electron/contract/catalogue-staff';
import { offerDownload } from '../shell/appDownloads';
import { call } from '../shell/client';
import { fromBase64, readAsBase64 } from './download';
import { FileButton } from './FileButton';
import { useErrorText } from './errorText';
import { Feedback, type Outcome } from './Feedback';

/**
 * Bulk upkeep from the staff's spreadsheets: preview shows every row problem at once, apply runs
 * only on a clean file (the back end checks again and imports all or nothing).
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [file, setFile] = useState<{ fileName: string; base64: string }>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [result, setResult] = useState<ImportResult>();
  const [busy, setBusy] = useState<'preview' | 'apply' | 'export'>();
  const [outcome, setOutcome] = useState<Outcome>();

  async function choose(chosen: File | undefined) {
    setPreview(undefined); setResult(undefined); setOutcome(undefined); setFile(undefined);
    if (!chosen) return;
    setBusy('preview');
    try {
      const next = { fileName: chosen.name, base64: await readAsBase64(chosen) };
      setFile(next);
      setPreview(await call('import.preview', next));
    } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); } finally { setBusy(undefined); }
  }

  async function apply() {
    if (!file) return;
    setBusy('apply'); setOutcome(undefined);
    try { setResult(await call('import.apply', file)); setPreview(undefined); } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); } finally { setBusy(undefined); }
  }

  async function exportAs(format: (typeof exportFormats)[number]) {
    setBusy('export'); setOutcome(undefined);
    try {
      const out = await call('catalogue.export', { format });
      offerDownload(out.fileName, out.mimeType, fromBase64(out.base64));
      setOutcome({ kind: 'done', text: t('staff.import.exported', { name: out.fileName }) });
    } catch (e) { setOutcome({ kind: 'error', error: errorText(e) }); } finally { setBusy(undefined); }
  }

  const canApply = preview && preview.errors.length === 0 && preview.rows > 0;
  return (
    <div className="staff-import">
      <h1>{t('staff.import.title')}</h1>
      <section className="panel" aria-labelledby="import-head">
        <h2 id="import-head">{t('staff.import.importHead')}</h2>
        <p className="hint">{t('staff.import.help')}</p>
        <FileButton label={t('staff.import.choose')} accept=".csv,.xlsx,.json,.zip,text/csv,application/json,application/zip" disabled={Boolean(busy)}
          chosen={file?.fileName} onChoose={(f) => void choose(f)} />
        {busy === 'preview' && <p className="status" aria-busy="true">{t('staff.import.reading')}</p>}
        {preview && file && (
          <div className="import-preview" aria-label={t('staff.import.previewOf', { name: file.fileName })} role="region">
            <h3>{t('staff.import.previewOf', { name: file.fileName })}</h3>
            {/* Written as a sum, so staff see that every row read is accounted for. */}
            <p className="import-counts">{t('staff.import.summary', { rows: preview.rows, add: preview.toAdd.length, update: preview.toUpdate.length, unchanged: preview.unchanged.length, wrong: preview.rowsWithErrors, files: preview.files })}</p>
            {preview.errors.length > 0
              ? <p className="status error" role="alert">{t('staff.import.hasErrors', { count: preview.errors.length })}</p>
              : <p className="status done" role="status">{t('staff.import.noErrors')}</p>}
            <IssueTable caption={t('staff.import.errors')} issues={preview.errors} kind="error" plan={preview.plan} />
            <IssueTable caption={t('staff.import.warnings')} issues={preview.warnings} kind="warning" plan={preview.plan} />
            <IdLists add={preview.toAdd} update={preview.toUpdate} plan={preview.plan} waiting={preview.errors.length > 0} />
            <div className="button-row">
              <button type="button" className="button primary big" disabled={!canApply || Boolean(busy)} onClick={() => void apply()}>
                {busy === 'apply' ? t('staff.import.applying') : t('staff.import.apply')}</button>
              {!canApply && <span className="hint">{t('staff.import.applyBlocked')}</span>}
            </div>
          </div>
        )}
        {result && (
          <div className="import-result" role="status">
            <h3>{t('staff.import.done')}</h3>
            <p>{t('staff.import.resultSummary', { rows: result.rows, add: result.added.length, update: result.updated.length, unchanged: result.unchanged.length, files: result.files })}</p>
            <IssueTable caption={t('staff.import.warnings')} issues={result.warnings} kind="warning" plan={result.plan} />
            <IdLists add={result.added} update={result.updated} done />
          </div>
        )}
        <Feedback outcome={outcome} />
      </section>
      <section className="panel" aria-labelledby="export-head">
        <h2 id="export-head">{t('staff.import.exportHead')}</h2>
        <p className="hint">{t('staff.import.exportHelp')}</p>
        <div className="button-row">
          {exportFormats.map((f) => <button key={f} type="button" className="button big" disabled={Boolean(busy)} onClick={() => void exportAs(f)}>{t('staff.import.exportAs', { format: f.toUpperCase() })}</button>)}
        </div>
      </section>
    </div>
  );
}

/** The id each file row carries, so "row 2" can be told apart from the document "x-2". */
const idsByRow = (plan: ImportPreview['plan']) => new Map(plan.map((p) => [p.row, p.id]));

function IssueTable({ caption, issues, kind, plan }: { caption: string; issues: ImportIssue[]; kind: 'error' | 'warning'; plan: ImportPreview['plan'] }) {
  const { t, i18n } = useTranslation();
  if (issues.length === 0) return null;
  const idOf = idsByRow(plan);
  return (
    <div className="table-scroll">
      <table className={`data-table issues ${kind}`}>
        <caption>{caption} ({issues.length})</caption>
        <thead><tr><th scope="col" className="number">{t('staff.import.row')}</th><th scope="col">{t('staff.import.column')}</th><th scope="col">{t('staff.import.problem')}</th></tr></thead>
        <tbody>
          {issues.map((i, n) => (
            <tr key={n}>
              <td className="number">{i.row}{idOf.has(i.row) && <div className="mono hint">{idOf.get(i.row)}</div>}</td>
              <td className="mono">{i.column || '—'}</td>
              <td>{i18n.language === 'en' ? i.messageEn : i.messageTh}<div className="other-language">{i18n.language === 'en' ? i.messageTh : i.messageEn}</div></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What will be (or was) added and updated. Before applying, each id carries its file row; while the
 * file has errors these are the clean rows, imported only once every wrong row is fixed.
 */
function IdLists({ add, update, done, plan, waiting }: { add: string[]; update: string[]; done?: boolean; plan?: ImportPreview['plan']; waiting?: boolean }) {
  const { t } = useTranslation();
  const rowOf = new Map((plan ?? []).filter((p) => p.action !== 'error').map((p) => [p.id, p.row]));
  const list = (ids: string[]) => ids.map((id) => (rowOf.has(id) ? t('staff.import.idAtRow', { id, row: rowOf.get(id) }) : id)).join(', ');
  if (add.length + update.length === 0) return null;
  return (
    <div className="id-lists">
      {waiting && <p className="hint">{t('staff.import.afterFixing')}</p>}
      {add.length > 0 && <div><h4>{t(done ? 'staff.import.added' : 'staff.import.willAdd', { count: add.length })}</h4><p className="mono id-list">{list(add)}</p></div>}
      {update.length > 0 && <div><h4>{t(done ? 'staff.import.updated' : 'staff.import.willUpdate', { count: update.length })}</h4><p className="mono id-list">{list(update)}</p></div>}
    </div>
  );
}
