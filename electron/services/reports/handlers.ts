import type { HandlersFor } from '../../contract/handler';
import type { reportMethods } from '../../contract/stats';
import type { Reports } from './reports';

export const reportHandlers = (reports: Reports) =>
  ({
    'reports.build': (input) => reports.build(input.period),
    'reports.export': (input) => reports.export(input.period, input.format),
  }) satisfies HandlersFor<keyof typeof reportMethods>;
