import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../electron/contract/index';
import { tinyPdf } from '../fixtures/import/build';
import { base64, kioskPerTest, openTestKiosk, type TestKiosk } from './catalogue-support';
import { fixedClock } from './support';

/** Issue 11, item 3: saving a document (with its PDF) is one call that stores everything or nothing. */
const TITLE = 'ประกาศรับสมัครงานตำแหน่งนักวิชาการคอมพิวเตอร์';
const DRAFT_KEY = 'draft-6f1c2a9e-4b7d-4f0a-9e1b-2c3d4e5f6a7b';
const draft = (over: Partial<InputOf<'documents.save'>> = {}): InputOf<'documents.save'> => ({
  title: { th: TITLE, en: 'Job notice' }, category: 's9-8', published: '2026-10-15', keywords: ['รับสมัครงาน'], summary: {},
  ...over,
});
const notAPdf = { name: 'notice.docx', base64: base64(new TextEncoder().encode('PK\u0003\u0004 a Word file, not a PDF')) };
const goodPdf = { name: 'C:\\scans\\notice.pdf', base64: base64(tinyPdf('Job notice for computer officers')) };

describe('documents.save with its PDF, in one call', () => {
  const clock = fixedClock('2026-11-21T03:00:00Z');
  const { dir, kiosk } = kioskPerTest({ clock });
  const documentsTitled = async (k: TestKiosk) => (await k.call('documents.list', { text: 'นักวิชาการคอมพิวเตอร์' })).items;
  const storedPdfs = async () => (await readdir(join(dir.path, 'files')).catch(() => [])).filter((f) => f.endsWith('.pdf'));

  it('a bad PDF creates nothing; saving again with a good PDF and the same draft key gives exactly one document, with the file', async () => {
    const refused = await kiosk.attempt('documents.save', draft({ draftKey: DRAFT_KEY, pdf: notAPdf }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_input', messageTh: 'ไฟล์นี้ไม่ใช่ PDF', message: 'This file is not a PDF' } });
    expect(await documentsTitled(kiosk)).toEqual([]);
    expect(kiosk.audit).toEqual([]);
    expect(await storedPdfs()).toEqual([]);

    const saved = await kiosk.call('documents.save', draft({ draftKey: DRAFT_KEY, pdf: goodPdf }));
    expect(saved.file).toMatchObject({ name: 'notice.pdf', pages: 1, hasText: true });
    expect((await documentsTitled(kiosk)).map((d) => d.id)).toEqual([saved.id]);
    expect(await storedPdfs()).toEqual([`${saved.file!.sha256}.pdf`]);
    // One audit entry holding one change: the document was created with its file.
    expect(kiosk.audit).toHaveLength(1);
    expect(kiosk.audit[0]).toMatchObject({ method: 'documents.save', changes: [{ target: `document:${saved.id}`, before: undefined, note: { code: 'document.created', pdf: 'text' } }] });
  });

  it('a retried save (its answer lost) updates the document the first one created, also after a restart', async () => {
    const first = await kiosk.call('documents.save', draft({ draftKey: DRAFT_KEY, pdf: goodPdf }));
    clock.advance(1000);
    const retried = await kiosk.call('documents.save', draft({ draftKey: DRAFT_KEY, pdf: goodPdf, unit: 'กองการเจ้าหน้าที่' }));
    expect(retried).toMatchObject({ id: first.id, unit: 'กองการเจ้าหน้าที่', createdAt: first.createdAt, file: first.file });
    expect((await documentsTitled(kiosk)).map((d) => d.id)).toEqual([first.id]);

    // The key is kept with the stored document, so a kiosk restarted between the two tries still knows it.
    const restarted = await openTestKiosk(dir.path, clock);
    const afterRestart = await restarted.call('documents.save', draft({ draftKey: DRAFT_KEY }));
    expect(afterRestart.id).toBe(first.id);
    expect(afterRestart.file).toEqual(first.file); // a save without a PDF keeps the file
    expect((await documentsTitled(restarted)).map((d) => d.id)).toEqual([first.id]);
  });

  it('two saves with the same draft key at once (a double tap) make one document', async () => {
    const [a, b] = await Promise.all([
      kiosk.call('documents.save', draft({ draftKey: DRAFT_KEY, pdf: goodPdf })),
      kiosk.call('documents.save', draft({ draftKey: DRAFT_KEY, pdf: goodPdf })),
    ]);
    expect(a.id).toBe(b.id);
    expect((await documentsTitled(kiosk)).map((d) => d.id)).toEqual([a.id]);
  });

  it('a new document may not take an id another document has', async () => {
    await kiosk.call('documents.save', draft({ id: 'doc-taken', title: { th: 'เอกสารเดิม' } }));
    const clash = await kiosk.attempt('documents.save', draft({ id: 'doc-taken', draftKey: DRAFT_KEY }));
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await kiosk.call('documents.get', { id: 'doc-taken' })).title.th).toBe('เอกสารเดิม');
  });

  it('a refused PDF leaves an existing document exactly as it was, fields included', async () => {
    const created = await kiosk.call('documents.save', draft({ id: 'doc-a', pdf: goodPdf }));
    clock.advance(1000);
    const refused = await kiosk.attempt('documents.save', draft({ id: 'doc-a', unit: 'ไม่ควรถูกบันทึก', expectedUpdatedAt: created.updatedAt, pdf: { name: 'broken.pdf', base64: base64(new TextEncoder().encode('%PDF-1.7 truncated')) } }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(await kiosk.call('documents.get', { id: 'doc-a' })).toEqual(created);
    expect(kiosk.audit).toHaveLength(1);
  });

  it('replaces the PDF of an existing document with its other edits in one audited change, and drops the old file', async () => {
    const created = await kiosk.call('documents.save', draft({ id: 'doc-b', pdf: goodPdf }));
    clock.advance(1000);
    const scan = await kiosk.call('documents.save', draft({ id: 'doc-b', unit: 'งานสารบรรณ', expectedUpdatedAt: created.updatedAt, pdf: { name: 'scan.pdf', base64: base64(tinyPdf()) } }));
    expect(scan).toMatchObject({ unit: 'งานสารบรรณ', file: { name: 'scan.pdf', hasText: false } });
    expect(await storedPdfs()).toEqual([`${scan.file!.sha256}.pdf`]);
    expect(kiosk.audit).toHaveLength(2);
    expect(kiosk.audit[1]!.changes).toEqual([expect.objectContaining({ target: 'document:doc-b', note: { code: 'document.pdfAttached', scan: true } })]);
  });
});
