import type { HandlersFor } from '../../contract/handler';
import type { RegisterKind } from '../../contract/registers';
import type { registerMethods } from '../../contract/registers-methods';
import { dueDate } from '../../contract/workingDays';
import { holidaysMissingFor } from './clock';
import type { HolidaysService } from './holidays';
import type { RegistersService } from './registers';
import type { createSubmitBudget } from './submitBudget';

/**
 * The registers' calls. Audit entries name the reference and the states, never personal data:
 * the trail outlives retention, so a name written there could never be erased.
 */
export const registerHandlers = (registers: RegistersService, holidays: HolidaysService, budget: ReturnType<typeof createSubmitBudget>, formFiled: (kind: RegisterKind) => Promise<void> = async () => {}) =>
  ({
    'registers.submit': async (input, context) => {
      budget.admit();
      const receipt = await registers.file({ ...input, channel: 'kiosk' });
      context.recordChange({ target: `register:${receipt.ref}`, after: { kind: input.kind, channel: 'kiosk', state: 'received', anonymous: input.anonymous } });
      // The usage log's "forms sent" comes from here, a real filing, not from the screen. The filing
      // stands whatever becomes of that line (formFiled logs its own failure).
      await formFiled(input.kind);
      return receipt;
    },
    'registers.enter': async (input, context) => {
      const receipt = await registers.file(input, context.actor);
      context.recordChange({ target: `register:${receipt.ref}`, after: { kind: input.kind, channel: input.channel, state: 'received', receivedOn: receipt.receivedOn, anonymous: input.anonymous } });
      return receipt;
    },
    'registers.list': (input) => registers.list(input),
    'registers.open': (input, context) => {
      const detail = registers.open(input.id);
      context.recordChange({ target: `register:${detail.ref}`, note: { code: 'register.viewed', erased: detail.erased } });
      return detail;
    },
    'registers.move': async (input, context) => {
      const { before, after } = await registers.move(input, context.actor);
      const facts = (i: typeof before) => ({ state: i.state, ...(i.referral ? { referral: i.referral } : {}), ...(i.refusal ? { refusal: i.refusal } : {}), ...(i.outcome ? { outcome: i.outcome } : {}) });
      context.recordChange({ target: `register:${before.ref}`, before: facts(before), after: facts(after.item), note: input.on ? { code: 'register.movedOn', on: input.on } : undefined });
      return after;
    },
    'registers.dashboard': () => registers.dashboard(),
    'registers.settings': () => registers.settings(),
    'registers.updateSettings': async (input, context) => {
      const { before, after, unchanged } = await registers.replaceSettings(input);
      if (unchanged) return { ...after, unchanged };
      context.recordChange({ target: 'registers.settings', before, after });
      return after;
    },
    'registers.erasePersonal': async (input, context) => {
      const erased = await registers.erasePersonal(input.kind);
      context.recordChange({ target: 'registers.retention', note: { code: 'register.personalErased', refs: erased } });
      return { erased };
    },
    'registers.due': (input) => {
      const answer = dueDate({ from: input.from, days: input.days, unit: input.calendar ? 'calendar' : 'working', holidays: holidays.all() });
      return { ...answer, ...holidaysMissingFor(input.from, [answer.due], holidays.all()) };
    },
    'holidays.list': (input) => holidays.list(input.year),
    'holidays.import': async (input, context) => {
      const answer = await holidays.importFile(input.text, input.format, input.replace, input.removes);
      context.recordChange({ target: 'holidays', note: { code: 'holidays.imported', holidays: answer.holidays, years: answer.years.map(String), replaced: answer.replaced, removed: answer.removed } });
      return answer;
    },
    'holidays.set': async (input, context) => {
      const before = holidays.all().find((h) => h.date === input.date);
      const after = await holidays.set(input);
      context.recordChange({ target: `holiday:${input.date}`, before, after: input });
      return after;
    },
    'holidays.remove': async (input, context) => {
      const before = holidays.all().find((h) => h.date === input.date);
      const after = await holidays.remove(input.date);
      context.recordChange({ target: `holiday:${input.date}`, before });
      return after;
    },
  }) satisfies HandlersFor<keyof typeof registerMethods>;
