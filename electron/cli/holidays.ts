import { looksLikeYearBe, yearBe, yearCe } from '../contract/thaiCalendar';
import { readFile } from 'node:fs/promises';
import type { HolidayImportAnswer } from '../contract/registers';
import type { Holiday } from '../contract/workingDays';
import { cliCaller, type CliCommand } from './command';

/**
 * `holidays import FILE.csv|FILE.ics [--replace]`: replaces the table for the years in the file,
 * all or nothing (exit 1 with a row report when any row is wrong; exit 1 naming the holidays it
 * would remove, when the file lacks some of those years' holidays and --replace is not given). `holidays list --year YYYY` (C.E. or
 * B.E.; `--json` for a machine).
 */
export const holidaysCommand: CliCommand = {
  readsOnly: ([action]) => (['list']).includes(action ?? ''),
  summary: 'the holiday table of the legal clock: import FILE.csv (date,name_th[,name_en]) or FILE.ics [--replace: also remove the years\' holidays the file lacks] | list --year YYYY [--json]',
  options: { year: { type: 'string' }, json: { type: 'boolean' }, replace: { type: 'boolean' } },
  async run({ kiosk, values, positionals, print }) {
    const [action, file, ...extra] = positionals;
    if (extra.length > 0) { process.stderr.write(`holidays ${action}: unexpected ${extra.join(' ')}\n`); return 2; }

    if (action === 'import') {
      if (!file) { process.stderr.write('holidays import needs FILE.csv or FILE.ics\n'); return 2; }
      const text = await readFile(file, 'utf8');
      const format = /\.ics$/i.test(file) ? 'ics' : 'csv';
      const answer = await kiosk.dispatch('holidays.import', { text, format, replace: values.replace === true }, cliCaller);
      if (!answer.ok) {
        print(`${answer.error.messageTh}\n${answer.error.message}`);
        const removes = (answer.error.details as { removes?: Holiday[] } | undefined)?.removes ?? [];
        for (const h of removes) print(`  would remove / จะลบ: ${h.date}  ${h.nameTh}`);
        const rows = Array.isArray(answer.error.details) ? (answer.error.details as { row?: number; problem?: string; message?: string }[]) : [];
        for (const r of rows) print(r.row !== undefined ? `  row ${r.row}: ${r.problem}` : `  ${r.message ?? JSON.stringify(r)}`);
        return 1;
      }
      const a = answer.value as HolidayImportAnswer;
      print(`นำเข้าวันหยุด ${a.holidays} วัน ปี ${a.years.map(yearBe).join(', ')} (แทนที่ ${a.replaced} วันเดิม) / Imported ${a.holidays} holidays for ${a.years.join(', ')} (replacing ${a.replaced})`);
      return 0;
    }

    if (action === 'list') {
      let year = values.year === undefined ? undefined : Number(values.year);
      if (year !== undefined && !Number.isInteger(year)) { process.stderr.write('holidays list --year YYYY\n'); return 2; }
      // A Thai user may well type the Buddhist Era year.
      if (year !== undefined && looksLikeYearBe(year)) year = yearCe(year);
      const answer = await kiosk.dispatch('holidays.list', year === undefined ? {} : { year }, cliCaller);
      if (!answer.ok) { print(`${answer.error.messageTh}\n${answer.error.message}`); return 1; }
      const list = answer.value as Holiday[];
      if (values.json) { print(JSON.stringify(list)); return 0; }
      for (const h of list) print(`${h.date}  ${h.nameTh}${h.nameEn ? `  (${h.nameEn})` : ''}`);
      return 0;
    }

    process.stderr.write('holidays needs one of: import FILE.csv | list --year YYYY\n');
    return 2;
  },
};
