import { useEffect, useRef, useState } from 'react';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { printPdfPages } from './printPdfPages';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfViewerLabels {
  label: string; page: (n: number, total: number) => string; prev: string; next: string; zoomIn: string; zoomOut: string; missing: string; loading: string;
  print: string; preparingPrint: string; printFailed: string;
}

const ZOOMS = [1, 1.25, 1.5, 2, 2.5, 3];

/**
 * A PDF on screen with pdf.js: big page and zoom buttons, swipe to turn pages, `n / N`.
 * Scripts in PDFs never run (isEvalSupported off, no XFA, no annotation layer with actions).
 * No download control: the kiosk offers copies through the staff. A print button only when
 * `printable` (the agency's setting); it prints the PDF's pages, not the screen.
 */
export function PdfViewer({ url, labels, printable = false, onPageTurn }: { url: string; labels: PdfViewerLabels; printable?: boolean; onPageTurn?: (page: number) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy>();
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(0);
  const swipeStart = useRef<number | undefined>(undefined);
  const print = usePrintPages(pdf, labels.page);

  useEffect(() => {
    const task = getDocument({ url, isEvalSupported: false, enableXfa: false, disableAutoFetch: false });
    task.promise.then(setPdf, () => setFailed(true));
    return () => { void task.destroy(); };
  }, [url]);

  useEffect(() => {
    if (!pdf || !canvas.current || !frame.current) return;
    let task: RenderTask | undefined;
    let cancelled = false;
    void pdf.getPage(page).then((p) => {
      if (cancelled || !canvas.current || !frame.current) return;
      const fit = frame.current.clientWidth / p.getViewport({ scale: 1 }).width;
      const scale = fit * (ZOOMS[zoom] ?? 1);
      const ratio = window.devicePixelRatio || 1;
      const viewport = p.getViewport({ scale: scale * ratio });
      canvas.current.width = viewport.width;
      canvas.current.height = viewport.height;
      canvas.current.style.width = `${viewport.width / ratio}px`;
      canvas.current.style.height = `${viewport.height / ratio}px`;
      task = p.render({ canvas: canvas.current, viewport });
      task.promise.then(() => { if (canvas.current) canvas.current.dataset.renderedPage = String(page); }, () => {});
    });
    return () => { cancelled = true; task?.cancel(); };
  }, [pdf, page, zoom]);

  if (failed) return <div className="pdf-missing" role="status">{labels.missing}</div>;
  const total = pdf?.numPages ?? 0;
  const turn = (to: number) => {
    const next = Math.min(Math.max(1, to), total);
    if (next !== page) { setPage(next); onPageTurn?.(next); frame.current?.scrollTo({ top: 0 }); }
  };

  return (
    <section className="pdf-viewer" aria-label={labels.label}>
      <div className="pdf-controls">
        <button type="button" className="button big" onClick={() => turn(page - 1)} disabled={page <= 1}>‹ {labels.prev}</button>
        <span className="pdf-page" aria-live="polite">{total ? labels.page(page, total) : labels.loading}</span>
        <button type="button" className="button big" onClick={() => turn(page + 1)} disabled={page >= total}>{labels.next} ›</button>
        <button type="button" className="button big" onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0} aria-label={labels.zoomOut}>−</button>
        <button type="button" className="button big" onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))} disabled={zoom === ZOOMS.length - 1} aria-label={labels.zoomIn}>+</button>
        {printable && (
          <button type="button" className="button big primary pdf-print" onClick={print.start} disabled={!total || print.state === 'preparing'} aria-busy={print.state === 'preparing'}>
            <PrinterIcon /> {print.state === 'preparing' ? labels.preparingPrint : labels.print}
          </button>
        )}
      </div>
      {printable && print.state === 'failed' && <p className="pdf-print-failed" role="status">{labels.printFailed}</p>}
      <div
        ref={frame}
        className="pdf-frame"
        tabIndex={0}
        aria-label={labels.label}
        onPointerDown={(e) => { swipeStart.current = e.clientX; }}
        onPointerUp={(e) => {
          if (swipeStart.current === undefined || zoom > 0) return;
          const dx = e.clientX - swipeStart.current;
          swipeStart.current = undefined;
          if (Math.abs(dx) > 80) turn(dx < 0 ? page + 1 : page - 1);
        }}
      >
        <canvas ref={canvas} role="img" aria-label={total ? labels.page(page, total) : labels.loading} />
      </div>
    </section>
  );
}

/** The print button's work: one print at a time, abandoned when the document changes or the viewer goes away. */
function usePrintPages(pdf: PDFDocumentProxy | undefined, pageLabel: PdfViewerLabels['page']) {
  const [state, setState] = useState<'idle' | 'preparing' | 'failed'>('idle');
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), [pdf]);
  const start = () => {
    if (!pdf || state === 'preparing') return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState('preparing');
    printPdfPages(pdf, { pageLabel, signal: controller.signal }).then(
      () => { if (!controller.signal.aborted) setState('idle'); },
      () => { if (!controller.signal.aborted) setState('failed'); },
    );
  };
  return { state, start };
}

function PrinterIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <path d="M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z" />
    </svg>
  );
}
