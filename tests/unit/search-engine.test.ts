import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchQuery } from '../../electron/contract/search';
import { createSearchEngine, type SearchableItem } from '../../electron/services/search/index';
import { createLiveSearch } from '../../electron/services/search/liveSearch';
import type { Catalogue } from '../../electron/services/catalogue/catalogue';
import { openTestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

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

describe('ranking on hand-made cases', () => {
  it('orders the fields: title, then keywords, then summary, then body', () => {
    const engine = createSearchEngine({ synonyms: {} });
    const body = 'เอกสารเผยแพร่ของสำนักงาน';
    engine.replaceAll([
      item('in-body', { th: 'ประกาศสำนักงาน', body: `${body} สอบถามเรื่องค่าทำศพได้ที่สำนักงาน` }),
      item('in-summary', { th: 'ประกาศสำนักงาน', summary: 'อัตราค่าทำศพที่ปรับใหม่' }),
      item('in-keywords', { th: 'ประกาศสำนักงาน', keywords: ['ค่าทำศพ'] }),
      item('in-title', { th: 'การขอรับค่าทำศพ' }),
    ]);
    expect(ids(search(engine, 'ค่าทำศพ'))).toEqual(['in-title', 'in-keywords', 'in-summary', 'in-body']);
  });
  it('puts an item matching every word above one matching only the rarer word, and marks the latter weak', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('both', { th: 'ประกวดราคาซื้อรถยนต์ตรวจการณ์', published: '2020-01-01' }),
      item('vehicle-only', { th: 'รถยนต์ตรวจการณ์ส่วนกลาง', published: '2024-01-01' }),
      item('bid-only', { th: 'ประกวดราคาจ้างทำความสะอาด', published: '2024-01-01' }),
    ]);
    const answer = search(engine, 'ประกวดราคา รถยนต์');
    expect(ids(answer)[0]).toBe('both');
    expect(answer.hits.map((h) => h.weak)).toEqual([false, true, true]);
    expect(answer).toMatchObject({ total: 3, found: 1 }); // the screen says "found 1", not 3
  });
  it('answers a typo with the corrected query\'s results, saying so (issue 17)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([item('exact', { th: 'การเปลี่ยนสถานพยาบาล' }), item('other', { th: 'ประกาศรับสมัครงาน' })]);
    const answer = search(engine, 'เปลี่ยนสถานพยบาล');
    expect(answer.hits[0]).toMatchObject({ id: 'exact', weak: false });
    expect(answer.correctedTo).toBe('เปลี่ยนสถานพยาบาล');
    expect(search(engine, 'เปลี่ยนสถานพยาบาล').hits[0]).toMatchObject({ id: 'exact', weak: false });
  });
});

