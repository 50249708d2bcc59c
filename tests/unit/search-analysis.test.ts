import { describe, expect, it } from 'vitest';
import {
  analyzeText, analyzeQuery, cleanText, foldChars, normalizeText, stemEnglish, synonymRewrites, compileSynonyms, yearAliases,
  resetSegmentationMemo, segmentWords, withoutStraySaraA, type AnalyzedToken,
} from '../../electron/services/search/index';
import { TitleHaystack } from '../../electron/services/search/titleHaystack';
import { analyseItem } from '../../electron/services/search/itemAnalysis';
import { segmentedTexts } from '../../electron/services/search/analysis';

describe('Thai digits', () => {
  it('folds Thai digits to Arabic one for one', () => {
    expect(foldChars('มาตรา ๓๓ ปี ๒๕๖๗')).toBe('มาตรา 33 ปี 2567');
  });
  it('indexes the same term for Thai and Arabic digits', () => {
    expect(analyzeText('มาตรา ๔๐')).toEqual(analyzeText('มาตรา 40'));
  });
  it('drops thousands separators so 15,000 and ๑๕๐๐๐ meet', () => {
    expect(analyzeText('๑๕,๐๐๐ บาท')).toContain('15000');
    expect(analyzeText('15000 บาท')).toContain('15000');
  });
});

describe('Buddhist and Common Era years', () => {
  it('gives the other era of a four-digit year', () => {
    expect(yearAliases('2567', undefined)).toEqual(['2024']);
    expect(yearAliases('2024', undefined)).toEqual(['2567']);
    expect(yearAliases('1506', undefined)).toEqual([]);
  });
  it('reads a two-digit year after ปี, พ.ศ. or a month as Buddhist', () => {
    expect(analyzeText('ปี 67')).toEqual(expect.arrayContaining(['2567', '2024']));
    expect(analyzeText('ม.ค. 67')).toEqual(expect.arrayContaining(['มกราคม', '2567', '2024']));
    expect(analyzeText('ครั้งที่ 67')).not.toContain('2567');
  });
  it('indexes พ.ศ.2567, พ.ศ. ๒๕๖๗ and 2024 to the same year terms', () => {
    for (const text of ['พ.ศ.2567', 'พ.ศ. ๒๕๖๗', 'ปี 2024']) expect(analyzeText(text)).toEqual(expect.arrayContaining(['2567', '2024']));
  });
  it('gives a year in a query both eras, including the short ปี 67 and พ.ศ. 67', () => {
    const yearOf = (q: string) => analyzeQuery(q).find((t) => /^\d+$/.test(t.term));
    expect(yearOf('แผนปฏิบัติราชการ ปี 67')).toMatchObject({ term: '67', aliases: ['2567', '2024'] });
    expect(yearOf('พ.ศ. 67')).toMatchObject({ term: '67', aliases: ['2567', '2024'] });
    expect(yearOf('พ.ศ.2567')).toMatchObject({ term: '2567', aliases: ['2024'] });
    expect(yearOf('งบประมาณ 2025')).toMatchObject({ term: '2025', aliases: ['2568'] });
  });
});

describe('cleaning broken and variant Thai', () => {
  it('removes zero-width characters', () => {
    expect(cleanText('ประกัน\u200Bสังคม\uFEFF')).toBe('ประกันสังคม');
    expect(analyzeText('ว่าง\u200Bงาน')).toEqual(analyzeText('ว่างงาน'));
  });
  it('closes spaces that PDF extraction puts inside a cluster', () => {
    expect(cleanText('เ รื่ อง')).toBe('เรื่อง');
    expect(cleanText('ผู้ประกัน ตน ที่ จ่าย')).toBe('ผู้ประกัน ตน ที่ จ่าย'); // real word breaks stay
    expect(cleanText('สั ญญา')).toBe('สัญญา');
  });
  it('puts a tone mark typed before its vowel back after it', () => {
    expect(cleanText('เร\u0E48\u0E37อง')).toBe('เรื่อง');
  });
  it('writes nikhahit + sara aa as sara am', () => {
    expect(cleanText('น\u0E49\u0E4D\u0E32')).toBe('น้ำ');
    expect(cleanText('ทํา')).toBe('ทำ');
  });
  it('fixes well-known misspellings on both sides', () => {
    expect(normalizeText('กฏหมาย ทุพลภาพ อิเล็คทรอนิกส์')).toBe('กฎหมาย ทุพพลภาพ อิเล็กทรอนิกส์');
  });
  it('closes Thai abbreviations and English hyphens', () => {
    expect(normalizeText('ส.ป.ส. สขร.๑ e-Bidding')).toBe('สปส สขร 1 ebidding');
  });
});

