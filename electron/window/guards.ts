/**
 * Kiosk lockdown decisions as plain functions, so tests reach them without Electron.
 * main.ts wires them to Electron's events.
 */

/** The kiosk's own origin: the custom protocol that serves the renderer. */
export const APP_ORIGIN = 'kiosk://app';

/** Only our own pages may load; every other navigation is refused. */
export function isAllowedNavigation(url: string, appOrigin = APP_ORIGIN): boolean {
  try {
    return new URL(url).origin === new URL(appOrigin).origin;
  } catch {
    return false;
  }
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
  if (!isAllowedNavigation(sender.url, appOrigin)) return `unexpected origin ${sender.url.slice(0, 100)}`;
  return undefined;
}

/** Keyboard shortcuts a visitor could use to reload, close, zoom or open devtools. */
export function isBlockedShortcut(input: { key: string; control: boolean; meta: boolean; alt: boolean; shift: boolean }): boolean {
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (key === 'f5' || key === 'f11' || key === 'f12') return true;
  if (input.alt && key === 'f4') return true;
  if (mod && ['r', 'w', 'q', 'p', 's', 'o', 'n', 't', '+', '-', '=', '0'].includes(key)) return true;
  if (mod && input.shift && ['i', 'j', 'c'].includes(key)) return true;
  return false;
}

/** Data folder: `--data DIR`, else `KIOSK_DATA_DIR`, else `<userData>/data`. */
export function resolveDataDir(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, userData: string, join: (...p: string[]) => string): string {
  const flag = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  if (flag >= 0) {
    const arg = argv[flag] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
    if (value) return value;
  }
  return env.KIOSK_DATA_DIR || join(userData, 'data');
}
