/**
 * Citizens sometimes type their own numbers into the search box. Before a query is stored, every
 * digit of anything that could be a Thai ID number, a phone number or the start of one becomes
 * `#`, so the usage log never holds one. Separators are kept so the shape stays visible
 * ("#-####-#####-##-#").
 *
 * People type numbers in many ways: Thai (๐-๙), full-width (０-９) or Arabic digits, grouped by
 * spaces (one or several), dashes of every kind, dots, commas, slashes, underscores or
 * parentheses, or pasted with invisible characters. So digits are found as digits of any script
 * (`\p{Nd}`), and digits joined by short runs of such separators count as one number. A number of
 * 8 or more digits could be an ID (13 digits) or a phone number (9-10), or the first 8 digits of
 * one: all of it is masked.
 */
const DIGIT = '\\p{Nd}';
/** What may stand between the digits of one number: spacing, dashes, dots, commas, slashes, brackets, invisible characters. */
const SEPARATOR = "[\\s\\p{Zs}\\p{Cf}\\p{Pd}.,:;/\\\\_()\\[\\]'’*#~|+\u2212\u3001\u3002\uFF0C\uFF0E\uFF0F\uFF3F\uFF08\uFF09\uFF1A\uFF1B\uFF0B\uFF0D]";
/** Up to four separator characters ("081 - 234", "(081) 234") still join two groups of digits. */
const NUMBER = new RegExp(`${DIGIT}(?:${SEPARATOR}{0,4}${DIGIT})*`, 'gu');
const ANY_DIGIT = new RegExp(DIGIT, 'gu');

/** Shorter numbers (years, document numbers, amounts up to 9,999,999) are what a catalogue search needs. */
const MIN_PERSONAL_DIGITS = 8;

/** Arabic digit of a Thai, full-width or Arabic digit; undefined for other scripts (then nothing is exempt). */
function arabicDigits(text: string): string | undefined {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code >= 0x30 && code <= 0x39) out += c;
    else if (code >= 0x0e50 && code <= 0x0e59) out += String(code - 0x0e50);
    else if (code >= 0xff10 && code <= 0xff19) out += String(code - 0xff10);
    else if (ANY_DIGIT.test(c)) { ANY_DIGIT.lastIndex = 0; return undefined; }
    else out += c;
  }
  return out;
}

const isYear = (y: number) => (y >= 1900 && y <= 2199) || (y >= 2400 && y <= 2799); // Common Era or Buddhist Era
const YEAR_RANGE = /^(\d{4})\s*[-–—/]\s*(\d{4})$/;
const DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/**
 * Two shapes of 8 digits that are plainly not a person's number and that people search for: a
 * range of years ("2566-2567") and a whole date ("15/10/2567"). No ID or phone is typed so.
 */
function isYearsOrDate(number: string): boolean {
  const text = arabicDigits(number);
  if (text === undefined) return false;
  const range = YEAR_RANGE.exec(text);
  if (range) return isYear(Number(range[1])) && isYear(Number(range[2]));
  const date = DATE.exec(text);
  if (date) {
    const [day, month, year] = [Number(date[1]), Number(date[3]), Number(date[4])];
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 && isYear(year);
  }
  return false;
}

export function maskPersonalNumbers(text: string): string {
  return text.replace(NUMBER, (number) => {
    const digits = number.match(ANY_DIGIT)?.length ?? 0;
    if (digits < MIN_PERSONAL_DIGITS || isYearsOrDate(number)) return number;
    return number.replace(ANY_DIGIT, '#');
  });
}
