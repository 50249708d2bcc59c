/**
 * A save that changes nothing (บันทึก pressed on a document, a service standard or the settings
 * as they were opened) writes nothing: no audit entry with `"before":{},"after":{}` (outside
 * tester: the trail showed "บันทึกเอกสาร <id>" with no details), no catalogue unit, and the answer
 * says nothing changed so the screen can tell the staff member.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { SavedDocument, StaffService } from '../../electron/contract/catalogue-staff';
import type { RegisterSettings } from '../../electron/contract/registers';
import type { Settings } from '../../electron/contract/settings';
import type { AuditRecord } from '../../electron/contract/staff';
import { tinyPdf } from '../fixtures/import/build';
import { as, call, setUpAccounts } from './staff-fixtures';
import { catalogueStoreBytes, fixedClock, tempDir } from './support';

describe('a save that changes nothing', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock('2026-03-02T02:00:00Z');
  beforeEach(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  const trail = async () => (await readFile(join(dir.path, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
  /** The trail and the catalogue store, byte for byte, and the settings file. */
  const written = async () => ({
    trail: await readFile(join(dir.path, 'audit.ndjson'), 'utf8'),
    catalogue: await catalogueStoreBytes(dir.path),
    settings: await readFile(join(dir.path, 'settings.json'), 'utf8'),
  });

  it('of a document, a service standard or the settings writes no audit entry and no catalogue unit, and says so', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const by = as(admin.actor);
    const draft = { title: { th: 'ประกาศทดสอบ', en: 'Test notice' }, category: 's7-1', published: '2026-03-01', keywords: ['ทดสอบ'], summary: { th: 'สาระ' }, paperLocation: 'แฟ้มที่ 1' };
    const doc = await call<SavedDocument>(kiosk, 'documents.save', { ...draft, pdf: { name: 'notice.pdf', base64: Buffer.from(tinyPdf('notice text for the test')).toString('base64') } }, by);
    const service = await call<StaffService>(kiosk, 'standards.save', { title: { th: 'ขอรับเงินทดแทน' }, steps: [{ text: { th: 'ยื่นคำขอ' }, minutes: 30 }], documents: [{ th: 'บัตรประชาชน' }] }, by);
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    const registerSettings = await call<RegisterSettings>(kiosk, 'registers.settings', {}, by);
    clock.advance(60_000);
    const before = await written();
    const entries = (await trail()).length;

    // The editor sends the form as it was opened: the same fields, its version, no PDF (or the same one again).
    const again = await call<SavedDocument>(kiosk, 'documents.save', { ...draft, id: doc.id, expectedUpdatedAt: doc.updatedAt }, by);
    expect(again).toMatchObject({ id: doc.id, updatedAt: doc.updatedAt, unchanged: true });
    const samePdf = await call<SavedDocument>(kiosk, 'documents.save', { ...draft, id: doc.id, expectedUpdatedAt: doc.updatedAt, pdf: { name: 'notice.pdf', base64: Buffer.from(tinyPdf('notice text for the test')).toString('base64') } }, by);
    expect(samePdf).toMatchObject({ updatedAt: doc.updatedAt, unchanged: true });
    const serviceAgain = await call<StaffService>(kiosk, 'standards.save', {
      id: service.id, title: { th: 'ขอรับเงินทดแทน' }, description: {}, steps: [{ text: { th: 'ยื่นคำขอ' }, minutes: 30 }], fees: [], documents: [{ th: 'บัตรประชาชน' }], channels: [], keywords: [], expectedUpdatedAt: service.updatedAt,
    }, by);
    expect(serviceAgain).toMatchObject({ id: service.id, updatedAt: service.updatedAt, unchanged: true, totalMinutes: 30 });
    const settingsAgain = await call<Settings & { unchanged?: true }>(kiosk, 'settings.update', settings, by);
    expect(settingsAgain).toMatchObject({ ...settings, unchanged: true });
    expect(await call(kiosk, 'registers.updateSettings', registerSettings, by)).toMatchObject({ ...registerSettings, unchanged: true });
    // Retiring what is retired already, restoring what is published: no entry either.
    await call(kiosk, 'documents.restore', { id: doc.id }, by);
    await call(kiosk, 'standards.restore', { id: service.id }, by);

    expect((await trail()).length).toBe(entries);
    expect(await written()).toEqual(before);
    expect(kiosk.services.catalogue.snapshot().documents.find((d) => d.id === doc.id)?.updatedAt).toBe(doc.updatedAt);

    // A real change is still saved and audited, only with what changed.
    const changed = await call<SavedDocument>(kiosk, 'documents.save', { ...draft, id: doc.id, paperLocation: 'แฟ้มที่ 2', expectedUpdatedAt: doc.updatedAt }, by);
    expect(changed.unchanged).toBeUndefined();
    expect((await trail()).at(-1)).toMatchObject({ method: 'documents.save', changes: [{ target: `document:${doc.id}`, before: { paperLocation: 'แฟ้มที่ 1' }, after: { paperLocation: 'แฟ้มที่ 2' } }] });
    const settingsChanged = await call<Settings & { unchanged?: true }>(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phone: '0 2123 4567' } }, by);
    expect(settingsChanged.unchanged).toBeUndefined();
    expect((await trail()).at(-1)).toMatchObject({ method: 'settings.update' });
  });
  it('is said by its handler: a changing call that records nothing and does not say "unchanged" is still audited (a handler that forgot to record its change leaves a trace)', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const entries = (await trail()).length;
    // No sample to clear: the handler records nothing and does not answer `unchanged`.
    await call(kiosk, 'catalogue.clearSample', {}, as(admin.actor));
    expect((await trail()).length).toBe(entries + 1);
    expect((await trail()).at(-1)).toMatchObject({ method: 'catalogue.clearSample', changes: [] });
  });
  it('still warns of a publication date ahead when the save changed nothing (review, helper-64)', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const by = as(admin.actor);
    const draft = { title: { th: 'ประกาศล่วงหน้า' }, category: 's7-1', published: '2026-03-20', keywords: [], summary: {} };
    const doc = await call<SavedDocument>(kiosk, 'documents.save', draft, by);
    expect(doc.warnings?.[0]?.th).toContain('ยังไม่ถึง');
    const again = await call<SavedDocument>(kiosk, 'documents.save', { ...draft, id: doc.id, expectedUpdatedAt: doc.updatedAt }, by);
    expect(again.unchanged).toBe(true);
    expect(again.warnings?.[0]?.th).toContain('ยังไม่ถึง');
  });
});
