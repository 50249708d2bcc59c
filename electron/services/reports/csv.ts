import type { ReportModel } from '../../contract/reports';
import { neutraliseCell } from './neutralise';
import { reportTables, type Cell } from './reportTables';

/**
 * One CSV file with sections, UTF-8 with a byte-order mark (so Excel opens Thai correctly), CRLF.
 * Layout: two header lines (report title, period), then for each table a blank line, a line
 * holding only `[section name]`, the header row and the data rows. Days are `yyyy-mm-dd`.
 */
const quote = (value: string) => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const field = (value: Cell) => (value === null ? '' : typeof value === 'number' ? String(value) : quote(neutraliseCell(value)));

export function reportCsv(model: ReportModel): string {
  const lines: string[] = [
    ['รายงานสถิติการใช้บริการตู้ข้อมูลข่าวสาร', neutraliseCell(model.agency.name), neutraliseCell(model.agency.centre)].map(quote).join(','),
    ['ช่วงที่รายงาน', model.period.labelTh, model.period.from, model.period.to].map(quote).join(','),
  ];
  for (const table of reportTables(model)) {
    lines.push('', quote(`[${table.name}]`), table.columns.map((c) => quote(c.header)).join(','));
    for (const row of table.rows) lines.push(row.map(field).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
