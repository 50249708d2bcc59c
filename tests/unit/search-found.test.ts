/**
 * Issue 17: what the search answer *says* must be true. "Found" means the item holds the whole
 * query as words, near each other; typos that land are corrected and shown as results; marks are
 * whole words. Each test names the defect it was written against.
 */
import { describe, expect, it } from 'vitest';
import { SearchQuery, type SearchAnswer } from '../../electron/contract/search';
import { createSearchEngine, type SearchableItem } from '../../electron/services/search/index';
import { thaiEditCost } from '../../electron/services/search/thaiEdits';
import { cleanText } from '../../electron/services/search/thaiText';

const item = (id: string, th: string, body: string, extra: Partial<SearchableItem> = {}): SearchableItem => ({
  kind: 'document', id, title: { th }, keywords: [], categoryNames: [], summary: '', body, ...extra,
});

/** Modelled on the sample catalogue where the defects were seen. */
function catalogue() {
  const engine = createSearchEngine({ synonyms: {} });
  engine.replaceAll([
    item('unemployment-manual', 'คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน', 'ผู้ประกันตนที่ว่างงานต้องขึ้นทะเบียนภายใน ๓๐ วัน', { keywords: ['ว่างงาน'] }),
    item('unemployment-service', 'การยื่นขอรับประโยชน์ทดแทนกรณีว่างงาน', 'ยื่นคำขอที่สำนักงานประกันสังคมทุกแห่ง'),
    item('powers', 'อำนาจหน้าที่ของสำนักงานประกันสังคม', 'คุ้มครองกรณีเจ็บป่วย คลอดบุตร ชราภาพ และว่างงาน ผ่านสำนักงานทุกพื้นที่'),
    item('performance', 'รายงานผลการดำเนินงาน ประจำปี', 'สำนักงานประกันสังคมรายงานผลการดำเนินงานตามตัวชี้วัดสำคัญ'),
    item('disclosure', 'ระเบียบว่าด้วยการเปิดเผยข้อมูลข่าวสาร', 'วางหลักเกณฑ์การขอข้อมูลข่าวสาร ผู้ขอยื่นคำขอต่อเจ้าหน้าที่ เจ้าหน้าที่พิจารณาและตอบภายในสิบห้าวัน ตามแนวทางที่สำนักงานกำหนด งานสารบรรณ'),
    item('refprice-building', 'ราคากลางงานก่อสร้างอาคารสำนักงาน', 'ราคากลางเป็นเงิน ๔๗,๙๖๒,๐๐๐ บาท'),
    item('refprice-server', 'ราคากลางการจัดซื้อเครื่องคอมพิวเตอร์แม่ข่าย', 'อ้างอิงเกณฑ์ราคากลางครุภัณฑ์คอมพิวเตอร์'),
    item('dental', 'การเบิกค่าบริการทันตกรรม', 'แนบใบเสร็จรับเงินและใบรับรองแพทย์'),
    item('register', 'การสมัครเป็นผู้ประกันตนมาตรา ๔๐', 'กรอกใบสมัครและแนบสำเนาบัตรประจำตัวประชาชน'),
  ]);
  return engine;
}
const search = (engine: ReturnType<typeof createSearchEngine>, q: string, extra: Partial<SearchQuery> = {}) =>
  engine.query(SearchQuery.parse({ q, ...extra })) as SearchAnswer & { correctedTo?: string };
const foundIds = (a: SearchAnswer) => a.hits.filter((h) => !h.weak).map((h) => h.id).sort();
const marked = (parts: Array<{ text: string; mark: boolean }>) => parts.filter((p) => p.mark).map((p) => p.text);

describe('"ว่างงาน" says the count of items that contain ว่างงาน', () => {
  it('counts the three items holding the word, not those holding only งาน inside สำนักงาน or รายงาน', () => {
    const answer = search(catalogue(), 'ว่างงาน');
    expect(answer.found).toBe(3);
    expect(foundIds(answer)).toEqual(['powers', 'unemployment-manual', 'unemployment-service']);
  });
  it('marks ว่างงาน whole in the snippet: never งาน inside สำนักงาน, never a lone letter', () => {
    const hit = search(catalogue(), 'ว่างงาน').hits.find((h) => h.id === 'powers');
    expect(marked(hit?.snippet ?? [])).toEqual(['ว่างงาน']);
    for (const h of search(catalogue(), 'ว่างงาน').hits) {
      for (const text of [...marked(h.snippet), ...marked(h.titleParts)]) expect(text).toBe('ว่างงาน');
    }
  });
});

