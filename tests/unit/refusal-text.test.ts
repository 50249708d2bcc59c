import { describe, expect, it } from 'vitest';
import { DocumentDraft } from '../../electron/contract/catalogue-staff';
import { fieldLimits } from '../../electron/contract/fieldLimits';
import { refusalText } from '../../electron/contract/refusalText';
import { asAdmin, asStaff, kioskPerTest, type TestKiosk } from './catalogue-support';

/** Issue 11: every schema refusal reaches a person as a Thai and English sentence naming the field. */
const draft = { title: { th: 'ประกาศ' }, category: 's9-8', published: '2026-10-15' };

describe('schema refusals as sentences, through the dispatcher', () => {
  const { kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z' });

  const refusal = async (method: string, input: unknown, caller = asStaff) => {
    const result = await kiosk.dispatch(method, input, caller);
    if (result.ok) throw new Error(`${method} was not refused`);
    expect(result.error.code).toBe('bad_input');
    expect(`${result.error.messageTh} ${result.error.message}`).not.toMatch(/✖|Too big|expected string|Invalid input/);
    return { th: result.error.messageTh, en: result.error.message, details: result.error.details };
  };

  it('gives a number\'s own limit, not the largest whole number, for a huge one (search limit 1e308, trial)', async () => {
    const huge = await refusal('search.query', { q: 'ประกาศ', limit: 1e308 }, asStaff);
    expect(huge.th).toBe('จำนวนรายการต่อหน้า ต้องไม่เกิน 100');
    expect(huge.en).toBe('Items per page must be at most 100');
    expect((await refusal('search.query', { q: 'ประกาศ', limit: -1e308 }, asStaff)).en).toBe('Items per page must be at least 1');
  });

  it('says how a report period is written, and that it must not start after it ends (trial: "Field period.month is not in the right format")', async () => {
    const month = await refusal('reports.build', { period: { kind: 'month', month: '2026-13' } }, asAdmin);
    expect(month.th).toBe('เดือน ต้องเขียนแบบ ปปปป-ดด (ค.ศ. เช่น 2026-11)');
    expect(month.en).toBe('Month must be written yyyy-mm (e.g. 2026-11)');
    const quarter = await refusal('reports.build', { period: { kind: 'quarter', quarter: '2027-5' } }, asAdmin);
    expect(quarter.en).toBe('Quarter must be written yyyy-Qn, the fiscal year (e.g. 2027-Q1 = October–December 2026)');
    const backwards = await refusal('reports.build', { period: { kind: 'range', from: '2026-12-01', to: '2026-11-01' } }, asAdmin);
    expect(backwards.th).toBe('ช่วงเวลา วันเริ่มต้องไม่อยู่หลังวันสิ้นสุด');
    expect(backwards.en).toBe('The period must not start after it ends');
  });

  it('refuses a Buddhist Era year in a report period or a due date\'s start, saying the C.E. one meant (helper-69: report --month 2569-11 printed "พฤศจิกายน ๓๑๑๒", exit 0)', async () => {
    const month = await refusal('reports.build', { period: { kind: 'month', month: '2569-11' } }, asAdmin);
    expect(month.th).toBe('เดือน เขียนปีเป็น พ.ศ. 2569: ใช้ปี ค.ศ. เช่น 2026-11');
    expect(month.en).toBe('Month has the Buddhist Era year 2569: write the Common Era year, e.g. 2026-11');
    expect((await refusal('reports.build', { period: { kind: 'quarter', quarter: '2570-Q1' } }, asAdmin)).en).toContain('e.g. 2027-Q1');
    expect((await refusal('reports.build', { period: { kind: 'range', from: '2569-12-01', to: '2569-12-31' } }, asAdmin)).en).toContain('e.g. 2026-12-01');
    expect((await refusal('registers.due', { from: '2569-12-04', days: 15 }, asStaff)).en).toContain('e.g. 2026-12-04');
    // The C.E. forms pass.
    expect((await kiosk.dispatch('reports.build', { period: { kind: 'month', month: '2026-11' } }, asAdmin)).ok).toBe(true);
  });

  it('says what a PIN must be (helper-69: "Field pin is not in the right format")', async () => {
    const pin = await refusal('staff.createAccount', { name: 'วิภา', role: 'staff', pin: '1' }, asAdmin);
    expect(pin.th).toBe('PIN ต้องเป็นตัวเลข 6–12 หลัก');
    expect(pin.en).toBe('PIN must be 6–12 digits');
  });

  it('names the document field and its limit, in both languages, and keeps the raw issues for IT', async () => {
    const tooLong = await refusal('documents.save', { ...draft, title: { th: 'ก'.repeat(fieldLimits.title + 1) } });
    expect(tooLong.th).toBe('ชื่อเรื่อง (ไทย) ยาวเกิน 2,000 ตัวอักษร');
    expect(tooLong.en).toBe('Title (Thai) is longer than 2,000 characters');
    expect(tooLong.details).toMatchObject([{ code: 'too_big', path: ['title', 'th'] }]);

    const keyword = await refusal('documents.save', { ...draft, keywords: ['ภาษี', 'ข'.repeat(fieldLimits.keyword + 1)] });
    expect(keyword.th).toBe('คำสำคัญคำที่ 2 ยาวเกิน 100 ตัวอักษร');
    expect(keyword.en).toBe('Keyword 2 is longer than 100 characters');

    const many = await refusal('documents.save', { ...draft, keywords: Array.from({ length: 51 }, (_, i) => `คำ${i}`) });
    expect(many.th).toBe('คำสำคัญ มีได้ไม่เกิน 50 รายการ');
  });

  it('says what is missing, what is not a date or a link, and which fields are unknown', async () => {
    const missing = await refusal('documents.save', { title: { th: 'ประกาศ' }, category: 's9-8' });
    expect(missing.th).toBe('วันที่เผยแพร่ ต้องกรอก');
    expect(missing.en).toBe('Publication date is required');

    const date = await refusal('documents.save', { ...draft, published: '2026-02-31' });
    expect(date.th).toBe('วันที่เผยแพร่ ไม่ใช่วันที่ที่มีอยู่จริง');
    const badDate = await refusal('documents.save', { ...draft, reviewBy: '31/02/2569' });
    expect(badDate.th).toBe('วันที่ต้องทบทวน ต้องเป็นวันที่ที่ถูกต้อง'); // named once, not once per check

    const link = await refusal('documents.save', { ...draft, url: 'ftp://files.example/a.pdf' });
    expect(link.th).toBe('ลิงก์สาธารณะ ต้องเป็นลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://');

    const empty = await refusal('documents.save', { ...draft, title: { th: '   ' } });
    expect(empty.th).toBe('ชื่อเรื่อง (ไทย) ต้องไม่ว่าง');

    const extra = await refusal('documents.save', { ...draft, owner: 'x' });
    expect(extra.th).toBe('ข้อมูลที่ส่งมา มีช่องที่ระบบไม่รู้จัก: owner');
    expect(extra.en).toBe('The input has fields the kiosk does not know: owner');
  });

  it('names service fields by their place in the lists', async () => {
    const service = await refusal('standards.save', {
      title: { th: 'ขอรับเงินทดแทน' },
      steps: [{ text: { th: 'ยื่นคำขอ' }, minutes: 10 }, { text: { th: 'ตรวจสอบ', en: 'e'.repeat(2001) }, minutes: -5 }],
      fees: [{ label: { th: 'ค่าสำเนา' }, baht: 'ยี่สิบ' }],
    });
    expect(service.th).toBe('ขั้นตอนที่ 2: รายละเอียด (อังกฤษ) ยาวเกิน 2,000 ตัวอักษร; ขั้นตอนที่ 2: ระยะเวลา ต้องไม่น้อยกว่า 0; ค่าธรรมเนียม 1: จำนวนเงิน (บาท) ต้องเป็นตัวเลข');
    expect(service.en).toBe('Step 2: text (English) is longer than 2,000 characters; Step 2: time must be at least 0; Fee 1: amount (baht) must be a number');
    const title = await refusal('standards.save', { title: { th: '' }, steps: [{ text: { th: 'ก' }, minutes: 1 }] });
    expect(title.th).toBe('ชื่อบริการ (ไทย) ต้องไม่ว่าง');
  });

  it('says a PDF is too big in MB, not in base64 characters', async () => {
    const { en, th } = await refusal('documents.save', { ...draft, pdf: { name: 'big.pdf', base64: 'A'.repeat(70 * 1024 * 1024) } });
    expect(th).toBe('ไฟล์ PDF ใหญ่เกิน 50 MB');
    expect(en).toBe('PDF file is larger than 50 MB');
  });

  it('names the PDF sent with a save: an over-long name, text that is not base64', async () => {
    const pdf = (name: string, base64: string) => ({ ...draft, pdf: { name, base64 } });
    const longName = await refusal('documents.save', pdf(`${'ก'.repeat(300)}.pdf`, 'JVBERi0='));
    expect(longName.th).toBe('ชื่อไฟล์ PDF ยาวเกิน 255 ตัวอักษร');
    const notBase64 = await refusal('documents.save', pdf('a.pdf', '<<not base64>>'));
    expect(notBase64.th).toBe('ไฟล์ PDF อ่านไม่ได้ (ไม่ใช่ข้อมูลไฟล์แบบ base64)');
    expect(kiosk.services.catalogue.snapshot().documents).toEqual([]);
  });

  it('falls back to the path for fields it has no name for, and counts what it does not list', async () => {
    // An administrator's method: the role is checked before the schema says anything (issue 12).
    const other = await refusal('settings.update', { kiosk: { idleSeconds: 'soon' } }, asAdmin);
    expect(other.th).toMatch(/^ช่อง [a-z.]+ /);
    expect(other.en).toMatch(/^Field [a-z.]+ /);
    const text = refusalText('documents.save', DocumentDraft.safeParse({}).error!.issues, {});
    expect(text.th).toBe('ชื่อเรื่อง ต้องกรอก; หมวด ต้องกรอก; วันที่เผยแพร่ ต้องกรอก');
    const four = refusalText('documents.save', DocumentDraft.safeParse({ title: {}, unit: 1, body: 2 }).error!.issues, { title: {}, unit: 1, body: 2 });
    expect(four.th).toBe('ชื่อเรื่อง (ไทย) ต้องกรอก; หมวด ต้องกรอก; วันที่เผยแพร่ ต้องกรอก (และอีก 2 ข้อ)');
    expect(four.en).toBe('Title (Thai) is required; Category is required; Publication date is required (and 2 more)');
  });
});

describe('register filings refused in words a person can act on (new-staff trial: "ช่อง person ไม่ถูกต้อง")', () => {
  const { kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z' });

  const refused = async (method: string, input: unknown, caller: Parameters<TestKiosk['dispatch']>[2] = asStaff) => {
    const result = await kiosk.dispatch(method, input, caller);
    if (result.ok) throw new Error(`${method} was not refused`);
    expect(result.error.code).toBe('bad_input');
    return { th: result.error.messageTh, en: result.error.message, details: result.error.details as { path: PropertyKey[]; said?: { th: string; en: string } }[] };
  };
  const counter = { kind: 'request', channel: 'counter', details: 'ขอสำเนาสัญญาจ้างก่อสร้างอาคาร' };

  it('a request with a name and no phone, e-mail or address says which contact detail to give, on the contact fields', async () => {
    const text = await refused('registers.enter', { ...counter, person: { name: 'สมหญิง ทดสอบ', phone: '', email: '', address: '' } });
    expect(text.th).toBe('ช่องทางติดต่อ ต้องมีอย่างน้อยหนึ่งช่องทาง: กรอกโทรศัพท์ อีเมล หรือที่อยู่ เพื่อให้หน่วยงานตอบคำขอได้');
    expect(text.en).toBe('Contact details must hold at least one way to reach the requester: fill in a phone, an e-mail or an address so the agency can answer');
    // Each refused field carries its own sentence, so a form can show it on the field it concerns.
    expect(text.details[0]).toMatchObject({ path: ['person'], said: { th: text.th, en: text.en } });
    // The kiosk's own form (registers.submit) hears the same words from the same rule.
    const kioskText = await refused('registers.submit', { kind: 'request', details: counter.details, person: { name: 'สมหญิง ทดสอบ' } }, { transport: 'http' });
    expect(kioskText).toMatchObject({ th: text.th, en: text.en });
  });

  it('a request with a phone and no name asks for the requester\'s name; an anonymous request says to untick anonymous', async () => {
    const noName = await refused('registers.enter', { ...counter, person: { name: '', phone: '0812345678' } });
    expect(noName.th).toBe('ชื่อ–นามสกุล ต้องกรอก: คำขอข้อมูลข่าวสารต้องระบุชื่อผู้ขอ');
    expect(noName.en).toBe('Full name is required: a request for information must name the requester');
    const anonymous = await refused('registers.enter', { ...counter, anonymous: true });
    expect(anonymous.th).toMatch(/^ไม่ประสงค์ออกนาม ใช้กับคำขอข้อมูลข่าวสารไม่ได้: ยกเลิกการเลือก แล้วกรอกชื่อและช่องทางติดต่อ/);
    expect(anonymous.en).toMatch(/^Stay anonymous cannot be chosen for a request for information: untick it and give a name and a way to reach the requester/);
  });

  it('a complaint with neither a name nor a contact says to give one or choose anonymous', async () => {
    const text = await refused('registers.enter', { kind: 'complaint', channel: 'phone', details: 'ที่จอดรถไม่พอ', topic: 'facility', person: { name: '', phone: '' } });
    expect(text.th).toBe('ผู้ร้องเรียน ต้องระบุชื่อหรือช่องทางติดต่ออย่างน้อยหนึ่งอย่าง หรือเลือกไม่ประสงค์ออกนาม');
    expect(text.en).toBe('The complainant must be given a name or a way to reach them, or choose to stay anonymous');
  });

  it('names the person\'s fields and says how a phone and an e-mail are written', async () => {
    const phone = await refused('registers.enter', { ...counter, person: { name: 'ก ข', phone: '08-1234-ABCD' } });
    expect(phone.th).toBe('โทรศัพท์ ใช้ได้เฉพาะตัวเลข + - ( ) และช่องว่าง');
    expect(phone.en).toBe('Phone may hold only digits, + - ( ) and spaces');
    const email = await refused('registers.enter', { ...counter, person: { name: 'ก ข', email: 'somying at example' } });
    expect(email.th).toBe('อีเมล ต้องเขียนแบบ name@example.com');
    expect(email.en).toBe('E-mail must be written like name@example.com');
    const short = await refused('registers.enter', { ...counter, details: 'ขอ', person: { name: 'ก ข', phone: '0812345678' } });
    // The field as its form labels it, by kind (outside trial 3: "Details" named no field on the screen).
    expect(counter.kind).toBe('request');
    expect(short.th).toBe('ข้อมูลที่ต้องการ ต้องยาวอย่างน้อย 5 ตัวอักษร');
    expect(short.en).toBe('The information you want must be at least 5 characters long');
    const complaint = await refused('registers.submit', { kind: 'complaint', details: 'ขอ', anonymous: true });
    expect(complaint.th).toBe('เรื่องที่ร้องเรียน ต้องยาวอย่างน้อย 5 ตัวอักษร');
    expect(complaint.en).toBe('What happened must be at least 5 characters long');
  });
});

describe('the editor limits are the schema limits', () => {
  it('accepts a title and a keyword at the limit and refuses one character more', () => {
    const at = (title: number, keyword: number) => DocumentDraft.safeParse({ ...draft, title: { th: 'ก'.repeat(title) }, keywords: ['ข'.repeat(keyword)] }).success;
    expect(at(fieldLimits.title, fieldLimits.keyword)).toBe(true);
    expect(at(fieldLimits.title + 1, fieldLimits.keyword)).toBe(false);
    expect(at(fieldLimits.title, fieldLimits.keyword + 1)).toBe(false);
  });
});
