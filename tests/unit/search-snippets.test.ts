/**
 * What a result's snippet shows: a window of the summary or body that starts and ends on word
 * boundaries (Thai has no spaces, so a cut anywhere else leaves half a word or a mark floating on
 * nothing, as a citizen trial saw: "…ื้อเครื่อง…", "ผู้อุทธรณ…").
 */
import { describe, expect, it } from 'vitest';
import { SearchQuery, type SearchHit } from '../../electron/contract/search';
import { createSearchEngine, type SearchableItem } from '../../electron/services/search/index';

const item = (id: string, th: string, body: string, extra: Partial<SearchableItem> = {}): SearchableItem => ({
  kind: 'document', id, title: { th }, keywords: [], categoryNames: [], summary: '', body, ...extra,
});
const query = (engine: ReturnType<typeof createSearchEngine>, q: string, extra: Partial<SearchQuery> = {}) =>
  engine.query(SearchQuery.parse({ q, limit: 100, ...extra }));

const COMBINING = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
const ELLIPSIS = '…';

/** Offsets where a segmentation of the whole text starts or ends a piece: the test may afford it, the snippet code may not. */
function wordBoundaries(text: string): Set<number> {
  const cuts = new Set<number>([0, text.length]);
  for (const piece of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) cuts.add(piece.index);
  return cuts;
}

/** The snippet's own text, without the ellipses that say text was left out on either side. */
function windowText(snippet: SearchHit['snippet']): { text: string; cutBefore: boolean; cutAfter: boolean } {
  let text = snippet.map((p) => p.text).join('');
  const cutBefore = text.startsWith(ELLIPSIS), cutAfter = text.endsWith(ELLIPSIS);
  if (cutBefore) text = text.slice(1);
  if (cutAfter) text = text.slice(0, -1);
  return { text, cutBefore, cutAfter };
}

/** Expects the snippet to be a stretch of `source` that starts and ends between whole words. */
function expectWholeWords(snippet: SearchHit['snippet'], source: string, label: string) {
  const { text } = windowText(snippet);
  expect(text, label).not.toMatch(COMBINING);
  const at = source.indexOf(text);
  expect(at, `${label}: the window is a stretch of the text`).toBeGreaterThanOrEqual(0);
  const cuts = wordBoundaries(source);
  expect(cuts.has(at), `${label}: starts on a word boundary: «${text.slice(0, 20)}»`).toBe(true);
  expect(cuts.has(at + text.length), `${label}: ends on a word boundary: «${text.slice(-20)}»`).toBe(true);
}

// Clean text (single spaces, no odd marks), so the body is what the snippet shows.
const WORDS = ('ผู้ประกันตน สามารถ ยื่นคำขอ รับประโยชน์ทดแทน ได้ที่ สำนักงานประกันสังคม ทุกแห่ง ภายในกำหนด ' +
  'เมื่อได้รับ หนังสือรับรอง จากนายจ้าง แล้ว ให้ส่ง เอกสาร ประกอบ การพิจารณา ซึ่ง คณะกรรมการ จะ วินิจฉัย ' +
  'ผู้อุทธรณ์ มีสิทธิ์ ยื่นอุทธรณ์ ต่อ คณะกรรมการอุทธรณ์ ภายใน สามสิบวัน นับแต่ วันที่ ได้รับแจ้ง คำสั่ง ' +
  'การจัดซื้อ เครื่องคอมพิวเตอร์ และ เครื่องพิมพ์ ตามระเบียบ กระทรวงการคลัง ว่าด้วย การจัดซื้อจัดจ้าง').split(' ');
/** `count` words from the list, a space after every third (Thai writes most words together). */
const run = (count: number, shift: number) => {
  let out = '';
  for (let i = 0; i < count; i++) out += (i > 0 && i % 3 === 0 ? ' ' : '') + WORDS[(i + shift) % WORDS.length];
  return out;
};

