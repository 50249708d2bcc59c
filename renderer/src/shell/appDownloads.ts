/**
 * Files the app itself made (exports, reports), handed to the browser as downloads. The kiosk's
 * link guard (kioskHygiene.ts) lets a click through only for these: an `<a download>` whose
 * blob: URL this page created here. Any other link (one inside a document's text, an injected
 * anchor, a blob this module did not make) still goes nowhere. In Electron the session's download
 * decision (electron/window/downloads.ts) checks the same thing again and picks where it is saved.
 */
const madeHere = new Set<string>();

/** Offers `content` as the file `fileName`; answers its size in bytes. */
export function offerDownload(fileName: string, mimeType: string, content: string | Uint8Array): number {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const blob = new Blob([part], { type: mimeType });
  const url = URL.createObjectURL(blob);
  madeHere.add(url);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
  // The browser has the bytes once the download starts; after a minute the URL is of no use to anyone.
  window.setTimeout(() => { madeHere.delete(url); URL.revokeObjectURL(url); }, 60_000);
  return blob.size;
}

/** True for a link this module made for a download (the link guard's one exception). */
export function isAppDownload(link: Element): boolean {
  return link instanceof HTMLAnchorElement && link.hasAttribute('download') && link.protocol === 'blob:' && madeHere.has(link.href);
}
