/**
 * A kiosk starting with no search cache answers first from what describes each item (the quick
 * index) while the bodies are analysed: the items of that first pass are copies without a body,
 * made without reading it (a stored document's body is read from disk on demand, by a getter).
 */
import { describe, expect, it } from 'vitest';
import type { SearchableItem } from '../../electron/services/search/engine';
import { withoutBody } from '../../electron/services/search/liveSearch';

describe('the quick index at a cold start', () => {
  it('takes every field of an item but its body, and never reads the body', () => {
    let bodyReads = 0;
    const item: SearchableItem = {
      kind: 'document', id: 'doc-7', title: { th: 'ประกาศรับสมัครงาน', en: 'Job notice' }, keywords: ['รับสมัคร'], categoryNames: ['จัดซื้อจัดจ้าง'],
      category: 'proc-result', group: 'procurement', summary: 'สรุปย่อ', unit: 'ฝ่ายพัสดุ', published: '2025-10-01', bodyHash: 'digest',
      get body() { bodyReads++; return 'เนื้อความยาว'; },
    };
    const copy = withoutBody(item);
    expect(bodyReads).toBe(0);
    const { body: _body, bodyHash: _hash, ...expected } = { ...item };
    expect(copy).toEqual({ ...expected, body: '' });
    // Optional fields the item lacks stay absent (not present as undefined).
    const bare = withoutBody({ kind: 'service', id: 's', title: { th: 'บริการ' }, keywords: [], categoryNames: [], summary: '', body: 'x' });
    expect(Object.keys(bare).sort()).toEqual(['body', 'categoryNames', 'id', 'keywords', 'kind', 'summary', 'title']);
  });
});