describe('"วางงาน" (tone mark left out) shows the unemployment items as results', () => {
  it('is corrected to ว่างงาน: found, not suggestions, and says so', () => {
    const answer = search(catalogue(), 'วางงาน');
    expect(answer.correctedTo).toBe('ว่างงาน');
    expect(foundIds(answer)).toEqual(['powers', 'unemployment-manual', 'unemployment-service']);
    expect(answer.found).toBe(3);
  });
  it('never finds the item where วาง and งาน stand far apart', () => {
    expect(search(catalogue(), 'วางงาน', { asTyped: true }).hits.filter((h) => !h.weak).map((h) => h.id)).not.toContain('disclosure');
  });
  it('searches exactly what was typed when asked to: no correction', () => {
    const answer = search(catalogue(), 'วางงาน', { asTyped: true });
    expect(answer.correctedTo).toBeUndefined();
    expect(answer.found).toBe(0);
  });
  it('still offers the correction (not searched) after the citizen chose the query as typed, as a way back', () => {
    expect(search(catalogue(), 'วางงาน', { asTyped: true }).didYouMean).toBe('ว่างงาน');
    // A query found as typed offers nothing.
    expect(search(catalogue(), 'ว่างงาน', { asTyped: true }).didYouMean).toBeUndefined();
  });
});

describe('"เเ" (sara e typed twice) for "แ" (outside trial 7)', () => {
  it('finds what แ finds, in the query and in a document, with nothing said of a correction', () => {
    const engine = catalogue();
    const typed = search(engine, 'ประโยชน์ทดเเทน');
    expect(typed.found).toBe(2);
    expect(foundIds(typed)).toEqual(foundIds(search(engine, 'ประโยชน์ทดแทน')));
    expect(typed.correctedTo).toBeUndefined();
    // A document typed with เเ is found by แ, and its snippet marks the word.
    engine.upsert(item('jobs', 'ประกาศรับสมัครงานตำเเหน่งนักวิชาการเเรงงาน', 'รับสมัครตำเเหน่งนักวิชาการเเรงงาน'));
    expect(foundIds(search(engine, 'ตำแหน่ง'))).toEqual(['jobs']);
    const jobs = search(engine, 'ตำแหน่ง').hits[0]!;
    expect(marked(jobs.titleParts)).toEqual(['ตำแหน่ง']);
    expect(marked(jobs.snippet)).toEqual(['ตำแหน่ง']); // found in the body as typed (เเ), shown repaired
    expect(foundIds(search(engine, 'แรงงาน'))).toEqual(['jobs']);
    expect(cleanText('เเบบ')).toBe('แบบ');
  });
});

describe('"ๅ" (lakkhangyao, beside า on the keyboard) for "า"', () => {
  it('reads ว่ๅงงาน as ว่างงาน, found as typed with no correction said; ฤๅ keeps its own ๅ', () => {
    const engine = catalogue();
    const typed = search(engine, 'ว่ๅงงาน');
    expect(typed.found).toBe(3);
    expect(typed.correctedTo).toBeUndefined();
    expect(cleanText('ราคๅกลาง')).toBe('ราคากลาง');
    expect(cleanText('ฤๅษี ฦๅ')).toBe('ฤๅษี ฦๅ');
  });
});

describe('"ราคากาง" (a letter dropped)', () => {
  it('answers the ราคากลาง items as results, not "nothing found" above them', () => {
    const answer = search(catalogue(), 'ราคากาง');
    expect(answer.correctedTo).toBe('ราคากลาง');
    expect(foundIds(answer)).toEqual(['refprice-building', 'refprice-server']);
  });
});

describe('"ใบขับขี่" (not held by this agency)', () => {
  it('finds nothing and suggests nothing for merely holding ใบ (ใบเสร็จ, ใบสมัคร)', () => {
    const answer = search(catalogue(), 'ใบขับขี่');
    expect(answer.found).toBe(0);
    expect(answer.hits).toEqual([]);
    expect(answer.correctedTo).toBeUndefined();
  });
});

describe('words far apart are not found; near ones are, and rank first', () => {
  const engine = () => {
    const e = createSearchEngine({ synonyms: {} });
    const filler = 'ผู้ประกันตนสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานในวันและเวลาราชการ '.repeat(3);
    e.replaceAll([
      item('near', 'ประกาศรับสมัคร', `เปิดรับสมัครพนักงานขับรถยนต์ จำนวนหนึ่งอัตรา ${filler}`),
      item('apart', 'ประกาศรับสมัคร', `เปิดรับสมัครพนักงานทำความสะอาด ${filler} จอดรถยนต์ได้ที่ลานด้านหลัง`),
      item('title', 'ประกาศรับสมัครพนักงานขับรถยนต์', filler),
    ]);
    return e;
  };
  it('does not call an item found when the words stand only far apart in its body', () => {
    const answer = search(engine(), 'พนักงาน รถยนต์');
    expect(foundIds(answer)).toEqual(['near', 'title']);
    expect(answer.hits.find((h) => h.id === 'apart')?.weak ?? true).toBe(true);
  });
  it('ranks the phrase in the title above the words near each other in the body', () => {
    expect(search(engine(), 'พนักงาน รถยนต์').hits[0]?.id).toBe('title');
  });
  it('holds to the same rule while the second word is still being typed (its completions read together)', () => {
    const e = engine();
    e.upsert(item('other-completion', 'ประกาศเรื่องรถยก', 'รถยกของคลังพัสดุ'));
    const answer = search(e, 'พนักงาน รถย');
    expect(foundIds(answer)).toEqual(['near', 'title']);
    expect(answer.hits.find((h) => h.id === 'apart')?.weak ?? true).toBe(true);
  });
});

