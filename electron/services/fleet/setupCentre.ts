import { randomBytes } from 'node:crypto';
import { canonical } from '../../contract/canonical';
import { centreClient, centreRefusal, type CentreClient } from './centreClient';
import { centreDatabases, couchUserId, designDocuments, KIOSK_ROLE, kioskRole, kioskUserName, officeRole, PUBLISHER_ROLE, securityObject } from './centreLayout';
import type { Credentials } from './fleetConfig';
import type { FleetRole } from '../../contract/fleet';

export interface CentreSetup { created: string[]; updated: string[]; unchanged: string[]; publisher?: Credentials }

async function ensureDatabase(client: CentreClient, name: string, done: CentreSetup) {
  const answer = await client.call('PUT', encodeURIComponent(name));
  if (answer.status === 201 || answer.status === 202) done.created.push(name);
  else if (answer.status === 412) done.unchanged.push(name);
  else throw centreRefusal('PUT', name, answer);
}

/** Puts a document unless the centre already holds the same content (so a re-run changes nothing). */
async function ensureDocument(client: CentreClient, db: string, doc: { _id: string } & Record<string, unknown>, done: CentreSetup, label: string) {
  const path = `${encodeURIComponent(db)}/${encodeURIComponent(doc._id).replace('%2F', '/')}`;
  const existing = await client.call<Record<string, unknown>>('GET', path);
  if (existing.status === 200) {
    const { _rev, ...rest } = existing.body;
    if (sameContent(rest, doc)) { done.unchanged.push(label); return; }
    await client.ok('PUT', path, { ...doc, _rev });
    done.updated.push(label);
    return;
  }
  await client.ok('PUT', path, doc);
  done.created.push(label);
}

const sameContent = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * `fleet setup-centre`: databases, design documents (the write rules and the report's views),
 * members-only security and the publisher's account. Idempotent: run it again after an upgrade.
 */
export async function setupCentre(options: { central: string; admin: Credentials; publisherPassword?: string; fetchImpl?: typeof fetch }): Promise<CentreSetup> {
  const client = centreClient(options.central, options.admin, options.fetchImpl);
  const done: CentreSetup = { created: [], updated: [], unchanged: [] };
  await ensureDatabase(client, '_users', done);
  for (const name of Object.values(centreDatabases)) {
    await ensureDatabase(client, name, done);
    await ensureDocument(client, name, designDocuments[name], done, `${name}/_design/fleet`);
    const security = await client.call('GET', `${name}/_security`);
    if (!sameContent(security.body, securityObject)) { await client.ok('PUT', `${name}/_security`, securityObject); done.updated.push(`${name}/_security`); }
  }
  const publisher = await client.call('GET', `_users/${couchUserId('publisher')}`);
  if (publisher.status === 404 || options.publisherPassword) {
    const password = options.publisherPassword ?? newPassword(18);
    await putUser(client, 'publisher', password, [PUBLISHER_ROLE, KIOSK_ROLE]);
    done.created.push('user publisher');
    done.publisher = { username: 'publisher', password };
  } else done.unchanged.push('user publisher');
  return done;
}

/**
 * A password for a centre account, printed for the IT officer to pass on the command line: random
 * bytes in hex. Not base64url: one in 64 began with "-", which the CLI then reads as an option
 * ("--password -x…" is refused as ambiguous).
 */
export const newPassword = (bytes: number): string => randomBytes(bytes).toString('hex');

async function putUser(client: CentreClient, name: string, password: string, roles: string[]) {
  const path = `_users/${couchUserId(name)}`;
  const existing = await client.call<{ _rev?: string }>('GET', path);
  await client.ok('PUT', path, { _id: couchUserId(name), name, password, roles, type: 'user', ...(existing.status === 200 ? { _rev: existing.body._rev } : {}) });
}

/** A kiosk's own CouchDB account: its roles name the kiosk and its office, which is all the write rule reads. */
export async function createKioskUser(options: { central: string; admin: Credentials; kioskId: string; office: string; role: FleetRole; fetchImpl?: typeof fetch }): Promise<Credentials> {
  const client = centreClient(options.central, options.admin, options.fetchImpl);
  const username = kioskUserName(options.kioskId);
  const password = newPassword(24);
  const roles = [KIOSK_ROLE, kioskRole(options.kioskId), officeRole(options.office), ...(options.role === 'publisher' ? [PUBLISHER_ROLE] : [])];
  await putUser(client, username, password, roles);
  return { username, password };
}
