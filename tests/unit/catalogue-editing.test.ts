import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../electron/contract/index';
import { tinyPdf, utf8 } from '../fixtures/import/build';
import { asAdmin, asCitizen, asStaff, base64, kioskPerTest, openTestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

const draft = (over: Partial<InputOf<'documents.save'>> = {}): InputOf<'documents.save'> => ({
  title: { th: 'ประกาศรับสมัครงานตำแหน่งนักวิชาการคอมพิวเตอร์', en: 'Job notice' },
  category: 's9-8', published: '2026-10-15', keywords: ['รับสมัครงาน', 'นักวิชาการ'], summary: { th: 'รับสมัคร ๒ อัตรา' },
  ...over,
});

describe('editing documents through the dispatcher', () => {
  const clock = fixedClock('2026-11-21T03:00:00Z');
  const { dir, kiosk } = kioskPerTest({ clock });

  it('creates a document with a made-up id, then updates it, recording before and after', async () => {
    const created = await kiosk.call('documents.save', draft());
    expect(created.id).toMatch(/^doc-20261121-[0-9a-f]{4}$/);
    expect(created).toMatchObject({ status: 'active', createdAt: '2026-11-21T03:00:00.000Z', title: { th: 'ประกาศรับสมัครงานตำแหน่งนักวิชาการคอมพิวเตอร์' } });

    clock.advance(60_000);
    const updated = await kiosk.call('documents.save', draft({ id: created.id, published: '2026-10-16', unit: 'กองการเจ้าหน้าที่', expectedUpdatedAt: created.updatedAt }));
    expect(updated).toMatchObject({ id: created.id, published: '2026-10-16', unit: 'กองการเจ้าหน้าที่', createdAt: created.createdAt });
    expect(updated.updatedAt).toBe('2026-11-21T03:01:00.000Z');

    const changes = kiosk.audit.filter((e) => e.method === 'documents.save').map((e) => e.changes[0]);
    expect(changes[0]).toMatchObject({ target: `document:${created.id}`, before: undefined, note: { code: 'document.created', pdf: 'none' } });
    expect(changes[1]).toEqual({ target: `document:${created.id}`, before: { published: '2026-10-15', unit: undefined }, after: { published: '2026-10-16', unit: 'กองการเจ้าหน้าที่' }, note: undefined });
    expect(kiosk.audit[1]?.actor?.id).toBe('test-staff');
  });

  it('saves a publication date that has not come yet, but tells the editor so in Thai and English, as the import does (outside tester: 15 ธ.ค. 2570 saved with just "บันทึกแล้ว")', async () => {
    const future = await kiosk.call('documents.save', draft({ id: 'doc-future', published: '2027-12-15' }));
    expect(future.published).toBe('2027-12-15');
    expect(future.warnings).toEqual([{
      th: expect.stringMatching(/^วันที่เผยแพร่ 15 ธ\.ค\. 2570 ยังไม่ถึง/),
      en: expect.stringMatching(/^Publication date 15 December 2027 is in the future/),
    }]);
    // The warning is the answer's, not the document's: the store and the audit trail keep no trace of it.
    expect(await kiosk.call('documents.get', { id: 'doc-future' })).not.toHaveProperty('warnings');
    expect(JSON.stringify(kiosk.audit.at(-1))).not.toContain('ยังไม่ถึง');
    // The import says the same sentence about the same date.
    const imported = await kiosk.call('import.preview', { fileName: 'f.csv', base64: base64(utf8('id,title_th,category,published\nimp-f,ประกาศ,s9-8,15/12/2570\n')) });
    expect(imported.warnings.find((w) => w.column === 'published')).toMatchObject({ messageTh: future.warnings![0]!.th, messageEn: future.warnings![0]!.en });

    // Today (Bangkok) and earlier days are not in the future.
    expect((await kiosk.call('documents.save', draft({ id: 'doc-today', published: '2026-11-21' }))).warnings).toBeUndefined();
    expect((await kiosk.call('documents.save', draft({ id: 'doc-past', published: '2026-10-15' }))).warnings).toBeUndefined();
  });

  it('refuses a save over a newer edit than the one the editor loaded', async () => {
    const created = await kiosk.call('documents.save', draft({ id: 'doc-a' }));
    clock.advance(1000);
    await kiosk.call('documents.save', draft({ id: 'doc-a', unit: 'first' }));
    const stale = await kiosk.attempt('documents.save', draft({ id: 'doc-a', unit: 'second', expectedUpdatedAt: created.updatedAt }));
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await kiosk.call('documents.get', { id: 'doc-a' })).unit).toBe('first');
  });

  it('needs a staff member: citizens are refused editing and the staff list', async () => {
    expect(await kiosk.attempt('documents.save', draft(), asCitizen)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await kiosk.attempt('documents.list', {}, asCitizen)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('attaches a PDF under its SHA-256 with its text, and marks a scan as having no searchable text', async () => {
    await kiosk.call('documents.save', draft({ id: 'doc-pdf' }));
    const withText = await kiosk.call('documents.save', draft({ id: 'doc-pdf', pdf: { name: 'C:\\scans\\notice.pdf', base64: base64(tinyPdf('Job notice for computer officers')) } }));
    expect(withText.file).toMatchObject({ name: 'notice.pdf', pages: 1, hasText: true });
    expect(await kiosk.services.catalogue.files.readText(withText.file!.sha256)).toContain('computer officers');

    const scan = await kiosk.call('documents.save', draft({ id: 'doc-pdf', pdf: { name: 'scan.pdf', base64: base64(tinyPdf()) } }));
    expect(scan.file).toMatchObject({ hasText: false, name: 'scan.pdf' });
    // The replaced PDF is no longer used by any document: it is removed from the store.
    const stored = (await readdir(join(dir.path, 'files'))).filter((f) => f.endsWith('.pdf'));
    expect(stored).toEqual([`${scan.file!.sha256}.pdf`]);
    expect(kiosk.audit.at(-1)?.changes[0]?.note).toEqual({ code: 'document.pdfAttached', scan: true });

    const notPdf = await kiosk.attempt('documents.save', draft({ id: 'doc-pdf', pdf: { name: 'x.pdf', base64: base64(new TextEncoder().encode('hello')) } }));
    expect(notPdf).toMatchObject({ ok: false, error: { code: 'bad_input', messageTh: 'ไฟล์นี้ไม่ใช่ PDF' } });
  });

  it('retire hides a document from citizens (list, page, search) but keeps it for staff; restore shows it again', async () => {
    await kiosk.call('documents.save', draft({ id: 'doc-hide', title: { th: 'ประกาศรับสมัครงานพิเศษ' }, keywords: ['สมัครงาน'] }));
    const searchIds = async () => (await kiosk.call('search.query', { q: 'สมัครงาน' }, asCitizen)).hits.map((h) => h.id);
    expect(await searchIds()).toContain('doc-hide');

    await kiosk.call('documents.retire', { id: 'doc-hide', note: 'superseded' });
    expect((await kiosk.call('catalogue.list', {}, asCitizen)).items.map((d) => d.id)).not.toContain('doc-hide');
    expect(await kiosk.attempt('catalogue.get', { id: 'doc-hide' }, asCitizen)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await searchIds()).not.toContain('doc-hide');
    const staffView = await kiosk.call('documents.list', { status: 'retired' });
    expect(staffView.items.map((d) => [d.id, d.status])).toEqual([['doc-hide', 'retired']]);
    expect(kiosk.audit.at(-1)?.changes[0]).toMatchObject({ before: { status: 'active' }, after: { status: 'retired' }, note: { code: 'staff.typed', text: 'superseded' } });

    await kiosk.call('documents.restore', { id: 'doc-hide' });
    expect((await kiosk.call('catalogue.list', {}, asCitizen)).items.map((d) => d.id)).toContain('doc-hide');
    expect(await searchIds()).toContain('doc-hide');
  });

  it('filters the staff list by title text, category and status, with paging', async () => {
    for (let i = 0; i < 5; i++) await kiosk.call('documents.save', draft({ id: `d${i}`, title: { th: i % 2 ? `คู่มือ ${i}` : `ประกาศ ${i}` }, category: i % 2 ? 's9-4' : 's9-8', published: `2026-01-0${i + 1}` }));
    await kiosk.call('documents.retire', { id: 'd4' });
    expect((await kiosk.call('documents.list', { text: 'คู่มือ' })).items.map((d) => d.id)).toEqual(['d3', 'd1']);
    expect((await kiosk.call('documents.list', { category: 's9-8', status: 'active' })).items.map((d) => d.id)).toEqual(['d2', 'd0']);
    expect(await kiosk.call('documents.list', { offset: 1, limit: 2 })).toMatchObject({ total: 5, items: [{ id: 'd3' }, { id: 'd2' }] });
  });

  it('delete needs an administrator and a written reason, which the audit keeps', async () => {
    await kiosk.call('documents.save', draft({ id: 'doc-del' }));
    expect(await kiosk.attempt('documents.delete', { id: 'doc-del', reason: 'เผยแพร่ข้อมูลส่วนบุคคลโดยไม่ตั้งใจ' }, asStaff)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await kiosk.attempt('documents.delete', { id: 'doc-del', reason: 'ผิด' }, asAdmin)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await kiosk.call('documents.get', { id: 'doc-del' })).toMatchObject({ id: 'doc-del' });

    await kiosk.call('documents.delete', { id: 'doc-del', reason: 'เผยแพร่ข้อมูลส่วนบุคคลโดยไม่ตั้งใจ' }, asAdmin);
    expect(await kiosk.attempt('documents.get', { id: 'doc-del' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const entry = kiosk.audit.at(-1)!;
    expect(entry).toMatchObject({ method: 'documents.delete', actor: { role: 'admin' } });
    expect(entry.changes[0]).toMatchObject({ target: 'document:doc-del', before: { id: 'doc-del' }, after: undefined, note: { code: 'document.deleted', reason: 'เผยแพร่ข้อมูลส่วนบุคคลโดยไม่ตั้งใจ' } });
  });

  it('saves a service standard with ordered steps and computes its total time and fees', async () => {
    const saved = await kiosk.call('standards.save', {
      title: { th: 'การขอรับเงินทดแทนการขาดรายได้' },
      steps: [
        { text: { th: 'ยื่นคำขอ' }, minutes: 15, unit: 'งานรับเรื่อง' },
        { text: { th: 'ตรวจสอบสิทธิ' }, minutes: 420 },
        { text: { th: 'อนุมัติและโอนเงิน' }, minutes: 840 },
      ],
      fees: [{ label: { th: 'ค่าธรรมเนียม' }, baht: 0 }, { label: { th: 'ค่าสำเนา' }, baht: 20 }, { label: { th: 'ค่ารับรอง' }, baht: 5, per: { th: 'หน้า', en: 'page' } }],
      documents: [{ th: 'บัตรประจำตัวประชาชน' }], channels: [{ th: 'เคาน์เตอร์ชั้น 1' }],
    });
    expect(saved.id).toMatch(/^svc-20261121-/);
    // Fees of different things keep their units and are never added up.
    expect(saved).toMatchObject({ totalMinutes: 1275, feeSummary: { th: '20 บาท + 5 บาท/หน้า', en: '20 baht + 5 baht/page' }, status: 'active' });
    expect(saved.fees[2]).toEqual({ label: { th: 'ค่ารับรอง' }, baht: 5, per: { th: 'หน้า', en: 'page' } });
    expect(saved.steps.map((s) => s.text.th)).toEqual(['ยื่นคำขอ', 'ตรวจสอบสิทธิ', 'อนุมัติและโอนเงิน']);
    expect((await kiosk.call('standards.list', {}, asCitizen)).map((s) => s.id)).toEqual([saved.id]);

    await kiosk.call('standards.retire', { id: saved.id });
    expect(await kiosk.call('standards.list', {}, asCitizen)).toEqual([]);
    expect((await kiosk.call('standards.all', {})).map((s) => [s.id, s.status])).toEqual([[saved.id, 'retired']]);
    await kiosk.call('standards.restore', { id: saved.id });
    expect((await kiosk.call('standards.list', {}, asCitizen)).length).toBe(1);
  });

  it('keeps a step that repeats after the service, shown but left out of the total', async () => {
    const saved = await kiosk.call('standards.save', {
      title: { th: 'การยื่นขอรับประโยชน์ทดแทนกรณีว่างงาน' },
      steps: [
        { text: { th: 'ยื่นคำขอ' }, minutes: 30 },
        { text: { th: 'พิจารณาสั่งจ่าย' }, minutes: 2520 },
        { text: { th: 'รายงานตัวทุกเดือน' }, minutes: 10, recurring: true },
      ],
    });
    expect(saved.steps.map((s) => s.recurring ?? false)).toEqual([false, false, true]);
    expect(saved.totalMinutes).toBe(2550);
    expect((await kiosk.call('standards.list', {}, asCitizen))[0]).toMatchObject({ id: saved.id, totalMinutes: 2550 });
  });
});

describe('clearing the shipped sample', () => {
  it('removes only the sample items, needs an administrator, and sets sample=false', async () => {
    const dir = await tempDir();
    try {
      const clock = fixedClock('2026-11-21T03:00:00Z');
      // A store as seedSample leaves it: the sample flag and the ids it seeded.
      const kiosk = await openTestKiosk(dir.path, clock);
      await kiosk.call('documents.save', draft({ id: 'sample-1' }));
      await kiosk.call('documents.save', draft({ id: 'own-1' }));
      await kiosk.services.catalogue.update({ kind: 'all' }, (d) => { d.sample = true; d.sampleIds = { documents: ['sample-1'], services: [] }; });

      expect(await kiosk.attempt('catalogue.clearSample', {}, asStaff)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await kiosk.call('catalogue.clearSample', {}, asAdmin)).toEqual({ removedDocuments: 1, removedServices: 0 });
      expect(kiosk.services.catalogue.snapshot()).toMatchObject({ sample: false, documents: [{ id: 'own-1' }] });
      expect((await kiosk.call('catalogue.overview', {}, asCitizen)).isSample).toBe(false);
    } finally {
      await dir.remove();
    }
  });

  it('keeps the sample items staff edited, re-imported or rewrote: they are the centre\'s now (outside trial 4)', async () => {
    const dir = await tempDir();
    try {
      const clock = fixedClock('2026-11-21T03:00:00Z');
      const kiosk = await openTestKiosk(dir.path, clock);
      for (const id of ['sample-edited', 'sample-imported', 'sample-untouched']) await kiosk.call('documents.save', draft({ id }));
      const service = await kiosk.call('standards.save', { title: { th: 'การขอรับประโยชน์ทดแทนกรณีคลอดบุตร' }, steps: [{ text: { th: 'ยื่นคำขอ' }, minutes: 30 }] });
      const untouchedService = await kiosk.call('standards.save', { title: { th: 'การขอรับประโยชน์ทดแทนกรณีชราภาพ' }, steps: [{ text: { th: 'ยื่นคำขอ' }, minutes: 30 }] });
      await kiosk.services.catalogue.update({ kind: 'all' }, (d) => {
        d.sample = true;
        d.sampleIds = { documents: ['sample-edited', 'sample-imported', 'sample-untouched'], services: [service.id, untouchedService.id] };
      });
      clock.advance(60_000);
      const edited = await kiosk.call('documents.get', { id: 'sample-edited' });
      await kiosk.call('documents.save', draft({ id: 'sample-edited', title: { th: 'โครงสร้างองค์กรที่ศูนย์แก้ไขเอง' }, expectedUpdatedAt: edited.updatedAt }));
      const csv = `id,title_th,category,published\nsample-imported,ชื่อเรื่องที่นำเข้าทับตัวอย่าง,s9-8,2026-10-15\n`;
      await kiosk.call('import.apply', { fileName: 'rows.csv', base64: base64(utf8(csv)) });
      await kiosk.call('standards.save', { id: service.id, title: { th: 'การขอรับประโยชน์ทดแทนกรณีคลอดบุตร (ฉบับศูนย์)' }, steps: [{ text: { th: 'ยื่นคำขอ' }, minutes: 20 }], expectedUpdatedAt: service.updatedAt });

      expect(await kiosk.call('catalogue.clearSample', {}, asAdmin)).toEqual({ removedDocuments: 1, removedServices: 1 });
      const left = kiosk.services.catalogue.snapshot();
      expect(left.documents.map((d) => d.id).sort()).toEqual(['sample-edited', 'sample-imported']);
      expect(left.documents.find((d) => d.id === 'sample-edited')?.title.th).toBe('โครงสร้างองค์กรที่ศูนย์แก้ไขเอง');
      expect(left.services.map((s) => s.id)).toEqual([service.id]);
    } finally {
      await dir.remove();
    }
  });
});
