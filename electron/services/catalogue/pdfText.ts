import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  text: string;
  /** False when no page has a text layer (a scan): it cannot be searched. */
  hasText: boolean;
}

/** A PDF's text, page by page, via pdf.js (the same engine the viewer uses). Scripts are off. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
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
