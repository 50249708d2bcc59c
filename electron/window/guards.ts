/**
 * Kiosk lockdown decisions as plain functions, so tests reach them without Electron.
 * main.ts and kioskWindow.ts wire them to Electron's events.
 */

/** The kiosk's own origin: the custom protocol that serves the renderer. */
export const APP_ORIGIN = 'kiosk://app';

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True for a URL of our own origin. `URL.origin` cannot be used: it is "null" for every
 * non-special scheme, so `kiosk://app.evil`, `javascript:`, `data:` and `file:` would all match.
 */
export function isAppUrl(url: string, appOrigin = APP_ORIGIN): boolean {
  const candidate = parse(url);
  const own = parse(appOrigin);
  if (!candidate || !own) return false;
  return candidate.protocol === own.protocol && candidate.host === own.host && candidate.host !== ''
    && candidate.username === '' && candidate.password === '';
}

/** Only our own pages may load; every other navigation is refused. */
export function isAllowedNavigation(url: string, appOrigin = APP_ORIGIN): boolean {
  return isAppUrl(url, appOrigin);
}

/**
 * What the renderer may fetch at all (checklist item 1): our protocol, plus the in-memory
 * `data:`/`blob:` URLs pdf.js and the QR code make. The kiosk never needs the network.
 * `devtools:` only while devtools are allowed (development).
 */
export function isAllowedRequest(url: string, options: { devTools: boolean }, appOrigin = APP_ORIGIN): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  if (candidate.protocol === 'data:') return true;
  if (candidate.protocol === 'blob:') return isAppUrl(url.slice('blob:'.length), appOrigin);
  if (candidate.protocol === 'devtools:') return options.devTools;
  return isAppUrl(url, appOrigin);
}

/** IPC is accepted only from our window's main frame showing our own origin (cf. VS Code's ipcMain). */
export function untrustedSenderReason(
  sender: { url: string; parent: unknown } | null | undefined,
  kioskWebContentsId: number | undefined,
  senderWebContentsId: number,
  appOrigin = APP_ORIGIN,
): string | undefined {
  if (!sender) return 'no sender frame (navigated away or destroyed)';
  if (kioskWebContentsId === undefined || senderWebContentsId !== kioskWebContentsId) return 'not the kiosk window';
  if (sender.parent !== null) return 'not the main frame';
  if (!isAppUrl(sender.url, appOrigin)) return `unexpected origin ${sender.url.slice(0, 100)}`;
  return undefined;
}

export interface KeyInput { key: string; control: boolean; meta: boolean; alt: boolean; shift: boolean }

const withModifier = new Set(['r', 'w', 'q', 'p', 's', 'o', 'n', 't', 'l', 'h', 'j', 'u', 'f', 'g', 'm', '+', '-', '=', '0', 'tab', 'f4', 'f5']);
const withModifierShift = new Set(['i', 'j', 'c', 'r', 'delete']);
const alone = new Set(['f1', 'f3', 'f5', 'f6', 'f7', 'f10', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh', 'browserhome', 'browsersearch']);

/**
 * Keyboard shortcuts a visitor (or a USB keyboard plugged into the kiosk) could use to reload,
 * close, zoom, print, save, open devtools or leave the page. Typing keys stay allowed.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (alone.has(key)) return true;
  if (input.alt && ['f4', 'arrowleft', 'arrowright', 'home', 'space', ' '].includes(key)) return true;
  if (mod && input.shift && withModifierShift.has(key)) return true;
  if (mod && withModifier.has(key)) return true;
  return false;
}
