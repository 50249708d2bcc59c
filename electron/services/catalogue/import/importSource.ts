import { KioskError } from '../../../contract/result';
import type { ImportPreview } from '../../../contract/catalogue-staff';
import { csvTable } from './csvTable';
import { importSizeProblem } from './importLimits';
import { jsonTable } from './jsonTable';
import type { RawTable } from './table';
import { xlsxTable } from './xlsxTable';
import { inflateEntries, safeRelativePath, symlinkEntries, zipEntries } from './zipBundle';

export type ImportFormat = ImportPreview['format'];

/** PDFs that came with the table (inside a zip), found by a path relative to the table. */
export interface BundledFiles {
  /** Size from the zip's directory, or undefined when there is no such file. */
  size(relativePath: string): number | undefined;
  /** True when the entry is a symbolic link: never followed, whatever it points to. */
  isLink(relativePath: string): boolean;
  read(relativePath: string): Uint8Array;
}

export interface ImportSource {
  format: ImportFormat;
  table: RawTable;
  /** Absent when the table came alone: a `file` cell then has nothing to point to. */
  files?: BundledFiles;
  /** A zip's table: its name inside the zip, without folders (`good.csv`). */
  tableName?: string;
}

const tableFormats = ['csv', 'xlsx', 'json'] as const;
type TableFormat = (typeof tableFormats)[number];
const extensionOf = (name: string) => name.toLowerCase().split('.').pop() ?? '';
const isTableFormat = (ext: string): ext is TableFormat => (tableFormats as readonly string[]).includes(ext);

async function readTable(format: TableFormat, bytes: Uint8Array): Promise<RawTable> {
  if (format === 'csv') return csvTable(bytes);
  if (format === 'xlsx') return xlsxTable(bytes);
  return jsonTable(bytes);
}

const unsupported = () => new KioskError('bad_input', {
  th: 'รับเฉพาะไฟล์ .csv .xlsx .json หรือ .zip (ที่มีตารางหนึ่งไฟล์และไฟล์ PDF)',
  en: 'Only .csv, .xlsx, .json or .zip (one table plus PDFs) files can be imported',
});

/** Reads an uploaded file by its extension; a zip must hold exactly one table plus its PDFs. */
export async function readImportSource(fileName: string, bytes: Uint8Array): Promise<ImportSource> {
  const tooBig = importSizeProblem(fileName, bytes.byteLength);
  if (tooBig) throw tooBig;
  const ext = extensionOf(fileName);
  if (isTableFormat(ext)) return { format: ext, table: await readTable(ext, bytes) };
  if (ext !== 'zip') throw unsupported();

  const entries = zipEntries(bytes);
  const ignorable = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/') || (name.split('/').pop() ?? '').startsWith('.');
  const tables = entries.filter((e) => !ignorable(e.name) && isTableFormat(extensionOf(e.name)));
  if (tables.length !== 1) {
    throw new KioskError('bad_input', {
      th: `ไฟล์ zip ต้องมีตาราง (.csv .xlsx หรือ .json) หนึ่งไฟล์พอดี แต่พบ ${tables.length} ไฟล์`,
      en: `The zip must hold exactly one table (.csv, .xlsx or .json); it holds ${tables.length}`,
    });
  }
  const tableEntry = tables[0]!;
  // The directory's size of the table: refused before it is inflated (a lying size cannot grow it, see inflateEntries).
  const tableTooBig = importSizeProblem(tableEntry.name, tableEntry.originalSize);
  if (tableTooBig) throw tableTooBig;
  const tableBytes = inflateEntries(bytes, new Set([tableEntry.name])).get(tableEntry.name) ?? new Uint8Array();
  const folder = tableEntry.name.includes('/') ? tableEntry.name.slice(0, tableEntry.name.lastIndexOf('/') + 1) : '';
  const byPath = new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [safeRelativePath(e.name) ?? e.name, e]));
  const entryOf = (relativePath: string) => {
    const safe = safeRelativePath(relativePath);
    return safe === undefined ? undefined : byPath.get(safeRelativePath(folder + safe) ?? '');
  };
  const links = symlinkEntries(bytes);
  const files: BundledFiles = {
    size: (path) => entryOf(path)?.originalSize,
    isLink: (path) => { const entry = entryOf(path); return entry !== undefined && links.has(entry.name); },
    read(path) {
      const entry = entryOf(path);
      const data = entry && inflateEntries(bytes, new Set([entry.name])).get(entry.name);
      if (!data) throw new KioskError('bad_input', { th: `ไม่พบไฟล์ ${path} ใน zip`, en: `${path} is not in the zip` });
      return data;
    },
  };
  const tableFormat = extensionOf(tableEntry.name);
  if (!isTableFormat(tableFormat)) throw unsupported();
  return { format: 'zip', table: await readTable(tableFormat, tableBytes), files, tableName: tableEntry.name.split('/').pop() };
}