describe('stray sara a (ะ) inside compounds', () => {
  // The index's words, as the segmenter splits the standard spellings.
  const known = new Set(['ทันต', 'กรรม', 'สาธารณสุข', 'ประกัน', 'สังคม', 'คณะ', 'กรรมการ', 'กระทรวง', 'แรงงาน']);
  const isKnown = (t: AnalyzedToken) => known.has(t.term);
  it('drops a ะ that the standard spelling does not have', () => {
    expect(withoutStraySaraA('ทันตะกรรม', isKnown)).toBe('ทันตกรรม');
    expect(withoutStraySaraA('สาธารณะสุข', isKnown)).toBe('สาธารณสุข');
    expect(withoutStraySaraA('ทันตะกรรมประกันสังคม', isKnown)).toBe('ทันตกรรมประกันสังคม');
  });
  it('keeps a ะ the word needs, inside or at the end', () => {
    for (const text of ['ประกันสังคม', 'คณะกรรมการ', 'กระทรวงแรงงาน']) expect(withoutStraySaraA(text, isKnown)).toBe(text);
  });
});

describe('English', () => {
  it('lower-cases and lightly stems', () => {
    expect(stemEnglish('plans')).toBe('plan');
    expect(stemEnglish('policies')).toBe('policy');
    expect(stemEnglish('planning')).toBe('plan');
    expect(stemEnglish('status')).toBe('status');
    expect(analyzeText('Procurement PLANS')).toEqual(['procurement', 'plan']);
  });
});

describe('segmentation', () => {
  it('splits Thai into words and drops function words', () => {
    expect(analyzeText('การเปลี่ยนสถานพยาบาลของผู้ประกันตน')).toEqual(expect.arrayContaining(['เปลี่ยน', 'สถาน', 'พยาบาล']));
    expect(analyzeText('การเปลี่ยนสถานพยาบาล')).not.toContain('การ');
  });
  it('keeps question words in a query but flags them', () => {
    const tokens = analyzeQuery('ตกงานได้เงินเท่าไหร่');
    expect(tokens.find((t) => t.term === 'ตกงาน')?.stop).toBe(false);
    expect(tokens.filter((t) => t.stop).map((t) => t.term)).toEqual(expect.arrayContaining(['ได้']));
  });
});

describe('segmentation fallback: titles searched as plain characters', () => {
  it('finds every title containing the typed characters, wherever the segmenter put the word breaks', () => {
    const haystack = new TitleHaystack();
    const titles = ['ประกาศรับสมัครพนักงานรัฐวิสาหกิจ', 'คู่มือการขอรับประโยชน์ทดแทน', '', 'รัฐวิสาหกิจสัมพันธ์|แรงงาน'];
    titles.forEach((t, slot) => haystack.set(slot, t));
    const found = (needle: string) => { const slots: number[] = []; haystack.find(needle, (slot) => slots.push(slot)); return slots; };
    expect(found('วิสาหกิจ')).toEqual([0, 3]);
    expect(found('ทดแทน')).toEqual([1]);
    expect(found('ว่างงาน')).toEqual([]);
    haystack.set(0, 'ประกาศผลสอบ');
    expect(found('วิสาหกิจ')).toEqual([3]);
  });
  it('never misses a title because of its character-pair signature', () => {
    const haystack = new TitleHaystack();
    const words = ['ประกัน', 'สังคม', 'ว่างงาน', 'คลอดบุตร', 'ชราภาพ', 'ทันตกรรม', 'สขร1', '2567', 'ebidding', 'สถานพยาบาล'];
    const titles = Array.from({ length: 300 }, (_, i) => `${words[i % 10]}${words[(i * 7) % 10]}${words[(i * 3 + 1) % 10]}`);
    titles.forEach((t, slot) => haystack.set(slot, t));
    for (const needle of ['งานคลอด', 'ภาพทันต', 'สขร12567', 'ddingสถาน', 'กันสัง']) {
      const slots: number[] = [];
      haystack.find(needle, (slot) => slots.push(slot));
      expect(slots).toEqual(titles.flatMap((t, slot) => (t.includes(needle) ? [slot] : [])));
    }
  });
});

