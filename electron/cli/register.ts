import type { DueAnswer, RegisterRow } from '../contract/registers';
import type { CallError } from '../contract/result';
import { cliCaller, type CliCommand } from './command';

const say = (print: (line: string) => void, error: CallError) => print(`${error.messageTh}\n${error.message}`);

/**
 * `register due --from D --days N [--calendar]`: the due date over the folder's holiday table
 * (printed alone, yyyy-mm-dd; what it skipped goes to stderr).
 * `register list --kind request|complaint [--overdue] [--json]`: the register without personal data.
 * `register erase-personal [--kind K]`: retention, as the staff screen's button does it.
 */
export const registerCommand: CliCommand = {
  readsOnly: ([action]) => (['list', 'due']).includes(action ?? ''),
  summary: 'the requests and complaints registers: due --from YYYY-MM-DD --days N [--calendar] | list --kind request|complaint [--overdue] [--json] | erase-personal [--kind K]',
  options: {
    from: { type: 'string' }, days: { type: 'string' }, calendar: { type: 'boolean' },
    kind: { type: 'string' }, overdue: { type: 'boolean' }, json: { type: 'boolean' },
  },
  async run({ kiosk, values, positionals, print }) {
    const [action, ...extra] = positionals;
    if (extra.length > 0) { process.stderr.write(`register ${action}: unexpected ${extra.join(' ')}\n`); return 2; }

    if (action === 'due') {
      const days = Number(values.days);
      if (typeof values.from !== 'string' || !Number.isInteger(days)) { process.stderr.write('register due needs --from YYYY-MM-DD --days N\n'); return 2; }
      const answer = await kiosk.dispatch('registers.due', { from: values.from, days, calendar: values.calendar === true }, cliCaller);
      if (!answer.ok) { say(print, answer.error); return 1; }
      const due = answer.value as DueAnswer;
      print(String(due.due));
      for (const h of due.skipped) process.stderr.write(`skipped ${h.date} ${h.nameTh}\n`);
      // On stderr: the date stays alone on stdout for scripts.
      if (due.holidaysMissing) process.stderr.write(`${due.holidaysMissing.th}\n${due.holidaysMissing.en}\n`);
      return 0;
    }

    if (action === 'list') {
      if (values.kind !== 'request' && values.kind !== 'complaint') { process.stderr.write('register list needs --kind request|complaint\n'); return 2; }
      const answer = await kiosk.dispatch('registers.list', { kind: values.kind, ...(values.overdue ? { overdue: true } : {}) }, cliCaller);
      if (!answer.ok) { say(print, answer.error); return 1; }
      const rows = answer.value as RegisterRow[];
      if (values.json) { print(JSON.stringify(rows)); return 0; }
      for (const r of rows) print(`${r.ref}  ${r.receivedOn}  ${r.channel.padEnd(7)}  ${r.state.padEnd(15)}  due ${r.clock.dueOn ?? '(paused)'}${r.clock.overdue ? '  OVERDUE' : ''}`);
      print(`${rows.length} item(s)`);
      return 0;
    }

    if (action === 'erase-personal') {
      const kind = values.kind === 'request' || values.kind === 'complaint' ? values.kind : undefined;
      const answer = await kiosk.dispatch('registers.erasePersonal', kind ? { kind } : {}, cliCaller);
      if (!answer.ok) { say(print, answer.error); return 1; }
      const { erased } = answer.value as { erased: string[] };
      print(`ลบข้อมูลส่วนบุคคลแล้ว ${erased.length} รายการ / Personal fields erased from ${erased.length} item(s)${erased.length ? `: ${erased.join(', ')}` : ''}`);
      return 0;
    }

    process.stderr.write('register needs one of: due --from YYYY-MM-DD --days N [--calendar] | list --kind request|complaint [--overdue] [--json] | erase-personal [--kind K]\n');
    return 2;
  },
};
