import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The web mode's fallback window: an installed Chromium/Chrome in kiosk mode. It must forget:
 * a browser profile keeps History, sessions and caches with every URL a visitor saw. So each
 * start gets a fresh profile in a temp folder, opened incognito (nothing is written to it), and
 * deleted when the browser or the kiosk exits; profiles left by a crash or a power cut are
 * deleted at the next start.
 */
export const PROFILE_PREFIX = 'kiosk-browser-';
/** Names the process that owns a profile: a profile whose owner is gone is a leftover. */
const OWNER_FILE = 'kiosk-owner.pid';

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

/** Deletes profiles of earlier starts whose kiosk process is gone (and older ones with no owner). Returns their paths. */
export function removeLeftoverProfiles(parent = tmpdir(), isAlive = processIsAlive): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(parent, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(PROFILE_PREFIX)) continue;
    const path = join(parent, entry.name);
    let owner = NaN;
    try { owner = Number(readFileSync(join(path, OWNER_FILE), 'utf8')); } catch { /* no owner: a leftover */ }
    if (owner === process.pid || (Number.isInteger(owner) && owner > 0 && isAlive(owner))) continue; // in use
    rmSync(path, { recursive: true, force: true, maxRetries: 3 });
    removed.push(path);
  }
  return removed;
}

export function createProfile(parent = tmpdir()): string {
  const path = mkdtempSync(join(parent, PROFILE_PREFIX));
  writeFileSync(join(path, OWNER_FILE), String(process.pid));
  return path;
}

export function removeProfile(path: string): void {
  // Chromium may still be closing its files for a moment: retry rather than leave history behind.
  rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

export function kioskBrowserArgs(url: string, profile: string): string[] {
  return [
    `--app=${url}`, '--kiosk', '--incognito', `--user-data-dir=${profile}`,
    '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-pinch', '--overscroll-history-navigation=0', '--disable-session-crashed-bubble',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

/**
 * Starts the kiosk window on a fresh profile. The profile is deleted when the browser exits,
 * and (synchronously, the only way an `exit` handler can) when this process exits.
 */
export function launchKioskBrowser(options: { executable: string; url: string; parent?: string; onExit?: (code: number | null) => void }): { child: ChildProcess; profile: string } {
  removeLeftoverProfiles(options.parent);
  const profile = createProfile(options.parent);
  const child = spawn(options.executable, kioskBrowserArgs(options.url, profile), { stdio: 'ignore' });
  const cleanUp = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    removeProfile(profile);
  };
  process.once('exit', cleanUp);
  child.once('exit', (code) => {
    process.off('exit', cleanUp);
    removeProfile(profile);
    options.onExit?.(code);
  });
  child.once('error', () => removeProfile(profile));
  return { child, profile };
}