describe('batched segmentation', () => {
  it('gives each run the same words as segmenting it alone', () => {
    const runs = ['สำนักงานประกันสังคมจังหวัดขอนแก่น', 'ประกาศประกวดราคา', 'ครุภัณฑ์คอมพิวเตอร์', '2567', 'ebidding'];
    resetSegmentationMemo();
    const together = segmentWords(runs.join(' '));
    resetSegmentationMemo();
    expect(together).toEqual(runs.flatMap((r) => { resetSegmentationMemo(); return segmentWords(r); }));
    expect(together).toEqual(expect.arrayContaining(['ประกัน', 'สังคม', 'ประกวด', 'ราคา', '2567', 'ebidding']));
  });
});

describe('an item analysed in one pass', () => {
  const item = {
    kind: 'document' as const, id: 'd1', title: { th: 'ประกาศ ราคากลาง ปี 67', en: 'Reference prices 2024' },
    keywords: ['สขร.1', 'จัดซื้อจัดจ้าง'], categoryNames: ['จัดซื้อจัดจ้าง', 'Procurement'], unit: 'ฝ่ายพัสดุ',
    summary: 'สรุปผล ม.ค. ๖๗ ของ สำนักงาน', body: 'ประกวดราคาซื้อครุภัณฑ์คอมพิวเตอร์ '.repeat(40), published: '2024-01-15',
  };
  it('gives the same index entry whatever the segmentation memo already held', () => {
    resetSegmentationMemo();
    const fresh = analyseItem(item);
    segmentedTexts(['ประกาศราคากลาง ครุภัณฑ์ คอมพิวเตอร์ประกวดราคา', 'สรุปผล สขร 1']); // runs already known, batched differently
    expect(analyseItem(item)).toEqual(fresh);
  });
  it('puts every field at its place: title first, the summary at descriptorEnd, years in both eras', () => {
    resetSegmentationMemo();
    const { terms, npos, positions, descriptorEnd } = analyseItem(item);
    const positionsOf = (term: string) => { const i = terms.indexOf(term); let at = 0; for (let k = 0; k < i; k++) at += npos[k] as number; return [...positions.subarray(at, at + (npos[i] as number))]; };
    expect(positionsOf('ประกาศ')).toEqual([0]);
    expect(positionsOf('2567')).toEqual(expect.arrayContaining([positionsOf('2024')[0]]));
    expect(Math.min(...positionsOf('สรุป'))).toBe(descriptorEnd);
    expect(positionsOf('ประกวด')).toHaveLength(40);
  });
});

describe('synonyms', () => {
  const rules = compileSynonyms({ 'เงินว่างงาน': ['ประโยชน์ทดแทนกรณีว่างงาน'], bid: ['ประกวดราคา'], 'งบ': ['งบประมาณ'] });
  it('rewrites a citizen word even when typed with a space', () => {
    expect(synonymRewrites(normalizeText('เงิน ว่างงาน'), rules)).toEqual(['ประโยชน์ทดแทนกรณีว่างงาน']);
  });
  it('matches English keys as whole words only', () => {
    expect(synonymRewrites(normalizeText('bidding'), rules)).toEqual([]);
    expect(synonymRewrites(normalizeText('bid 2024'), rules)).toEqual(['ประกวดราคา 2024']);
  });
  it('does not fire a key inside its own target', () => {
    expect(synonymRewrites(normalizeText('งบประมาณ'), rules)).toEqual([]);
  });
});
