import type { HandlersFor } from '../../contract/handler';
import type { reportMethods } from '../../contract/reports';
import type { Reports } from './reports';

export const reportHandlers = (reports: Reports) =>
  ({
    'reports.build': (input) => reports.build(input.period),
    'reports.printable': (input, context) => reports.printable(input.period, { preparedBy: context.transport === 'cli' ? undefined : context.actor?.name }),
    // The signed-in administrator prepared the report; the CLI's caller is no person to name.
    'reports.export': (input, context) =>
      reports.export(input.period, input.format, { preparedBy: context.transport === 'cli' ? undefined : context.actor?.name }),
  }) satisfies HandlersFor<keyof typeof reportMethods>;
