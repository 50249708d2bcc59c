import Papa from 'papaparse';
import type { z } from 'zod';
import { HolidayRow } from '../../contract/registers';
import type { RuleWords } from '../../contract/refusalText';
import { KioskError } from '../../contract/result';
import type { Holiday } from '../../contract/workingDays';

export interface RowProblem { row: number; problem: string }

/**
 * Reads a holiday file: CSV with a header `date,name_th[,name_en]` (dates yyyy-mm-dd, Common Era),
 * or iCalendar (VEVENT with an all-day DTSTART and SUMMARY). Every row is checked before anything
 * is used; one bad row refuses the whole file with a report naming each problem row.
 */
export function parseHolidayFile(text: string, format: 'csv' | 'ics'): Holiday[] {
  const { rows, problems } = format === 'ics' ? fromIcs(text) : fromCsv(text);
  const seen = new Map<string, number>();
  rows.forEach(({ row, holiday }) => {
    const before = seen.get(holiday.date);
    if (before !== undefined) problems.push({ row, problem: `${holiday.date} is also on row ${before}` });
    seen.set(holiday.date, row);
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 0, problem: 'the file holds no holidays' });
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row);
    throw new KioskError('bad_input', {
      th: `ไฟล์วันหยุดมีข้อผิดพลาด ${problems.length} แถว ไม่ได้เปลี่ยนแปลงตารางวันหยุด`,
      en: `The holiday file has ${problems.length} problem row(s); the holiday table was not changed`,
    }, problems.slice(0, 200));
  }
  return rows.map((r) => r.holiday);
}

type Parsed = { rows: { row: number; holiday: Holiday }[]; problems: RowProblem[] };

/** A rule that words its own refusal (ruleWords) is said in Thai and English; zod's own checks by field. */
function rowProblem(issue: z.core.$ZodIssue): string {
  const words = issue.code === 'custom' ? (issue.params as { words?: RuleWords } | undefined)?.words : undefined;
  if (!words) return `${issue.path.join('.') || 'row'}: ${issue.message}`;
  const field = words.field ?? { th: issue.path.join('.'), en: issue.path.join('.') };
  return `${field.th} ${words.problem.th} / ${field.en} ${words.problem.en}`;
}

function check(row: number, raw: { date: string; nameTh: string; nameEn?: string }, parsed: Parsed) {
  const result = HolidayRow.safeParse({ ...raw, nameEn: raw.nameEn || undefined });
  if (result.success) parsed.rows.push({ row, holiday: result.data });
  else parsed.problems.push({ row, problem: result.error.issues.map(rowProblem).join('; ') });
}

function fromCsv(text: string): Parsed {
  const parsed: Parsed = { rows: [], problems: [] };
  const table = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = table.data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = { date: names.indexOf('date'), th: names.indexOf('name_th'), en: names.indexOf('name_en') };
  if (at.date < 0 || at.th < 0) {
    parsed.problems.push({ row: 1, problem: 'the header must name the columns date,name_th[,name_en]' });
    return parsed;
  }
  // Row numbers as a spreadsheet shows them: the header is row 1.
  body.forEach((cells, i) => check(i + 2, { date: (cells[at.date] ?? '').trim(), nameTh: cells[at.th] ?? '', nameEn: at.en >= 0 ? cells[at.en] : undefined }, parsed));
  return parsed;
}

function fromIcs(text: string): Parsed {
  const parsed: Parsed = { rows: [], problems: [] };
  // Unfold continuation lines (RFC 5545 3.1), then read each VEVENT's DTSTART and SUMMARY.
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  let event: { date?: string; summary?: string; line: number } | undefined;
  lines.forEach((line, i) => {
    if (line === 'BEGIN:VEVENT') event = { line: i + 1 };
    else if (line === 'END:VEVENT' && event) {
      const d = event.date ?? '';
      check(event.line, { date: /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : d, nameTh: event.summary ?? '' }, parsed);
      event = undefined;
    } else if (event && /^DTSTART[;:]/.test(line)) event.date = line.slice(line.indexOf(':') + 1).trim().slice(0, 8);
    else if (event && /^SUMMARY[;:]/.test(line)) event.summary = line.slice(line.indexOf(':') + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, ' ').trim();
  });
  return parsed;
}
