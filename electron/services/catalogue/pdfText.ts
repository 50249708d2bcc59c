import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { actualTexts, marksFromActualText } from './pdfActualText';
import { restoreThaiMarks, type LostGlyph, type RawPageText } from './pdfThaiRepair';

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

/**
 * Bumped whenever extraction gives different text for the same bytes: text stored beside a PDF by
 * an older version is then extracted again when next read (fileStore.readText).
 * 2: Thai marks that pdf.js reads as "\u0000" are restored (pdfThaiRepair.ts); ํา is folded to ำ.
 */
export const PDF_TEXT_VERSION = 2;

/** A PDF's text, page by page, via pdf.js (the same engine the viewer uses). Scripts are off. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const text = await withPdf(bytes, async (pdf) => {
    const pages: RawPageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(pdf, n));
    if (!pages.some((p) => p.lost.length)) return restoreThaiMarks(pages); // still folds ํา into ำ
    const told = marksFromActualText(pages, actualTexts(bytes));
    // Glyph identities cost a second walk of the page's content: only where ActualText left a gap.
    for (const [i, page] of pages.entries()) {
      if (page.lost.some((l) => !told[i]!.has(l.at))) await addGlyphs(pdf, i + 1, page);
    }
    return restoreThaiMarks(pages, told);
  });
  const joined = text.join('\n\f\n').trim();
  return { pages: text.length, text: joined, hasText: joined.replace(/\s+/g, '').length >= 10 };
}

/** Each page as pdf.js reads it, glyph identities included, before any repair (for tests/tools/pdf-text-accuracy.ts). */
export function readPdfPages(bytes: Uint8Array): Promise<RawPageText[]> {
  return withPdf(bytes, async (pdf) => {
    const pages: RawPageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await readPage(pdf, n);
      if (page.lost.length) await addGlyphs(pdf, n, page);
      pages.push(page);
    }
    return pages;
  });
}

type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

async function withPdf<T>(bytes: Uint8Array, use: (pdf: PdfDocument) => Promise<T>): Promise<T> {
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    return await use(await task.promise);
  } finally {
    await task.destroy();
  }
}

/**
 * A page's text, its marked-content spans (a generator may give one an /ActualText), and each
 * "\u0000" in it with the innermost span around it.
 */
async function readPage(pdf: PdfDocument, n: number): Promise<RawPageText> {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  page.cleanup();
  let text = '';
  const lost: LostGlyph[] = [];
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const item of content.items) {
    if ('str' in item) {
      for (let at = item.str.indexOf('\0'); at >= 0; at = item.str.indexOf('\0', at + 1)) lost.push({ at: text.length + at });
      text += item.str + (item.hasEOL ? '\n' : '');
    } else if (item.type !== 'endMarkedContent') {
      open.push(spans.push({ start: text.length, end: text.length }) - 1);
    } else if (open.length) {
      const index = open.pop()!;
      const span = spans[index]!;
      span.end = text.length;
      for (let k = lost.length - 1; k >= 0 && lost[k]!.at >= span.start; k--) lost[k]!.span ??= index;
    }
  }
  return { text, spans, lost };
}

/**
 * Notes which glyph (font and code) drew each "\u0000" of a page: the text layer does not say, but
 * the operator list (the same content, walked in the same order) does. Left out if the two disagree.
 */
async function addGlyphs(pdf: PdfDocument, n: number, page: RawPageText): Promise<void> {
  const { OPS, AnnotationMode } = await loadPdfjs();
  const proxy = await pdf.getPage(n);
  const ops = await proxy.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  proxy.cleanup();
  const glyphs: string[] = [];
  let font = '';
  ops.fnArray.forEach((fn, i) => {
    const args: unknown = ops.argsArray[i];
    if (!Array.isArray(args)) return;
    if (fn === OPS.setFont && typeof args[0] === 'string') font = args[0];
    if (fn !== OPS.showText || !Array.isArray(args[0])) return;
    for (const glyph of args[0] as unknown[]) {
      if (glyph !== null && typeof glyph === 'object' && 'unicode' in glyph && glyph.unicode === '\0' && 'originalCharCode' in glyph) {
        glyphs.push(`${font}:${String(glyph.originalCharCode)}`);
      }
    }
  });
  if (glyphs.length === page.lost.length) page.lost.forEach((l, i) => (l.glyph = glyphs[i]));
}
