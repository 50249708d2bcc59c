/** Thai vowels written before their consonant: an initial is the consonant (ใจดี → จ). */
const LEADING_VOWELS = /^[เแโใไ]/u;
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
/** Titles people often type before their name; they say nothing about who it is. */
const TITLES = new Set(['นาย', 'นาง', 'นางสาว', 'น.ส.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.']);

function wordsOf(name: string): string[] {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const named = words.filter((w) => !TITLES.has(w.toLocaleLowerCase('th')));
  return (named.length > 0 ? named : words).slice(0, 2);
}

/** The first letter without its vowel or tone marks (ดูแล → ด); longer prefixes keep whole clusters. */
function prefix(word: string, length: number): string {
  const bare = word.replace(LEADING_VOWELS, '');
  if (length === 1) return (/\p{L}/u.exec(bare)?.[0] ?? word.slice(0, 1)).toLocaleUpperCase('th');
  return [...graphemes.segment(bare)].map((s) => s.segment).slice(0, length).join('').toLocaleUpperCase('th');
}

/**
 * What the sign-in screen shows instead of names: initials ("ส. จ."), longer only where two
 * people would otherwise share a label ("สมช. จ.", "สมศ. จ."). Full names are never shown to
 * the public; the owner recognises their own initials.
 */
export function signInLabels(names: readonly string[]): string[] {
  const words = names.map(wordsOf);
  const lengths = names.map(() => 1);
  const labelOf = (i: number) => (words[i] ?? []).map((w, j) => `${prefix(w, j === 0 ? (lengths[i] ?? 1) : 1)}.`).join(' ');
  for (let round = 0; round < 40; round++) {
    const labels = names.map((_, i) => labelOf(i));
    const clashing = labels.flatMap((l, i) => (labels.indexOf(l) !== labels.lastIndexOf(l) ? [i] : []));
    if (clashing.length === 0) return labels;
    for (const i of clashing) lengths[i] = (lengths[i] ?? 1) + 1;
  }
  // Names equal in their first word and surname initial: number them in the given order.
  const labels = names.map((_, i) => labelOf(i));
  return labels.map((l, i) => (labels.indexOf(l) === labels.lastIndexOf(l) ? l : `${l} (${labels.slice(0, i + 1).filter((x) => x === l).length})`));
}
