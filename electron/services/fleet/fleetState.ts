import { join } from 'node:path';
import { z } from 'zod';
import type { RefusedDocument } from '../../contract/fleet';
import { readTextIfExists, writeFileDurably } from '../store/durableFile';
import { fleetFolder } from './fleetConfig';

/**
 * The kiosk's replication bookkeeping (`<data>/fleet/state.json`): how far into the replica's
 * changes it has applied, what it refused, what it recorded going wrong. Losing it costs only a
 * re-check: applying compares content, and pushes are idempotent by id.
 */
export const FleetStateFile = z.object({
  central: z.string().optional(),
  appliedSeq: z.union([z.string(), z.number()]).default(0),
  revision: z.number().int().nonnegative().default(0),
  lastSync: z.string().optional(),
  /** The last Bangkok day whose roll-up reached the centre. */
  rollupsThrough: z.string().optional(),
  refused: z.array(z.object({ id: z.string(), rev: z.string(), reason: z.string() })).default([]),
  /** Central ids not applied yet for want of their PDF: looked at again every round. */
  waiting: z.array(z.string()).default([]),
  /** PDFs the publisher has already put at the centre. */
  uploadedFiles: z.array(z.string()).default([]),
  errors: z.array(z.object({ at: z.string(), message: z.string() })).default([]),
});
export type FleetStateFile = z.infer<typeof FleetStateFile>;

const path = (dataDir: string) => join(fleetFolder(dataDir), 'state.json');

export async function readFleetState(dataDir: string): Promise<FleetStateFile> {
  const text = await readTextIfExists(path(dataDir));
  const parsed = FleetStateFile.safeParse(text ? JSON.parse(text) : {});
  return parsed.success ? parsed.data : FleetStateFile.parse({});
}

export async function writeFleetState(dataDir: string, state: FleetStateFile): Promise<void> {
  await writeFileDurably(path(dataDir), JSON.stringify(state));
}

/** Errors of the last 24 hours only (what the heartbeat reports). */
export function recordError(state: FleetStateFile, now: Date, message: string): void {
  const since = now.getTime() - 24 * 3600_000;
  state.errors = [...state.errors.filter((e) => Date.parse(e.at) >= since), { at: now.toISOString(), message: message.slice(0, 300) }].slice(-200);
}

export function refusedList(state: FleetStateFile): RefusedDocument[] { return state.refused; }
