import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminChannel } from '../../electron/adminChannel/channelServer';
import { bootKiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { ConsolidatedReport, FleetStatus } from '../../electron/contract/fleet';
import { silentLog } from '../../electron/services/runtime';
import { holdFolder } from '../../electron/services/store/folderLock';
import { createKioskUser, newPassword } from '../../electron/services/fleet/setupCentre';
import { startCentreStandIn, type CentreStandIn } from '../tools/centreStandIn';
import { tempDir } from './support';

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('the fleet CLI (the real command line, in process, against a stand-in centre)', () => {
  let centre: CentreStandIn;
  let publisher: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Awaited<ReturnType<typeof tempDir>>;
  const adminArgs = () => ['--admin-user', centre.admin.username, '--admin-password', centre.admin.password];
  beforeAll(async () => {
    centre = await startCentreStandIn();
    publisher = await tempDir('fleet-cli-pub-');
    kiosk = await tempDir('fleet-cli-kiosk-');
  });
  afterAll(async () => { await centre?.close(); await publisher?.remove(); await kiosk?.remove(); });

  it('fleet setup-centre creates the databases, design documents and publisher account, and a second run changes nothing', async () => {
    const first = await cli('fleet', 'setup-centre', '--central', centre.url, ...adminArgs());
    expect(first.code).toBe(0);
    expect(first.out).toContain('created    fleet-catalogue/_design/fleet');
    expect(first.out).toMatch(/publisher account: publisher \/ \S+/);
    const second = await cli('fleet', 'setup-centre', '--central', centre.url, ...adminArgs());
    expect(second.code).toBe(0);
    expect(second.out).not.toMatch(/^(created|updated) /m);
  });

  it('fleet join refuses plain http to another machine, and keeps the kiosk\'s credentials in a 0600 file', async () => {
    await expect(cli('fleet', 'join', '--central', 'http://centre.example.go.th', '--kiosk-id', 'x', '--office', 'hq', '--role', 'kiosk', '--data', kiosk.path, ...adminArgs())).rejects.toThrow(/https/);
    const pub = await cli('fleet', 'join', '--central', centre.url, '--kiosk-id', 'hq-1', '--office', 'hq', '--role', 'publisher', '--data', publisher.path, ...adminArgs());
    expect(pub).toMatchObject({ code: 0 });
    const joined = await cli('fleet', 'join', '--central', centre.url, '--kiosk-id', 'north-1', '--office', 'north', '--role', 'kiosk', '--data', kiosk.path, ...adminArgs());
    expect(joined.out).toContain('joined');
    expect((await stat(join(kiosk.path, 'fleet', 'credentials'))).mode & 0o777).toBe(0o600);
    // Given an account the IT officer made: checked at the centre before anything is written.
    const other = await tempDir('fleet-cli-other-');
    try {
      const account = await createKioskUser({ central: centre.url, admin: centre.admin, kioskId: 'south-1', office: 'south', role: 'kiosk' });
      const wrong = await cli('fleet', 'join', '--central', centre.url, '--kiosk-id', 'south-1', '--office', 'south', '--role', 'kiosk', '--data', other.path, '--user', account.username, '--password', 'not-it');
      expect(wrong.code).toBe(1);
      expect(wrong.out).toContain('did not accept');
      const given = await cli('fleet', 'join', '--central', centre.url, '--kiosk-id', 'south-1', '--office', 'south', '--role', 'kiosk', '--data', other.path, '--user', account.username, '--password', account.password);
      expect(given.code).toBe(0);
    } finally { await other.remove(); }
  });

  it('fleet sync on a folder that has not joined says so in Thai and English', async () => {
    const lone = await tempDir('fleet-cli-lone-');
    try {
      const answer = await cli('fleet', 'sync', '--data', lone.path);
      expect(answer.code).toBe(1);
      expect(answer.out).toContain('ยังไม่ได้เข้าร่วมเครือข่าย');
      expect(answer.out).toContain('has not joined a fleet');
    } finally { await lone.remove(); }
  });

  it('fleet sync runs one round and prints what moved; a second round moves nothing', async () => {
    const published = await cli('fleet', 'sync', '--data', publisher.path);
    expect(published.code).toBe(0);
    const pushedCount = Number(/pushed: catalogue (\d+)/.exec(published.out)?.[1]);
    expect(pushedCount).toBeGreaterThan(0);
    const pulled = await cli('fleet', 'sync', '--data', kiosk.path);
    expect(pulled.code).toBe(0);
    expect(pulled.out).toMatch(/heartbeat yes/);
    const again = await cli('fleet', 'sync', '--data', kiosk.path);
    expect(again.out).toContain('applied: added 0, updated 0, retired 0');
    expect(again.out).toContain('office documents 0, roll-ups 0');
  });

  it('fleet sync goes through a running kiosk\'s admin channel', async () => {
    const hold = await holdFolder(kiosk.path, { role: 'kiosk', waitMs: 5_000, log: silentLog });
    const running = await bootKiosk({ dataDir: kiosk.path, owner: hold.held });
    const channel = await startAdminChannel({ dataDir: kiosk.path, dispatch: running.dispatch, hold, log: silentLog, backup: running.backup });
    try {
      const through = await cli('fleet', 'sync', '--data', kiosk.path);
      expect(through.code).toBe(0);
      expect(through.out).toContain('heartbeat yes');
    } finally {
      await channel.close();
      await running.services.fleet.close();
      await running.services.stats.close();
      await hold.release();
    }
  });

  it('fleet status --json lists every kiosk; fleet report gives the consolidated month as json and csv', async () => {
    const user = ['--user', centre.admin.username, '--password', centre.admin.password];
    const status = await cli('fleet', 'status', '--central', centre.url, '--json', ...user);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.out) as FleetStatus;
    expect(parsed.kiosks.map((k) => k.kioskId).sort()).toEqual(['hq-1', 'north-1']);
    expect(parsed.kiosks.every((k) => !k.stale && k.revisionLag === 0)).toBe(true);
    const report = await cli('fleet', 'report', '--month', '2026-11', '--format', 'json', '--central', centre.url, ...user);
    expect(report.code).toBe(0);
    expect((JSON.parse(report.out) as ConsolidatedReport).total.period.key).toBe('2026-11');
    const out = join(kiosk.path, 'fleet.csv');
    const csv = await cli('fleet', 'report', '--month', '2026-11', '--format', 'csv', '--central', centre.url, '--out', out, ...user);
    expect(csv.code).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(100);
    const year = await cli('fleet', 'report', '--from', '2026-10-01', '--to', '2027-09-30', '--format', 'json', '--central', centre.url, ...user);
    expect((JSON.parse(year.out) as ConsolidatedReport).total.period.from).toBe('2026-10-01');
  });
});

describe('passwords the centre makes for its accounts', () => {
  it('can always be given on the command line as --password VALUE (never begin with "-")', () => {
    for (let i = 0; i < 2000; i++) {
      const password = newPassword(24);
      expect(password.length).toBeGreaterThanOrEqual(32);
      const { values } = parseArgs({ args: ['--password', password], options: { password: { type: 'string' } }, strict: true });
      expect(values.password).toBe(password);
    }
  });
});
