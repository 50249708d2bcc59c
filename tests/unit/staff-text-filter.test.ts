import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffDocumentCard } from '../../electron/contract/catalogue-staff';
import type { SearchAnswer } from '../../electron/contract/search';
import type { AuditRecord } from '../../electron/contract/staff';
import { asAdmin, openTestKiosk, type TestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

/*
 * Issue 13 (house rule 5): staff filters compared text with toLocaleLowerCase/includes, so staff
 * missed what citizens find: a title typed with ํ+า for ำ, or with a space inside a word.
 */
describe('staff text filters compare text the way search does', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: TestKiosk;
  // "ประจำปี" typed with NIKHAHIT + SARA AA, and a space inside "งบประมาณ".
  const title = 'รายงานประจ\u0e4d\u0e32ปี งบ ประมาณ 2569';
  beforeAll(async () => {
    dir = await tempDir('kiosk-staff-filter-');
    kiosk = await openTestKiosk(dir.path, fixedClock('2026-12-04T03:00:00Z'));
    await kiosk.call('documents.save', { title: { th: title }, category: 's9-8', published: '2026-11-01' }, asAdmin);
  });
  afterAll(() => dir.remove());

  it.each(['ประจำปี', 'งบประมาณ', 'รายงานประจำปี งบประมาณ'])('the documents list finds "%s" where citizen search does', async (typed) => {
    const staff = await kiosk.call('documents.list', { text: typed, status: 'all', offset: 0, limit: 10 }) as { items: StaffDocumentCard[] };
    expect(staff.items.map((d) => d.title.th)).toEqual([title]);
    const citizen = await kiosk.call('search.query', { q: typed }) as SearchAnswer;
    expect(citizen.hits.length).toBeGreaterThan(0);
  });

  it.each(['ประจำปี', 'งบประมาณ'])('the audit filter finds "%s" in a change note typed differently', async (typed) => {
    await kiosk.services.staff.audit.append({ method: 'documents.retire', transport: 'test', actor: null, changes: [{ target: 'document:x', note: { code: 'staff.typed', text: title } }] });
    const found = await kiosk.services.staff.audit.list({ offset: 0, limit: 10, filter: { text: typed } });
    expect(found.items.map((r: AuditRecord) => r.changes[0]?.note)).toContainEqual({ code: 'staff.typed', text: title });
    expect((await kiosk.services.staff.audit.list({ offset: 0, limit: 10, filter: { text: 'ไม่มีคำนี้' } })).total).toBe(0);
  });

  it('an account name typed again with other spacing or ำ as ํ+า is the same name', async () => {
    await kiosk.call('staff.createAccount', { name: 'สำราญ ใจดี', role: 'staff', pin: '615243' }, asAdmin);
    const again = await kiosk.attempt('staff.createAccount', { name: 'ส\u0e4d\u0e32ราญ  ใจดี', role: 'staff', pin: '615244' }, asAdmin);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('an import reads a Thai category name or a status typed with other spacing or ํ+า', async () => {
    const csv = 'id,title_th,category,published,status\nimp-x,ประกาศทดสอบ,ข้อมูลข่าวสารอื่นตามที่คณะกรรมการประกาศก\u0e4d\u0e32หนด,01/11/2569,เลิก ใช้\n';
    const seen = await kiosk.call('import.preview', { fileName: 'c.csv', base64: Buffer.from(csv, 'utf8').toString('base64') }, asAdmin);
    expect(seen.errors).toEqual([]);
    expect(seen.toAdd).toEqual(['imp-x']);
  });
});
