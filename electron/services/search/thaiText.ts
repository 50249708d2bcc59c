/**
 * Character-level repairs of Thai text. `cleanText` fixes what is broken (and is safe to show);
 * `foldChars` maps characters one-for-one so offsets in folded text point into the cleaned text.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ZERO_WIDTH_ANY = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** Marks written above or below a consonant. */
const COMBINING = '\u0E31\u0E34-\u0E3A\u0E47-\u0E4E';
const ABOVE_BELOW_VOWELS = '\u0E31\u0E34-\u0E3A\u0E47';
const TONE_MARKS = '\u0E48-\u0E4B';

const isCombining = (c: number) => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
/** A vowel or tone mark written above or below the letter before it: text cut before one leaves it floating. */
export const isCombiningMark = (text: string, at: number): boolean => isCombining(text.charCodeAt(at));
const isFollowingVowel = (c: number) => c === 0x0e30 || c === 0x0e32 || c === 0x0e33 || c === 0x0e45;
const isLeadingVowel = (c: number) => c >= 0x0e40 && c <= 0x0e44;
const isConsonant = (c: number) => c >= 0x0e01 && c <= 0x0e2e;
const isTone = (c: number) => c >= 0x0e48 && c <= 0x0e4b;
/** ั ื ็ never end a syllable. */
const isOpenVowel = (c: number) => c === 0x0e31 || c === 0x0e37 || c === 0x0e47;

/**
 * pdf.js splits clusters ("เรื อง"): a space before a mark or a following vowel, after a leading
 * vowel, or after ั ื ็ (optionally with a tone) cannot be a real word break.
 */
function isClusterBreak(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (isCombining(next) || isFollowingVowel(next)) return true;
  if (!isConsonant(next)) return false;
  const prev = text.charCodeAt(start - 1);
  if (isLeadingVowel(prev) || isOpenVowel(prev)) return true;
  return isTone(prev) && isOpenVowel(text.charCodeAt(start - 2));
}

// Typists often enter the tone mark before the vowel above it; both render the same.
const TONE_BEFORE_VOWEL = new RegExp(`([${TONE_MARKS}\\u0E4C])([${ABOVE_BELOW_VOWELS}])`, 'g');
// Nikhahit + sara aa is how some fonts and keyboards spell sara am (ำ), possibly with the tone in between.
const NIKHAHIT_AA = new RegExp(`\\u0E4D([${TONE_MARKS}]?)\\u0E32`, 'g');
const AM_BEFORE_TONE = new RegExp(`\\u0E33([${TONE_MARKS}])`, 'g');
const DOUBLED_MARK = new RegExp(`([${COMBINING}])\\1+`, 'g');
/** One scan to tell whether any of the four mark repairs is needed (almost never in clean text). */
const ODD_MARKS = new RegExp(`\\u0E4D|\\u0E33[${TONE_MARKS}]|[${TONE_MARKS}\\u0E4C][${ABOVE_BELOW_VOWELS}]|([${COMBINING}])\\1`);

/** Sara e typed twice: it looks exactly like sara ae (แ), a common slip of typists and keyboards; Thai has no other use for it. */
const DOUBLE_SARA_E = /\u0E40\u0E40/g;

/** Lakkhangyao (ๅ) belongs after ฤ and ฦ only (ฤๅ, ฦๅ); elsewhere it is sara aa (า) struck on the key beside it. */
const STRAY_LAKKHANGYAO = /(?<![\u0E24\u0E26])\u0E45/g;

/** Repairs broken or odd Thai text without changing what it says. */
export function cleanText(text: string): string {
  let out = text.normalize('NFC');
  if (ZERO_WIDTH_ANY.test(out)) out = out.replace(ZERO_WIDTH, '');
  if (out.includes('\u0E40\u0E40')) out = out.replace(DOUBLE_SARA_E, '\u0E41');
  if (out.includes('\u0E45')) out = out.replace(STRAY_LAKKHANGYAO, '\u0E32');
  out = out.replace(/[ \t\u00A0\u3000]+/g, (spaces: string, at: number, whole: string) =>
    (at > 0 && isClusterBreak(whole, at, at + spaces.length) ? '' : ' '));
  if (ODD_MARKS.test(out)) {
    out = out.replace(NIKHAHIT_AA, '$1\u0E33').replace(AM_BEFORE_TONE, '$1\u0E33').replace(TONE_BEFORE_VOWEL, '$2$1').replace(DOUBLED_MARK, '$1');
  }
  return out;
}

const THAI_ZERO = 0x0e50;
const NEEDS_FOLDING = /[\u0E50-\u0E59A-Z]/;
const FOLDABLE = /[\u0E50-\u0E59A-Z]/g;
const foldOne = (c: string): string => {
  const code = c.charCodeAt(0);
  return code >= THAI_ZERO ? String.fromCharCode(48 + code - THAI_ZERO) : String.fromCharCode(code + 32);
};

/** Thai digits to Arabic and ASCII to lower case, one character for one, so offsets survive. */
export function foldChars(text: string): string {
  return NEEDS_FOLDING.test(text) ? text.replace(FOLDABLE, foldOne) : text;
}
