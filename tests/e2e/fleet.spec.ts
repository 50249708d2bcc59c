import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { centreClient } from '../../electron/services/fleet/centreClient';
import { centreDatabases } from '../../electron/services/fleet/centreLayout';
import { writeCredentials, writeFleetConfig } from '../../electron/services/fleet/fleetConfig';
import { createKioskUser, setupCentre } from '../../electron/services/fleet/setupCentre';
import { emptyDay } from '../../electron/services/stats/dayRollup';
import { startCentreStandIn, type CentreStandIn } from '../tools/centreStandIn';
import { FleetPage } from './pages/FleetPage';
import { StaffGatePage } from './pages/StaffGatePage';
import { keepScreenshot } from './support/screens';
import { startServer, type RunningServer } from './support/server';

/*
 * Issue 16: the publisher's administrator sees every kiosk of the fleet (a silent one in red) and
 * the consolidated report per office and in total. A stand-in centre on loopback (production: CouchDB 3).
 */
test.describe.configure({ mode: 'serial' });

let centre: CentreStandIn;
let server: RunningServer;
const bangkokToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

test.beforeAll(async () => {
  test.setTimeout(150_000);
  centre = await startCentreStandIn();
  await setupCentre({ central: centre.url, admin: centre.admin });
  const admin = centreClient(centre.url, centre.admin);
  // Two branch kiosks as the centre knows them: one heard from a minute ago, one silent for two hours.
  const beat = (kiosk: string, office: string, agoMs: number, extra: Record<string, unknown> = {}) => ({
    _id: `heartbeat:${kiosk}`, type: 'heartbeat', kiosk, office, role: 'kiosk', appVersion: '0.1.0', revision: 0,
    at: new Date(Date.now() - agoMs).toISOString(), centreTime: new Date(Date.now() - agoMs).toISOString(),
    errors24h: 0, uptimeSeconds: 3600, refused: [], ...extra,
  });
  const today = bangkokToday();
  const rollup = (kiosk: string, office: string, visits: number) => {
    const figures = { ...emptyDay(), visits, visitsEnded: visits, searches: visits * 2 };
    figures.hours[10] = visits;
    return { _id: `${kiosk}:${today}`, type: 'rollup', kiosk, office, day: today, figures };
  };
  await admin.ok('POST', `${centreDatabases.kiosks}/_bulk_docs`, {
    docs: [
      beat('north-1', 'north', 60_000), beat('south-1', 'south', 2 * 3600_000, { errors24h: 3, lastError: 'catalogue: Cannot reach the centre' }),
      rollup('north-1', 'north', 12), rollup('north-2', 'north', 5), rollup('south-1', 'south', 7),
    ],
  });
  // The publisher's own kiosk joins the centre before it starts, as `fleet join` does.
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-fleet-'));
  await writeFleetConfig(dataDir, { central: centre.url, kioskId: 'hq-1', office: 'hq', role: 'publisher' });
  await writeCredentials(dataDir, await createKioskUser({ central: centre.url, admin: centre.admin, kioskId: 'hq-1', office: 'hq', role: 'publisher' }));
  server = await startServer({ dataDir, admin: { name: 'สมชาย ศูนย์กลาง', pin: '135792' } });
  // The web mode's first round (publishing the sample, then the heartbeat) runs after start; on a busy
  // machine it can outlast the page's first load, so wait until the centre has heard from hq-1.
  await expect.poll(async () => (await fetch(`${centre.url}/${centreDatabases.kiosks}/heartbeat:hq-1`, {
    headers: { authorization: `Basic ${Buffer.from(`${centre.admin.username}:${centre.admin.password}`).toString('base64')}` },
  })).status, { timeout: 60_000 }).toBe(200);
});
test.afterAll(async () => { await server?.stop(); await branch?.stop(); await centre?.close(); });
let branch: RunningServer | undefined;

test('the fleet screen lists every kiosk (a silent one in red) and the consolidated report per office and in total', async ({ page }) => {
  await page.goto(server.url);
  const gate = new StaffGatePage(page);
  await gate.enterByGesture();
  await gate.signIn('ส. ศ.', 'สมชาย ศูนย์กลาง', '135792');
  await gate.nav('ศูนย์กลาง').click();
  const fleet = new FleetPage(page);
  await fleet.expectLoaded();
  await expect(page.getByText(/ผู้เผยแพร่ส่วนกลาง hq-1 สำนักงาน hq/)).toBeVisible();

  // The publisher's own heartbeat went up with the first round the web mode ran at start.
  await expect(fleet.kioskRow('hq-1')).toContainText('ปกติ');
  await expect(fleet.kioskRow('south-1')).toHaveClass(/stale/);
  await expect(fleet.kioskRow('south-1')).toContainText('ขาดการติดต่อเกิน 15 นาที');
  await expect(fleet.kioskRow('south-1')).toContainText('Cannot reach the centre');
  await expect(fleet.kioskRow('north-1')).not.toHaveClass(/stale/);
  await expect(fleet.kioskRow('north-1')).toContainText('ปกติ');
  const red = await fleet.kioskRow('south-1').locator('td').first().evaluate((el) => getComputedStyle(el).color);
  expect(red).toBe('rgb(164, 22, 26)');

  await expect(fleet.officeRow('north')).toContainText('2');
  await expect(fleet.officeRow('north')).toContainText('17');
  await expect(fleet.officeRow('south')).toContainText('7');
  await expect(fleet.officeRow('รวมทั้งหมด')).toContainText('24');
  await keepScreenshot(page, 'fleet');
  await fleet.health().scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await keepScreenshot(page, 'fleet');
});

test('a branch kiosk lists a central document it refused on the staff to-do list', async ({ page }) => {
  test.setTimeout(150_000);
  await server.stop(); // the publisher would remove a document it does not hold from the centre
  const admin = centreClient(centre.url, centre.admin);
  await admin.ok('PUT', `${centreDatabases.catalogue}/document:broken-notice`, { type: 'document', item: { id: 'broken-notice', category: 's9-1', published: 'เมื่อวาน' } });
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-branch-'));
  await writeFleetConfig(dataDir, { central: centre.url, kioskId: 'north-9', office: 'north', role: 'kiosk' });
  await writeCredentials(dataDir, await createKioskUser({ central: centre.url, admin: centre.admin, kioskId: 'north-9', office: 'north', role: 'kiosk' }));
  branch = await startServer({ dataDir, admin: { name: 'สมหญิง สาขาเหนือ', pin: '864209' } });
  await page.goto(branch.url);
  const gate = new StaffGatePage(page);
  await gate.enterByGesture();
  await gate.signIn('ส. ส.', 'สมหญิง สาขาเหนือ', '864209');
  const notice = page.getByRole('region', { name: 'เอกสารจากศูนย์กลางที่ตู้ไม่รับ (ข้อมูลไม่ถูกต้อง) 1 รายการ' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('broken-notice');
  await notice.scrollIntoViewIfNeeded();
  await keepScreenshot(page, 'fleet-refused-dashboard');
});
