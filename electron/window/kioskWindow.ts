import { BrowserWindow, type WebContents } from 'electron';
import { APP_ORIGIN, isAllowedNavigation, isBlockedShortcut } from './guards';

/** The one full-screen kiosk window, locked down (Electron security checklist items 2–4, 6, 8–14; see SECURITY-CHECKLIST.md). */
export function createKioskWindow(options: { preloadPath: string; devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would open a link in a new window (refused anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      // A page stuck in an alert() loop can be stopped; the kiosk screens use no native dialogs.
      safeDialogs: true,
      enableWebSQL: false,
      devTools: options.devTools,
    },
  });
  // No menu bar: Alt would show the default one, with Reload, Toggle DevTools and Quit.
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  return window;
}

/** A refused URL may be a megabyte of `data:`; the log gets its start. */
const shown = (url: string) => url.slice(0, 200);

/**
 * Guards for every web contents (main.ts applies them in `web-contents-created`, so the kiosk
 * window and anything else Electron creates get them before their first load).
 */
export function lockDownContents(contents: WebContents, { onRefused }: { onRefused: (what: string) => void }) {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) { event.preventDefault(); onRefused(`navigation to ${shown(url)}`); }
  });
  // Subframes too (the CSP's frame-src 'none' should already stop them from existing).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url)) { event.preventDefault(); onRefused(`frame navigation to ${shown(event.url)}`); }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) { event.preventDefault(); onRefused(`redirect to ${shown(url)}`); }
  });
  contents.on('will-attach-webview', (event) => { event.preventDefault(); onRefused('webview'); });
  contents.setWindowOpenHandler(({ url }) => { onRefused(`window.open ${shown(url)}`); return { action: 'deny' }; });
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  contents.setVisualZoomLevelLimits(1, 1).catch(() => {});
  // Ctrl+wheel on a mouse-equipped kiosk: put the zoom back.
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
}

export const appUrl = `${APP_ORIGIN}/index.html`;
