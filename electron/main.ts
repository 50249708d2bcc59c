import { app, type BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bootKiosk, type Kiosk } from './boot';
import { INVOKE_CHANNEL } from './ipcChannel';
import { appRoot, rendererDir, sampleDir } from './paths';
import { consoleLog } from './services/runtime';
import { contentSecurityPolicy } from './window/csp';
import { resolveDataDir, untrustedSenderReason } from './window/guards';
import { appUrl, createKioskWindow } from './window/kioskWindow';

// The Electron shell only wires things together; every decision lives in tested functions.
protocol.registerSchemesAsPrivileged([
  { scheme: 'kiosk', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

let kioskWindow: BrowserWindow | undefined;
const log = consoleLog;

app.on('second-instance', () => {
  if (kioskWindow?.isMinimized()) kioskWindow.restore();
  kioskWindow?.focus();
});
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

async function start() {
  await app.whenReady();
  const root = app.isPackaged ? process.resourcesPath : appRoot();
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'), join);
  const kiosk = await bootKiosk({ dataDir, sampleDir: app.isPackaged ? join(root, 'sample') : sampleDir(root), log });

  refuseAllPermissions();
  serveAppProtocol(kiosk, app.isPackaged ? join(app.getAppPath(), 'dist', 'renderer') : rendererDir(root));

  kioskWindow = createKioskWindow({
    preloadPath: join(import.meta.dirname, 'preload.cjs'),
    devTools: !app.isPackaged,
    onRefused: (what) => log.warn('kiosk refused', { what }),
  });
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    const refused = untrustedSenderReason(event.senderFrame, kioskWindow?.webContents.id, event.sender.id);
    if (refused) {
      log.warn('IPC refused', { refused });
      return { ok: false, error: { code: 'forbidden', message: `Refused: ${refused}`, messageTh: 'ปฏิเสธคำขอ' } };
    }
    return kiosk.dispatch(String(method), input, { transport: 'ipc' });
  });
  await kioskWindow.loadURL(appUrl);
}

function refuseAllPermissions() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
}

/** `kiosk://app/...`: the built renderer, and `/files/<sha256>.pdf` for the viewer. Nothing outside. */
function serveAppProtocol(kiosk: Kiosk, renderer: string) {
  const rendererRoot = resolve(renderer);
  protocol.handle('kiosk', async (request) => {
    const url = new URL(request.url);
    const headers = { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' };
    const pdf = /^\/files\/([0-9a-f]{64})\.pdf$/.exec(url.pathname);
    if (pdf?.[1]) {
      try {
        const bytes = await kiosk.services.catalogue.publicPdf(pdf[1]);
        return new Response(new Uint8Array(bytes), { headers: { ...headers, 'Content-Type': 'application/pdf' } });
      } catch {
        return new Response('not found', { status: 404, headers });
      }
    }
    const path = resolve(rendererRoot, '.' + decodeURIComponent(url.pathname));
    if (url.host !== 'app' || !path.startsWith(rendererRoot + sep)) return new Response('not found', { status: 404, headers });
    const response = await net.fetch(pathToFileURL(path).toString());
    return new Response(response.body, { status: response.status, headers: { ...headers, 'Content-Type': response.headers.get('content-type') ?? 'application/octet-stream' } });
  });
}

app.on('window-all-closed', () => app.quit());
start().catch((error: unknown) => {
  log.error('kiosk failed to start', { error: String((error as Error)?.stack ?? error) });
  app.exit(1);
});
