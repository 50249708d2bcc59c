/**
 * Character-level repairs of Thai text. `cleanText` fixes what is broken (and is safe to show);
 * `foldChars` maps characters one-for-one so offsets in folded text point into the cleaned text.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Marks written above or below a consonant: they never start a word, so a space before one is an extraction artefact. */
const COMBINING = '\u0E31\u0E34-\u0E3A\u0E47-\u0E4E';
/** Vowels written after the consonant that cannot begin a syllable. */
const FOLLOWING_VOWELS = '\u0E30\u0E32\u0E33\u0E45';
const LEADING_VOWELS = '\u0E40-\u0E44';
const ABOVE_BELOW_VOWELS = '\u0E31\u0E34-\u0E3A\u0E47';
const TONE_MARKS = '\u0E48-\u0E4B';

// pdf.js splits clusters ("เรื อง"): a space before a mark or a following vowel, after a leading vowel,
// or after ั ื ็ (which never end a syllable) cannot be a real word break.
const SPACE_BEFORE_MARK = new RegExp(`[ \\t\\u00A0]+(?=[${COMBINING}${FOLLOWING_VOWELS}])`, 'g');
const SPACE_AFTER_LEADING_VOWEL = new RegExp(`(?<=[${LEADING_VOWELS}])[ \\t\\u00A0]+(?=[\\u0E01-\\u0E2E])`, 'g');
const SPACE_AFTER_OPEN_VOWEL = new RegExp(`(?<=[\\u0E31\\u0E37\\u0E47][${TONE_MARKS}]?)[ \\t\\u00A0]+(?=[\\u0E01-\\u0E2E])`, 'g');
// Typists often enter the tone mark before the vowel above it; both render the same.
const TONE_BEFORE_VOWEL = new RegExp(`([${TONE_MARKS}\\u0E4C])([${ABOVE_BELOW_VOWELS}])`, 'g');
// Nikhahit + sara aa is how some fonts and keyboards spell sara am (ำ), possibly with the tone in between.
const NIKHAHIT_AA = new RegExp(`\\u0E4D([${TONE_MARKS}]?)\\u0E32`, 'g');
const AM_BEFORE_TONE = new RegExp(`\\u0E33([${TONE_MARKS}])`, 'g');
const DOUBLED_MARK = new RegExp(`([${COMBINING}])\\1+`, 'g');

/** Repairs broken or odd Thai text without changing what it says. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(SPACE_BEFORE_MARK, '')
    .replace(SPACE_AFTER_LEADING_VOWEL, '')
    .replace(SPACE_AFTER_OPEN_VOWEL, '')
    .replace(NIKHAHIT_AA, '$1\u0E33')
    .replace(AM_BEFORE_TONE, '$1\u0E33')
    .replace(TONE_BEFORE_VOWEL, '$2$1')
    .replace(DOUBLED_MARK, '$1')
    .replace(/[ \t\u00A0\u3000]+/g, ' ');
}

const THAI_ZERO = 0x0e50;

/** Thai digits to Arabic and ASCII to lower case, one character for one, so offsets survive. */
export function foldChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= THAI_ZERO && code <= THAI_ZERO + 9) out += String.fromCharCode(48 + code - THAI_ZERO);
    else if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else out += text[i];
  }
  return out;
}

export const isThaiLetter = (ch: string): boolean => ch >= '\u0E01' && ch <= '\u0E2E';
export const hasThai = (text: string): boolean => /[\u0E00-\u0E7F]/.test(text);
