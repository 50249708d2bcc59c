import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodInput, ReportFile } from '../../../electron/contract/reports';
import { offerDownload } from '../shell/appDownloads';
import { call, CallFailed } from '../shell/client';
import { pick } from '../shell/i18n';

const fromBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
/** A report file handed to the browser as a download (app/appDownloads.ts: the link guard lets only these through). */
const download = (file: ReportFile) => offerDownload(file.fileName, file.mimeType, fromBase64(file.base64));

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
