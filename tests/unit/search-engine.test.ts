import { describe, expect, it } from 'vitest';
import { SearchQuery } from '../../electron/contract/search';
import { createSearchEngine, type SearchableItem } from '../../electron/services/search/index';

const item = (id: string, fields: Partial<SearchableItem> & { th: string }): SearchableItem => ({
  kind: 'document', id, title: { th: fields.th, en: fields.title?.en }, keywords: fields.keywords ?? [],
  categoryNames: fields.categoryNames ?? [], category: fields.category, group: fields.group,
  summary: fields.summary ?? '', unit: fields.unit, body: fields.body ?? 'เอกสารเผยแพร่ของสำนักงาน', published: fields.published,
});

const search = (engine: ReturnType<typeof createSearchEngine>, q: string, extra: Partial<SearchQuery> = {}) =>
  engine.query(SearchQuery.parse({ q, ...extra }));
const ids = (answer: { hits: Array<{ id: string }> }) => answer.hits.map((h) => h.id);
/** Hits that matched every word (weak partial matches are listed below them by design). */
const strongIds = (answer: { hits: Array<{ id: string; weak: boolean }> }) => answer.hits.filter((h) => !h.weak).map((h) => h.id);

function sample() {
  const engine = createSearchEngine({ synonyms: { 'เงินว่างงาน': ['ประโยชน์ทดแทนกรณีว่างงาน'] } });
  engine.replaceAll([
    item('body-only', { th: 'ประกาศสำนักงาน เรื่อง วันหยุดราชการ', body: 'ผู้ประกันตนที่ว่างงานติดต่อได้ทุกวัน', published: '2024-05-01' }),
    item('title', { th: 'คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน', category: 'service', group: 'service-manuals', published: '2023-01-01' }),
    item('hospital', { th: 'การเปลี่ยนสถานพยาบาลประจำปี', category: 'service', group: 'service-manuals', published: '2024-01-03' }),
    item('bid-2566', { th: 'ประกาศประกวดราคาซื้อครุภัณฑ์คอมพิวเตอร์', category: 'proc-announce', group: 'procurement', published: '2023-06-01' }),
    item('bid-2567', { th: 'ประกาศประกวดราคาซื้อครุภัณฑ์คอมพิวเตอร์', category: 'proc-announce', group: 'procurement', published: '2024-06-01' }),
    item('skr', { th: 'สรุปผลการจัดซื้อจัดจ้าง เดือนมกราคม พ.ศ. ๒๕๖๗ (สขร.๑)', category: 'proc-result', group: 'procurement', published: '2024-02-05',
      summary: 'รายการจัดซื้อวัสดุสำนักงานและจ้างซ่อมเครื่องปรับอากาศ' }),
  ]);
  return engine;
}

describe('ranking', () => {
  it('puts a title match above a body match', () => {
    expect(ids(search(sample(), 'ว่างงาน')).slice(0, 2)).toEqual(['title', 'body-only']);
  });
  it('breaks a tie of equal relevance by the newer document', () => {
    expect(ids(search(sample(), 'ประกวดราคา คอมพิวเตอร์')).slice(0, 2)).toEqual(['bid-2567', 'bid-2566']);
  });
  it('sorts by date when asked for the newest', () => {
    const answer = search(sample(), 'ประกาศ', { sort: 'newest' });
    expect(ids(answer)).toEqual(['bid-2567', 'body-only', 'bid-2566']);
  });
});