describe('snippet windows start and end on word boundaries', () => {
  const queries = ['อุทธรณ์', 'หนังสือรับรอง', 'เครื่องพิมพ์', 'ประกันสังคม', 'การจัดซื้อ'];
  // The query word at every word offset, so the window's edges fall at every kind of place.
  const items = Array.from({ length: 40 }, (_, shift) => item(`doc-${shift}`, 'ประกาศสำนักงาน', `${run(12 + shift, shift)}${run(60, shift + 7)}`));
  const engine = createSearchEngine({ synonyms: {} });
  engine.replaceAll(items);
  const bodyOf = new Map(items.map((i) => [i.id, i.body]));

  it.each(queries)('"%s": every body window is whole words, never a mark on nothing', (q) => {
    const hits = query(engine, q).hits.filter((h) => !h.weak);
    expect(hits.length).toBeGreaterThan(10);
    for (const h of hits) expectWholeWords(h.snippet, bodyOf.get(h.id) as string, `${q} in ${h.id}`);
  });

  it('cuts the start of a text shown for want of a match on a word boundary too', () => {
    const engine = createSearchEngine({ synonyms: {} });
    const texts = Array.from({ length: 20 }, (_, shift) => run(80, shift));
    engine.replaceAll(texts.map((body, i) => item(`plain-${i}`, 'แผนการจัดซื้อจัดจ้าง', body)));
    const hits = query(engine, 'แผนการจัดซื้อจัดจ้าง').hits;
    expect(hits.length).toBe(20);
    for (const h of hits) {
      const { text, cutAfter } = windowText(h.snippet);
      expect(cutAfter).toBe(true);
      expectWholeWords(h.snippet, texts[Number(h.id.split('-')[1])] as string, h.id);
      expect(text.length).toBeGreaterThan(100);
    }
  });

  it('keeps marks on whole words of the query, and the match inside the window', () => {
    for (const q of queries) {
      for (const h of query(engine, q).hits.filter((x) => !x.weak)) {
        const source = bodyOf.get(h.id) as string;
        const cuts = wordBoundaries(source);
        let at = source.indexOf(windowText(h.snippet).text) - (h.snippet[0]?.text === ELLIPSIS ? 1 : 0);
        let marks = 0;
        for (const part of h.snippet) {
          if (part.mark) {
            marks++;
            expect(q, `${q} in ${h.id}`).toContain(part.text);
            expect(cuts.has(at) && cuts.has(at + part.text.length), `${q} in ${h.id}: «${part.text}» is whole words`).toBe(true);
          }
          at += part.text.length;
        }
        expect(marks, `${q} in ${h.id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('results that share their opening text do not look like duplicates', () => {
  // Modelled on the monthly procurement summaries (สขร.๑): the same legal preamble, then the month.
  const PREAMBLE = 'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๙ วรรคหนึ่ง (๘) และประกาศคณะกรรมการข้อมูลข่าวสารของราชการ ' +
    'เรื่อง กำหนดให้ข้อมูลข่าวสารเกี่ยวกับผลการพิจารณาการจัดซื้อจัดจ้างของหน่วยงานของรัฐเป็นข้อมูลข่าวสารที่ต้องจัดไว้ให้ประชาชนตรวจดูได้ ' +
    'กำหนดให้หน่วยงานของรัฐจัดทำสรุปผลการพิจารณาการจัดซื้อจัดจ้างเป็นรายเดือน';
  const months = ['ตุลาคม', 'พฤศจิกายน', 'ธันวาคม', 'มกราคม', 'กุมภาพันธ์', 'มีนาคม'];
  const body = (month: string, i: number) => `${PREAMBLE} สำนักงานประกันสังคม ขอสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${month} ` +
    `จำนวน ${i + 3} รายการ รวมเป็นเงินตามสัญญาทั้งสิ้น ${i + 2},${i}50,000 บาท ผู้สนใจสามารถขอตรวจดูเอกสารประกอบการพิจารณาได้ที่ศูนย์ข้อมูลข่าวสาร ชั้น ๑`;
  const items = months.map((m, i) => item(`skr-${i}`, `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${m} (แบบ สขร.๑)`, body(m, i),
    { summary: `ผลการจัดซื้อจัดจ้างในเดือน${m} จำนวน ${i + 3} รายการ` }));
  const engine = createSearchEngine({ synonyms: {} });
  engine.replaceAll(items);
  const shown = (h: SearchHit) => h.snippet.map((p) => p.text).join('');

  it.each(['ตรวจดู', 'ข้อมูลข่าวสาร'])('"%s": each result shows a window of its own, still around the matched word', (q) => {
    const hits = query(engine, q).hits.filter((h) => !h.weak);
    expect(hits).toHaveLength(months.length);
    expect(new Set(hits.map(shown)).size).toBe(hits.length);
    // Below the first, each shows what tells it apart: its month or its amount.
    for (const h of hits.slice(1)) {
      const i = Number(h.id.split('-')[1]);
      expect(shown(h), h.id).toMatch(new RegExp(`${months[i]}|${i + 2},${i}50,000`));
    }
    for (const h of hits) {
      expect(h.snippet.some((p) => p.mark && p.text === q), h.id).toBe(true);
      expectWholeWords(h.snippet, items.find((i) => i.id === h.id)?.body as string, h.id);
    }
  });

  it('keeps the first window where it is not shown above it', () => {
    const [top] = query(engine, 'ตรวจดู').hits;
    expect(shown(top as SearchHit)).toContain('ประชาชนตรวจดูได้');
  });
});

describe('a number is marked whole or not at all', () => {
  it('does not mark ๙ of มาตรา ๙ inside an amount (๙,๒๓๕,๖๐๐), a decimal or after a thousands comma', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([item('a', 'ข้อมูลตามมาตรา ๙', 'วงเงิน ๙,๒๓๕,๖๐๐ บาท อัตรา ๙.๕ และ ๑,๙ ตามมาตรา ๙ แห่งพระราชบัญญัติ')]);
    const hit = query(engine, 'มาตรา ๙').hits[0] as SearchHit;
    const marked = hit.snippet.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
    expect(marked).toContain('วงเงิน ๙,๒๓๕,๖๐๐ บาท');
    expect(marked).toContain('อัตรา ๙.๕');
    expect(marked).toContain('๑,๙ ตาม');
    expect(marked).toContain('[มาตรา] [๙] แห่ง');
  });
});

describe('form lines in a document body', () => {
  it('shows a run of dashes, dots or underscores (a form\'s blank line) as one mark, not a row of them', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([item('a', 'สรุปผลการจัดซื้อจัดจ้าง', 'แบบ สขร.1 — — — — — — — — — ตามพระราชบัญญัติข้อมูลข่าวสาร (ลงชื่อ) ................ ผู้รายงาน ____________ วันที่ ๑.๕ ล้าน ข้อ ๑...๕ ติดต่อ malee___j@example.go.th')]);
    const text = (query(engine, 'พระราชบัญญัติ').hits[0] as SearchHit).snippet.map((p) => p.text).join('');
    expect(text).toContain('สขร.1 — ตาม');
    expect(text).toContain('(ลงชื่อ) … ผู้รายงาน _ วันที่ ๑.๕ ล้าน ข้อ ๑...๕ ติดต่อ malee___j');
    expect(text).not.toMatch(/— —|\.\.\.\.|____/);
  });
});
