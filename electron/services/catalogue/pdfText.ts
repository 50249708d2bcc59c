import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type Pdfjs = typeof PdfjsModule;
let pdfjs: Promise<Pdfjs> | undefined;

/**
 * Loads pdf.js once, on first use. Two fixes ride along:
 * - its legacy build's core-js polyfills replace JSON.stringify process-wide with one ~30× slower
 *   (measured: 545 ms instead of 17 ms for 1 MB); Node 20 needs none of it, so the native one is put back;
 * - the worker module is loaded in-process (`globalThis.pdfjsWorker`), so bundles need no worker file beside them.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    const nativeStringify = JSON.stringify;
    const library = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    JSON.stringify = nativeStringify;
    return library;
  })();
  return pdfjs;
}

export interface PdfText {
  pages: number;
  text: string;
  /** False when no page has a text layer (a scan): it cannot be searched. */
  hasText: boolean;
}

/** A PDF's text, page by page, via pdf.js (the same engine the viewer uses). Scripts are off. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
    }
    const text = pages.join('\n\f\n').trim();
    return { pages: pdf.numPages, text, hasText: text.replace(/\s+/g, '').length >= 10 };
  } finally {
    await task.destroy();
  }
}