describe('a word spelt as it sounds', () => {
  it('reads ชราพาบ as ชราภาพ: ภ and พ sound alike, and so do บ and พ at the end of a word (trial, helper-22)', () => {
    const answer = search(catalogue(), 'ชราพาบ');
    expect(answer.correctedTo).toBe('ชราภาพ');
    expect(foundIds(answer)).toEqual(['powers']);
  });
  it('reads บำเหน็ด as บำเหน็จ and สถานพญาบาล as สถานพยาบาล (a final จ said ด; ญ said ย)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([item('pension', 'บำเหน็จชราภาพ', 'ขอรับบำเหน็จ'), item('hospital', 'เปลี่ยนสถานพยาบาล', 'สถานพยาบาลในเครือข่าย')]);
    expect(search(engine, 'บำเหน็ด').correctedTo).toBe('บำเหน็จ');
    expect(search(engine, 'สถานพญาบาล').correctedTo).toBe('สถานพยาบาล');
  });
  it('never reads a word as another that differs in tone, vowel length or letter class: สื่อ is not ซื้อ, คืน is not ขึ้น (review, helper-25)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('buy', 'ประกาศผลการจัดซื้อครุภัณฑ์', 'จัดซื้อครุภัณฑ์สำนักงาน'), item('raise', 'คำสั่งเลื่อนขั้นเงินเดือน', 'การขึ้นเงินเดือนข้าราชการ'),
      item('meeting', 'รายงานการประชุมครั้งที่ 3', 'การประชุมครั้งนี้'), item('every', 'บริการทุกวันทำการ', 'เปิดทุกวัน'),
    ]);
    for (const q of ['สื่อ', 'คืนเงิน', 'คลัง', 'ถูกต้อง']) {
      const answer = search(engine, q);
      expect(answer.correctedTo, q).toBeUndefined();
      expect(answer.found, q).toBe(0);
    }
  });
  it('reads a query with a slip in each of its words: each word corrected (ชราพาบ ปะกันสังคม found nothing)', () => {
    const answer = search(catalogue(), 'ชราพาบ ปะกันสังคม');
    expect(answer.correctedTo).toBe('ชราภาพ ประกันสังคม');
    expect(foundIds(answer)).toEqual(['powers']);
    expect(search(catalogue(), 'วางงาน ปะกันสังคม').correctedTo).toBe('ว่างงาน ประกันสังคม');
    // Still nothing when a word has no likely reading: no correction made of half the query.
    expect(search(catalogue(), 'ชราพาบ ขับขี่').correctedTo).toBeUndefined();
  });
});

describe('marks left out of several syllables (a touchscreen typist skips the marks above and below the letters)', () => {
  it('reads ประกนสงคม as ประกันสังคม, both ั left out (trial, helper-54: "ไม่พบข้อมูล" for the agency\'s own name)', () => {
    const answer = search(catalogue(), 'ประกนสงคม');
    expect(answer.correctedTo).toBe('ประกันสังคม');
    expect(foundIds(answer)).toEqual(['performance', 'powers', 'unemployment-service']);
  });
  it('reads ขอมูลขาวสาร as ข้อมูลข่าวสาร (two tone marks), and each word of a query of several', () => {
    const engine = catalogue();
    expect(search(engine, 'ขอมูลขาวสาร').correctedTo).toBe('ข้อมูลข่าวสาร');
    expect(foundIds(search(engine, 'ขอมูลขาวสาร'))).toEqual(['disclosure']);
    expect(search(engine, 'ประกนสงคม วางงาน').correctedTo).toBe('ประกันสังคม ว่างงาน');
  });
  it('never adds marks to a word typed right beside the one that lacks them: ขาวสาร (rice) stays ขาวสาร (review, helper-58: read as ข่าวสาร, news)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('rice', 'โครงการขาวสารประกันสังคม', 'แจกขาวสารให้ผู้ประกันตน'),
      item('news', 'ข่าวสารประกันสังคม', 'ข่าวสารประจำเดือน'),
    ]);
    const answer = search(engine, 'ขาวสารประกนสงคม');
    expect(answer.correctedTo).toBe('ขาวสารประกันสังคม');
    expect(foundIds(answer)).toEqual(['rice']);
    // One mark, as before; a letter left out as well is no longer marks only, and stays with the one-edit rules.
    expect(search(catalogue(), 'ทนตกรรม').correctedTo).toBe('ทันตกรรม');
    expect(search(catalogue(), 'ปะกนสงคม').correctedTo).toBeUndefined();
  });
});

