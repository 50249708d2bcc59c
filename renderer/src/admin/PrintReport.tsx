import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodInput, ReportParts } from '../../../electron/contract/reports';
import { useCall } from '../base/useCall';
import { Loaded } from '../base/Loading';

/**
 * The printable A4 report (agency header, charts, page numbers, signature block), made by the
 * back end in parts (`reports.printable`), shown on its own view of the staff screen and printed
 * with the browser's print dialog ("Save as PDF" makes the PDF). A srcdoc iframe would print only
 * the report, but the page's CSP has frame-src 'none'; so the body and its CSS go into a shadow
 * root here, the page rules (paper, page numbers) into the page while this view is open, and
 * print CSS hides our chrome. The app's own Sarabun serves; only the exports embed the font.
 * (In Electron the same view can be printed with webContents.printToPDF by the main process.)
 */
export function PrintReport({ period, onBack }: { period: PeriodInput | undefined; onBack: () => void }) {
  const { t } = useTranslation();
  const parts = useCall('reports.printable', period ? { period } : {});
  return (
    <div className="print-view">
      <div className="print-toolbar choice-row">
        <button type="button" className="button" onClick={onBack}>{t('admin.reports.print.back')}</button>
        <button type="button" className="button primary" disabled={parts.status !== 'ok'} onClick={() => window.print()}>{t('admin.reports.print.print')}</button>
        <span className="note">{t('admin.reports.print.hint')}</span>
      </div>
      <Loaded state={parts}>{(p) => <PrintableReport parts={p} label={t('admin.reports.print.label')} />}</Loaded>
    </div>
  );
}

function PrintableReport({ parts, label }: { parts: ReportParts; label: string }) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${parts.css}</style>${parts.bodyHtml}`;
    // Paper size, margins and page numbers apply to the whole page, only while this view is open.
    const pageStyle = document.createElement('style');
    pageStyle.dataset.printReport = '';
    pageStyle.textContent = parts.pageCss;
    document.head.append(pageStyle);
    document.documentElement.classList.add('printing-report');
    const title = document.title;
    document.title = parts.title; // the name "Save as PDF" suggests
    return () => { pageStyle.remove(); document.documentElement.classList.remove('printing-report'); document.title = title; };
  }, [parts]);

  return <div ref={host} className="printable-report" role="document" aria-label={label} data-ready="true" />;
}
