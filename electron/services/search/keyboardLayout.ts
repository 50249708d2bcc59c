/**
 * Thai typed with the keyboard left on English, and English typed on the Thai layout: the keys are
 * the same, so the text can be read back key for key (Kedmanee, the layout of every Thai keyboard
 * and of the kiosk's own on-screen one).
 */
const ENGLISH_KEYS = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?";
const THAI_KEYS = '_ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ%+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ';

const thaiOfKey = new Map<string, string>();
const keyOfThai = new Map<string, string>();
[...ENGLISH_KEYS].forEach((key, i) => {
  const thai = THAI_KEYS[i] as string;
  thaiOfKey.set(key, thai);
  if (/[\u0E00-\u0E7F]/.test(thai)) keyOfThai.set(thai, key);
});

/** What the keys typed as `text` on the English layout give on the Thai one; undefined when it has no Latin letter. */
export function thaiFromEnglishKeys(text: string): string | undefined {
  if (!/[a-zA-Z]/.test(text) || /[\u0E00-\u0E7F]/.test(text)) return undefined;
  return [...text].map((c) => thaiOfKey.get(c) ?? c).join('');
}

/** What the keys typed as Thai `text` give on the English layout; undefined when it is not all Thai. */
export function englishFromThaiKeys(text: string): string | undefined {
  if (!/[\u0E00-\u0E7F]/.test(text) || /[a-zA-Z]/.test(text)) return undefined;
  const out = [...text].map((c) => keyOfThai.get(c) ?? c).join('');
  return /[a-zA-Z]{2}/.test(out) ? out : undefined;
}

/**
 * Latin text with a key that is punctuation in English but a letter in Thai (; ' [ ] , . / \ `)
 * touching a letter: Thai typed with the layout left on English (";yo" for วัน), even where the
 * letters also begin English words ("yo…"), so the Thai reading is weighed although the text
 * finds something. English punctuated so ("you're", "U.S.") keeps its answer unless the Thai
 * reading finds more.
 */
export function looksLikeThaiOnEnglishKeys(text: string): boolean {
  return thaiFromEnglishKeys(text) !== undefined && /[a-zA-Z][;'[\],./\\`]|[;'[\],./\\`][a-zA-Z]/.test(text);
}

