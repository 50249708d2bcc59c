import { useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { printPdfPages } from './printPdfPages';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfViewerLabels {
  label: string; page: (n: number, total: number) => string; prev: string; next: string; zoomIn: string; zoomOut: string; missing: string; loading: string;
  print: string; preparingPrint: string; printFailed: string;
}

const ZOOMS = [1, 1.25, 1.5, 2, 2.5, 3];
/** The zoom step nearest `factor` from below (1: the page's width fits the frame). */
const zoomStep = (factor: number) => Math.max(0, ZOOMS.findLastIndex((z) => z <= factor));

/**
 * A PDF on screen with pdf.js: big page and zoom buttons, swipe to turn pages, `n / N`.
 * Scripts in PDFs never run (isEvalSupported off, no XFA, no annotation layer with actions).
 * No download control: the kiosk offers copies through the staff. A print button only when
 * `printable` (the agency's setting); it prints the PDF's pages, not the screen. `startZoom` is the
 * zoom it opens at, and goes back to whenever it changes (the visitor's text size); +/− go on from it.
 */
export function PdfViewer({ url, labels, printable = false, startZoom = 1, onPageTurn }: { url: string; labels: PdfViewerLabels; printable?: boolean; startZoom?: number; onPageTurn?: (page: number) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy>();
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);
  const start = zoomStep(startZoom);
  const [zoom, setZoom] = useState(start);
  const [zoomStarted, setZoomStarted] = useState(start);
  if (zoomStarted !== start) { setZoomStarted(start); setZoom(start); }
  const total = pdf?.numPages ?? 0;
  const turn = (to: number) => {
    const next = Math.min(Math.max(1, to), total);
    if (next !== page) { setPage(next); onPageTurn?.(next); frame.current?.scrollTo({ top: 0 }); }
  };
  const drag = useDragToPan(frame, zoom > 0, (dx) => { if (Math.abs(dx) > 80) turn(dx < 0 ? page + 1 : page - 1); });
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
      <div ref={frame} className={`pdf-frame${zoom > 0 ? ' zoomed' : ''}`} tabIndex={0} aria-label={labels.label} {...drag}>
        <canvas ref={canvas} role="img" aria-label={total ? labels.page(page, total) : labels.loading} />
      </div>
    </section>
  );
}

/**
 * One finger (or the mouse) drags the page: zoomed in, it pans the frame to any edge; at the
 * page's own width, a sideways swipe turns the page (`onSwipe` gets how far it went). Pointer
 * events rather than the browser's own touch scrolling, so a mouse-only touchscreen driver pans too.
 */
function useDragToPan(frame: RefObject<HTMLDivElement | null>, zoomed: boolean, onSwipe: (dx: number) => void) {
  const start = useRef<{ id: number; x: number; y: number; left: number; top: number } | undefined>(undefined);
  const end = (e: PointerEvent) => {
    const from = start.current;
    if (!from || from.id !== e.pointerId) return;
    start.current = undefined;
    if (!zoomed) onSwipe(e.clientX - from.x);
  };
  return {
    onPointerDown(e: PointerEvent<HTMLDivElement>) {
      if (e.button !== 0 || !frame.current) return;
      start.current = { id: e.pointerId, x: e.clientX, y: e.clientY, left: frame.current.scrollLeft, top: frame.current.scrollTop };
      if (zoomed) e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    onPointerMove(e: PointerEvent) {
      const from = start.current;
      if (!zoomed || !from || from.id !== e.pointerId || !frame.current) return;
      frame.current.scrollLeft = from.left - (e.clientX - from.x);
      frame.current.scrollTop = from.top - (e.clientY - from.y);
    },
    onPointerUp: end,
    onPointerCancel: (e: PointerEvent) => { if (start.current?.id === e.pointerId) start.current = undefined; },
  };
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