describe('a word the catalogue does not hold is not read as another word (outside tester: ทุเรียน searched as ร้องเรียน)', () => {
  /** Modelled on the sample catalogue: its complaint items (keyword ร้องเรียน), a statistics report (ร้อยละ), a pension, a scam notice, its executives (นาย). */
  const engine = () => {
    const e = catalogue();
    e.upsert({ ...item('svc-complaint', 'การร้องเรียนและแจ้งเบาะแส', 'ร้องเรียนการให้บริการ สถานพยาบาล หรือแจ้งเบาะแสการทุจริต', { keywords: ['ร้องเรียน', 'แจ้งเบาะแส', 'ทุจริต'] }), kind: 'service' });
    e.upsert(item('complaint-notice', 'ประกาศ ช่องทางและขั้นตอนการรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริต', 'รับเรื่องร้องเรียนทุกช่องทาง', { keywords: ['ร้องเรียน', 'ทุจริต'] }));
    e.upsert(item('stats', 'รายงานสถิติผู้ประกันตน', 'ผู้ประกันตนเพิ่มขึ้นร้อยละ ๒ นายจ้างเพิ่มขึ้นร้อยละ ๑', { keywords: ['ผู้ประกันตน', 'สถิติ'] }));
    e.upsert(item('pension', 'บำเหน็จชราภาพและกรณีทุพพลภาพ', 'ผู้ประกันตนของสำนักงานประกันสังคมขอรับบำเหน็จชราภาพ', { keywords: ['บำเหน็จ', 'ประกันสังคม'] }));
    e.upsert(item('scam', 'ระวังมิจฉาชีพแอบอ้างสำนักงาน', 'มิจฉาชีพโทรแอบอ้าง', { keywords: ['มิจฉาชีพ'] }));
    e.upsert(item('executives', 'ทำเนียบผู้บริหาร', 'นาย สมศักดิ์ ใจดี เลขาธิการสำนักงานประกันสังคม'));
    return e;
  };
  it('finds nothing for ทุเรียน (durian) and โรงเรียน (school): neither searched nor offered as ร้องเรียน', () => {
    const e = engine();
    for (const q of ['ทุเรียน', 'โรงเรียน']) {
      const answer = search(e, q);
      expect(answer.correctedTo, q).toBeUndefined();
      expect(answer.didYouMean, q).toBeUndefined();
      expect(answer.found, q).toBe(0);
    }
  });
  it('prices a near keyword by what it changes of the whole word, not by Fuse.js\'s score of its best-matching stretch', () => {
    expect(thaiEditCost('ทุเรียน', 'ร้องเรียน')).toBe(3.2); // ท → ร, ุ → ้, อ and ง added: past any correction (1.6)
    expect(thaiEditCost('โรงเรียน', 'ร้องเรียน')).toBe(1.7);
    expect(thaiEditCost('มิฉชาชีพ', 'มิจฉาชีพ')).toBe(1.2); // จ → ฉ a look-alike, ฉ → ช a letter
    expect(thaiEditCost('วางงาน', 'ว่างงาน')).toBe(0.3);
    expect(thaiEditCost('ราคากลง', 'ราคากลาง')).toBe(0.6);
  });
  it('does not search a short word with a letter changed in its stead (ร้อน is not ร้อง nor ร้อย, นายก is not นาย): offered at most', () => {
    const e = engine();
    for (const q of ['ร้อน', 'นายก']) {
      const answer = search(e, q);
      expect(answer.correctedTo, q).toBeUndefined();
      expect(answer.found, q).toBe(0);
    }
  });
  it('still corrects a slip: a tone mark, a vowel, a letter, a word spelt as said, slips in two words, the other layout', () => {
    const e = engine();
    const cases: Array<[string, string | undefined, string]> = [
      ['วางงาน', 'ว่างงาน', 'unemployment-manual'], ['ราคากาง', 'ราคากลาง', 'refprice-building'], ['ชราพาบ', 'ชราภาพ', 'pension'],
      ['บำเหนจ', 'บำเหน็จ', 'pension'], ['ผูประกนตน', 'ผู้ประกันตน', 'stats'], ['ประกนสังคม', 'ประกันสังคม', 'pension'],
      ['ทุพลภาพ', undefined, 'pension'], ['มิฉชาชีพ', 'มิจฉาชีพ', 'scam'], [";jk''ko", 'ว่างงาน', 'unemployment-manual'],
    ];
    for (const [q, corrected, id] of cases) {
      const answer = search(e, q);
      expect(answer.correctedTo, q).toBe(corrected);
      expect(foundIds(answer), q).toContain(id);
    }
  });
});

