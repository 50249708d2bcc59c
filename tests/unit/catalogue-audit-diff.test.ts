import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../electron/contract/index';
import { diffRows } from '../../renderer/src/staff/auditDiffRows';
import { kioskPerTest } from './catalogue-support';

/**
 * A document's audit entry holds what staff keep, not the editor's bookkeeping: the draft key (the
 * new-document editor's retry key) showed as "รหัสร่างของหน้าแก้ไข <uuid>" in the trail (new-staff trial).
 */
const DRAFT_KEY = '0b8c6a52-3f0e-4d0e-9a55-7d4f6f1e2c3b';
const draft = (over: Partial<InputOf<'documents.save'>> = {}): InputOf<'documents.save'> => ({
  title: { th: 'ประกาศผลการคัดเลือกผู้เสนอราคา' }, category: 's9-8', published: '2026-10-15', keywords: ['จัดซื้อจัดจ้าง'], summary: {},
  ...over,
});

describe('the audit diff of a document leaves out the editor draft key', () => {
  const { kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z' });

  it('records a document made in the editor without its draft key, which the stored document still keeps for a retried save', async () => {
    const saved = await kiosk.call('documents.save', draft({ draftKey: DRAFT_KEY }));
    const created = kiosk.audit[0]!.changes[0]!;
    expect(created.after).toMatchObject({ id: saved.id, title: { th: 'ประกาศผลการคัดเลือกผู้เสนอราคา' } });
    expect(created.after).not.toHaveProperty('draftKey');
    expect(JSON.stringify(kiosk.audit)).not.toContain(DRAFT_KEY);
    expect(diffRows(created.before, created.after).map((r) => r.path)).not.toContain('draftKey');

    // The key still does its job: the same draft saved again updates that document, and says only what changed.
    await kiosk.call('documents.save', draft({ draftKey: DRAFT_KEY, keywords: ['จัดซื้อจัดจ้าง', 'ผลการคัดเลือก'] }));
    expect((await kiosk.call('documents.list', { text: 'ผลการคัดเลือก' })).items.map((d) => d.id)).toEqual([saved.id]);
    const edited = kiosk.audit[1]!.changes[0]!;
    expect(diffRows(edited.before, edited.after).map((r) => r.path)).toEqual(['keywords']);
  });

  it('does not show the draft key of entries written before it was left out', () => {
    const old = { id: 'doc-x', title: { th: 'ประกาศ' }, draftKey: DRAFT_KEY };
    expect(diffRows(undefined, old).map((r) => r.path)).toEqual(['id', 'title.th']);
  });

  it('a new document\'s entry shows no rows for empty values; an edit that empties a field shows "—" after, as the trail shows an absent value (new-staff trial: empty "คำสำคัญ" and "สาระสำคัญ {}")', async () => {
    await kiosk.call('documents.save', draft({ draftKey: DRAFT_KEY, keywords: [], summary: {}, paperLocation: '' }));
    const created = kiosk.audit[0]!.changes[0]!;
    const rows = diffRows(created.before, created.after).map((r) => r.path);
    expect(rows).toEqual(expect.arrayContaining(['title.th', 'category', 'published']));
    expect(rows.filter((p) => /^(keywords|summary|paperLocation)/.test(p))).toEqual([]);
    // Entries written before hold them too: an empty list, an object with no text, empty text.
    expect(diffRows(undefined, { id: 'doc-x', keywords: [], summary: {}, body: { th: '' }, unit: '' }).map((r) => r.path)).toEqual(['id']);
    // Emptying a field is a change: what it held before, and nothing (shown "—") after.
    expect(diffRows({ keywords: ['ภาษี'], summary: { th: 'สรุป' } }, { keywords: [], summary: {} }))
      .toEqual([{ path: 'keywords', before: ['ภาษี'], after: undefined }, { path: 'summary.th', before: 'สรุป', after: undefined }]);
  });
});
