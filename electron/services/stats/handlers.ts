import type { HandlersFor } from '../../contract/handler';
import type { statsMethods } from '../../contract/stats';
import type { StatsService } from './stats';

const ok = { ok: true } as const;

export const statsHandlers = (stats: StatsService) =>
  ({
    'stats.visitStart': async (input) => { await stats.visitStart(input.visitId, input.language); return ok; },
    'stats.record': async (input) => { await stats.record(input.visitId, input.event); return ok; },
    'stats.visitEnd': async (input) => { await stats.visitEnd(input.visitId, input.reason); return ok; },
    'stats.survey': async (input) => { await stats.survey(input); return ok; },
  }) satisfies HandlersFor<keyof typeof statsMethods>;
