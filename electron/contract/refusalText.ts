import type { z } from 'zod';

/**
 * A schema refusal as sentences a person can act on, in Thai and English, naming the field:
 * "ชื่อเรื่อง (ไทย) ยาวเกิน 2,000 ตัวอักษร" instead of zod's "✖ Too big: expected string…".
 * The dispatcher uses it for every refused input; the raw issues still go in `details` for IT.
 */

export interface Bilingual { th: string; en: string }
type Issue = z.core.$ZodIssue;

/** How many refusals one message names; the rest are counted. */
const SHOWN = 3;

const lang: Record<'th' | 'en', Bilingual> = { th: { th: 'ไทย', en: 'Thai' }, en: { th: 'อังกฤษ', en: 'English' } };

/** Fields of documents (the editor, `documents.*`), by path with `#` for a list position (`{n}` counts from 1). */
const documentFields: Record<string, Bilingual> = {
  id: { th: 'รหัสเอกสาร', en: 'Document id' },
  title: { th: 'ชื่อเรื่อง', en: 'Title' },
  category: { th: 'หมวด', en: 'Category' },
  published: { th: 'วันที่เผยแพร่', en: 'Publication date' },
  unit: { th: 'หน่วยงานเจ้าของเรื่อง', en: 'Owning unit' },
  unitEn: { th: 'หน่วยงานเจ้าของเรื่อง (อังกฤษ)', en: 'Owning unit (English)' },
  keywords: { th: 'คำสำคัญ', en: 'Keywords' },
  'keywords.#': { th: 'คำสำคัญคำที่ {n}', en: 'Keyword {n}' },
  summary: { th: 'สาระสำคัญ', en: 'Summary' },
  body: { th: 'เนื้อหา (พิมพ์เอง)', en: 'Text (typed by hand)' },
  url: { th: 'ลิงก์สาธารณะ', en: 'Public link' },
  reviewBy: { th: 'วันที่ต้องทบทวน', en: 'Review date' },
  paperLocation: { th: 'ที่เก็บต้นฉบับ', en: 'Paper original location' },
  paperLocationEn: { th: 'ที่เก็บต้นฉบับ (อังกฤษ)', en: 'Paper original location (English)' },
  pdf: { th: 'ไฟล์ PDF', en: 'PDF file' },
  'pdf.name': { th: 'ชื่อไฟล์ PDF', en: 'PDF file name' },
  'pdf.base64': { th: 'ไฟล์ PDF', en: 'PDF file' },
  reason: { th: 'เหตุผล', en: 'Reason' },
  note: { th: 'หมายเหตุ', en: 'Note' },
};

