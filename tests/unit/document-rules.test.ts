import { describe, expect, it } from 'vitest';
import { DocumentDraft } from '../../electron/contract/catalogue-staff';
import { fieldLimits } from '../../electron/contract/fieldLimits';
import { formOf, problemsOf } from '../../renderer/src/staff/documentForm';
import { utf8 } from '../fixtures/import/build';
import { base64, kioskPerTest } from './catalogue-support';

/*
 * One source of document rules: the contract's zod schema. The editor names the same problems the
 * dispatcher refuses, and an import row gets them in its columns, in the same words.
 */
describe('document rules come from the schema alone', () => {
  const { kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z' });

  const long = 'ก'.repeat(fieldLimits.title + 1);

  it('the editor names what the schema refuses: an id, a link, a date, a title, an over-long keyword', () => {
    const good = { ...formOf(), titleTh: 'ประกาศ', category: 's7-1' as const, published: '2026-03-01' };
    expect(problemsOf(good)).toEqual([]);
    expect(problemsOf({ ...good, id: 'ไม่ใช่รหัส' })).toEqual(['id']);
    expect(problemsOf({ ...good, id: 'x'.repeat(fieldLimits.id + 1) })).toEqual(['id']); // the length the old copied regex missed
    expect(problemsOf({ ...good, url: 'javascript:alert(1)' })).toEqual(['url']);
    expect(problemsOf({ ...good, published: 'invalid' })).toEqual(['published']);
    expect(problemsOf({ ...good, titleTh: '   ' })).toEqual(['titleTh']);
    expect(problemsOf({ ...good, keywords: ['ก'.repeat(fieldLimits.keyword + 1)] })).toEqual(['keywords']);
    expect(problemsOf({ ...good, category: '' })).toEqual(['category']);
  });

  it('an import row is refused in its columns with the sentences documents.save gives', async () => {
    const csv = `id,title_th,category,published,keywords,url\nx-1,${long},s7-1,01/03/2569,${'ข'.repeat(fieldLimits.keyword + 1)},ftp://x\n`;
    const seen = await kiosk.call('import.preview', { fileName: 'r.csv', base64: base64(utf8(csv)) });
    expect(seen.errors.map((e) => [e.column, e.messageTh])).toEqual([
      ['title_th', `ชื่อเรื่อง (ไทย) ยาวเกิน ${fieldLimits.title.toLocaleString('en-US')} ตัวอักษร`],
      ['keywords', `คำสำคัญคำที่ 1 ยาวเกิน ${fieldLimits.keyword} ตัวอักษร`],
      ['url', 'ลิงก์สาธารณะ ต้องเป็นลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://'],
    ]);
    // The same draft through the dispatcher: refused for the same fields, in the same words.
    const draft = { id: 'x-1', title: { th: long }, category: 's7-1' as const, published: '2026-03-01', keywords: ['ข'.repeat(fieldLimits.keyword + 1)], url: 'ftp://x' };
    expect(DocumentDraft.safeParse(draft).success).toBe(false);
    const refused = await kiosk.attempt('documents.save', draft);
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) {
      for (const e of seen.errors) expect(refused.error.messageTh).toContain(e.messageTh);
    }
  });
});
