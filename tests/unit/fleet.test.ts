import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { InputOf } from '../../electron/contract/index';
import { tinyPdf } from '../fixtures/import/build';
import { centreClient } from '../../electron/services/fleet/centreClient';
import { centreDatabases } from '../../electron/services/fleet/centreLayout';
import { fleetStatus } from '../../electron/services/fleet/fleetStatus';
import { setupCentre } from '../../electron/services/fleet/setupCentre';
import { startCentreStandIn, type CentreStandIn } from '../tools/centreStandIn';
import { asAdmin, openTestKiosk } from './catalogue-support';
import { joinedKiosk, type JoinedKiosk } from './fleet-support';
import { fixedClock, tempDir } from './support';

const draft = (over: Partial<InputOf<'documents.save'>> = {}): InputOf<'documents.save'> => ({
  title: { th: 'ประกาศจัดซื้อเครื่องคอมพิวเตอร์สำนักงาน', en: 'Procurement notice' },
  category: 's9-1', published: '2026-11-02', keywords: ['จัดซื้อ'], summary: { th: 'ประกาศส่วนกลาง' },
  ...over,
});

describe('many kiosks, one index (CouchDB replication, stand-in centre on loopback)', () => {
  let centre: CentreStandIn;
  let publisher: JoinedKiosk;
  let kiosks: JoinedKiosk[];
  const clock = fixedClock('2026-11-20T03:00:00.000Z');
  const skewed = fixedClock('2026-11-21T03:00:00.000Z'); // a kiosk whose clock runs a day ahead
  const admin = () => centreClient(centre.url, centre.admin);

  beforeAll(async () => {
    centre = await startCentreStandIn();
    await setupCentre({ central: centre.url, admin: centre.admin });
    publisher = await joinedKiosk(centre, { kioskId: 'hq-1', office: 'hq', role: 'publisher' }, clock);
    kiosks = [
      await joinedKiosk(centre, { kioskId: 'north-1', office: 'north', role: 'kiosk' }, clock),
      await joinedKiosk(centre, { kioskId: 'north-2', office: 'north', role: 'kiosk' }, clock),
      await joinedKiosk(centre, { kioskId: 'south-1', office: 'south', role: 'kiosk' }, skewed),
    ];
  }, 60_000);
  afterAll(async () => {
    for (const k of [publisher, ...kiosks]) await k?.close();
    await centre?.close();
  });

  it('setup-centre is idempotent: a second run changes nothing', async () => {
    const again = await setupCentre({ central: centre.url, admin: centre.admin });
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual([]);
  });

  it('a central edit reaches a running kiosk\'s search within seconds, through one audited fleet.apply', async () => {
    const [north1] = kiosks;
    const live = await north1!.services.fleet.start({ applyDelayMs: 50 });
    try {
      await publisher.call('documents.save', draft({ id: 'central-1' }));
      const published = await publisher.services.fleet.sync();
      expect(published.errors).toEqual([]);
      expect(published.pushed.catalogue).toBe(1);
      await vi.waitFor(async () => expect(await north1!.searchIds('คอมพิวเตอร์สำนักงาน')).toContain('central-1'), { timeout: 5_000, interval: 100 });
    } finally { await live.stop(); }
    const applied = north1!.audit.filter((e) => e.method === 'fleet.apply');
    expect(applied).toHaveLength(1);
    expect(applied[0]!.changes[0]!.note).toMatchObject({ code: 'fleet.applied', source: centre.url, revision: expect.stringMatching(/^\d+$/) });
    for (const k of kiosks.slice(1)) {
      const round = await k.services.fleet.sync();
      expect(round.applied.added).toBe(1);
      expect(await k.searchIds('คอมพิวเตอร์สำนักงาน')).toContain('central-1');
    }
  });

  it('the centre stopped for a while, then back: the kiosk keeps serving, then nothing is lost and nothing arrives twice', async () => {
    const north2 = kiosks[1]!;
    await north2.visit('ภาษี');
    await centre.stop();
    const offline = await north2.services.fleet.sync();
    expect(offline.errors.length).toBeGreaterThan(0);
    expect(await north2.searchIds('คอมพิวเตอร์สำนักงาน')).toContain('central-1'); // still serving
    await north2.visit('ที่ดิน');
    await publisher.call('documents.save', draft({ id: 'central-2', title: { th: 'ประกาศรับสมัครพนักงานราชการ' }, keywords: ['รับสมัคร'] }));
    const publishOffline = await publisher.services.fleet.sync();
    expect(publishOffline.errors.length).toBeGreaterThan(0);

    await centre.start();
    expect((await publisher.services.fleet.sync()).pushed.catalogue).toBe(1);
    const back = await north2.services.fleet.sync();
    expect(back.errors).toEqual([]);
    expect(back.applied.added).toBe(1);
    expect(back.pushed.rollups).toBe(1);
    const again = await north2.services.fleet.sync();
    expect(again.applied).toMatchObject({ added: 0, updated: 0, retired: 0 });
    expect(again.pushed.rollups).toBe(0);
    const rollup = await admin().ok<{ kiosk: string; figures: { visits: number; searches: number } }>('GET', `${centreDatabases.kiosks}/north-2:2026-11-20`);
    expect(rollup.body.figures).toMatchObject({ visits: 2, searches: 2 });
    expect(north2.audit.filter((e) => e.method === 'fleet.apply')).toHaveLength(2);
  });

  it('a kiosk whose clock is a day out: its roll-up carries its own day, and the centre shows its skew, not a stale heartbeat', async () => {
    const south = kiosks[2]!;
    await south.visit('สวัสดิการ');
    const round = await south.services.fleet.sync();
    expect(round.errors).toEqual([]);
    const ids = (await admin().ok<{ rows: { id: string }[] }>('GET', `${centreDatabases.kiosks}/_all_docs?startkey="south-1:"&endkey="south-1:\uffff"`)).body.rows.map((r) => r.id);
    expect(ids).toEqual(['south-1:2026-11-21']);
    const status = await fleetStatus(admin(), new Date());
    const row = status.kiosks.find((k) => k.kioskId === 'south-1')!;
    expect(row.stale).toBe(false);
    expect(Math.abs(row.clockSkewSeconds - (Date.parse('2026-11-21T03:00:00Z') - Date.now()) / 1000)).toBeLessThan(120);
    expect(row.clockSkewed).toBe(true);
  });

  it('a conflicting local edit of a central document: the central version wins, and the audit entry names what it replaced', async () => {
    const north1 = kiosks[0]!;
    await north1.services.fleet.sync();
    const local = await north1.call('documents.get', { id: 'central-1' });
    await north1.call('documents.save', draft({ id: 'central-1', title: { th: 'แก้ไขที่ตู้สาขาเอง' }, expectedUpdatedAt: local.updatedAt }));
    const atCentre = await publisher.call('documents.get', { id: 'central-1' });
    await publisher.call('documents.save', draft({ id: 'central-1', title: { th: 'ประกาศจัดซื้อฉบับแก้ไขจากส่วนกลาง' }, expectedUpdatedAt: atCentre.updatedAt }));
    await publisher.services.fleet.sync();
    const round = await north1.services.fleet.sync();
    expect(round.applied.updated).toBe(1);
    expect((await north1.call('documents.get', { id: 'central-1' })).title.th).toBe('ประกาศจัดซื้อฉบับแก้ไขจากส่วนกลาง');
    const entry = north1.audit.filter((e) => e.method === 'fleet.apply').at(-1)!;
    expect(entry.changes[0]!.before).toEqual({ replaced: ['central-1'] });
    // A local edit with no central change since: the next round puts the central version back.
    const now = await north1.call('documents.get', { id: 'central-1' });
    await north1.call('documents.save', draft({ id: 'central-1', title: { th: 'แก้ไขอีกครั้งที่ตู้' }, expectedUpdatedAt: now.updatedAt }));
    await north1.services.fleet.sync();
    expect((await north1.call('documents.get', { id: 'central-1' })).title.th).toBe('ประกาศจัดซื้อฉบับแก้ไขจากส่วนกลาง');
  });

  it('a central document that fails the schema is refused whole, listed for staff and in the heartbeat; the rest is applied', async () => {
    await publisher.call('documents.save', draft({ id: 'central-3', title: { th: 'ประกาศประกวดราคาก่อสร้างถนน' } }));
    await publisher.services.fleet.sync();
    // Written past the publisher (by a server admin, or an older release): the kiosks must still judge it.
    await admin().ok('PUT', `${centreDatabases.catalogue}/document:broken`, { type: 'document', item: { id: 'broken', category: 's9-1', published: 'yesterday' } });
    const north2 = kiosks[1]!;
    const round = await north2.services.fleet.sync();
    expect(round.refused.map((r) => r.id)).toEqual(['document:broken']);
    expect(round.applied.added).toBe(1);
    expect((await north2.attempt('documents.get', { id: 'broken' })).ok).toBe(false);
    expect((await north2.call('fleet.state', {}, asAdmin)).refused).toMatchObject([{ id: 'document:broken' }]);
    const status = await fleetStatus(admin(), new Date());
    expect(status.kiosks.find((k) => k.kioskId === 'north-2')?.refused).toBe(1);
  });

  it('the centre refuses a kiosk that writes the central catalogue or another kiosk\'s documents; its own go through', async () => {
    const north1 = kiosks[0]!;
    const asKiosk = centreClient(centre.url, north1.credentials);
    const catalogue = await asKiosk.call('PUT', `${centreDatabases.catalogue}/document:rogue`, { type: 'document', item: { id: 'rogue' } });
    expect(catalogue.status).toBe(403);
    expect(JSON.stringify(catalogue.body)).toContain('Only the publisher');
    expect((await asKiosk.call('PUT', `${centreDatabases.kiosks}/heartbeat:north-2`, { type: 'heartbeat', kiosk: 'north-2' })).status).toBe(403);
    expect((await asKiosk.call('PUT', `${centreDatabases.kiosks}/south-1:2026-11-20`, { type: 'rollup', kiosk: 'north-1' })).status).toBe(403);
    expect((await asKiosk.call('PUT', `${centreDatabases.kiosks}/office:south:x`, { type: 'office-document', office: 'south' })).status).toBe(403);
    expect((await asKiosk.call('PUT', `${centreDatabases.kiosks}/north-1:2026-01-01`, { type: 'rollup', kiosk: 'north-1' })).status).toBe(201);
  });

  it('a PDF travels by its hash: fetched with a GET and kept only if it matches; a document whose PDF does not match waits', async () => {
    const pdf = tinyPdf('Central procurement plan for district offices');
    await publisher.call('documents.save', draft({ id: 'central-pdf', title: { th: 'แผนการจัดซื้อจัดจ้างประจำปี' }, pdf: { name: 'plan.pdf', base64: Buffer.from(pdf).toString('base64') } }));
    expect((await publisher.services.fleet.sync()).errors).toEqual([]);
    const north1 = kiosks[0]!;
    const round = await north1.services.fleet.sync();
    expect(round.waitingForFile).toEqual([]);
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect(Buffer.compare(await north1.services.catalogue.files.readPdf(sha), Buffer.from(pdf))).toBe(0);
    expect(await north1.searchIds('district offices')).toContain('central-pdf');

    // The centre's copy swapped for other bytes: the kiosk that has not got it yet refuses it and waits.
    const file = await admin().ok<{ _rev: string }>('GET', `${centreDatabases.files}/sha256:${sha}`);
    await fetch(`${centre.url}/${centreDatabases.files}/sha256:${sha}/pdf?rev=${file.body._rev}`, { method: 'PUT', headers: { 'content-type': 'application/pdf', authorization: admin().auth! }, body: Buffer.from(tinyPdf('something else')) });
    const north2 = kiosks[1]!;
    const waiting = await north2.services.fleet.sync();
    expect(waiting.waitingForFile).toEqual(['document:central-pdf']);
    expect((await north2.attempt('documents.get', { id: 'central-pdf' })).ok).toBe(false);
    expect(await north2.services.catalogue.files.hasPdf(sha)).toBe(false);
  });

  it('fleet.apply is refused from a screen (HTTP or IPC): central batches come only from replication', async () => {
    const overHttp = await kiosks[0]!.attempt('fleet.apply', { source: 'http://evil', revision: 1, documents: [], services: [], retired: [{ kind: 'document', id: 'central-1' }] }, { transport: 'http', actor: { id: 'a', name: 'Admin', role: 'admin' } });
    expect(overHttp).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await kiosks[0]!.call('documents.get', { id: 'central-1' })).status).toBe('active');
  });

  it('office documents go up under the office code; every kiosk appears in the fleet status', async () => {
    const south = kiosks[2]!;
    await south.call('documents.save', draft({ id: 'south-notice', title: { th: 'ประกาศของสำนักงานภาคใต้' } }));
    const round = await south.services.fleet.sync();
    expect(round.pushed.officeDocuments).toBe(1);
    const doc = await admin().ok<{ office: string; item: { id: string } }>('GET', `${centreDatabases.kiosks}/office:south:south-notice`);
    expect(doc.body).toMatchObject({ office: 'south', item: { id: 'south-notice' } });
    expect((await publisher.searchIds('ภาคใต้'))).not.toContain('south-notice');
    const status = await publisher.call('fleet.status', {}, asAdmin);
    expect(status.kiosks.map((k) => k.kioskId).sort()).toEqual(['hq-1', 'north-1', 'north-2', 'south-1']);
  });

  it('the consolidated report sums the roll-ups per office and in total, with the single-kiosk report\'s sections', async () => {
    const report = await publisher.call('fleet.report', { period: { kind: 'month', month: '2026-11' } }, asAdmin);
    expect(report.offices.map((o) => o.office)).toEqual(['north', 'south']);
    const north = report.offices.find((o) => o.office === 'north')!;
    expect(north.model.totals.visits).toBe(2);
    expect(report.total.totals.visits).toBe(3);
    const file = await publisher.call('fleet.export', { period: { kind: 'month', month: '2026-11' }, format: 'csv' }, asAdmin);
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('รวมทุกสำนักงาน');
  });
});

describe('a kiosk with no centre configured', () => {
  it('starts no replication, opens no replica and says it has not joined', async () => {
    const dir = await tempDir('fleet-none-');
    const kiosk = await openTestKiosk(dir.path, fixedClock('2026-11-20T03:00:00.000Z'));
    kiosk.services.fleet.bindDispatch(kiosk.dispatch);
    try {
      const live = await kiosk.services.fleet.start();
      await live.stop();
      expect(existsSync(join(dir.path, 'fleet'))).toBe(false);
      expect(await kiosk.call('fleet.state', {}, asAdmin)).toMatchObject({ configured: false, refused: [] });
      expect(await kiosk.attempt('fleet.sync', {}, asAdmin)).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(kiosk.audit).toEqual([]);
    } finally {
      await kiosk.services.stats.close();
      await dir.remove();
    }
  });
});
