import { auditNoteEnglish } from '../../contract/auditNote';
import type { AuditExport, AuditRecord } from '../../contract/staff';

const EXCEL_CELL_LIMIT = 32_000;

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab/CR) gets a leading
 * apostrophe: the audit trail holds text typed by staff and imported from files.
 */
export function csvCell(value: string): string {
  let text = value.length > EXCEL_CELL_LIMIT ? `${value.slice(0, EXCEL_CELL_LIMIT)}…` : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const json = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

export const auditCsvHeader = ['seq', 'at', 'actor_id', 'actor_name', 'actor_role', 'transport', 'method', 'target', 'before', 'after', 'note', 'hash'];

/** One row per change (an entry without changes still gets a row), UTF-8 with a BOM so Excel reads Thai. */
export function auditToCsv(records: readonly AuditRecord[]): string {
  const rows = [auditCsvHeader];
  for (const r of records) {
    const head = [String(r.seq), r.at, r.actor?.id ?? '', r.actor?.name ?? '', r.actor?.role ?? '', r.transport, r.method];
    const changes = r.changes.length > 0 ? r.changes : [{ target: '', note: undefined, before: undefined, after: undefined }];
    for (const c of changes) rows.push([...head, c.target, json(c.before), json(c.after), c.note === undefined ? '' : auditNoteEnglish(c.note), r.hash]);
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function auditExport(records: readonly AuditRecord[], format: 'csv' | 'json', now: Date): AuditExport {
  const day = now.toISOString().slice(0, 10);
  return format === 'csv'
    ? { fileName: `audit-${day}.csv`, mimeType: 'text/csv; charset=utf-8', content: auditToCsv(records) }
    : { fileName: `audit-${day}.json`, mimeType: 'application/json', content: JSON.stringify(records, null, 1) };
}