describe('the keyboard left on the other layout', () => {
  it('reads Thai typed on the English layout (ราคากลาง as ik8kd]k\')', () => {
    const answer = search(catalogue(), "ik8kd]k'");
    expect(answer.correctedTo).toBe('ราคากลาง');
    expect(foundIds(answer)).toEqual(['refprice-building', 'refprice-server']);
  });
  it('reads ";yo" as วัน although "yo" begins English words: a Thai letter typed as punctuation inside a word (trial, helper-20)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('days', 'ระยะเวลา ๓๐ วัน', 'ยื่นภายใน ๓๐ วัน'), item('holiday', 'วันหยุดราชการ', 'ประกาศวันหยุด'), item('weekday', 'เวลาทำการ', 'วันจันทร์ถึงวันศุกร์'),
      item('english', 'Your rights', 'What you may ask for'),
    ]);
    const answer = search(engine, ';yo');
    expect(answer.correctedTo).toBe('วัน');
    expect(foundIds(answer)).toEqual(['days', 'holiday', 'weekday']);
    // What the citizen typed stays one touch away, and finds what it finds.
    expect(foundIds(search(engine, ';yo', { asTyped: true }))).toEqual(['english']);
    // English with punctuation is not taken for Thai when the Thai reading finds no more.
    expect(search(engine, "you're").correctedTo).toBeUndefined();
    expect(foundIds(search(engine, 'your,'))).toEqual(['english']);
  });
  it('does not read two keys as Thai: "ab ab" is not ฟิ ฟิ, a fragment the segmenter cut from อินฟินิตี้ (trial, helper-22)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([item('vendor', 'ผลการจัดซื้อ', 'ผู้ชนะ บริษัท อินฟินิตี้ไอทีซัพพลาย จำกัด อินฟินิตี้'), item('other', 'Cleaning', 'office')]);
    engine.upsert(item('exam', 'ประกาศผลสอบ', 'ผลสอบ ภาค ก'));
    // A two-key word beside a longer one still reads back: ผล สอบ typed as "z] lv[".
    expect(search(engine, 'z] lv[').correctedTo).toBe('ผล สอบ');
    for (const q of ['ab ab', 'ab']) {
      const answer = search(engine, q);
      expect(answer.correctedTo, q).toBeUndefined();
      expect(answer.found, q).toBe(0);
    }
  });
  it('reads English typed on the Thai layout ("server" as หำพอำพ)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([item('server', 'Backup server', 'server room'), item('other', 'Cleaning', 'office')]);
    const answer = search(engine, 'หำพอำพ'); // the keys of "server" on the Thai layout
    expect(answer.correctedTo).toBe('server');
    expect(foundIds(answer)).toEqual(['server']);
  });
});

describe('a result found by what describes it, not by its title or text', () => {
  it('says where: the keyword, category or unit holding the query, marked (trial, helper-22: nothing was marked)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('cleaning', 'ประกาศผู้ชนะการเสนอราคา งานทำความสะอาด', 'บริษัท สะอาดดี จำกัด เป็นผู้ชนะ', { keywords: ['ราคากลาง'], categoryNames: ['ประกาศผู้ชนะ', 'Winner announcements'], unit: 'ฝ่ายพัสดุ' }),
      item('plan', 'แผนปฏิบัติการ ประจำปี', 'โครงการและตัวชี้วัด', { categoryNames: ['แผนงาน', 'Plans'], unit: 'กองแผนงาน' }),
      item('marked', 'ราคากลางงานก่อสร้าง', 'ราคากลางเป็นเงิน ๑๐ ล้านบาท'),
    ]);
    const byId = (a: SearchAnswer) => new Map(a.hits.map((h) => [h.id, h]));
    const refprice = byId(search(engine, 'ราคากลาง'));
    expect(refprice.get('cleaning')?.foundIn).toEqual({ field: 'keyword', parts: [{ text: 'ราคากลาง', mark: true }] });
    expect(refprice.get('marked')?.foundIn).toBeUndefined(); // its title shows why already
    const plans = byId(search(engine, 'แผนงาน'));
    expect(plans.get('plan')?.foundIn?.field).toBe('category');
    expect(marked(plans.get('plan')?.foundIn?.parts ?? [])).toEqual(['แผนงาน']);
    const unit = byId(search(engine, 'ฝ่ายพัสดุ'));
    expect(unit.get('cleaning')?.foundIn).toEqual({ field: 'unit', parts: [{ text: 'ฝ่ายพัสดุ', mark: true }] });
  });
});

