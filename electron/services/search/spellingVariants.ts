/**
 * Spellings Thai writers commonly get wrong (Royal Institute's lists of misspelt words) and forms
 * that differ only in writing style. Both the index and the query are folded to the first form.
 * Whole-word only where a short form could hide inside another word.
 */
const commonMisspellings: ReadonlyArray<readonly [correct: string, variants: readonly string[]]> = [
  ['กฎหมาย', ['กฏหมาย']],
  ['กฎกระทรวง', ['กฏกระทรวง']],
  ['กฎเกณฑ์', ['กฏเกณฑ์']],
  ['ปฏิบัติ', ['ปฎิบัติ']],
  ['ปฏิทิน', ['ปฎิทิน']],
  ['ทุพพลภาพ', ['ทุพลภาพ', 'ทุพภลภาพ']],
  ['อนุญาต', ['อนุญาติ', 'อนุญาตย์']],
  ['สังเกต', ['สังเกตุ']],
  ['โอกาส', ['โอกาศ']],
  ['ศีรษะ', ['ศรีษะ']],
  ['บุคคล', ['บุคล']],
  ['อิเล็กทรอนิกส์', ['อิเล็คทรอนิกส์', 'อิเลคทรอนิกส์', 'อีเล็กทรอนิกส์', 'อิเล็กทรอนิค', 'อิเล็คทรอนิค', 'อิเล็กโทรนิกส์']],
  ['ลายมือชื่อ', ['ลายมือชือ']],
  ['รักษาพยาบาล', ['รักษาพยาบล']],
  ['ผู้ประกันตน', ['ผู้ประกันตัว']],
  ['ค่าจ้าง', ['ค่าจาง']],
  ['ประจำปี', ['ประจําปี']],
  ['เบี้ยยังชีพ', ['เบี้ยยังชีพย์']],
  ['ซื้อ', ['ซือ']],
  ['สัญญา', ['สัญา']],
  ['ไฟล์', ['ไฟฬ์']],
];

/** Month abbreviations used in dates ("ม.ค. 67"), written out so either form finds the other. Only with their periods: without them they are ordinary syllables ("พย" in "พยาบาล"). */
const thaiMonthAbbreviations: ReadonlyArray<readonly [abbreviation: string, month: string]> = [
  ['ม.ค.', 'มกราคม'], ['ก.พ.', 'กุมภาพันธ์'], ['มี.ค.', 'มีนาคม'], ['เม.ย.', 'เมษายน'], ['พ.ค.', 'พฤษภาคม'], ['มิ.ย.', 'มิถุนายน'],
  ['ก.ค.', 'กรกฎาคม'], ['ส.ค.', 'สิงหาคม'], ['ก.ย.', 'กันยายน'], ['ต.ค.', 'ตุลาคม'], ['พ.ย.', 'พฤศจิกายน'], ['ธ.ค.', 'ธันวาคม'],
];
const monthPattern = new RegExp(`(?<![\\u0E01-\\u0E4E])(${thaiMonthAbbreviations.map(([a]) => a.replace(/\./g, '\\.')).join('|')})`, 'g');
const monthOf = new Map(thaiMonthAbbreviations);

/** "ม.ค." -> " มกราคม " (spaced so the year after it stays a separate word). */
export const expandMonthAbbreviations = (text: string): string =>
  (text.includes('.') ? text.replace(monthPattern, (a) => ` ${monthOf.get(a) ?? a} `) : text);

const misspellingPattern = new RegExp(
  commonMisspellings.flatMap(([, variants]) => variants).sort((a, b) => b.length - a.length).join('|'),
  'g',
);
const correctionOf = new Map(commonMisspellings.flatMap(([correct, variants]) => variants.map((v) => [v, correct] as const)));

/** Replaces known misspellings by the standard spelling. */
export function fixCommonMisspellings(text: string): string {
  return text.replace(misspellingPattern, (wrong) => correctionOf.get(wrong) ?? wrong);
}
