import { BrowserWindow, type WebContents } from 'electron';
import { APP_ORIGIN, isAllowedNavigation, isBlockedShortcut } from './guards';

/** The one full-screen kiosk window, locked down (Electron security checklist items 2–4, 13–15). */
export function createKioskWindow(options: { preloadPath: string; devTools: boolean; onRefused: (what: string) => void }): BrowserWindow {
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
      devTools: options.devTools,
    },
  });
  lockDown(window.webContents, options.onRefused);
  window.once('ready-to-show', () => window.show());
  return window;
}

function lockDown(contents: WebContents, onRefused: (what: string) => void) {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) { event.preventDefault(); onRefused(`navigation to ${url}`); }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) { event.preventDefault(); onRefused(`redirect to ${url}`); }
  });
  contents.on('will-attach-webview', (event) => { event.preventDefault(); onRefused('webview'); });
  contents.setWindowOpenHandler(({ url }) => { onRefused(`window.open ${url}`); return { action: 'deny' }; });
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  contents.setVisualZoomLevelLimits(1, 1).catch(() => {});
  contents.session.on('will-download', (event) => { event.preventDefault(); onRefused('download'); });
}

export const appUrl = `${APP_ORIGIN}/index.html`;
