import type { Session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withContentSecurityPolicy } from './csp';
import { decideDownload } from './downloads';
import { isAllowedRequest } from './guards';

/**
 * Session-wide lockdown (checklist items 1, 5, 7): every permission refused, every request
 * that is not ours cancelled, our CSP on every response, downloads refused except the files the
 * app made for staff (exports), saved into `downloadsFolder` without a dialog (window/downloads.ts).
 */
export function lockDownSession(session: Session, options: {
  devTools: boolean; downloadsFolder: string; onRefused: (what: string) => void; onSaved?: (path: string) => void;
}) {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    options.onRefused(`permission ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // No setDisplayMediaRequestHandler: without one Electron denies every screen capture.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) options.onRefused(`request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.on('will-download', (event, item) => {
    const decision = decideDownload({ url: item.getURL(), fileName: item.getFilename() }, { folder: options.downloadsFolder, exists: existsSync, join });
    if (!decision.allow) { event.preventDefault(); options.onRefused(`download: ${decision.reason}`); return; }
    item.setSavePath(decision.savePath);
    item.once('done', (_e, state) => { if (state === 'completed') options.onSaved?.(decision.savePath); });
  });
}
