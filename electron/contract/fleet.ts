import { z } from 'zod';
import { MB, method } from './method';
import { CatalogueDocument, ServiceStandard } from './schemas';
import { PeriodInput, reportFormats, type ReportFile, type ReportModel } from './reports';

/**
 * Multi-site mode (CouchDB at the centre, PouchDB on each kiosk). Ids that travel in CouchDB ids:
 * lower-case letters, digits and dashes only, so `<kiosk>:<date>` and `office:<code>:<doc>` split one way.
 */
export const KioskId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'kiosk id: lower-case letters, digits and dashes, at most 40');
export const OfficeCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'office code: lower-case letters, digits and dashes, at most 40');
export const FleetRole = z.enum(['publisher', 'kiosk']);
export type FleetRole = z.infer<typeof FleetRole>;

/** One central document the kiosk would not take: listed on the staff dashboard and in the heartbeat. */
export interface RefusedDocument { id: string; rev: string; reason: string }

/** What one replication round moved, in both directions. */
export interface SyncSummary {
  central: string;
  role: FleetRole;
  pulled: number;
  applied: { added: number; updated: number; retired: number; unchanged: number };
  refused: RefusedDocument[];
  /** Central documents waiting for their PDF (not applied until it arrives and matches its hash). */
  waitingForFile: string[];
  pushed: { catalogue: number; officeDocuments: number; rollups: number; heartbeat: boolean };
  revision: number;
  errors: string[];
}

/** This kiosk's view of the fleet: for the staff dashboard. */
export interface FleetState {
  configured: boolean;
  role?: FleetRole;
  central?: string;
  kioskId?: string;
  office?: string;
  lastSync?: string;
  lastError?: string;
  revision: number;
  refused: RefusedDocument[];
}

/** One kiosk as the centre sees it, from its heartbeat. */
export interface FleetKiosk {
  kioskId: string;
  office: string;
  role: FleetRole;
  appVersion: string;
  /** The centre's clock when the heartbeat arrived (a kiosk's own clock may be wrong). */
  lastHeartbeat: string;
  /** Kiosk clock minus centre clock, in seconds, when it last reported. */
  clockSkewSeconds: number;
  /** The kiosk's clock is more than five minutes out: its day roll-ups may land on the wrong day. */
  clockSkewed: boolean;
  stale: boolean;
  revision: number;
  revisionLag: number;
  lastSync?: string;
  errors24h: number;
  lastError?: string;
  freeDiskBytes?: number;
  uptimeSeconds: number;
  refused: number;
}

export interface FleetStatus { central: string; revision: number; checkedAt: string; staleAfterMinutes: number; kiosks: FleetKiosk[] }

/** The consolidated report: the single-kiosk report's model, in total and per office. */
export interface ConsolidatedReport {
  total: ReportModel;
  offices: { office: string; kiosks: string[]; model: ReportModel }[];
  rollups: number;
}

/** No period: the centre's current month as this kiosk's clock has it (the screen reads no clock of its own). */
const FleetPeriod = z.strictObject({ period: PeriodInput.optional(), office: OfficeCode.optional() });

export const fleetMethods = {
  'fleet.apply': method<{ added: number; updated: number; retired: number; unchanged: number }>()({
    input: z.strictObject({
      /** Where the batch came from and the central revision it brings the kiosk to: both go in the audit entry. */
      source: z.string().min(1).max(500),
      revision: z.number().int().nonnegative(),
      documents: z.array(CatalogueDocument).max(100_000),
      services: z.array(ServiceStandard).max(10_000),
      retired: z.array(z.strictObject({ kind: z.enum(['document', 'service']), id: z.string().max(200) })).max(100_000),
    }),
    role: 'admin', changes: true, maxBodyBytes: 200 * MB,
    summary: 'Applies a batch of central catalogue changes (replication) as one audited change',
  }),
  'fleet.sync': method<SyncSummary>()({
    input: z.strictObject({}), role: 'admin', changes: false,
    summary: 'One replication round with the centre; the catalogue changes it brings go through fleet.apply (audited there)',
  }),
  'fleet.state': method<FleetState>()({
    input: z.strictObject({}), role: 'staff', changes: false,
    summary: 'This kiosk\'s fleet settings, last sync and the central documents it refused',
  }),
  'fleet.status': method<FleetStatus>()({
    input: z.strictObject({}), role: 'admin', changes: false,
    summary: 'Every kiosk of the fleet with its last heartbeat, revision lag, version and last error',
  }),
  'fleet.report': method<ConsolidatedReport>()({
    input: FleetPeriod, role: 'admin', changes: false,
    summary: 'The consolidated statistics report of all kiosks, per office and in total',
  }),
  'fleet.export': method<ReportFile>()({
    input: FleetPeriod.extend({ format: z.enum(reportFormats) }), role: 'admin', changes: false,
    summary: 'The consolidated report (one office, or the total) as XLSX, CSV, JSON or printable HTML',
  }),
};
