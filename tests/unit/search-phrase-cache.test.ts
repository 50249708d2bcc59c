/**
 * Issue 17 (p95 at 100,000 items): a phrase of common words found by thousands of items is kept
 * after its first match (phraseCache.ts). A kept answer must be the answer: the same hits, scores
 * and counts as matching afresh, and never one from before the catalogue changed.
 */
import { describe, expect, it } from 'vitest';
import { SearchQuery, type SearchAnswer } from '../../electron/contract/search';
import { createSearchEngine, type SearchableItem } from '../../electron/services/search/index';

const HOLDERS = 2_600; // above the cache's threshold (2,000 found)
const topics = ['เงินสมทบ', 'คลอดบุตร', 'ว่างงาน', 'ชราภาพ', 'ทันตกรรม', 'เจ็บป่วย'];

function items(): SearchableItem[] {
  return Array.from({ length: HOLDERS + 300 }, (_, i) => ({
    kind: 'document', id: `doc-${i}`, title: { th: `ประกาศ เรื่อง${topics[i % topics.length]} ฉบับที่ ${i}` }, keywords: [], categoryNames: [],
    summary: '',
    // Most hold the phrase; the rest hold its words apart, which is not the phrase.
    body: i < HOLDERS ? `สิทธิของผู้ประกันตนกรณี${topics[i % topics.length]} ${'ยื่นคำขอที่สำนักงาน '.repeat(i % 7)}`
      : `ผู้มีสิทธิ ${'ยื่นคำขอที่สำนักงาน '.repeat(3)} ประกันตนเอง`,
    published: `20${10 + (i % 15)}-0${1 + (i % 9)}-15`,
  }));
}

const search = (engine: ReturnType<typeof createSearchEngine>, q: string, extra: Partial<SearchQuery> = {}) =>
  engine.query(SearchQuery.parse({ q, limit: 20, ...extra })) as SearchAnswer;
const summary = (a: SearchAnswer) => ({ total: a.total, found: a.found, hits: a.hits.map((h) => [h.id, h.score, h.weak]), facets: a.facets, correctedTo: a.correctedTo });

describe('a common phrase answered again from what its first match kept', () => {
  const engine = createSearchEngine({ synonyms: {} });
  engine.replaceAll(items());

  it('gives the same answer as its first match, for every sort, filter and page', () => {
    const asks: Array<Partial<SearchQuery>> = [{}, { sort: 'newest' }, { year: 2015 }, { offset: 20 }];
    const first = asks.map((extra) => summary(search(engine, 'ผู้ประกันตน', extra)));
    search(engine, 'คลอดบุตร'); // something else in between
    const again = asks.map((extra) => summary(search(engine, 'ผู้ประกันตน', extra)));
    expect(again).toEqual(first);
    expect(first[0]?.found).toBe(HOLDERS);
  });

  it('keeps a query of words typed apart the same way', () => {
    const first = summary(search(engine, 'ผู้ประกันตน คลอดบุตร'));
    search(engine, 'ผู้ประกันตน');
    expect(summary(search(engine, 'ผู้ประกันตน คลอดบุตร'))).toEqual(first);
    expect(first.found).toBe(Math.ceil(HOLDERS / topics.length));
  });

  it('matches an engine that never kept anything', () => {
    const fresh = createSearchEngine({ synonyms: {} });
    fresh.replaceAll(items());
    search(engine, 'ผู้ประกันตน');
    expect(summary(search(engine, 'ผู้ประกันตน'))).toEqual(summary(search(fresh, 'ผู้ประกันตน')));
  });

  it('leads a typo to the same found items as the phrase typed right', () => {
    const right = search(engine, 'ผู้ประกันตน');
    const typo = search(engine, 'ผู้ปกะกันตน');
    expect(typo.correctedTo).toBe('ผู้ประกันตน');
    expect(summary({ ...typo, correctedTo: undefined } as SearchAnswer)).toEqual(summary(right));
  });

  it('forgets what it kept once an item is added, edited or withdrawn', () => {
    const own = createSearchEngine({ synonyms: {} });
    own.replaceAll(items());
    expect(search(own, 'ผู้ประกันตน').found).toBe(HOLDERS);
    // Words the index knows already: the query reads the same way, and only the kept answer is stale.
    own.upsert({ kind: 'document', id: 'new', title: { th: 'ประกาศ เรื่องคลอดบุตร' }, keywords: [], categoryNames: [], summary: '', body: 'สิทธิของผู้ประกันตนกรณีคลอดบุตร', published: '2026-12-01' });
    const added = search(own, 'ผู้ประกันตน', { sort: 'newest' });
    expect(added.found).toBe(HOLDERS + 1);
    expect(added.hits[0]?.id).toBe('new');
    own.upsert({ kind: 'document', id: 'doc-0', title: { th: 'ประกาศ' }, keywords: [], categoryNames: [], summary: '', body: 'ไม่เกี่ยวข้อง' });
    expect(search(own, 'ผู้ประกันตน').found).toBe(HOLDERS);
    own.remove('document', 'new');
    const after = search(own, 'ผู้ประกันตน');
    expect(after.found).toBe(HOLDERS - 1);
    expect(after.hits.map((h) => h.id)).not.toContain('new');
  });
});
