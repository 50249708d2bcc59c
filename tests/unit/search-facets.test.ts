/**
 * The filter chips on the results page (groups and years) and the "closest category" line: a chip
 * is offered only when tapping it finds something, and nothing found in a category never points
 * back at that same category. A citizen trial saw chips leading to "ไม่พบ" because the chips were
 * counted over suggestions (items holding only part of the query) as well as results.
 */
import { describe, expect, it } from 'vitest';
import { categoryByCode, type CategoryCode } from '../../electron/contract/categories';
import { SearchQuery, type SearchAnswer } from '../../electron/contract/search';
import { createSearchEngine, type SearchableItem } from '../../electron/services/search/index';

const item = (id: string, th: string, body: string, extra: Partial<SearchableItem>): SearchableItem => ({
  kind: 'document', id, title: { th }, keywords: [], categoryNames: [], summary: '', body, ...extra,
});

/** Modelled on the sample catalogue: ราคากลาง is a procurement word that a law item mentions only in part. */
function catalogue() {
  const engine = createSearchEngine({ synonyms: {} });
  engine.replaceAll([
    item('refprice-building', 'ราคากลางงานก่อสร้างอาคารสำนักงาน', 'ราคากลางเป็นเงิน ๔๗,๙๖๒,๐๐๐ บาท', { category: 'proc-refprice', published: '2026-03-01' }),
    item('refprice-server', 'ราคากลางการจัดซื้อเครื่องคอมพิวเตอร์แม่ข่าย', 'อ้างอิงเกณฑ์ราคากลางครุภัณฑ์คอมพิวเตอร์', { category: 'proc-refprice', published: '2025-11-12' }),
    item('bid-server', 'ประกวดราคาซื้อเครื่องคอมพิวเตอร์แม่ข่าย', 'ยื่นข้อเสนอทางระบบ e-GP', { category: 'proc-announce', published: '2026-10-26' }),
    item('fee-rule', 'ระเบียบว่าด้วยค่าธรรมเนียมการทำสำเนา', 'อัตราค่าธรรมเนียมตามราคาที่กำหนด กลางปีงบประมาณ', { category: 's7-4', published: '2025-05-01' }),
    item('law-procurement', 'ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้าง', 'การกำหนดราคากลางให้เป็นไปตามหลักเกณฑ์', { category: 's7-4', published: '2024-02-01' }),
    item('manual-computer', 'คู่มือการใช้คอมพิวเตอร์ในสำนักงาน', 'สำหรับเจ้าหน้าที่', { category: 'service', published: '2026-01-10' }),
    item('budget', 'แผนงบประมาณประจำปี', 'ค่าจัดหาเครื่องคอมพิวเตอร์แม่ข่าย', { category: 's9-3', published: '2026-09-01' }),
  ]);
  return engine;
}
const search = (engine: ReturnType<typeof createSearchEngine>, q: string, extra: Partial<SearchQuery> = {}): SearchAnswer =>
  engine.query(SearchQuery.parse({ q, limit: 100, ...extra }));

const QUERIES = ['ราคากลาง', 'คอมพิวเตอร์แม่ข่าย', 'ราคากลาง คอมพิวเตอร์', 'ระเบียบ', 'จัดซื้อ'];