/** Fields of service standards (`standards.*`). */
const serviceFields: Record<string, Bilingual> = {
  id: { th: 'รหัสคู่มือบริการ', en: 'Service id' },
  title: { th: 'ชื่อบริการ', en: 'Service name' },
  description: { th: 'คำอธิบาย', en: 'Description' },
  steps: { th: 'ขั้นตอนการให้บริการ', en: 'Steps' },
  'steps.#': { th: 'ขั้นตอนที่ {n}', en: 'Step {n}' },
  'steps.#.text': { th: 'ขั้นตอนที่ {n}: รายละเอียด', en: 'Step {n}: text' },
  'steps.#.minutes': { th: 'ขั้นตอนที่ {n}: ระยะเวลา', en: 'Step {n}: time' },
  'steps.#.unit': { th: 'ขั้นตอนที่ {n}: หน่วยงานที่รับผิดชอบ', en: 'Step {n}: responsible unit' },
  fees: { th: 'ค่าธรรมเนียม', en: 'Fees' },
  'fees.#': { th: 'ค่าธรรมเนียม {n}', en: 'Fee {n}' },
  'fees.#.label': { th: 'ค่าธรรมเนียม {n}: รายการ', en: 'Fee {n}: label' },
  'fees.#.baht': { th: 'ค่าธรรมเนียม {n}: จำนวนเงิน (บาท)', en: 'Fee {n}: amount (baht)' },
  documents: { th: 'เอกสารที่ต้องใช้', en: 'Required documents' },
  'documents.#': { th: 'เอกสารที่ต้องใช้ รายการที่ {n}', en: 'Required document {n}' },
  channels: { th: 'ช่องทางการให้บริการ', en: 'Channels' },
  'channels.#': { th: 'ช่องทางการให้บริการ รายการที่ {n}', en: 'Channel {n}' },
  unit: { th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible unit' },
  keywords: { th: 'คำสำคัญ', en: 'Keywords' },
  'keywords.#': { th: 'คำสำคัญคำที่ {n}', en: 'Keyword {n}' },
};

/** Fields of the registers' filings (`registers.submit`, `registers.enter`): the form's own labels. */
const registerFields: Record<string, Bilingual> = {
  from: { th: 'วันเริ่มนับ', en: 'Start day' },
  kind: { th: 'ประเภท', en: 'Kind' },
  channel: { th: 'ช่องทางที่รับ', en: 'Received by' },
  receivedOn: { th: 'วันที่รับ', en: 'Date received' },
  details: { th: 'รายละเอียด', en: 'Details' },
  topic: { th: 'เรื่องเกี่ยวกับ', en: 'About' },
  anonymous: { th: 'ไม่ประสงค์ออกนาม', en: 'Stay anonymous' },
  person: { th: 'ช่องทางติดต่อ', en: 'Contact details' },
  'person.name': { th: 'ชื่อ–นามสกุล', en: 'Full name' },
  'person.phone': { th: 'โทรศัพท์', en: 'Phone' },
  'person.email': { th: 'อีเมล', en: 'E-mail' },
  'person.address': { th: 'ที่อยู่', en: 'Address' },
};

/**
 * A filing's `details` as its form labels it, by kind: "Details" named a field no citizen saw on a
 * request ("The information you want") or a complaint ("What happened") (outside trial 3).
 */
function filingDetailsWord(method: string, key: string, input: unknown): Bilingual | undefined {
  if (key !== 'details' || (method !== 'registers.submit' && method !== 'registers.enter')) return undefined;
  const kind = (input as { kind?: unknown } | null)?.kind;
  return kind === 'request' ? { th: 'ข้อมูลที่ต้องการ', en: 'The information you want' }
    : kind === 'complaint' ? { th: 'เรื่องที่ร้องเรียน', en: 'What happened' } : undefined;
}

/** Fields of the holiday table (`holidays.*`: a row of an import file, or one day set on the screen). */
const holidayFields: Record<string, Bilingual> = {
  date: { th: 'วันที่', en: 'Date' },
  nameTh: { th: 'ชื่อวันหยุด (ไทย)', en: 'Holiday name (Thai)' },
  nameEn: { th: 'ชื่อวันหยุด (อังกฤษ)', en: 'Holiday name (English)' },
  text: { th: 'ไฟล์วันหยุด', en: 'The holiday file' },
  format: { th: 'ชนิดไฟล์', en: 'File type' },
  removes: { th: 'วันหยุดที่ยืนยันให้ลบ', en: 'Holidays confirmed for removal' },
  'removes.#': { th: 'วันหยุดที่ยืนยันให้ลบ รายการที่ {n}', en: 'Holiday confirmed for removal {n}' },
};

/** Fields several methods share (lists, uploads, versions). */
const commonFields: Record<string, Bilingual> = {
  pin: { th: 'PIN', en: 'PIN' },
  expectedUpdatedAt: { th: 'เวลาแก้ไขล่าสุดที่เปิดไว้', en: 'Version opened' },
  draftKey: { th: 'รหัสร่างของหน้าแก้ไข', en: 'Editor draft key' },
  fileName: { th: 'ชื่อไฟล์', en: 'File name' },
  base64: { th: 'ไฟล์', en: 'File' },
  text: { th: 'คำค้น', en: 'Search text' },
  offset: { th: 'ตำแหน่งเริ่มของรายการ', en: 'List offset' },
  limit: { th: 'จำนวนรายการต่อหน้า', en: 'Items per page' },
  period: { th: 'ช่วงเวลา', en: 'The period' },
  'period.month': { th: 'เดือน', en: 'Month' },
  'period.quarter': { th: 'ไตรมาส', en: 'Quarter' },
  'period.from': { th: 'วันเริ่ม', en: 'Start date' },
  'period.to': { th: 'วันสิ้นสุด', en: 'End date' },
  language: { th: 'ภาษา', en: 'Language' },
  'event.language': { th: 'ภาษา', en: 'Language' },
};

/** How a field with a written pattern is written, for "must be written …". */
const formatHints: Record<string, Bilingual> = {
  'period.month': { th: 'ปปปป-ดด (ค.ศ. เช่น 2026-11)', en: 'yyyy-mm (e.g. 2026-11)' },
  'period.quarter': { th: 'ปปปป-Qn ของปีงบประมาณ ค.ศ. (เช่น 2027-Q1 = ต.ค.–ธ.ค. 2026)', en: 'yyyy-Qn, the fiscal year (e.g. 2027-Q1 = October–December 2026)' },
  'period.from': { th: 'ปปปป-ดด-วว (ค.ศ.)', en: 'yyyy-mm-dd' },
  'period.to': { th: 'ปปปป-ดด-วว (ค.ศ.)', en: 'yyyy-mm-dd' },
};

/** What is wrong with a field whose value is not in its written form, said as how to write it. */
const formatProblems: Record<string, Bilingual> = {
  // contract/staff.ts' PIN_DIGITS (imported there, this file would join the contract's import cycle).
  pin: { th: 'ต้องเป็นตัวเลข 6–12 หลัก', en: 'must be 6–12 digits' },
  'person.phone': { th: 'ใช้ได้เฉพาะตัวเลข + - ( ) และช่องว่าง', en: 'may hold only digits, + - ( ) and spaces' },
  'person.email': { th: 'ต้องเขียนแบบ name@example.com', en: 'must be written like name@example.com' },
};

/**
 * A rule of a schema (a refinement) may word its own refusal: `params.words` holds what is wrong and
 * what to do, and may rename the field it concerns. See `ruleWords` and registers.ts's filing rules.
 */
export interface RuleWords { problem: Bilingual; field?: Bilingual }
export const ruleWords = (words: RuleWords) => ({ words });
const wordsOf = (issue: Issue): RuleWords | undefined => {
  const words = issue.code === 'custom' ? (issue.params as { words?: RuleWords } | undefined)?.words : undefined;
  return words && typeof words.problem?.th === 'string' && typeof words.problem.en === 'string' ? words : undefined;
};

/** Fields whose too-big means a file's size (base64 characters, shown as MB of the file). */
const fileSizeFields = new Set(['pdf.base64', 'base64']);
/** Fields that hold a date. */
const dateFields = new Set(['published', 'reviewBy']);

const fieldsFor = (method: string) => ({
  ...commonFields,
  ...(method.startsWith('standards.') ? serviceFields : method.startsWith('registers.') ? registerFields
    : method.startsWith('holidays.') ? holidayFields : documentFields),
});

const number = (n: number) => n.toLocaleString('en-US');

/** The field's name in both languages, or the path itself when no label is known. */
function fieldName(method: string, path: readonly PropertyKey[]): { name: Bilingual; key: string } {
  const parts = path.map((p) => (typeof p === 'number' ? '#' : String(p)));
  const positions = path.filter((p): p is number => typeof p === 'number').map((p) => String(p + 1));
  const last = parts.at(-1);
  const language = last === 'th' || last === 'en' ? lang[last] : undefined;
  const key = (language ? parts.slice(0, -1) : parts).join('.');
  const label = fieldsFor(method)[key];
  if (path.length === 0) return { name: { th: 'ข้อมูลที่ส่งมา', en: 'The input' }, key };
  if (!label) {
    const shown = path.map(String).join('.');
    return { name: { th: `ช่อง ${shown}`, en: `Field ${shown}` }, key };
  }
  const fill = (text: string) => positions.reduce((t, n) => t.replace('{n}', n), text);
  return {
    name: {
      th: fill(label.th) + (language ? ` (${language.th})` : ''),
      en: fill(label.en) + (language ? ` (${language.en})` : ''),
    },
    key,
  };
}

const kindOf: Record<string, Bilingual> = {
  string: { th: 'ข้อความ', en: 'text' }, number: { th: 'ตัวเลข', en: 'a number' }, int: { th: 'จำนวนเต็ม', en: 'a whole number' },
  boolean: { th: 'ค่าใช่หรือไม่ใช่', en: 'yes or no' }, array: { th: 'รายการ', en: 'a list' }, object: { th: 'ชุดข้อมูล', en: 'a group of fields' },
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** What is wrong with the field, as the end of a sentence that starts with its name. */
function problem(issue: Issue, key: string, input: unknown): Bilingual {
  const words = wordsOf(issue);
  if (words) return words.problem;
  const format = formatProblems[key];
  if (format && (issue.code === 'invalid_format' || issue.code === 'invalid_union')) return format;
  const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return { th: 'ต้องกรอก', en: 'is required' };
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (fileSizeFields.has(key)) {
        const mb = Math.floor((max * 3) / 4 / 1024 / 1024);
        return { th: `ใหญ่เกิน ${number(mb)} MB`, en: `is larger than ${number(mb)} MB` };
      }
      if (issue.origin === 'string') return { th: `ยาวเกิน ${number(max)} ตัวอักษร`, en: `is longer than ${number(max)} characters` };
      if (issue.origin === 'array' || issue.origin === 'set') return { th: `มีได้ไม่เกิน ${number(max)} รายการ`, en: `may hold at most ${number(max)} items` };
      if (issue.origin === 'number' || issue.origin === 'int') return { th: `ต้องไม่เกิน ${number(max)}`, en: `must be at most ${number(max)}` };
      return { th: 'ใหญ่เกินกำหนด', en: 'is too large' };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1
          ? { th: 'ต้องไม่ว่าง', en: 'must not be empty' }
          : { th: `ต้องยาวอย่างน้อย ${number(min)} ตัวอักษร`, en: `must be at least ${number(min)} characters long` };
      }
      if (issue.origin === 'array' || issue.origin === 'set') return { th: `ต้องมีอย่างน้อย ${number(min)} รายการ`, en: `must hold at least ${number(min)} items` };
      if (issue.origin === 'number' || issue.origin === 'int') return { th: `ต้องไม่น้อยกว่า ${number(min)}`, en: `must be at least ${number(min)}` };
      return { th: 'เล็กเกินกำหนด', en: 'is too small' };
    }
    case 'invalid_type': {
      const kind = kindOf[issue.expected];
      return kind ? { th: `ต้องเป็น${kind.th}`, en: `must be ${kind.en}` } : { th: 'มีชนิดข้อมูลไม่ถูกต้อง', en: 'has the wrong kind of value' };
    }
    case 'invalid_format': {
      const hint = formatHints[key];
      if (hint) return { th: `ต้องเขียนแบบ ${hint.th}`, en: `must be written ${hint.en}` };
      if (issue.format === 'url') return { th: 'ต้องเป็นลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://', en: 'must be a link starting with http:// or https://' };
      if (dateFields.has(key)) return { th: 'ต้องเป็นวันที่ที่ถูกต้อง', en: 'must be a valid date' };
      if (key === 'id') return { th: 'ใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข . - _ (ขึ้นต้นด้วยตัวอักษรหรือตัวเลข)', en: 'may hold only letters, digits, . - _ (starting with a letter or digit)' };
      if (fileSizeFields.has(key)) return { th: 'อ่านไม่ได้ (ไม่ใช่ข้อมูลไฟล์แบบ base64)', en: 'cannot be read (not base64 file data)' };
      return { th: 'มีรูปแบบไม่ถูกต้อง', en: 'is not in the right format' };
    }
    case 'custom':
      if (key === 'period' && issue.message === 'from must not be after to') return { th: 'วันเริ่มต้องไม่อยู่หลังวันสิ้นสุด', en: 'must not start after it ends' };
      if (dateFields.has(key) || issue.message === 'not a real date') return { th: 'ไม่ใช่วันที่ที่มีอยู่จริง', en: 'is not a real date' };
      return { th: 'ไม่ถูกต้อง', en: 'is not valid' };
    case 'invalid_value': {
      const few = issue.values.length <= 6 ? `: ${issue.values.map(String).join(', ')}` : '';
      return { th: `ต้องเป็นค่าที่ระบบกำหนด${few}`, en: `must be one of the allowed values${few}` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).join(', ');
      return { th: `มีช่องที่ระบบไม่รู้จัก: ${keys}`, en: `has fields the kiosk does not know: ${keys}` };
    }
    default:
      return { th: 'ไม่ถูกต้อง', en: 'is not valid' };
  }
}

