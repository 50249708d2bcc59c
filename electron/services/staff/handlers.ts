import type { HandlersFor } from '../../contract/handler';
import type { staffMethods } from '../../contract/staff';
import type { Clock } from '../runtime';
import { auditExport } from './auditExport';
import type { StaffService } from './staff';

export const staffHandlers = (staff: StaffService, clock: Clock) =>
  ({
    'staff.status': () => staff.status(),
    'staff.setupFirstAdmin': (input, context) => staff.setupFirstAdmin(input, context.transport, context.recordChange),
    'staff.login': (input, context) => staff.login(input.choice, input.pin, context.transport),
    'staff.logout': (input) => staff.logout(input.token),
    'staff.verifyAdminPin': (input, context) => staff.verifyAdminPin(input.pin, context.transport),
    'staff.listAccounts': () => staff.accounts.details(),
    'staff.createAccount': (input, context) => staff.createAccount(input, context.recordChange),
    'staff.updateAccount': (input, context) => staff.updateAccount(input, context.recordChange),
    'staff.resetPin': (input, context) => staff.resetPin(input, context.actor, context.recordChange),
    'staff.unlock': (input, context) => staff.unlock(input.id, context.recordChange),
    'staff.changeOwnPin': (input, context) => staff.changeOwnPin(context.actor, input.oldPin, input.newPin, context.transport, context.recordChange),
    'audit.list': (input) => staff.audit.list(input),
    'audit.export': async (input) => auditExport(await staff.audit.readAll(), input.format, clock.now()),
    'audit.verify': async () => {
      const { last: _last, ...report } = await staff.audit.verify();
      return report;
    },
  }) satisfies HandlersFor<keyof typeof staffMethods>;
