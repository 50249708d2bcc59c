/** Thai vowels written before their consonant: an initial is the consonant (ใจดี → จ). */
const LEADING_VOWELS = /^[เแโใไ]/u;
/** Titles people often type before their name; they say nothing about who it is. */
const TITLES = new Set(['นาย', 'นาง', 'นางสาว', 'น.ส.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.']);

function wordsOf(name: string): string[] {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const named = words.filter((w) => !TITLES.has(w.toLocaleLowerCase('th')));
  return (named.length > 0 ? named : words).slice(0, 2);
}

/** The first letter without its vowel or tone marks (ดูแล → ด, ใจดี → จ). */
function initialOf(word: string): string {
  const bare = word.replace(LEADING_VOWELS, '');
  return (/\p{L}/u.exec(bare)?.[0] ?? word.slice(0, 1)).toLocaleUpperCase('th');
}

/**
 * What the sign-in screen shows instead of names: initials ("ส. จ."), never more of a name, not
 * even where two people share them (an outside tester saw "สมปอง. ท. (1)"). Those are told apart by
 * a number in the order given, which the caller makes the accounts' creation order so that a new
 * colleague renumbers no one: "ส. ท. (1)", "ส. ท. (2)". The owner recognises their own label; the
 * administrator sees each account's on the accounts screen.
 */
export function signInLabels(names: readonly string[]): string[] {
  const initials = names.map((name) => wordsOf(name).map((w) => `${initialOf(w)}.`).join(' '));
  const shared = (label: string) => initials.indexOf(label) !== initials.lastIndexOf(label);
  return initials.map((label, i) => (shared(label) ? `${label} (${initials.slice(0, i + 1).filter((x) => x === label).length})` : label));
}
