import { isAppDownload } from './appDownloads';

/**
 * A public screen: no context menu, no text selection outside fields (CSS), no pinch or
 * ctrl-wheel zoom of the page (the PDF viewer zooms itself), no dropped files or links, no Ctrl+P.
 */
export function preventKioskGestures(doc: Document) {
  const isField = (target: EventTarget | null) => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
  doc.addEventListener('contextmenu', (e) => { if (!isField(e.target)) e.preventDefault(); });
  doc.addEventListener('wheel', (e) => { if (e.ctrlKey) e.preventDefault(); }, { passive: false });
  doc.addEventListener('gesturestart', (e) => e.preventDefault());
  doc.addEventListener('touchmove', (e) => { if (e.touches.length > 1) e.preventDefault(); }, { passive: false });
  doc.addEventListener('dragover', (e) => e.preventDefault());
  doc.addEventListener('drop', (e) => e.preventDefault());
  // Ctrl+P would print the screen; a document prints only from the viewer's button, when the
  // settings allow (the Electron shell blocks the shortcut too; this covers the web mode). code: any layout.
  doc.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && (e.code === 'KeyP' || e.key.toLowerCase() === 'p')) e.preventDefault(); });
  doc.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.('a[href]');
    const href = link?.getAttribute('href') ?? '';
    // No link leaves the app; a file the app made for staff (an export) may be saved.
    if (link && !href.startsWith('#') && !isAppDownload(link)) e.preventDefault();
  });
}