describe('matching', () => {
  it('completes the word being typed, even mid-word, and marks what was typed', () => {
    const answer = search(sample(), 'เปลี่ยนสถานพ');
    expect(ids(answer)[0]).toBe('hospital');
    expect(answer.hits[0]?.weak).toBe(false);
    expect(answer.hits[0]?.titleParts.filter((p) => p.mark).map((p) => p.text).join('')).toContain('สถานพ');
  });
  it('completes a compound the segmenter splits when half-typed (ใบขับข -> ใบ|ขับ|ข)', () => {
    const engine = sample();
    engine.upsert(item('licence', { th: 'การต่ออายุใบขับขี่' }));
    const answer = search(engine, 'ใบขับข');
    expect(ids(answer)[0]).toBe('licence');
    expect(answer.hits[0]?.weak).toBe(false);
  });
  it('corrects a one-letter typo to the vocabulary word and counts what the correction finds (issue 17)', () => {
    const answer = search(sample(), 'เปลี่ยนสถานพยบาล');
    expect(ids(answer)[0]).toBe('hospital');
    expect(answer.hits[0]?.weak).toBe(false);
    expect(answer.found).toBe(1);
    expect(answer.correctedTo).toContain('พยาบาล');
  });
  it('matches Thai digits against Arabic and a BE year against CE', () => {
    expect(ids(search(sample(), 'สขร.1 มกราคม 2024'))[0]).toBe('skr');
    expect(ids(search(sample(), 'สขร 1 ๒๕๖๗'))[0]).toBe('skr');
  });
  it('finds a BE year typed short (ปี 67) in a title written in Thai digits', () => {
    const engine = sample();
    engine.upsert(item('plan-2567', { th: 'แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗', published: '2023-10-01' }));
    engine.upsert(item('plan-2566', { th: 'แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๖', published: '2022-10-01' }));
    expect(ids(search(engine, 'แผนปฏิบัติราชการ ปี 67'))[0]).toBe('plan-2567');
    expect(ids(search(engine, 'แผนปฏิบัติราชการ 2023'))[0]).toBe('plan-2566');
  });
  it('offers a title holding the typed letters inside a longer word, as a suggestion only (issue 17: parts of compounds are not found)', () => {
    const engine = sample();
    engine.upsert(item('soe', { th: 'ประกาศรับสมัครพนักงานรัฐวิสาหกิจ' }));
    const answer = search(engine, 'วิสาหกิจ');
    expect(answer.hits[0]).toMatchObject({ id: 'soe', weak: true });
    expect(answer.found).toBe(0);
  });
  it('reads a stray ะ as a spelling variant, not a typo', () => {
    const engine = sample();
    engine.upsert(item('dental', { th: 'สิทธิทันตกรรมของผู้ประกันตน' }));
    expect(search(engine, 'ทันตะกรรม').hits[0]).toMatchObject({ id: 'dental', weak: false });
  });
  it('uses the synonym table for citizen words', () => {
    expect(ids(search(sample(), 'เงินว่างงาน'))[0]).toBe('title');
  });
  it('applies the synonym table to a corrected query as to the same query typed right (an English typo finds the Thai documents too)', () => {
    const engine = createSearchEngine({ synonyms: { unemployment: ['ว่างงาน'] } });
    engine.replaceAll([
      item('english', { th: 'สิทธิประโยชน์', title: { th: 'สิทธิประโยชน์', en: 'Unemployment benefit' }, keywords: ['unemployment'] }),
      item('thai-1', { th: 'คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน' }),
      item('thai-2', { th: 'การขึ้นทะเบียนผู้ว่างงาน' }),
    ]);
    engine.prepare(); // the did-you-mean index (Fuse.js over keywords), as the kiosk readies it after start-up
    const typedRight = search(engine, 'unemployment');
    expect(new Set(strongIds(typedRight))).toEqual(new Set(['english', 'thai-1', 'thai-2']));
    const corrected = search(engine, 'unemployement');
    expect(corrected.correctedTo).toBe('unemployment');
    expect(corrected.found).toBe(typedRight.found);
    expect(strongIds(corrected)).toEqual(strongIds(typedRight));
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

describe('the English title', () => {
  it('is marked as the Thai one is: a citizen reading in English sees what matched (trial: no highlight at all)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([{ kind: 'document', id: 'flood', title: { th: 'ขยายเวลาชำระเงินสมทบ', en: 'Extended deadline for Section 40 contributions' }, keywords: [], categoryNames: [], summary: '', body: '' }]);
    const hit = engine.query(SearchQuery.parse({ q: 'deadline' })).hits[0];
    expect(hit?.titleEnParts?.map((p) => p.text).join('')).toBe('Extended deadline for Section 40 contributions');
    expect(hit?.titleEnParts?.filter((p) => p.mark).map((p) => p.text)).toEqual(['deadline']);
    expect(hit?.titleParts.some((p) => p.mark)).toBe(false);
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

describe('letters found inside titles (the substring fallback)', () => {
  const monthly = (n: number) => Array.from({ length: n }, (_, i) => item(`report-${i}`, { th: `รายงานประจำเดือนที่ ${i + 1}`, body: 'สรุปผลการดำเนินงาน' }));
  it('offers the titles holding letters that are no word of the index, as suggestions', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll(monthly(12));
    const answer = search(engine, 'ดือ');
    expect(answer.found).toBe(0);
    expect(answer.total).toBe(12);
    expect(answer.hits.every((h) => h.weak)).toBe(true);
  });
  it('offers none when more than a thousand titles hold them: so common a run of letters points nowhere, and listing them cost 12 ms a query at 100,000', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll(monthly(1_001));
    const answer = search(engine, 'ดือ');
    expect(answer.found).toBe(0);
    expect(answer.total).toBe(0);
  });
});

describe('index snapshot', () => {
  const items = () => [
    item('title', { th: 'คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน', keywords: ['ว่างงาน'], category: 'service', group: 'service-manuals', published: '2023-01-01' }),
    item('hospital', { th: 'การเปลี่ยนสถานพยาบาลประจำปี', body: 'ยื่นแบบ สปส. ๙-๐๒ ภายในเดือนมีนาคม', published: '2024-01-03' }),
    item('skr', { th: 'สรุปผลการจัดซื้อจัดจ้าง เดือนมกราคม พ.ศ. ๒๕๖๗ (สขร.๑)', category: 'proc-result', group: 'procurement', published: '2024-02-05' }),
    item('licence', { th: 'การต่ออายุใบขับขี่', summary: 'เอกสารที่ต้องใช้' }),
  ];
  const queries = ['ว่างงาน', 'เปลี่ยนสถานพ', 'สปส 9-02', 'สขร.1 2024', 'ใบขับข', 'เปลี่ยนสถานพยบาล', 'ทันตกรรม', ''];
  const built = (list: SearchableItem[]) => { const engine = createSearchEngine(); engine.replaceAll(list); return engine; };

  it('gives the same answers after a restart from the snapshot as after a full build', () => {
    const original = built(items());
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(items(), original.snapshot())).toEqual({ reused: 4, analysed: 0, dropped: 0 });
    for (const q of queries) expect(search(restarted, q)).toEqual(search(original, q));
  });

  it('reads a snapshot from a Node Buffer at any offset (as fs gives it)', () => {
    const snapshot = built(items()).snapshot();
    const padded = Buffer.alloc(snapshot.length + 1);
    padded.set(snapshot, 1);
    expect(createSearchEngine().replaceAllFromSnapshot(items(), padded.subarray(1))).toEqual({ reused: 4, analysed: 0, dropped: 0 });
  });

  it('analyses again only what changed since the snapshot, and forgets what was removed', () => {
    const snapshot = built(items()).snapshot();
    const [first, hospital, skr] = items() as [SearchableItem, SearchableItem, SearchableItem];
    const now = [first, { ...hospital, title: { th: 'การย้ายสถานพยาบาลประจำปี' } }, skr, item('new', { th: 'ประกาศรับสมัครงานพนักงานราชการ' })];
    const restarted = createSearchEngine();
    expect(restarted.replaceAllFromSnapshot(now, snapshot)).toEqual({ reused: 2, analysed: 2, dropped: 2 });
    for (const q of [...queries, 'ย้ายสถาน', 'พนักงานราชการ']) expect(search(restarted, q)).toEqual(search(built(now), q));
    expect(strongIds(search(restarted, 'ใบขับขี่'))).toEqual([]);
  });

  it('keeps updating normally after a restart from the snapshot', () => {
    const restarted = createSearchEngine();
    restarted.replaceAllFromSnapshot(items(), built(items()).snapshot());
    restarted.remove('document', 'licence');
    restarted.upsert(item('hospital', { th: 'การย้ายสถานพยาบาลประจำปี' }));
    expect(strongIds(search(restarted, 'ใบขับขี่'))).toEqual([]);
    expect(search(restarted, 'ใบขับข').hits.filter((h) => !h.weak)).toEqual([]);
    expect(strongIds(search(restarted, 'ย้ายสถานพยาบาล'))).toEqual(['hospital']);
    expect(restarted.size).toBe(3);
  });

  it('encodes in slices with searches answered between them, to the same bytes; a change meanwhile gives nothing to write (100,000 documents blocked the kiosk 5-15 s)', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => item(`doc-${i}`, { th: `ประกาศสำนักงาน ฉบับที่ ${i}`, body: `ผู้ประกันตนยื่นคำขอ เรื่องที่ ${i} ที่สำนักงานประกันสังคม` }));
    const engine = built(many);
    const whole = engine.snapshot();
    let pauses = 0;
    const answersBetween: number[] = [];
    const sliced = await engine.snapshotInSlices(async () => { pauses++; answersBetween.push(search(engine, 'ผู้ประกันตน').found); });
    expect(pauses).toBeGreaterThan(2);
    expect(answersBetween.every((n) => n === 1_200)).toBe(true);
    expect(Buffer.from(sliced!).equals(Buffer.from(whole))).toBe(true);
    // An edit while encoding: that snapshot would mix two states, so it is not written.
    let edited = false;
    const stale = await engine.snapshotInSlices(async () => { if (!edited) { edited = true; engine.upsert(item('doc-1', { th: 'ประกาศแก้ไข' })); } });
    expect(stale).toBeUndefined();
    expect(createSearchEngine().replaceAllFromSnapshot(many, whole)).toEqual({ reused: 1_200, analysed: 0, dropped: 0 });
  });

  it('refuses a damaged or truncated snapshot and leaves the engine empty for a full build', () => {
    const snapshot = built(items()).snapshot();
    const damaged = snapshot.slice(); damaged[10] = 0x7b;
    for (const bytes of [damaged, snapshot.subarray(0, snapshot.length - 3), new Uint8Array(0), new TextEncoder().encode('KSI1????{}')]) {
      const engine = createSearchEngine();
      expect(engine.replaceAllFromSnapshot(items(), bytes)).toBeUndefined();
      expect(engine.size).toBe(0);
    }
  });
});

describe('live search with a snapshot file', () => {
  it('writes the snapshot, and a restart over an edited catalogue answers from the current catalogue', async () => {
    const dir = await tempDir();
    try {
      const kiosk = await openTestKiosk(dir.path, fixedClock('2026-11-21T03:00:00Z'));
      const save = (id: string, th: string) => kiosk.call('documents.save', { id, title: { th }, category: 's9-8', published: '2026-10-15', keywords: [], summary: { th: '' } });
      await save('doc-a', 'ประกาศรับสมัครงานตำแหน่งนักวิชาการคอมพิวเตอร์');
      await save('doc-b', 'ประกาศผลการคัดเลือกพนักงานราชการ');
      const snapshotFile = join(dir.path, 'search-index.bin');
      const first = createLiveSearch(kiosk.services.catalogue, { snapshotFile });
      await first.warm();
      await first.saveSnapshot();
      expect((await stat(snapshotFile)).size).toBeGreaterThan(0);

      await save('doc-b', 'ประกาศผลการสอบคัดเลือกลูกจ้างชั่วคราว');
      const restarted = createLiveSearch(kiosk.services.catalogue, { snapshotFile });
      const found = async (q: string) => (await restarted.query(SearchQuery.parse({ q }))).hits.filter((h) => !h.weak).map((h) => h.id);
      expect(await found('นักวิชาการคอมพิวเตอร์')).toEqual(['doc-a']);
      expect(await found('ลูกจ้างชั่วคราว')).toEqual(['doc-b']);
      expect(await found('พนักงานราชการ')).toEqual([]);
    } finally {
      await dir.remove();
    }
  });
});

describe('a kiosk starting without its cache', () => {
  // 2,500 documents: enough for the early, descriptors-only index; analysed in-process (no workers in unit tests).
  const many = Array.from({ length: 2_500 }, (_, i) => item(`d${i}`, {
    th: i === 7 ? 'ประกาศรับสมัครพนักงานขับรถยนต์' : `ประกาศเรื่องที่ ${i}`,
    summary: i === 8 ? 'สรุปการตรวจสอบบัญชีประจำปี' : '',
    body: i === 9 ? 'รายละเอียดเงินทดแทนกรณีว่างงานสำหรับผู้ประกันตน' : 'รายละเอียดอื่น ๆ ของประกาศ',
  }));
  const catalogueOf = (items: SearchableItem[]) => ({
    searchableItems: async () => items, stateLabel: () => undefined, searchItemsNow: () => ({ label: undefined, itemOf: () => undefined }), onChange: () => undefined,
    searchableService: () => undefined, searchableDocument: async () => undefined,
  }) as unknown as Catalogue;
  const ask = (live: ReturnType<typeof createLiveSearch>, q: string) => live.query(SearchQuery.parse({ q }));

  it('answers from titles and summaries first, marked partial, and from bodies once the full index is built', async () => {
    const dir = await tempDir();
    try {
      const snapshotFile = join(dir.path, 'search-index.bin');
      const live = createLiveSearch(catalogueOf(many), { snapshotFile, workerThreshold: Infinity });
      await live.warm({ answerEarly: true });
      expect(live.partial).toBe(true);
      const early = await ask(live, 'พนักงานขับรถยนต์');
      expect(early).toMatchObject({ partial: true, found: 1 });
      expect(await ask(live, 'ตรวจสอบบัญชี')).toMatchObject({ partial: true, found: 1 });
      expect(await ask(live, 'ว่างงาน')).toMatchObject({ partial: true, found: 0 }); // in a body only: not yet
      await live.saveSnapshot();
      await expect(stat(snapshotFile)).rejects.toThrow(); // the early index is never written as the cache

      await live.complete();
      expect(live.partial).toBe(false);
      const full = await ask(live, 'ว่างงาน');
      expect(full.found).toBe(1);
      expect(full).not.toHaveProperty('partial');
      await live.close();
      expect((await stat(snapshotFile)).size).toBeGreaterThan(0);
    } finally {
      await dir.remove();
    }
  });

  it('does not answer early for the CLI (no answerEarly), nor when the cache is there', async () => {
    const dir = await tempDir();
    try {
      const snapshotFile = join(dir.path, 'search-index.bin');
      const cli = createLiveSearch(catalogueOf(many), { snapshotFile, workerThreshold: Infinity });
      const answer = await ask(cli, 'ว่างงาน');
      expect(answer.found).toBe(1);
      expect(answer).not.toHaveProperty('partial');
      await cli.close();
      const kiosk = createLiveSearch(catalogueOf(many), { snapshotFile, workerThreshold: Infinity });
      await kiosk.warm({ answerEarly: true });
      expect(kiosk.partial).toBe(false);
      expect((await ask(kiosk, 'ว่างงาน')).found).toBe(1);
      await kiosk.close();
    } finally {
      await dir.remove();
    }
  });
});
