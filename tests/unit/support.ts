import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../electron/services/runtime';

/** A real temp folder per test, removed afterwards. */
export async function tempDir(prefix = 'kiosk-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A clock that stands still until moved: stats and report figures become exact. */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => { now = new Date(next); }, advance: (ms) => { now = new Date(now.getTime() + ms); } };
}
