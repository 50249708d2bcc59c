import type { AccountCard, AccountDetail } from '../contract/staff';
import type { CallError } from '../contract/result';
import { bangkokTimeText } from '../contract/thaiCalendar';
import { cliCaller, type CliCommand } from './command';
import { pinReader, type ReadPin } from './pinPrompt';

const say = (print: (line: string) => void, error: CallError) => print(`${error.messageTh}\n${error.message}`);

/**
 * `staff create-admin --name NAME`: an administrator made on the machine (the first one of a
 * new kiosk, or one more when every administrator PIN is forgotten); the PIN is asked twice.
 * `staff unlock --id ID` clears an account's wrong-PIN wait; `staff list` shows the ids.
 * Everything goes through the dispatcher as the CLI's administrator.
 */
export function staffCommandWith(deps: { readPin: () => ReadPin }): CliCommand {
  return {
    readsOnly: ([action]) => action === 'list',
    setsUpFolder: ([action]) => action === 'create-admin',
    summary: 'staff accounts: create-admin --name NAME (PIN asked twice, or read from stdin) | unlock --id ID | list',
    options: { name: { type: 'string' }, id: { type: 'string' } },
    async run({ kiosk, values, positionals, print }) {
      const [action, ...extra] = positionals;
      if (extra.length > 0) { process.stderr.write(`staff ${action}: unexpected ${extra.join(' ')}\n`); return 2; }

      if (action === 'create-admin') {
        const name = typeof values.name === 'string' ? values.name : '';
        if (!name.trim()) { process.stderr.write('staff create-admin needs --name NAME\n'); return 2; }
        const readPin = deps.readPin();
        const pin = await readPin('PIN ผู้ดูแลระบบ / Administrator PIN (6–12 digits): ', false);
        const again = await readPin('ใส่ PIN อีกครั้ง / PIN again: ', true);
        if (pin !== again) {
          print('รหัส PIN ทั้งสองครั้งไม่ตรงกัน ไม่ได้สร้างบัญชี\nThe two PINs differ; no account was created');
          return 1;
        }
        const answer = await kiosk.dispatch('staff.createAccount', { name, role: 'admin', pin }, cliCaller);
        if (!answer.ok) { say(print, answer.error); return 1; }
        const created = answer.value as AccountCard;
        print(`สร้างผู้ดูแลระบบ ${created.name} แล้ว / Administrator ${created.name} created (id ${created.id})`);
        return 0;
      }

      if (action === 'unlock') {
        const id = typeof values.id === 'string' ? values.id : '';
        if (!id) { process.stderr.write('staff unlock needs --id ID (see: staff list)\n'); return 2; }
        const answer = await kiosk.dispatch('staff.unlock', { id }, cliCaller);
        if (!answer.ok && answer.error.code === 'not_found') {
          print(`ไม่พบบัญชี ${id} (ดูรหัสบัญชีได้ด้วย staff list) / No account ${id} (staff list shows the ids)`);
          return 1;
        }
        if (!answer.ok) { say(print, answer.error); return 1; }
        print(`ปลดล็อกบัญชี ${(answer.value as AccountCard).name} แล้ว / Unlocked ${(answer.value as AccountCard).name} (${id})`);
        return 0;
      }

      if (action === 'list') {
        const answer = await kiosk.dispatch('staff.listAccounts', {}, cliCaller);
        if (!answer.ok) { say(print, answer.error); return 1; }
        const accounts = answer.value as AccountDetail[];
        if (accounts.length === 0) print('ยังไม่มีบัญชีผู้ใช้ (ตั้งผู้ดูแลคนแรกด้วย staff create-admin) / No accounts yet (set up the first administrator with staff create-admin)');
        for (const a of accounts) {
          const state = [a.disabled ? 'disabled' : 'active', a.failedAttempts > 0 ? `${a.failedAttempts} wrong PINs` : '', a.lockedUntil ? `waiting until ${bangkokTimeText(a.lockedUntil, 'en', { seconds: true })} Bangkok time` : ''].filter(Boolean).join(', ');
          print(`${a.id}  ${a.role.padEnd(5)}  ${a.name}  (${state})`);
        }
        return 0;
      }

      process.stderr.write('staff needs one of: create-admin --name NAME | unlock --id ID | list\n');
      return 2;
    },
  };
}

export const staffCommand = staffCommandWith({ readPin: () => pinReader() });
