import { zipSync, type Zippable } from 'fflate';
import type { ExportFile, exportFormats } from '../../../contract/catalogue-staff';
import { bangkokMinuteOf } from '../../../contract/thaiCalendar';
import type { Catalogue } from '../catalogue';
import { exportOrder, exportRow } from './exportRows';
import { catalogueCsv, catalogueJson, catalogueXlsx } from './tableFiles';

export type ExportFormat = (typeof exportFormats)[number];

const mimeTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  zip: 'application/zip',
};

/** A name safe in any file system and unique in the zip: `files/<name>`, or `<stem>-<hash>.pdf` on a clash. */
function zipPathFor(name: string, sha256: string, taken: Map<string, string>): string {
  const clean = name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/^\.+/, '_') || 'document.pdf';
  const base = clean.toLowerCase().endsWith('.pdf') ? clean : `${clean}.pdf`;
  let path = `files/${base}`;
  if (taken.has(path.toLowerCase()) && taken.get(path.toLowerCase()) !== sha256) path = `files/${base.slice(0, -4)}-${sha256.slice(0, 12)}.pdf`;
  taken.set(path.toLowerCase(), sha256);
  return path;
}

/**
 * The whole catalogue, active and retired, as XLSX, CSV, JSON or a ZIP of the CSV plus the PDFs.
 * Importing the ZIP into an empty data folder gives back the same documents and files.
 */
export async function exportCatalogue(catalogue: Catalogue, format: ExportFormat, now: Date): Promise<ExportFile & { bytes: Uint8Array }> {
  const documents = [...catalogue.snapshot().documents].sort(exportOrder);
  const stamp = bangkokMinuteOf(now).replace(/[-:]/g, '').replace('T', '-');
  let bytes: Uint8Array;
  if (format === 'zip') {
    const taken = new Map<string, string>();
    const entries: Zippable = {};
    const rows = [];
    for (const d of documents) {
      let path = '';
      if (d.file && (await catalogue.files.hasPdf(d.file.sha256))) {
        path = zipPathFor(d.file.name, d.file.sha256, taken);
        if (!entries[path]) entries[path] = [await catalogue.files.readPdf(d.file.sha256), { level: 0 }];
      }
      rows.push(exportRow(d, path));
    }
    entries['catalogue.csv'] = catalogueCsv(rows);
    bytes = zipSync(entries, { level: 6 });
  } else {
    const rows = documents.map((d) => exportRow(d));
    bytes = format === 'xlsx' ? await catalogueXlsx(rows) : format === 'csv' ? catalogueCsv(rows) : catalogueJson(rows);
  }
  return { fileName: `catalogue-${stamp}.${format}`, mimeType: mimeTypes[format], base64: Buffer.from(bytes).toString('base64'), bytes };
}