describe('a result whose English title shows none of a Thai query', () => {
  it('carries its Thai title, marked, for the screen in English (review, helper-25: nothing was marked there)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([item('job', 'ประกาศรับสมัครงาน', 'รายละเอียดตำแหน่ง', { title: { th: 'ประกาศรับสมัครงาน', en: 'Job notice' } })]);
    const hit = search(engine, 'รับสมัคร').hits[0];
    expect(hit?.foundIn?.field).toBe('title');
    expect(marked(hit?.foundIn?.parts ?? [])).toEqual(['รับสมัคร']);
  });
});

describe('a phrase never runs from one field into the next', () => {
  it('does not find a six-word chunk made of the title\'s last words and the body\'s first (helper-19)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('split', 'ช้าง ม้า แมว', 'ปลา หมู ไก่ อยู่ในสวน'),
      item('whole', 'สัตว์ในสวน', 'ช้างม้าแมวปลาหมูไก่ อยู่ในสวน'),
    ]);
    const answer = search(engine, 'ช้างม้าแมวปลาหมูไก่ ');
    expect(foundIds(answer)).toEqual(['whole']);
  });
});

describe('a number typed against a word reads as one phrase with it', () => {
  // "เอกสารชุด15" found "เอกสารชุด11 ลำดับ15": the number was read as a chunk of its own, found
  // anywhere in the title (outside trial, helper-37). Typed together, they stand together.
  const numbered = () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('set-15-4', 'เอกสารชุด15 ลำดับ4', 'เนื้อหา'),
      item('set-11-15', 'เอกสารชุด11 ลำดับ15', 'เนื้อหา'),
      item('m40', 'การสมัครเป็นผู้ประกันตนมาตรา ๔๐', 'กรอกใบสมัคร'),
      item('m39', 'ผู้ประกันตนมาตรา ๓๙ และ ๔๐ ต่างกันอย่างไร', 'เปรียบเทียบ'),
      item('plan-2567', 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567', 'แผนงาน'),
    ]);
    return engine;
  };
  it('finds เอกสารชุด15 only where ชุด and 15 stand together, and marks them whole', () => {
    const engine = numbered();
    const answer = search(engine, 'เอกสารชุด15');
    expect(foundIds(answer)).toEqual(['set-15-4']);
    expect(marked(answer.hits[0]!.titleParts)).toEqual(['เอกสารชุด15']);
  });
  it('reads มาตรา40 as the phrase มาตรา ๔๐ (Thai digits alike), and keeps a spaced number near-or-in-the-title as before', () => {
    const engine = numbered();
    expect(foundIds(search(engine, 'มาตรา40'))).toEqual(['m40']);
    expect(foundIds(search(engine, 'มาตรา 40'))).toEqual(['m39', 'm40']);
  });
  it('keeps a year its own word: แผน2567 and ปี2567 still find the plan of พ.ศ. 2567', () => {
    const engine = numbered();
    expect(foundIds(search(engine, 'แผน2567'))).toEqual(['plan-2567']);
    expect(foundIds(search(engine, 'ปี2567'))).toEqual(['plan-2567']);
  });
});

describe('a citizen\'s word for a benefit', () => {
  it('finds the old-age service first for เงินชราภาพ, which only an FAQ writes as such (outside trial 4: the service was a suggestion, far down)', () => {
    const engine = createSearchEngine();
    engine.replaceAll([
      item('faq', 'คำถามที่พบบ่อยของผู้ประกันตน', 'ถาม: ขอรับเงินชราภาพได้เมื่อใด ตอบ: เมื่ออายุครบ ๕๕ ปีบริบูรณ์และความเป็นผู้ประกันตนสิ้นสุดลง'),
      item('old-age', 'การยื่นขอรับประโยชน์ทดแทนกรณีชราภาพ (บำเหน็จ/บำนาญ)', 'ยื่นแบบคำขอรับประโยชน์ทดแทนกรณีชราภาพ พร้อมสำเนาสมุดบัญชีธนาคาร', { keywords: ['ชราภาพ', 'บำนาญชราภาพ', 'บำเหน็จชราภาพ'] }),
      item('procurement', 'สรุปผลการจัดซื้อจัดจ้าง', 'จ่ายเงินตามสัญญา'),
    ]);
    const answer = search(engine, 'เงินชราภาพ');
    expect(answer.hits[0]?.id).toBe('old-age');
    expect(foundIds(answer).sort()).toEqual(['faq', 'old-age']);
    expect(answer.found).toBe(2);
  });
});

