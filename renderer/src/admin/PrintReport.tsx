import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodInput } from '../../../electron/contract/stats';
import { useCall } from '../app/useCall';
import { Loaded } from '../kiosk/Loading';
import { decodeBase64Text, splitPrintableHtml } from './printableHtml';

/**
 * The printable A4 report (agency header, charts, page numbers, signature block), made by the
 * back end, shown on its own view of the staff screen and printed with the browser's print dialog
 * ("Save as PDF" makes the PDF). A srcdoc iframe would print only the report, but the page's CSP
 * has frame-src 'none'; so the report goes into a shadow root here and print CSS hides our chrome.
 * (In Electron the same view can be printed with webContents.printToPDF by the main process.)
 */
export function PrintReport({ period, onBack }: { period: PeriodInput | undefined; onBack: () => void }) {
  const { t } = useTranslation();
  const file = useCall('reports.export', period ? { period, format: 'html' } : { format: 'html' });
  return (
    <div className="print-view">
      <div className="print-toolbar choice-row">
        <button type="button" className="button" onClick={onBack}>{t('admin.reports.print.back')}</button>
        <button type="button" className="button primary" disabled={file.status !== 'ok'} onClick={() => window.print()}>{t('admin.reports.print.print')}</button>
        <span className="note">{t('admin.reports.print.hint')}</span>
      </div>
      <Loaded state={file}>{(f) => <PrintableReport base64={f.base64} label={t('admin.reports.print.label')} />}</Loaded>
    </div>
  );
}

function PrintableReport({ base64, label }: { base64: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => splitPrintableHtml(decodeBase64Text(base64)), [base64]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${parts.reportCss}</style>${parts.body}`;
    // Paper size, margins and page numbers apply to the whole page, only while this view is open.
    const pageStyle = document.createElement('style');
    pageStyle.dataset.printReport = '';
    pageStyle.textContent = parts.pageCss;
    document.head.append(pageStyle);
    document.documentElement.classList.add('printing-report');
    const title = document.title;
    if (parts.title) document.title = parts.title; // the name "Save as PDF" suggests
    return () => { pageStyle.remove(); document.documentElement.classList.remove('printing-report'); document.title = title; };
  }, [parts]);

  return <div ref={host} className="printable-report" role="document" aria-label={label} data-ready={parts.body ? 'true' : undefined} />;
}
