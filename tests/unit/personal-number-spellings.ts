import { mulberry32 } from './fuzz-payloads';

/**
 * Seeded spellings of Thai ID and phone numbers as people type them: official and odd groupings,
 * every separator a keyboard or a paste can bring, Thai, full-width or mixed digits, and 8-12 digit
 * prefixes of an ID. The context around them holds no digit, so a masked spelling holds none at all.
 */
const digitSets = ['0123456789', '๐๑๒๓๔๕๖๗๘๙', '０１２３４５６７８９'] as const;
const separators = [' ', '  ', '   ', '-', ' - ', '--', '–', ' – ', '—', '−', '‐', '/', ' / ', '_', ',', ', ', '.', '\u00a0', '\u3000', '\u200b', '\t', '．', '－', '，', '／', '_ '];
const before = ['', 'เลขบัตร ', 'โทร ', 'ID ', 'สมชาย ', 'ตรวจสิทธิ์ ', 'เบอร์', 'บัตรประชาชน: ', 'tel. '];
const after = ['', ' ครับ', ' ค่ะ', 'สมชาย', ' ม.สามสิบสาม', ' ขอบคุณ'];

type Kind = 'id' | 'id-prefix' | 'mobile' | 'landline' | 'international';

export interface Spelling { kind: Kind; digits: string; text: string }

export function personalNumberSpellings(seed: number, count: number): Spelling[] {
  const rng = mulberry32(seed);
  const int = (n: number) => Math.floor(rng() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const digitsOf = (n: number) => Array.from({ length: n }, () => String(int(10))).join('');

  function secret(): { kind: Kind; digits: string; official: number[] } {
    const kind = pick<Kind>(['id', 'id', 'id-prefix', 'mobile', 'mobile', 'landline', 'international']);
    const id = String(1 + int(8)) + digitsOf(12);
    switch (kind) {
      case 'id': return { kind, digits: id, official: [1, 4, 5, 2, 1] };
      case 'id-prefix': return { kind, digits: id.slice(0, 8 + int(5)), official: [1, 4, 5, 2, 1] };
      case 'mobile': return { kind, digits: '0' + pick(['6', '8', '9']) + digitsOf(8), official: [3, 3, 4] };
      case 'landline': return { kind, digits: '0' + String(2 + int(6)) + digitsOf(7), official: [2, 3, 4] };
      case 'international': return { kind, digits: '66' + pick(['6', '8', '9']) + digitsOf(8), official: [2, 2, 3, 4] };
    }
  }

  function groups(length: number, official: number[]): number[] {
    const style = int(4);
    const sizes = style === 0 ? official : style === 1 ? [length] : style === 2 ? Array<number>(length).fill(1) : [];
    if (style === 3) for (let left = length; left > 0;) { const n = Math.min(left, 1 + int(5)); sizes.push(n); left -= n; }
    // Cut or stretch the grouping to the number's length (prefixes are shorter than the official form).
    const out: number[] = [];
    let left = length;
    for (const n of sizes) { if (left <= 0) break; out.push(Math.min(n, left)); left -= Math.min(n, left); }
    if (left > 0) out.push(left);
    return out;
  }

  const out: Spelling[] = [];
  while (out.length < count) {
    const { kind, digits, official } = secret();
    const digitStyle = int(4); // ascii, thai, full-width, mixed per digit
    const written = [...digits].map((d) => digitSets[digitStyle === 3 ? int(3) : digitStyle]![Number(d)]!);
    const sizes = groups(digits.length, official);
    const sep = pick(separators);
    const mixed = rng() < 0.2;
    const parts: string[] = [];
    let at = 0;
    sizes.forEach((n, i) => {
      let part = written.slice(at, at + n).join('');
      at += n;
      if (i === 0 && (kind === 'mobile' || kind === 'landline') && rng() < 0.3) part = `(${part})`;
      parts.push(part);
      if (i < sizes.length - 1) parts.push(mixed ? pick(separators) : sep);
    });
    const number = (kind === 'international' && rng() < 0.7 ? '+' : '') + parts.join('');
    out.push({ kind, digits, text: pick(before) + number + pick(after) });
  }
  return out;
}
