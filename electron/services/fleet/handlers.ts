import type { HandlersFor } from '../../contract/handler';
import { KioskError } from '../../contract/result';
import type { fleetMethods } from '../../contract/fleet';
import type { Settings } from '../../contract/settings';
import type { Catalogue } from '../catalogue/catalogue';
import type { Clock } from '../runtime';
import { applyBatch } from './applyBatch';
import { centreClient } from './centreClient';
import { createConsolidatedReports } from './consolidated';
import type { Fleet } from './fleet';
import { fleetStatus } from './fleetStatus';
import type { PeriodInput } from '../../contract/reports';
import { bangkokMonthOf } from '../../contract/thaiCalendar';

/** The fleet's calls. Status and reports ask the centre with this kiosk's own account. */
export function fleetHandlers(fleet: Fleet, catalogue: Catalogue, clock: Clock, settings: () => Settings) {
  const consolidated = async () => {
    const { config, credentials } = await fleet.configured();
    return createConsolidatedReports({ client: centreClient(config.central, credentials), clock, settings, documents: () => catalogue.snapshot().documents });
  };
  const periodOrThisMonth = (period: PeriodInput | undefined): PeriodInput => period ?? { kind: 'month', month: bangkokMonthOf(clock.now()) };
  return {
    'fleet.apply': (input, context) => {
      // Only replication (in this process, or the CLI's round) brings central batches; a screen never does.
      if (context.transport === 'http' || context.transport === 'ipc') {
        throw new KioskError('forbidden', { th: 'ข้อมูลจากศูนย์กลางรับได้จากการจำลองข้อมูลเท่านั้น', en: 'Central batches come only from replication' });
      }
      return applyBatch(catalogue, clock, input, context);
    },
    'fleet.sync': () => fleet.sync(),
    'fleet.state': () => fleet.state(),
    'fleet.status': async () => {
      const { config, credentials } = await fleet.configured();
      return fleetStatus(centreClient(config.central, credentials), clock.now());
    },
    'fleet.report': async ({ period, office }) => {
      const built = await (await consolidated()).build(periodOrThisMonth(period));
      return office ? { ...built, offices: built.offices.filter((o) => o.office === office) } : built;
    },
    'fleet.export': async ({ period, format, office }, context) => (await consolidated()).export(periodOrThisMonth(period), format, office, { preparedBy: context.actor?.name }),
  } satisfies HandlersFor<keyof typeof fleetMethods>;
}
