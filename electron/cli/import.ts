import { lstat, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { ImportIssue, ImportPreview, ImportResult } from '../contract/catalogue-staff';
import { importSizeProblem, MAX_BUNDLE_BYTES } from '../services/catalogue/import/importLimits';
import { readImportSource } from '../services/catalogue/import/importSource';
import { safeRelativePath } from '../services/catalogue/import/zipBundle';
import { cliCaller, type CliCommand } from './command';

/** Unix mode of a symbolic link in a zip entry's external attributes, as `zip -y` writes it. */
const LINK_ATTRS = (0o120777 << 16) >>> 0;

/** True when the path or a folder on the way to it (below `folder`) is a symbolic link. */
async function throughLink(folder: string, safe: string): Promise<boolean> {
  let at = folder;
  for (const part of safe.split('/')) {
    at = join(at, part);
    const info = await lstat(at).catch(() => undefined);
    if (!info) return false;
    if (info.isSymbolicLink()) return true;
  }
  return false;
}

/**
 * A table's PDFs travel with it the way the screens send them: the table plus every `file` it
 * names, zipped. Only files inside the table's folder are taken. A symbolic link goes in as a
 * link (its target as text, as `zip -y` stores it) and is never followed: the importer names the
 * row. A path that escapes the folder is left out, and the importer reports that row too.
 */
async function bundleWithFiles(path: string, bytes: Uint8Array): Promise<{ fileName: string; bytes: Uint8Array; bundled?: true }> {
  const fileName = basename(path);
  if (fileName.toLowerCase().endsWith('.zip')) return { fileName, bytes };
  const { table } = await readImportSource(fileName, bytes);
  const named = new Set(table.rows.map((r) => r.cells.file).filter((f): f is string => typeof f === 'string' && f.trim() !== ''));
  if (named.size === 0) return { fileName, bytes };
  const folder = await realpath(dirname(path));
  const entries: Zippable = { [fileName]: bytes };
  for (const name of named) {
    const safe = safeRelativePath(name.trim());
    if (!safe) continue;
    if (await throughLink(folder, safe)) {
      const target = await readlink(join(folder, safe)).catch(() => '');
      entries[safe] = [new TextEncoder().encode(target), { level: 0, os: 3, attrs: LINK_ATTRS }];
      continue;
    }
    const real = await realpath(join(folder, safe)).catch(() => undefined);
    if (!real || !real.startsWith(folder + sep) || !(await stat(real)).isFile()) continue;
    entries[safe] = [await readFile(real), { level: 0 }];
  }
  // The zip is only transport: `bundled` has the trail name the table in it, the file the staff member gave.
  return { fileName: `${fileName}.zip`, bytes: zipSync(entries), bundled: true };
}

const isPreview = (details: unknown): details is ImportPreview =>
  typeof details === 'object' && details !== null && Array.isArray((details as { errors?: unknown }).errors) && Array.isArray((details as { plan?: unknown }).plan);

const describe = (i: ImportIssue) => `${i.column ? `${i.column}: ` : ''}${i.messageTh} (${i.messageEn})`;

/** Row by row: what happens to it, then its errors and warnings. */
function report(preview: Pick<ImportPreview, 'plan' | 'errors' | 'warnings'>, print: (line: string) => void) {
  const byRow = new Map<number, { errors: ImportIssue[]; warnings: ImportIssue[] }>();
  const of = (row: number) => byRow.get(row) ?? byRow.set(row, { errors: [], warnings: [] }).get(row)!;
  for (const e of preview.errors) of(e.row).errors.push(e);
  for (const w of preview.warnings) of(w.row).warnings.push(w);
  const planned = new Set(preview.plan.map((p) => p.row));
  for (const [row, found] of [...byRow].filter(([r]) => !planned.has(r)).sort(([a], [b]) => a - b)) {
    for (const e of found.errors) print(`row ${row}  ERROR    ${describe(e)}`);
    for (const w of found.warnings) print(`row ${row}  warning  ${describe(w)}`);
  }
  for (const p of preview.plan) {
    const found = byRow.get(p.row);
    print(`row ${p.row}  ${(found?.errors.length ? 'ERROR' : p.action).padEnd(9)} ${p.id}`); // "unchanged" is 9 letters: a space always follows
    for (const e of found?.errors ?? []) print(`          ${describe(e)}`);
    for (const w of found?.warnings ?? []) print(`          warning: ${describe(w)}`);
  }
}

/** `import FILE [--dry-run]`: a CSV, XLSX, JSON or ZIP; exit 1 (nothing changed) when any row is wrong. */
export const importCommand: CliCommand = {
  summary: 'import documents: FILE (.csv .xlsx .json .zip) [--dry-run]; all rows or none',
  options: { 'dry-run': { type: 'boolean' } },
  async run({ kiosk, values, positionals, print }) {
    const path = positionals[0];
    if (!path || positionals.length > 1) { process.stderr.write('import needs one FILE\n'); return 2; }
    // Refused by its size on disk before it is read: a 200 MB table never reaches memory.
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a folder, not a file`), { code: 'EISDIR', path });
    if (!info.isFile()) throw new Error(`${path} ไม่ใช่ไฟล์ข้อมูล (เป็นอุปกรณ์หรือช่องส่งข้อมูล) / ${path} is not an ordinary file (a device or a pipe)`);
    const tooBig = importSizeProblem(basename(path), info.size);
    if (tooBig) { print(`${tooBig.messageTh} (${tooBig.message})`); return 1; }
    const bundle = await bundleWithFiles(path, await readFile(path));
    if (bundle.bytes.byteLength > MAX_BUNDLE_BYTES) {
      print(`The import with its PDFs is ${Math.round(bundle.bytes.byteLength / 1024 ** 2)} MB; split it into parts under 290 MB.`);
      return 1;
    }
    const input = { fileName: bundle.fileName, base64: Buffer.from(bundle.bytes).toString('base64'), ...(bundle.bundled ? { bundled: true } : {}) };
    const dryRun = Boolean(values['dry-run']);
    // A real run goes straight to apply, which validates anyway; its refusal carries the preview.
    const answer = await kiosk.dispatch(dryRun ? 'import.preview' : 'import.apply', input, cliCaller);
    const refused = !answer.ok && isPreview(answer.error.details) ? answer.error.details : undefined;
    if (!answer.ok && !refused) { print(`${answer.error.messageTh} ไม่ได้นำเข้าข้อมูลใด (${answer.error.message}). Nothing was imported.`); return 1; }
    const preview = refused ?? (answer.ok && dryRun ? (answer.value as ImportPreview) : undefined);
    if (preview) {
      report(preview, print);
      const counts = `${preview.rows} rows: ${preview.toAdd.length} to add, ${preview.toUpdate.length} to update, ${preview.unchanged.length} unchanged, ${preview.files} PDFs`;
      if (preview.errors.length > 0) { print(`${counts}. ${preview.errors.length} errors: nothing was imported.`); return 1; }
      print(`${counts}. Dry run: nothing was changed.`);
      return 0;
    }
    const result = (answer.ok ? answer.value : undefined) as ImportResult;
    report({ ...result, errors: [] }, print);
    print(`Imported ${result.rows} rows: added ${result.added.length}, updated ${result.updated.length}, unchanged ${result.unchanged.length}, PDFs ${result.files}.`);
    return 0;
  },
};