describe('a citizen\'s word for a pension (helper-70)', () => {
  it('finds the old-age service for เงินบำนาญ and เงินบำเหน็จ where it writes บำเหน็จ/บำนาญ, not บำนาญชราภาพ (found 0: the synonym led to a phrase no document holds)', () => {
    const engine = createSearchEngine();
    engine.replaceAll([
      item('old-age', 'การยื่นขอรับประโยชน์ทดแทนกรณีชราภาพ (บำเหน็จ/บำนาญ)', 'ส่งเงินสมทบครบ ๑๘๐ เดือนได้รับบำนาญรายเดือน น้อยกว่านั้นได้รับบำเหน็จครั้งเดียว', { keywords: ['ชราภาพ', 'บำเหน็จ', 'บำนาญ'] }),
      item('procurement', 'สรุปผลการจัดซื้อจัดจ้าง', 'จ่ายเงินตามสัญญา'),
    ]);
    for (const q of ['เงินบำนาญ', 'เงินบำเหน็จ']) expect(foundIds(search(engine, q)), q).toEqual(['old-age']);
  });
});

describe('outside trial (helper-70), search that says more than is true', () => {
  const engine = createSearchEngine({ synonyms: {} });
  engine.replaceAll([
    item('claim-form', 'คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน', 'กรอกแบบคำขอ สปส. 2-01/7 แล้วยื่นที่สำนักงาน'),
    item('procurement-act', 'แผนการจัดซื้อจัดจ้าง ประจำปี', 'ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐'),
    item('skr1', 'สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม', 'ผลการจัดซื้อจัดจ้างของสำนักงานประกันสังคม ประจำเดือนตุลาคม'),
    item('guard', 'ประกาศผู้ชนะการเสนอราคาจ้างเหมารักษาความปลอดภัย', 'จ้างเหมาเจ้าหน้าที่รักษาความปลอดภัยอาคารสำนักงาน'),
  ]);

  it('a form number is not a year: "2-01/7" finds the form, not every document of พ.ศ. ๒๕๖๐ (its pieces joined read 2017)', () => {
    expect(foundIds(search(engine, '2-01/7'))).toEqual(['claim-form']);
    expect(foundIds(search(engine, 'สปส. 2-01/7'))).toEqual(['claim-form']);
    // The year itself still finds the act, in either era.
    expect(foundIds(search(engine, '2017'))).toEqual(['procurement-act']);
  });

  it('marks what was found when the query holds a function word (ผลการจัดซื้อจัดจ้าง, รักษาความปลอดภัย): every found hit showed no mark at all', () => {
    for (const [q, id] of [['ผลการจัดซื้อจัดจ้าง', 'skr1'], ['รักษาความปลอดภัย', 'guard'], ['ผู้ชนะการเสนอราคา', 'guard']] as const) {
      const hit = search(engine, q).hits.find((h) => h.id === id && !h.weak);
      expect(hit, q).toBeDefined();
      const marks = [...marked(hit!.titleParts), ...marked(hit!.snippet)].join('|');
      expect(marks, q).toContain(q);
    }
  });

  it('cuts the snippet where the whole query stands: "มาตรา 40" shows มาตรา ๔๐, not the text\'s first มาตรา (before ๓๓)', () => {
    const local = createSearchEngine({ synonyms: {} });
    local.replaceAll([item('m40', 'การขึ้นทะเบียนผู้ประกันตน', `ผู้ประกันตนมาตรา ๓๓ หรือ ๓๙ ที่สิ้นสภาพ ${'ยื่นแบบคำขอพร้อมเอกสารหลักฐาน '.repeat(12)}สมัครเป็นผู้ประกันตนมาตรา ๔๐ ได้ที่สำนักงานทุกแห่ง`)]);
    const hit = search(local, 'มาตรา 40').hits[0]!;
    expect(hit.weak).toBe(false);
    const text = hit.snippet.map((p) => p.text).join('');
    expect(text).toContain('มาตรา ๔๐');
    expect(marked(hit.snippet)).toEqual(expect.arrayContaining(['๔๐']));
  });

  it('a query of invisible characters (zero-width spaces) finds nothing, rather than listing the whole catalogue as found', () => {
    const answer = search(engine, '\u200b\u200c\u200d\ufeff');
    expect(answer.found).toBe(0);
    expect(answer.hits).toEqual([]);
    // An empty query still lists everything (the screen's browse).
    expect(search(engine, '').found).toBe(4);
  });

});

