import { join } from 'node:path';
import { readTextIfExists } from '../../store/durableFile';
import { KEPT_COPIES, parseStore, type StoreRecovery } from '../../store/jsonStore';
import { CatalogueFile } from '../catalogueFile';

/** The lowdb file the catalogue was kept in before the unit-log store; converted once, then renamed. */
export const LEGACY_FILE = 'catalogue.json';
export const MIGRATED_SUFFIX = '.migrated';

/**
 * Reads a folder's `catalogue.json` as the lowdb store did (schema, audit stamp, and the newest
 * rotated copy that validates when it is damaged), for conversion into the new store.
 */
export async function readLegacyCatalogue(dataDir: string, name = LEGACY_FILE): Promise<{ data: CatalogueFile; auditSeq?: number; recovery?: StoreRecovery } | undefined> {
  const path = join(dataDir, name);
  const text = await readTextIfExists(path);
  let damage: { problem: StoreRecovery['problem']; detail: string } | undefined;
  if (text !== undefined) {
    try { return parseStore(text, CatalogueFile, path); } catch (error) {
      damage = { problem: (error as { problem?: StoreRecovery['problem'] }).problem ?? 'unparseable', detail: (error as Error).message };
    }
  }
  for (let n = 1; n <= (name === LEGACY_FILE ? KEPT_COPIES : 0); n++) {
    const copy = await readTextIfExists(`${path}.${n}`);
    if (copy === undefined) continue;
    try {
      const stamped = parseStore(copy, CatalogueFile, `${path}.${n}`);
      return { ...stamped, recovery: { store: 'catalogue', problem: damage?.problem ?? 'empty', detail: damage?.detail ?? `${LEGACY_FILE} is missing`, restoredFrom: `${LEGACY_FILE}.${n}`, restoredAuditSeq: stamped.auditSeq } };
    } catch { /* an older one */ }
  }
  if (damage) return { data: { version: 1, sample: false, documents: [], services: [] }, recovery: { store: 'catalogue', ...damage } };
  return undefined;
}
