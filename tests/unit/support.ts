import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../electron/services/runtime';
import { CatalogueFile } from '../../electron/services/catalogue/catalogueFile';
import { loadCatalogueFolder } from '../../electron/services/catalogue/store/catalogueStore';

/**
 * A real temp folder per test, removed afterwards. Removal retries a few times: a kiosk a test
 * left open may still be writing its search cache into the folder (ENOTEMPTY from rmdir).
 */
export async function tempDir(prefix = 'kiosk-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }) };
}

/** A clock that stands still until moved: stats and report figures become exact. */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => { now = new Date(next); }, advance: (ms) => { now = new Date(now.getTime() + ms); } };
}

/** The catalogue as stored in a data folder (read from the catalogue store, as the kiosk would open it), checked against its schema. */
export async function storedCatalogue(dataDir: string): Promise<CatalogueFile> {
  const loaded = await loadCatalogueFolder(dataDir);
  try { return CatalogueFile.parse(JSON.parse(JSON.stringify(loaded.state))); } finally { for (const blob of loaded.blobs) blob.close(); }
}

/** Every byte of the catalogue store's files, for "the store did not change" checks. */
export async function catalogueStoreBytes(dataDir: string): Promise<Map<string, string>> {
  const folder = join(dataDir, 'catalogue');
  const out = new Map<string, string>();
  for (const name of (await readdir(folder)).sort()) out.set(name, (await readFile(join(folder, name))).toString('base64'));
  return out;
}
