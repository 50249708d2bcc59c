import { useEffect, useRef, useState } from 'react';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfViewerLabels { label: string; page: (n: number, total: number) => string; prev: string; next: string; zoomIn: string; zoomOut: string; missing: string; loading: string }

const ZOOMS = [1, 1.25, 1.5, 2, 2.5, 3];

/**
 * A PDF on screen with pdf.js: big page and zoom buttons, swipe to turn pages, `n / N`.
 * Scripts in PDFs never run (isEvalSupported off, no XFA, no annotation layer with actions).
 * No download or print controls: the kiosk offers copies through the staff.
 */
export function PdfViewer({ url, labels, onPageTurn }: { url: string; labels: PdfViewerLabels; onPageTurn?: (page: number) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy>();
  const [failed, setFailed] = useState(false);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(0);
  const swipeStart = useRef<number | undefined>(undefined);

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
      </div>
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
