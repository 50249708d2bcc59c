import Papa from 'papaparse';
import { HolidayRow, type HolidayRowProblem } from '../../contract/registers';
import { fieldSentences, type Bilingual } from '../../contract/refusalText';
import { KioskError } from '../../contract/result';
import { addDays } from '../../contract/thaiCalendar';
import type { Holiday } from '../../contract/workingDays';

/** The longest one iCalendar event may run: Songkran with its substitution days is under it; a year typed wrong is not. */
export const MAX_EVENT_DAYS = 14;

/**
 * Reads a holiday file: CSV with a header `date,name_th[,name_en]` (dates yyyy-mm-dd, Common Era),
 * or iCalendar (VEVENT with an all-day DTSTART, DTEND or DURATION, and SUMMARY). Every row is
 * checked before anything is used; one bad row refuses the whole file with a report naming each
 * problem row in Thai and English.
 */
export function parseHolidayFile(text: string, format: 'csv' | 'ics'): Holiday[] {
  const { rows, problems } = format === 'ics' ? fromIcs(text) : fromCsv(text);
  const seen = new Map<string, number>();
  rows.forEach(({ row, holiday }) => {
    const before = seen.get(holiday.date);
    if (before !== undefined) say(problems, row, { th: `วันที่ ${holiday.date} ซ้ำกับแถว ${before}`, en: `Date ${holiday.date} is also on row ${before}` });
    seen.set(holiday.date, row);
  });
  if (rows.length === 0 && problems.length === 0) say(problems, 0, { th: 'ไฟล์ไม่มีวันหยุด', en: 'The file holds no holidays' });
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row);
    throw new KioskError('bad_input', {
      th: `ไฟล์วันหยุดมีข้อผิดพลาด ${problems.length} แถว ไม่ได้เปลี่ยนแปลงตารางวันหยุด`,
      en: `The holiday file has ${problems.length} problem row(s); the holiday table was not changed`,
    }, problems.slice(0, 200));
  }
  return rows.map((r) => r.holiday);
}

type Parsed = { rows: { row: number; holiday: Holiday }[]; problems: HolidayRowProblem[] };

function say(problems: HolidayRowProblem[], row: number, words: Bilingual) {
  problems.push({ row, th: words.th, en: words.en, problem: `${words.th} / ${words.en}` });
}

/** A row checked against the holiday schema, its refusals worded as the dispatcher words them (one per field). */
function check(row: number, raw: { date: string; nameTh: string; nameEn?: string }, parsed: Parsed): Holiday | undefined {
  const input = { ...raw, nameEn: raw.nameEn || undefined };
  const result = HolidayRow.safeParse(input);
  if (result.success) { parsed.rows.push({ row, holiday: result.data }); return result.data; }
  const sentences = fieldSentences('holidays.import', result.error.issues, input);
  say(parsed.problems, row, { th: sentences.map((s) => s.th).join('; '), en: sentences.map((s) => s.en).join('; ') });
  return undefined;
}

function fromCsv(text: string): Parsed {
  const parsed: Parsed = { rows: [], problems: [] };
  const table = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = table.data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = { date: names.indexOf('date'), th: names.indexOf('name_th'), en: names.indexOf('name_en') };
  if (at.date < 0 || at.th < 0) {
    say(parsed.problems, 1, { th: 'แถวหัวตารางต้องมีคอลัมน์ date,name_th (และ name_en ถ้ามี)', en: 'The header row must name the columns date,name_th[,name_en]' });
    return parsed;
  }
  // Row numbers as a spreadsheet shows them: the header is row 1.
  body.forEach((cells, i) => check(i + 2, { date: (cells[at.date] ?? '').trim(), nameTh: cells[at.th] ?? '', nameEn: at.en >= 0 ? cells[at.en] : undefined }, parsed));
  return parsed;
}

interface IcsEvent { line: number; start?: string; end?: string; duration?: string; summary?: string; repeats?: string }

const valueOf = (line: string) => line.slice(line.indexOf(':') + 1).trim();
/** `20280413` or `20280413T090000Z` -> `2028-04-13`; anything else as written (the schema words it). */
const dayOf = (value: string) => (/^\d{8}(T\d{6}Z?)?$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : value);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * How many days an event covers (RFC 5545 3.6.1): an all-day DTEND is the day after the last one;
 * a DTEND with a time covers its own day unless it is midnight; DURATION in whole days or weeks;
 * neither: one day. A problem in words when it cannot be read or runs backwards or too long.
 */
