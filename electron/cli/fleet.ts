import { resolve } from 'node:path';
import type { SyncSummary } from '../contract/fleet';
import type { PeriodInput } from '../contract/reports';
import { neutralSettings } from '../services/settings/settings';
import { centralUrl } from '../services/fleet/centralUrl';
import { centreClient } from '../services/fleet/centreClient';
import { createConsolidatedReports } from '../services/fleet/consolidated';
import { readCredentials, writeCredentials, writeFleetConfig, type Credentials } from '../services/fleet/fleetConfig';
import { fleetStatus } from '../services/fleet/fleetStatus';
import { createKioskUser, setupCentre } from '../services/fleet/setupCentre';
import { systemClock } from '../services/runtime';
import { cliCaller, type CliCommand } from './command';
import { writeOutputFile } from './outputFile';
import { ChromiumMissing, printHtmlToPdf } from './reportPdf';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const fail = (line: string) => { process.stderr.write(`${line}\n`); return 2; };

/** Credentials for the centre: an admin's (`--admin-user/--admin-password`), given ones, or the data folder's. */
async function credentialsFrom(values: Record<string, unknown>): Promise<Credentials | undefined> {
  const user = str(values['admin-user']) ?? str(values.user) ?? process.env.FLEET_USER;
  const password = str(values['admin-password']) ?? str(values.password) ?? process.env.FLEET_PASSWORD;
  if (user && password) return { username: user, password };
  return str(values.data) ? readCredentials(String(values.data)) : undefined;
}

const credentialOptions = { 'admin-user': { type: 'string' }, 'admin-password': { type: 'string' }, user: { type: 'string' }, password: { type: 'string' } } as const;

export const fleetSetupCentreCommand: CliCommand = {
  summary: 'create the centre\'s databases, design documents and publisher account: --central URL --admin-user U --admin-password P (idempotent)',
  options: { central: { type: 'string' }, 'publisher-password': { type: 'string' }, ...credentialOptions },
  opensDataItself: true,
  async run({ values, print }) {
    const central = str(values.central);
    const admin = await credentialsFrom({ ...values, data: undefined });
    if (!central || !admin) return fail('fleet setup-centre needs --central URL --admin-user U --admin-password P');
    const done = await setupCentre({ central: centralUrl(central), admin, publisherPassword: str(values['publisher-password']) });
    for (const c of done.created) print(`created    ${c}`);
    for (const u of done.updated) print(`updated    ${u}`);
    for (const u of done.unchanged) print(`unchanged  ${u}`);
    if (done.publisher) print(`publisher account: ${done.publisher.username} / ${done.publisher.password} (shown once; give it to head office)`);
    return 0;
  },
};

export const fleetJoinCommand: CliCommand = {
  summary: 'join this data folder to a centre: --central URL --kiosk-id ID --office CODE --role kiosk|publisher --data DIR (--admin-user/--admin-password creates its account; --user/--password takes one)',
  options: { central: { type: 'string' }, 'kiosk-id': { type: 'string' }, office: { type: 'string' }, role: { type: 'string', default: 'kiosk' }, ...credentialOptions },
  opensDataItself: true,
  async run({ values, print }) {
    const central = str(values.central); const kioskId = str(values['kiosk-id']); const office = str(values.office); const role = str(values.role);
    if (!central || !kioskId || !office || (role !== 'kiosk' && role !== 'publisher')) return fail('fleet join needs --central URL --kiosk-id ID --office CODE --role kiosk|publisher --data DIR');
    const url = centralUrl(central);
    const dataDir = String(values.data);
    const config = await writeFleetConfig(dataDir, { central: url, kioskId, office, role });
    let credentials: Credentials;
    const adminUser = str(values['admin-user']); const adminPassword = str(values['admin-password']);
    if (adminUser && adminPassword) credentials = await createKioskUser({ central: url, admin: { username: adminUser, password: adminPassword }, kioskId: config.kioskId, office: config.office, role: config.role });
    else {
      const user = str(values.user); const password = str(values.password);
      if (!user || !password) return fail('fleet join needs --admin-user/--admin-password (to create the kiosk\'s account) or --user/--password (the kiosk\'s own)');
      credentials = { username: user, password };
    }
    const session = await centreClient(url, credentials).call<{ userCtx?: { name?: string | null } }>('GET', '_session');
    if (session.status !== 200 || session.body.userCtx?.name !== credentials.username) { print(`The centre did not accept ${credentials.username} (HTTP ${session.status}); nothing was joined.`); return 1; }
    await writeCredentials(dataDir, credentials);
    print(`joined ${url} as ${config.role} ${config.kioskId} of office ${config.office} (CouchDB user ${credentials.username}; credentials in ${resolve(dataDir, 'fleet')}, mode 0600)`);
    return 0;
  },
};

