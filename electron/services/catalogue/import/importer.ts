import type { ImportPreview, ImportResult } from '../../../contract/catalogue-staff';
import type { AuditChange } from '../../../contract/handler';
import type { Clock } from '../../runtime';
import type { Catalogue } from '../catalogue';
import { bangkokToday } from '../../../contract/thaiCalendar';
import { applyImport } from './applyImport';
import { readImportSource } from './importSource';
import { validateImport } from './validateRows';

/** Bulk import: `preview` reports every row's problems; `apply` validates again and imports all or nothing. */
export function createImporter(catalogue: Catalogue, clock: Clock) {
  async function validate(fileName: string, bytes: Uint8Array) {
    const source = await readImportSource(fileName, bytes);
    const validated = await validateImport(source, {
      existing: new Map(catalogue.snapshot().documents.map((d) => [d.id, d])),
      hasStoredPdf: (sha256) => catalogue.files.hasPdf(sha256),
      today: bangkokToday(clock.now()),
    });
    return { source, validated };
  }
  return {
    async preview(fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
      return (await validate(fileName, bytes)).validated.preview;
    },
    /** `bundled`: the zip only carried the table and its PDFs; the trail names the table (see the contract's ImportFile). */
    async apply(fileName: string, bytes: Uint8Array, record: (change: AuditChange) => void, bundled?: boolean): Promise<ImportResult> {
      const { source, validated } = await validate(fileName, bytes);
      return applyImport(catalogue, source, validated, clock.now(), record, (bundled && shownName(source.tableName)) || fileName);
    },
  };
}
export type Importer = ReturnType<typeof createImporter>;

/** A name read from inside a zip, fit for the trail: no control or direction characters, at most 255 characters; undefined when nothing is left. */
function shownName(name: string | undefined): string | undefined {
  const clean = name?.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '').trim().slice(0, 255);
  return clean || undefined;
}
