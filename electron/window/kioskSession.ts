import type { Session } from 'electron';
import { withContentSecurityPolicy } from './csp';
import { isAllowedRequest } from './guards';

/**
 * Session-wide lockdown (checklist items 1, 5, 7): every permission refused, every request
 * that is not ours cancelled, our CSP on every response, downloads refused.
 */
export function lockDownSession(session: Session, options: { devTools: boolean; onRefused: (what: string) => void }) {
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
  session.on('will-download', (event) => { event.preventDefault(); options.onRefused('download'); });
}
