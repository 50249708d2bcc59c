import type { FleetDictionary } from './fleet-th';

/** The fleet screen (English); see fleet-th.ts. */
export const fleetEn: FleetDictionary = {
  title: 'Head office / Fleet',
  notJoined: 'This kiosk is not connected to a centre; it works on its own as before (an administrator connects it with fleet join)',
  thisKiosk: 'This kiosk', role: { publisher: 'Central publisher', kiosk: 'Branch kiosk' },
  joined: '{{role}} {{kiosk}} of office {{office}}, connected to {{central}}',
  lastSync: 'Last successful sync {{when}}', neverSynced: 'Never synced yet', lastError: 'Last error: {{error}}',
  syncNow: 'Sync now', syncing: 'Syncing…',
  synced: 'Synced: received {{pulled}}, added {{added}}, updated {{updated}}, retired {{retired}}, sent {{rollups}} days of statistics',
  refused: 'Central documents this kiosk refused (invalid): {{count}}',
  health: 'All kiosks', kiosk: 'Kiosk', office: 'Office', version: 'Version', lastHeartbeat: 'Last heard from',
  lag: 'Behind the central catalogue (changes)', errors: 'Errors in 24 h', stale: 'Silent for over {{minutes}} minutes', ok: 'OK',
  skew: 'Kiosk clock off by {{hours}} h', revision: 'Central catalogue revision {{revision}} · checked {{when}}', noKiosks: 'No kiosk has reported yet',
  report: 'Consolidated report, all offices', byOffice: 'By office', total: 'Total', kiosks: 'Kiosks',
  visits: 'Visits', searches: 'Searches', documentViews: 'Document views',
  exportOffice: 'Export for', allOffices: 'All offices (total)',
};