/** One refusal as a sentence, field first. */
export function issueSentence(method: string, issue: Issue, input: unknown): Bilingual {
  const { name: fieldLabel, key } = fieldName(method, issue.path);
  const name = wordsOf(issue)?.field ?? filingDetailsWord(method, key, input) ?? fieldLabel;
  const what = problem(issue, key, input);
  return { th: `${name.th} ${what.th}`, en: `${name.en} ${what.en}` };
}

/** A refused field as the dispatcher's `details` carry it: zod's issue for IT, and its sentence for the form to show on that field. */
export type SaidIssue = Issue & { said: Bilingual };
export const withSentences = (method: string, issues: readonly Issue[], input: unknown): SaidIssue[] =>
  issues.map((issue) => ({ ...issue, said: issueSentence(method, issue, input) }));

/** Every refusal of an input as sentences, one per field (an import's row report says them all). */
export function fieldSentences(method: string, issues: readonly Issue[], input: unknown): Bilingual[] {
  // One sentence per field: a date refused by its pattern is refused again by its "real date" check.
  const pathKey = (issue: Issue) => issue.path.map(String).join('\u0000');
  // A huge number breaks zod's own safe-integer bound first: the field's own limit is the one to say.
  const safeBound = (issue: Issue) => (issue.code === 'too_big' && issue.origin === 'int' && Math.abs(Number(issue.maximum)) === Number.MAX_SAFE_INTEGER)
    || (issue.code === 'too_small' && issue.origin === 'int' && Math.abs(Number(issue.minimum)) === Number.MAX_SAFE_INTEGER);
  const ownBound = (issue: Issue) => safeBound(issue)
    && issues.some((other) => other !== issue && other.code === issue.code && pathKey(other) === pathKey(issue));
  const said = issues.filter((issue) => !ownBound(issue));
  const firstPerField = said.filter((issue, i) => said.findIndex((other) => pathKey(other) === pathKey(issue)) === i);
  return firstPerField.map((issue) => issueSentence(method, issue, input));
}

/** Every refusal of an input, the first few as sentences and the rest counted. */
export function refusalText(method: string, issues: readonly Issue[], input: unknown): Bilingual {
  const sentences = fieldSentences(method, issues, input);
  const shown = sentences.slice(0, SHOWN);
  const more = sentences.length - shown.length;
  return {
    th: shown.map((s) => s.th).join('; ') + (more > 0 ? ` (และอีก ${more} ข้อ)` : ''),
    en: shown.map((s) => s.en).join('; ') + (more > 0 ? ` (and ${more} more)` : ''),
  };
}