function eventDays(event: IcsEvent, start: string): number | Bilingual {
  let days = 1;
  let said = '';
  if (event.end !== undefined) {
    const end = dayOf(event.end);
    said = `DTEND ${event.end}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(end) || Number.isNaN(Date.parse(`${end}T00:00:00Z`))) {
      return { th: `วันสิ้นสุดของเหตุการณ์ (DTEND ${event.end}) อ่านเป็นวันที่ไม่ได้ ต้องเขียนแบบ ปปปปดดวว ปี ค.ศ.`, en: `The event's end (DTEND ${event.end}) is not a date: write it yyyymmdd in the Common Era` };
    }
    const timed = /T(\d{6})/.exec(event.end);
    days = daysBetween(start, end) + (timed && timed[1] !== '000000' ? 1 : 0);
  } else if (event.duration !== undefined) {
    const m = /^P(\d+)([DW])$/.exec(event.duration);
    said = `DURATION ${event.duration}`;
    if (!m) return { th: `ระยะเวลาของเหตุการณ์ (DURATION ${event.duration}) ต้องเป็นจำนวนวันเต็ม เช่น P3D`, en: `The event's length (DURATION ${event.duration}) must be whole days, e.g. P3D` };
    days = Number(m[1]) * (m[2] === 'W' ? 7 : 1);
  }
  if (days < 1) {
    return {
      th: `วันสิ้นสุดของเหตุการณ์ (${said}) ไม่อยู่หลังวันเริ่ม (DTSTART ${event.start ?? ''}): DTEND คือวันถัดจากวันหยุดวันสุดท้าย`,
      en: `The event ends before it starts (${said}, DTSTART ${event.start ?? ''}): DTEND is the day after the last holiday`,
    };
  }
  if (days > MAX_EVENT_DAYS) {
    return {
      th: `เหตุการณ์นี้กินเวลา ${days} วัน เกิน ${MAX_EVENT_DAYS} วันที่รับได้ในเหตุการณ์เดียว โปรดตรวจ ${said} (วันถัดจากวันหยุดวันสุดท้าย)`,
      en: `The event spans ${days} days, more than the ${MAX_EVENT_DAYS} one event may hold: check ${said} (the day after the last holiday)`,
    };
  }
  return days;
}

function takeEvent(event: IcsEvent, parsed: Parsed) {
  // A repeating event is refused, not expanded: Thai holidays move from year to year, and the
  // import replaces whole years, so only the days the file lists are taken.
  if (event.repeats) {
    say(parsed.problems, event.line, {
      th: `เหตุการณ์นี้ตั้งให้ซ้ำ (${event.repeats}) ซึ่งระบบไม่ขยายให้ เพราะวันหยุดไทยหลายวันเลื่อนไปทุกปี โปรดส่งออกปฏิทินเป็นรายวันหรือใส่แต่ละปีเป็นเหตุการณ์แยก`,
      en: `The event repeats (${event.repeats}), which is not expanded: many Thai holidays move from year to year, so export the calendar as single days or list each year's day as its own event`,
    });
    return;
  }
  const start = dayOf(event.start ?? '');
  const first = check(event.line, { date: start, nameTh: event.summary ?? '' }, parsed);
  if (!first) return;
  const days = eventDays(event, first.date);
  if (typeof days !== 'number') {
    parsed.rows.pop();
    say(parsed.problems, event.line, days);
    return;
  }
  for (let n = 1; n < days; n += 1) parsed.rows.push({ row: event.line, holiday: { ...first, date: addDays(first.date, n) } });
}

function fromIcs(text: string): Parsed {
  const parsed: Parsed = { rows: [], problems: [] };
  // Unfold continuation lines (RFC 5545 3.1), then read each VEVENT's dates and SUMMARY.
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  let event: IcsEvent | undefined;
  const leftOpen = (e: IcsEvent) => say(parsed.problems, e.line, {
    th: 'เหตุการณ์ที่เริ่มในบรรทัดนี้ไม่มี END:VEVENT (ไฟล์อาจถูกตัด)', en: 'The event that starts on this line has no END:VEVENT (the file may be cut short)',
  });
  lines.forEach((line, i) => {
    if (line === 'BEGIN:VEVENT') {
      if (event) leftOpen(event);
      event = { line: i + 1 };
    } else if (line === 'END:VEVENT' && event) {
      takeEvent(event, parsed);
      event = undefined;
    } else if (!event) return;
    else if (/^DTSTART[;:]/.test(line)) event.start = valueOf(line);
    else if (/^DTEND[;:]/.test(line)) event.end = valueOf(line);
    else if (/^DURATION[;:]/.test(line)) event.duration = valueOf(line);
    else if (/^(RRULE|RDATE)[;:]/.test(line)) event.repeats ??= line.slice(0, 80);
    else if (/^SUMMARY[;:]/.test(line)) event.summary = valueOf(line).replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, ' ');
  });
  if (event) leftOpen(event);
  return parsed;
}
