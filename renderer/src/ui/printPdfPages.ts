import type { PDFDocumentProxy } from 'pdfjs-dist';

/** 150 dpi: sharp text on paper, while a 50-page document stays at tens of MB of images. */
const PRINT_SCALE = 150 / 72;
/** theme.css shows only this container in print, one image per A4 sheet. */
export const PRINT_CONTAINER_CLASS = 'pdf-print-pages';
/** Set on <html> while our pages wait for the printer; without it print CSS shows nothing at all. */
export const PRINTING_DOCUMENT_CLASS = 'printing-document';

/**
 * Prints the PDF's own pages, never the kiosk screen: pdf.js renders every page into an image in
 * a print-only container beside the app, then the browser prints. Everything is removed when
 * printing ends (`afterprint`) or when `signal` aborts (the visitor left the document, idle reset).
 * Resolves once `window.print()` has been called; resolves without printing if aborted first.
 */
export async function printPdfPages(pdf: PDFDocumentProxy, options: { pageLabel: (n: number, total: number) => string; signal?: AbortSignal }) {
  const { signal } = options;
  for (const old of document.querySelectorAll(`.${PRINT_CONTAINER_CLASS}`)) old.remove(); // a print whose end was never reported
  const container = document.createElement('div');
  container.className = PRINT_CONTAINER_CLASS;
  document.body.append(container);
  const imageUrls: string[] = [];
  const cleanUp = () => {
    container.remove();
    for (const url of imageUrls) URL.revokeObjectURL(url);
    document.documentElement.classList.remove(PRINTING_DOCUMENT_CLASS);
    window.removeEventListener('afterprint', cleanUp);
    signal?.removeEventListener('abort', cleanUp);
  };
  signal?.addEventListener('abort', cleanUp, { once: true });

  try {
    const canvas = document.createElement('canvas'); // one canvas reused: only the images stay in memory
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal?.aborted) return;
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_SCALE });
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error(`page ${n} could not be turned into an image`);
      const image = new Image();
      image.src = URL.createObjectURL(blob);
      imageUrls.push(image.src);
      image.alt = options.pageLabel(n, pdf.numPages);
      await image.decode(); // decoded before print, or the sheet may come out blank
      container.append(image);
      page.cleanup();
    }
  } catch (error) {
    cleanUp();
    throw error;
  }
  if (signal?.aborted) return;
  document.documentElement.classList.add(PRINTING_DOCUMENT_CLASS);
  window.addEventListener('afterprint', cleanUp, { once: true });
  window.print();
}
