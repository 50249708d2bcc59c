import { APP_ORIGIN, isAppUrl } from './guards';

/** What the kiosk's screens offer for download: catalogue exports, the audit trail, reports. */
export const downloadableExtensions = ['xlsx', 'csv', 'json', 'zip'] as const;

export type DownloadDecision = { allow: true; savePath: string } | { allow: false; reason: string };

export interface DownloadPlace {
  /** The folder files are saved to (the OS user's Downloads folder): never asked, so no file dialog opens on the kiosk. */
  folder: string;
  exists: (path: string) => boolean;
  join: (...parts: string[]) => string;
}

/**
 * A file name safe in any folder: the last path segment, without control characters or the
 * characters Windows refuses, not a reserved device name, at most 120 characters.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[\p{Cc}<>:"|?*]/gu, '').replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = cleaned.replace(/\.[^.]*$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) return `_${cleaned}`.slice(0, 120);
  if (cleaned.length <= 120) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 120 - ext.length) + ext;
}

/**
 * Electron's `will-download` decision for the kiosk window: only a file the app itself made (a
 * `blob:` URL of our own origin, which only our renderer can create) of a kind the screens export.
 * It is saved straight into the Downloads folder under a name that takes nothing over, instead of
 * opening the system's save dialog (a way out of the kiosk into the file system).
 */
export function decideDownload(request: { url: string; fileName: string }, place: DownloadPlace, appOrigin = APP_ORIGIN): DownloadDecision {
  if (!request.url.startsWith('blob:') || !isAppUrl(request.url.slice('blob:'.length), appOrigin)) {
    return { allow: false, reason: `not a file the kiosk made: ${request.url.slice(0, 100)}` };
  }
  const name = safeFileName(request.fileName);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!(downloadableExtensions as readonly string[]).includes(ext)) {
    return { allow: false, reason: `not a kind of file the kiosk exports: ${request.fileName.slice(0, 100)}` };
  }
  const stem = name.slice(0, dot);
  for (let n = 1; n < 1000; n++) {
    const candidate = place.join(place.folder, n === 1 ? name : `${stem} (${n}).${ext}`);
    if (!place.exists(candidate)) return { allow: true, savePath: candidate };
  }
  return { allow: false, reason: `999 files named ${name} already in ${place.folder}` };
}
