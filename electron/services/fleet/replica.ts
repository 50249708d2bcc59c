import type PouchDB from 'pouchdb';
import type { Credentials } from './fleetConfig';
import { centreDatabases } from './centreLayout';

/** PouchDB is loaded on first use: a kiosk with no centre configured never opens LevelDB. */
async function pouch() {
  const { default: PouchDB } = await import('pouchdb');
  return PouchDB;
}

/** The kiosk's LevelDB replica of the central catalogue (checkpoints and resumption are PouchDB's). */
export async function openReplica(path: string): Promise<PouchDB> {
  const Pouch = await pouch();
  return new Pouch(path, { auto_compaction: true });
}

/** A database at the centre, as PouchDB sees it. */
export async function centreDatabase(central: string, credentials: Credentials, name: keyof typeof centreDatabases = 'catalogue'): Promise<PouchDB> {
  const Pouch = await pouch();
  return new Pouch(`${central}/${centreDatabases[name]}`, { auth: credentials, skip_setup: true });
}

/** The numeric part of a CouchDB sequence (`"123-g1AAAA…"` in CouchDB 3, a number in PouchDB). */
export const seqNumber = (seq: string | number | undefined): number => typeof seq === 'number' ? seq : parseInt(String(seq ?? '0'), 10) || 0;