export const fleetSyncCommand: CliCommand = {
  summary: 'one replication round with the centre; prints what moved: --data DIR',
  options: {},
  async run({ kiosk, print }) {
    const answer = await kiosk.dispatch('fleet.sync', {}, cliCaller);
    if (!answer.ok) { print(`${answer.error.messageTh}\n${answer.error.message}`); return 1; }
    const s = answer.value as SyncSummary;
    print(`centre ${s.central} (${s.role}), revision ${s.revision}`);
    print(`pulled ${s.pulled}; applied: added ${s.applied.added}, updated ${s.applied.updated}, retired ${s.applied.retired}, unchanged ${s.applied.unchanged}`);
    print(`pushed: catalogue ${s.pushed.catalogue}, office documents ${s.pushed.officeDocuments}, roll-ups ${s.pushed.rollups}, heartbeat ${s.pushed.heartbeat ? 'yes' : 'no'}`);
    for (const r of s.refused) print(`refused ${r.id} (${r.rev}): ${r.reason}`);
    for (const w of s.waitingForFile) print(`waiting for its PDF: ${w}`);
    for (const e of s.errors) print(`error: ${e}`);
    return s.errors.length ? 1 : 0;
  },
};

const formats = ['json', 'xlsx', 'csv', 'pdf'] as const;
export const fleetReportCommand: CliCommand = {
  summary: 'consolidated report of all kiosks: --month YYYY-MM | --quarter YYYY-Qn | --from D --to D (a fiscal year: 2026-10-01..2027-09-30) --format json|xlsx|csv|pdf --central URL [--office CODE] [--out F]',
  options: { central: { type: 'string' }, month: { type: 'string' }, quarter: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, office: { type: 'string' }, format: { type: 'string', default: 'json' }, out: { type: 'string' }, ...credentialOptions },
  opensDataItself: true,
  async run({ values, print }) {
    const central = str(values.central); const format = str(values.format) as (typeof formats)[number];
    const period: PeriodInput | undefined = str(values.month) ? { kind: 'month', month: String(values.month) }
      : str(values.quarter) ? { kind: 'quarter', quarter: String(values.quarter) }
        : str(values.from) && str(values.to) ? { kind: 'range', from: String(values.from), to: String(values.to) } : undefined;
    if (!central || !period || !formats.includes(format)) return fail('fleet report needs --month YYYY-MM (or --quarter) --format json|xlsx|csv|pdf --central URL');
    const credentials = await credentialsFrom(values);
    if (!credentials) return fail('fleet report needs credentials: --user/--password, FLEET_USER/FLEET_PASSWORD, or --data DIR of a joined kiosk');
    const reports = createConsolidatedReports({ client: centreClient(centralUrl(central), credentials), clock: systemClock, settings: neutralSettings });
    const out = str(values.out);
    const office = str(values.office);
    if (format === 'json') {
      const text = JSON.stringify(await reports.build(period), null, 2);
      if (out) { await writeOutputFile(out, text); print(resolve(out)); } else print(text);
      return 0;
    }
    const file = await reports.export(period, format === 'pdf' ? 'html' : format, office);
    let bytes: Buffer = Buffer.from(file.base64, 'base64');
    if (format === 'pdf') {
      try { bytes = await printHtmlToPdf(bytes.toString('utf8')); } catch (error) {
        if (error instanceof ChromiumMissing) return fail(`fleet report: ${error.message}`);
        throw error;
      }
    }
    const target = resolve(out ?? file.fileName.replace(/\.html$/, '.pdf'));
    await writeOutputFile(target, bytes);
    print(`${target} (${bytes.length.toLocaleString('en-US')} bytes)`);
    return 0;
  },
};

export const fleetStatusCommand: CliCommand = {
  summary: 'every kiosk\'s last heartbeat, revision lag, version and last error: --central URL [--json]',
  options: { central: { type: 'string' }, json: { type: 'boolean' }, ...credentialOptions },
  opensDataItself: true,
  async run({ values, print }) {
    const central = str(values.central);
    if (!central) return fail('fleet status needs --central URL');
    const credentials = await credentialsFrom(values);
    if (!credentials) return fail('fleet status needs credentials: --user/--password, FLEET_USER/FLEET_PASSWORD, or --data DIR of a joined kiosk');
    const status = await fleetStatus(centreClient(centralUrl(central), credentials), systemClock.now());
    if (values.json) { print(JSON.stringify(status, null, 2)); return 0; }
    print(`centre ${status.central}, catalogue revision ${status.revision}`);
    for (const k of status.kiosks) print(`${k.stale ? 'STALE ' : '      '}${k.office.padEnd(10)} ${k.kioskId.padEnd(16)} v${k.appVersion} last ${k.lastHeartbeat} lag ${k.revisionLag} errors ${k.errors24h}${k.lastError ? ` (${k.lastError})` : ''}`);
    return 0;
  },
};
