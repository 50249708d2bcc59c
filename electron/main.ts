import { app, type BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startAdminChannel } from './adminChannel/channelServer';
import { bootKiosk, type Kiosk } from './boot';
import { dataDirFrom, flagValue } from './dataDir';
import { refuseOtherFolder } from './services/store/dataFolder';
import { INVOKE_CHANNEL } from './ipcChannel';
import { appRoot, rendererDir, sampleDir } from './paths';
import { createFileLog } from './services/log/fileLog';
import { teeLog } from './services/log/teeLog';
import { consoleLog, systemClock, type Log } from './services/runtime';
import { holdFolder } from './services/store/folderLock';
import { contentTypeOf, routeAppRequest } from './window/appProtocol';
import { handleRenderProcessGone, handleResponsive, handleUnresponsive, newRecoveryState, type RecoveryDeps } from './window/crashRecovery';
import { contentSecurityPolicy } from './window/csp';
import { createExitGate, EXIT_METHOD, type ExitGate } from './window/exitGate';
import { answerInvoke } from './window/ipcInvoke';
import { lockDownSession } from './window/kioskSession';
import { appUrl, createKioskWindow, lockDownContents } from './window/kioskWindow';

// The Electron shell only wires things together; every decision lives in tested functions (window/).
protocol.registerSchemesAsPrivileged([
  { scheme: 'kiosk', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Every renderer sandboxed, whatever a window's own options say (checklist item 4).
app.enableSandbox();

let log: Log = consoleLog;
let kioskWindow: BrowserWindow | undefined;
let exitGate: ExitGate | undefined;
let quitting = false;
const devTools = !app.isPackaged;
const refused = (what: string) => log.warn('kiosk refused', { what });

// A second copy (a double tap on the shortcut) hands over to the first and leaves without the exit gate.
const primary = app.requestSingleInstanceLock();
if (!primary) app.exit(0);

app.on('second-instance', () => {
  if (kioskWindow?.isMinimized()) kioskWindow.restore();
  kioskWindow?.focus();
});
// Every web contents, ours and any other, gets the navigation, window-open, webview and shortcut guards.
app.on('web-contents-created', (_event, contents) => lockDownContents(contents, { onRefused: refused }));
// Only the system or the exit gate call app.quit(); once it runs, windows may close and a renderer ending is no crash.
app.on('before-quit', () => {
  quitting = true;
  exitGate?.openForSystem('application quit');
});
app.on('window-all-closed', () => app.quit());

async function start() {
  await app.whenReady();
  Menu.setApplicationMenu(null);
  const root = app.isPackaged ? process.resourcesPath : appRoot();
  const dataDir = dataDirFrom(flagValue(process.argv, 'data'), process.env, join(app.getPath('userData'), 'data'));
  await refuseOtherFolder(dataDir); // a mistyped --data: nothing is written into someone's own folder
  const fileLog = createFileLog({ dataDir, clock: systemClock, onFailure: (error) => console.error('kiosk log file refused a line', String(error)) });
  log = teeLog(consoleLog, fileLog);
  log.info('kiosk starting', { version: app.getVersion(), electron: process.versions.electron, dataDir, packaged: app.isPackaged });

  // One writer per folder (house rule 9): the kiosk holds it; the admin CLI then works through its channel.
  const hold = await holdFolder(dataDir, { role: 'kiosk', waitMs: 30_000, log });
  if (!hold.held) log.warn('the data folder cannot be written; serving citizens read-only', { problem: hold.problem });
  // The fleet's CouchDB password at rest: the OS keychain through safeStorage where it is available.
  const secretSeal = safeStorage.isEncryptionAvailable()
    ? { name: 'safeStorage', seal: (text: string) => safeStorage.encryptString(text), open: (bytes: Buffer) => safeStorage.decryptString(bytes) }
    : undefined;
  const kiosk = await bootKiosk({ dataDir, sampleDir: app.isPackaged ? join(root, 'sample') : sampleDir(root), log, owner: hold.held, appVersion: app.getVersion(), secretSeal, searchSoon: true });
  const channel = await startAdminChannel({ dataDir, dispatch: kiosk.dispatch, hold, log, backup: kiosk.backup });
  // Multi-site mode: continuous replication with the centre, if one is configured (nothing otherwise).
  const fleet = hold.held ? await kiosk.services.fleet.start().catch((error: unknown) => { log.error('fleet replication did not start', { error: String(error) }); return undefined; }) : undefined;
  app.on('will-quit', () => { void (fleet?.stop() ?? Promise.resolve()).then(() => channel.close()).then(() => hold.release()); });
  void kiosk.services.search.warm({ answerEarly: true }).catch((error: unknown) => log.error('search index build failed', { error: String(error) }));
  lockDownSession(session.defaultSession, {
    devTools, downloadsFolder: app.getPath('downloads'), onRefused: refused,
    onSaved: (path) => log.info('staff export saved', { path }),
  });
  serveAppProtocol(kiosk, app.isPackaged ? join(app.getAppPath(), 'dist', 'renderer') : rendererDir(root));

  exitGate = createExitGate({
    verifyAdminPin: (input) => kiosk.dispatch(EXIT_METHOD, input, { transport: 'ipc' }),
    quit: () => app.quit(),
    log,
  });
  const gate = exitGate;
  // The operating system ending the session is never refused (Windows: session-end; Linux/macOS: shutdown).
  powerMonitor.on('shutdown', () => { gate.openForSystem('system shutdown'); app.quit(); });

  const window = createKioskWindow({ preloadPath: join(import.meta.dirname, 'preload.cjs'), devTools });
  kioskWindow = window;
  window.on('session-end', () => gate.openForSystem('session end'));
  // Alt+F4 or the window manager's close: only with an administrator's PIN (or when quitting).
  window.on('close', (event) => {
    if (!quitting && gate.blocksQuit()) { event.preventDefault(); refused('closing the kiosk window without the administrator PIN'); }
  });
  watchRenderer(window);

  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown, sessionToken: unknown) =>
    answerInvoke(
      { senderFrame: event.senderFrame, senderId: event.sender.id, method, input, session: sessionToken },
      { kioskWebContentsId: () => kioskWindow?.webContents.id, dispatch: kiosk.dispatch, resolveSession: kiosk.resolveSession, exitGate: gate, log },
    ));
  await window.loadURL(appUrl);
}

/** Crash and hang recovery (window/crashRecovery.ts): reload home, with a back-off and an out-of-service page. */
function watchRenderer(window: BrowserWindow) {
  const state = newRecoveryState();
  const load = (url: string) => {
    if (!window.isDestroyed()) window.loadURL(url).catch((error: unknown) => log.error('could not load a page', { url: url.slice(0, 60), error: String(error) }));
  };
  const deps: RecoveryDeps = {
    reload: () => load(appUrl),
    show: load,
    log,
    now: () => Date.now(),
    schedule: (run, ms) => { const timer = setTimeout(run, ms); return { cancel: () => clearTimeout(timer) }; },
    isQuitting: () => quitting,
  };
  window.webContents.on('render-process-gone', (_event, details) => handleRenderProcessGone(details, state, deps));
  window.webContents.on('unresponsive', () => handleUnresponsive(state, deps));
  window.webContents.on('responsive', () => handleResponsive(state, deps));
}

/** `kiosk://app/...`: the built renderer, and `/files/<sha256>.pdf` for the viewer. Nothing outside (window/appProtocol.ts). */
function serveAppProtocol(kiosk: Kiosk, renderer: string) {
  const headers = { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' };
  const notFound = () => new Response('not found', { status: 404, headers });
  protocol.handle('kiosk', async (request) => {
    try {
      const route = routeAppRequest(request.url, renderer);
      if (route.kind === 'pdf') {
        const bytes = await kiosk.services.catalogue.publicPdf(route.sha256);
        return new Response(new Uint8Array(bytes), { headers: { ...headers, 'Content-Type': 'application/pdf' } });
      }
      if (route.kind === 'not-found') return notFound();
      // Read with fs (asar-aware in Electron), not net.fetch('file://'): the session refuses every request that is not kiosk://.
      const bytes = await readFile(route.path);
      return new Response(new Uint8Array(bytes), { headers: { ...headers, 'Content-Type': contentTypeOf(route.path) } });
    } catch {
      return notFound();
    }
  });
}

if (primary) {
  start().catch((error: unknown) => {
    log.error('kiosk failed to start', { error: String((error as Error)?.stack ?? error) });
    // A refusal worded for people (a --data folder of someone's own files): said on the screen, not only in a log.
    const th = (error as { messageTh?: unknown })?.messageTh;
    if (typeof th === 'string') dialog.showErrorBox('Infocentre Kiosk', `${th}\n\n${(error as Error).message}`);
    app.exit(1);
  });
}