describe('matching', () => {
  it('completes the word being typed, even mid-word', () => {
    const answer = search(sample(), 'เปลี่ยนสถานพ');
    expect(ids(answer)[0]).toBe('hospital');
    expect(answer.hits[0]?.weak).toBe(false);
  });
  it('completes a compound the segmenter splits when half-typed (ใบขับข -> ใบ|ขับ|ข)', () => {
    const engine = sample();
    engine.upsert(item('licence', { th: 'การต่ออายุใบขับขี่' }));
    const answer = search(engine, 'ใบขับข');
    expect(ids(answer)[0]).toBe('licence');
    expect(answer.hits[0]?.weak).toBe(false);
  });
  it('finds a one-letter typo, flagged weak, and suggests the spelling', () => {
    const answer = search(sample(), 'เปลี่ยนสถานพยบาล');
    expect(ids(answer)[0]).toBe('hospital');
    expect(answer.hits[0]?.weak).toBe(true);
    expect(answer.didYouMean).toContain('พยาบาล');
  });
  it('matches Thai digits against Arabic and a BE year against CE', () => {
    expect(ids(search(sample(), 'สขร.1 มกราคม 2024'))[0]).toBe('skr');
    expect(ids(search(sample(), 'สขร 1 ๒๕๖๗'))[0]).toBe('skr');
  });
  it('uses the synonym table for citizen words', () => {
    expect(ids(search(sample(), 'เงินว่างงาน'))[0]).toBe('title');
  });
  it('answers a query about something the index lacks with nothing strong', () => {
    const answer = search(sample(), 'ใบขับขี่');
    expect(answer.hits.every((h) => h.weak)).toBe(true);
  });
});

describe('filters and facets', () => {
  it('filters by group, category and year, and counts facets before filtering', () => {
    const engine = sample();
    const all = search(engine, 'ประกาศ');
    expect(all.facets.years).toEqual([2024, 2023]);
    expect(new Set(all.facets.groups)).toEqual(new Set(['procurement']));
    expect(ids(search(engine, 'ประกาศ', { group: 'procurement', year: 2023 }))).toEqual(['bid-2566']);
    expect(ids(search(engine, 'ว่างงาน', { category: 'service' }))).toEqual(['title']);
    const filtered = search(engine, 'ประกาศ', { year: 2023 });
    expect(filtered.facets.years).toEqual([2024, 2023]);
  });
  it('pages without changing the total', () => {
    const engine = sample();
    const first = search(engine, 'ประกาศ', { limit: 1 });
    const second = search(engine, 'ประกาศ', { limit: 1, offset: 1 });
    expect(first.total).toBe(3);
    expect(second.total).toBe(3);
    expect(ids(first)).not.toEqual(ids(second));
  });
});

describe('snippets', () => {
  it('marks the matched words in the title and the body window', () => {
    const hit = search(sample(), 'ว่างงาน').hits.find((h) => h.id === 'body-only');
    expect(hit?.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['ว่างงาน']);
    const titleHit = search(sample(), 'ว่างงาน').hits[0];
    expect(titleHit?.titleParts.map((p) => p.text).join('')).toBe('คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน');
    expect(titleHit?.titleParts.some((p) => p.mark && p.text === 'ว่างงาน')).toBe(true);
  });
});

describe('incremental updates', () => {
  it('finds an upserted item, forgets a removed one, and replaces an edited one', () => {
    const engine = sample();
    engine.upsert(item('new', { th: 'ประกาศรับสมัครงานพนักงานราชการ' }));
    expect(engine.size).toBe(7);
    expect(strongIds(search(engine, 'พนักงานราชการ'))).toEqual(['new']);
    engine.upsert(item('new', { th: 'ประกาศผลสอบคัดเลือก' }));
    expect(engine.size).toBe(7);
    expect(strongIds(search(engine, 'พนักงานราชการ'))).toEqual([]);
    expect(strongIds(search(engine, 'ผลสอบ'))).toEqual(['new']);
    engine.remove('document', 'new');
    expect(engine.size).toBe(6);
    expect(strongIds(search(engine, 'ผลสอบ'))).toEqual([]);
    // Words only the removed item had are gone from the vocabulary: no completion, no suggestion.
    expect(search(engine, 'ผลสอ').hits.filter((h) => !h.weak)).toEqual([]);
  });
});

describe('when nothing matches', () => {
  it('offers the closest group', () => {
    const answer = search(sample(), 'คอมพิวเตอร์โน้ตบุ๊ก');
    expect(answer.hits.every((h) => h.weak)).toBe(true);
    expect(answer.closestGroup).toBe('procurement');
  });
});
