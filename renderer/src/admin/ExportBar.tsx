import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodInput, ReportFile } from '../../../electron/contract/stats';
import { call, CallFailed } from '../app/client';
import { pick } from '../app/i18n';

/**
 * A report file handed to the browser as a download. In Electron the kiosk window's download
 * guard refuses it: staff exports are for the web mode on a desk PC (the admin CLI also exports).
 * The anchor is never attached to the page, so the kiosk's "no link leaves the app" guard is not asked.
 */
function download(file: ReportFile) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return bytes.length;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** XLSX and CSV downloads, and the printable (PDF) view. */
export function ExportBar({ period, onPrint }: { period: PeriodInput; onPrint: () => void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<'xlsx' | 'csv'>();
  const [last, setLast] = useState<{ file: ReportFile; size: number }>();
  const [error, setError] = useState<string>();

  const exportAs = async (format: 'xlsx' | 'csv') => {
    setBusy(format); setError(undefined);
    try {
      const file = await call('reports.export', { period, format });
      setLast({ file, size: download(file) });
    } catch (e) {
      setError(e instanceof CallFailed ? pick({ th: e.error.messageTh, en: e.error.message }, i18n.language) : String(e));
    } finally { setBusy(undefined); }
  };

  return (
    <section className="export-bar" aria-labelledby="report-export">
      <h2 id="report-export" className="visually-hidden">{t('admin.reports.export')}</h2>
      <div className="choice-row">
        <button type="button" className="button" disabled={busy !== undefined} onClick={() => void exportAs('xlsx')}>{t('admin.reports.xlsx')}</button>
        <button type="button" className="button" disabled={busy !== undefined} onClick={() => void exportAs('csv')}>{t('admin.reports.csv')}</button>
        <button type="button" className="button" onClick={onPrint}>{t('admin.reports.pdf')}</button>
      </div>
      <p className="note" role="status">
        {busy ? t('admin.reports.exporting') : last ? t('admin.reports.saved', { name: last.file.fileName, size: sizeText(last.size) }) : t('admin.reports.desktopOnly')}
        {!busy && last && <> <button type="button" className="chip" onClick={() => download(last.file)}>{t('admin.reports.downloadAgain')}</button></>}
      </p>
      {error && <p className="status error" role="alert">{error}</p>}
    </section>
  );
}
