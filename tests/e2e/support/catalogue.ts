import { loadCatalogueFolder } from '../../../electron/services/catalogue/store/catalogueStore';

/** The catalogue a kiosk's data folder holds, read from its catalogue store (bodies included) as plain JSON. */
export async function storedCatalogue<T>(dataDir: string): Promise<T> {
  const loaded = await loadCatalogueFolder(dataDir);
  try { return JSON.parse(JSON.stringify(loaded.state)) as T; } finally { for (const blob of loaded.blobs) blob.close(); }
}
