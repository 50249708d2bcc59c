import { CatalogueFile } from '../catalogueFile';
import { BodyDamage } from './blobFile';
import { STORE_FOLDER, loadCatalogueFolder } from './catalogueStore';

interface Finding { file: string; problem: string }

/**
 * `verify` for the catalogue store, read only: the generation's and the log's crcs (at load),
 * every document's body against its crc, and every item against the stored schema.
 */
export async function checkCatalogueStore(dataDir: string): Promise<{ catalogue?: CatalogueFile; auditSeq?: number; problems: Finding[]; warnings: Finding[] }> {
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  let loaded;
  try { loaded = await loadCatalogueFolder(dataDir); } catch (error) {
    return { problems: [{ file: STORE_FOLDER, problem: `cannot be read: ${(error as Error).message}` }], warnings };
  }
  try {
    if (loaded.recovery) problems.push({ file: STORE_FOLDER, problem: `${loaded.recovery.detail}${loaded.recovery.restoredFrom ? ` (the kiosk rebuilds it from ${loaded.recovery.restoredFrom} at its next start)` : ''}` });
    if (loaded.tornBytes > 0) warnings.push({ file: `${STORE_FOLDER}/log`, problem: `the last unit (${loaded.tornBytes} bytes) is cut short (power cut mid-write, never acknowledged); the kiosk drops it at its next start` });
    const documents = [];
    for (const d of loaded.state.documents) {
      try { documents.push({ ...d }); } catch (error) {
        if (!(error instanceof BodyDamage)) throw error;
        problems.push({ file: STORE_FOLDER, problem: `document "${d.id}": ${error.message}` });
      }
    }
    const result = CatalogueFile.safeParse({ ...loaded.state, documents });
    if (!result.success) {
      const issue = result.error.issues[0];
      problems.push({ file: STORE_FOLDER, problem: `does not match its schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` });
      return { problems, warnings };
    }
    return { catalogue: result.data, ...(loaded.auditSeq !== undefined ? { auditSeq: loaded.auditSeq } : {}), problems, warnings };
  } finally {
    for (const blob of loaded.blobs) blob.close();
  }
}