describe('paging through an answer (helper-70)', () => {
  it('says the same total on every page of one size, so no suggestion is skipped between pages, under a kind filter too', () => {
    const engine = createSearchEngine({ synonyms: {} });
    const both = 'ผู้ว่างงานต้องขึ้นทะเบียนภายในสามสิบวัน';
    engine.replaceAll([
      ...[1, 2, 3].map((n) => item(`doc-${n}`, `คู่มือฉบับที่ ${n}`, both)),
      ...[1, 2, 3, 4, 5].map((n) => ({ ...item(`svc-${n}`, `บริการที่ ${n}`, both), kind: 'service' as const })),
      ...[1, 2, 3, 4].map((n) => item(`part-${n}`, `ประกาศที่ ${n}`, 'ขึ้นทะเบียนนายจ้างใหม่')),
    ]);
    for (const kind of ['all', 'document'] as const) {
      for (const limit of [5, 7]) {
        const pages = [0, 1, 2, 3].map((page) => search(engine, 'ว่างงาน ขึ้นทะเบียน', { kind, limit, offset: page * limit }));
        expect(pages.map((p) => p.total), `${kind} ${limit}`).toEqual(pages.map(() => pages[0]!.total));
        const listed = pages.flatMap((p) => p.hits.map((h) => h.id));
        expect(listed, `${kind} ${limit}`).toHaveLength(Math.min(pages[0]!.total, 4 * limit));
        expect(new Set(listed).size, `${kind} ${limit}`).toBe(listed.length);
      }
      const all = search(engine, 'ว่างงาน ขึ้นทะเบียน', { kind, limit: 100 });
      expect(all.total - all.found, kind).toBe(4); // the four that hold one word, listed as suggestions
    }
  });
});

describe('an e- word typed with a space (helper-70)', () => {
  it('"e bidding" and "e GP" find what e-bidding and e-GP find (the on-screen keyboard\'s hyphen is one more key away)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('bid', 'ประกาศประกวดราคาจ้างด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'ยื่นข้อเสนอทางระบบ e-GP ของกรมบัญชีกลาง'),
      item('other', 'ประกาศรายชื่อผู้ชนะ', 'วิธีเฉพาะเจาะจง'),
    ]);
    expect(foundIds(search(engine, 'e-bidding'))).toEqual(['bid']);
    for (const q of ['e bidding', 'E Bidding', 'e gp', 'e GP ']) expect(foundIds(search(engine, q)), q).toEqual(['bid']);
  });

  it('reads the synonyms of the joined word too: "e bidding" finds what e-bidding finds through ประกวดราคาอิเล็กทรอนิกส์ (14 against 15 on the sample)', () => {
    const engine = createSearchEngine({ synonyms: { ebidding: ['ประกวดราคาอิเล็กทรอนิกส์'] } });
    engine.replaceAll([
      item('bid', 'ประกาศประกวดราคาจ้าง (e-bidding)', 'ยื่นข้อเสนอทางระบบ e-GP'),
      item('thai-only', 'ประกาศประกวดราคาอิเล็กทรอนิกส์ จ้างเหมาทำความสะอาด', 'ยื่นข้อเสนอทางระบบ'),
    ]);
    expect(foundIds(search(engine, 'e-bidding'))).toEqual(['bid', 'thai-only']);
    expect(foundIds(search(engine, 'e bidding'))).toEqual(['bid', 'thai-only']);
  });
});

describe('a query of function words only (helper-70)', () => {
  it('is not "corrected" into another run of words (ที่ของและ became ที่ของละ, found 26 by ละ of แต่ละ)', () => {
    const engine = createSearchEngine({ synonyms: {} });
    engine.replaceAll([
      item('each', 'สิทธิของผู้ประกันตนแต่ละมาตรา', 'ผู้ประกันตนแต่ละคนยังไปรับบริการได้ที่โรงพยาบาล'),
      item('other', 'ประกาศรายชื่อผู้ชนะ', 'วิธีเฉพาะเจาะจง'),
    ]);
    for (const q of ['ที่ของและ', 'อะไร ยังไง ครับ']) {
      for (const asTyped of [false, true]) {
        const answer = search(engine, q, { asTyped });
        expect(answer.correctedTo, q).toBeUndefined();
        expect(answer.didYouMean, q).toBeUndefined();
        expect(answer.found, q).toBe(0);
      }
    }
  });
});

describe('a word being typed that begins with a function word (helper-70)', () => {
  it('"ว่างง" on the way to ว่างงาน is completed, not "corrected" to ว่าง; "ว่างาน" (ว่า|งาน, a slip) is still corrected to ว่างงาน', () => {
    const engine = catalogue();
    const typing = search(engine, 'ว่างง');
    expect(typing.correctedTo).toBeUndefined();
    expect(foundIds(typing)).toEqual(['powers', 'unemployment-manual', 'unemployment-service']);
    expect(search(engine, 'ว่างาน').correctedTo).toBe('ว่างงาน');
  });
});
