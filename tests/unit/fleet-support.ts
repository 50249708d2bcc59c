import { randomUUID } from 'node:crypto';
import type { FleetRole } from '../../electron/contract/fleet';
import type { Clock } from '../../electron/services/runtime';
import { writeCredentials, writeFleetConfig } from '../../electron/services/fleet/fleetConfig';
import { createKioskUser } from '../../electron/services/fleet/setupCentre';
import type { CentreStandIn } from '../tools/centreStandIn';
import { asCitizen, openTestKiosk } from './catalogue-support';
import { tempDir } from './support';

/** A kiosk joined to the stand-in centre (its own CouchDB user), on the real services and dispatcher. */
export async function joinedKiosk(centre: CentreStandIn, who: { kioskId: string; office: string; role: FleetRole }, clock: Clock) {
  const dir = await tempDir('fleet-kiosk-');
  await writeFleetConfig(dir.path, { central: centre.url, ...who, pushEverySeconds: 1 });
  const credentials = await createKioskUser({ central: centre.url, admin: centre.admin, ...who });
  await writeCredentials(dir.path, credentials);
  const kiosk = await openTestKiosk(dir.path, clock);
  kiosk.services.fleet.bindDispatch(kiosk.dispatch);
  return {
    ...kiosk, dir, credentials, ...who,
    searchIds: async (q: string) => (await kiosk.call('search.query', { q }, asCitizen)).hits.map((h) => h.id),
    /** One citizen visit with one search: something for the day's roll-up. */
    async visit(q: string) {
      const visitId = randomUUID();
      await kiosk.call('stats.visitStart', { visitId, language: 'th' }, asCitizen);
      await kiosk.call('search.query', { q }, asCitizen); // the screen searches, then records the search
      await kiosk.call('stats.record', { visitId, event: { type: 'search', query: q, resultCount: 1 } }, asCitizen);
    },
    async close() {
      await kiosk.services.fleet.close();
      await kiosk.services.stats.close();
      await kiosk.services.search.close().catch(() => undefined);
      await dir.remove();
    },
  };
}
export type JoinedKiosk = Awaited<ReturnType<typeof joinedKiosk>>;
