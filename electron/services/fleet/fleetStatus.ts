import type { FleetKiosk, FleetRole, FleetStatus } from '../../contract/fleet';
import type { CentreClient } from './centreClient';
import { centreDatabases } from './centreLayout';
import { seqNumber } from './replica';

/** A kiosk silent for longer than this is shown in red: three missed push rounds at the default minute, with room. */
export const STALE_AFTER_MINUTES = 15;

interface HeartbeatDoc {
  kiosk: string; office: string; role: FleetRole; appVersion: string; revision: number; lastSync?: string;
  at: string; centreTime: string; freeDiskBytes?: number; errors24h: number; lastError?: string; uptimeSeconds: number; refused?: unknown[];
}

/**
 * Every kiosk from its heartbeat. "Last heartbeat" is the centre's clock when it arrived, so a
 * kiosk whose own clock is a day out is neither hidden nor flagged stale for it (its skew is shown).
 */
/** Beyond this a kiosk's clock is shown as wrong (NTP keeps a healthy one within seconds). */
const CLOCK_SKEW_NOTED_SECONDS = 300;

export async function fleetStatus(client: CentreClient, now: Date): Promise<FleetStatus> {
  const info = await client.ok<{ update_seq: string | number }>('GET', centreDatabases.catalogue);
  const revision = seqNumber(info.body.update_seq);
  const beats = await client.ok<{ rows: { doc: HeartbeatDoc }[] }>('GET', `${centreDatabases.kiosks}/_design/fleet/_view/heartbeats?include_docs=true`);
  const kiosks: FleetKiosk[] = beats.body.rows.map(({ doc }) => {
    const last = Date.parse(doc.centreTime);
    const clockSkewSeconds = Math.round((Date.parse(doc.at) - last) / 1000);
    return {
      kioskId: doc.kiosk, office: doc.office, role: doc.role, appVersion: doc.appVersion,
      lastHeartbeat: doc.centreTime,
      clockSkewSeconds, clockSkewed: Math.abs(clockSkewSeconds) > CLOCK_SKEW_NOTED_SECONDS,
      stale: !(now.getTime() - last < STALE_AFTER_MINUTES * 60_000),
      revision: doc.revision, revisionLag: Math.max(0, revision - doc.revision),
      lastSync: doc.lastSync, errors24h: doc.errors24h, lastError: doc.lastError,
      freeDiskBytes: doc.freeDiskBytes, uptimeSeconds: doc.uptimeSeconds, refused: doc.refused?.length ?? 0,
    };
  }).sort((a, b) => a.office.localeCompare(b.office) || a.kioskId.localeCompare(b.kioskId));
  return { central: client.central, revision, checkedAt: now.toISOString(), staleAfterMinutes: STALE_AFTER_MINUTES, kiosks };
}