describe('filter chips', () => {
  const engine = catalogue();
  // Every state the screen can be in: no filter, or any chip it offered, of either kind, or both.
  const states = (q: string): Array<Partial<SearchQuery>> => {
    const top = search(engine, q).facets;
    return [{}, ...top.groups.map((group) => ({ group })), ...top.years.map((year) => ({ year })),
      ...top.groups.flatMap((group) => top.years.map((year) => ({ group, year })))];
  };

  it.each(QUERIES)('"%s": each group and year chip offered finds something when tapped, under the filters already on', (q) => {
    for (const state of states(q)) {
      const answer = search(engine, q, state);
      for (const group of answer.facets.groups) {
        expect(search(engine, q, { ...state, group }).found, `${q} ${JSON.stringify(state)} → group ${group}`).toBeGreaterThan(0);
      }
      for (const year of answer.facets.years) {
        expect(search(engine, q, { ...state, year }).found, `${q} ${JSON.stringify(state)} → year ${year}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(QUERIES)('"%s": each chip says how many a tap on it finds, under the filters already on', (q) => {
    for (const state of states(q)) {
      const answer = search(engine, q, state);
      for (const group of answer.facets.groups) {
        expect(answer.facets.found.groups[group], `${q} ${JSON.stringify(state)} → group ${group}`).toBe(search(engine, q, { ...state, group }).found);
      }
      for (const year of answer.facets.years) {
        expect(answer.facets.found.years[year], `${q} ${JSON.stringify(state)} → year ${year}`).toBe(search(engine, q, { ...state, year }).found);
      }
    }
  });

  it('offers every group and year where something is found', () => {
    for (const q of QUERIES) {
      const answer = search(engine, q);
      const found = answer.hits.filter((h) => !h.weak);
      expect(new Set(answer.facets.years), q).toEqual(new Set(found.map((h) => Number(h.published?.slice(0, 4)))));
      for (const h of found) {
        const tapped = search(engine, q, { year: Number(h.published?.slice(0, 4)) });
        expect(tapped.hits.some((x) => x.id === h.id && !x.weak), `${q}: ${h.id} under its year`).toBe(true);
      }
    }
  });

  it('offers exactly the groups of what is found, not of items holding only part of the query', () => {
    for (const q of QUERIES) {
      const answer = search(engine, q);
      const groupsFound = new Set(answer.hits.filter((h) => !h.weak).map((h) => categoryByCode[h.category as CategoryCode].group));
      expect(new Set(answer.facets.groups), q).toEqual(groupsFound);
    }
    // The case the trial saw: a law item holds ราคากลาง but not คอมพิวเตอร์, so law is only a suggestion.
    const partial = search(engine, 'ราคากลาง คอมพิวเตอร์');
    expect(partial.hits.some((h) => h.weak && h.id === 'law-procurement')).toBe(true);
    expect(partial.facets.groups).not.toContain('law');
  });
});

describe('a year outside the usual span (a Buddhist year typed where a CE one belongs)', () => {
  const engine = createSearchEngine({ synonyms: {} });
  engine.replaceAll([
    item('be-typo-a', 'ราคากลางงานจ้างเหมาบริการ', 'ราคากลาง', { category: 'proc-refprice', published: '2569-01-05' }),
    item('be-typo-b', 'ราคากลางงานซ่อมแซมอาคาร', 'ราคากลาง', { category: 'proc-refprice', published: '2569-02-05' }),
    item('be-typo-law', 'ระเบียบว่าด้วยราคากลาง', 'ราคากลาง', { category: 's7-4', published: '2569-03-05' }),
    item('ce-year', 'ราคากลางงานก่อสร้าง', 'ราคากลาง', { category: 'proc-refprice', published: '2026-03-01' }),
    item('suggested-only', 'ราคาค่าบริการ', 'ค่าบริการ', { category: 'proc-refprice', published: '2569-04-05' }),
  ]);
  it('offers no chip for it (a filter cannot take it: tapping it failed), while its documents are found and the other years counted', () => {
    const all = search(engine, 'ราคากลาง');
    expect(all.found).toBe(4);
    expect(all.facets.years).toEqual([2026]);
    expect(all.facets.found.years).toEqual({ 2026: 1 });
    expect(() => SearchQuery.parse({ q: 'ราคากลาง', year: 2569 })).toThrow();
    const inGroup = search(engine, 'ราคากลาง', { group: categoryByCode['proc-refprice'].group });
    expect(inGroup.found).toBe(3);
    expect(inGroup.facets.years).toEqual([2026]);
  });
});

describe('the closest category, when nothing is found under the filters on', () => {
  const engine = catalogue();
  it('never names the category already chosen', () => {
    for (const q of QUERIES) {
      for (const group of ['law', 'procurement', 'service-manuals', 'plans', 'resolutions', 'projects', 'other'] as const) {
        const answer = search(engine, q, { group });
        if (answer.found === 0) expect(answer.closestGroup, `${q} in ${group}`).not.toBe(group);
      }
    }
  });
  it('names a category where the query is found, when there is one', () => {
    for (const q of QUERIES) {
      const everywhere = search(engine, q);
      for (const group of ['law', 'procurement', 'service-manuals', 'plans', 'resolutions', 'projects', 'other'] as const) {
        const answer = search(engine, q, { group });
        if (answer.found > 0 || everywhere.found === 0) continue;
        expect(everywhere.facets.groups, `${q} in ${group}`).toContain(answer.closestGroup);
      }
    }
  });
});
