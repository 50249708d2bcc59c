import { inflateSync, constants } from 'node:zlib';
import type { RawPageText } from './pdfThaiRepair';

/**
 * The /ActualText strings of a PDF's marked-content spans, read from its bytes, in file order.
 *
 * Why: a PDF generator that draws a glyph with no character of its own (Chromium's raised Thai tone
 * marks, say) wraps the cluster in `/Span <</ActualText (ที่)>> BDC … EMC` so readers can still copy
 * the text. pdf.js 5 ignores it (mozilla/pdf.js#12237) and its API exposes neither the property
 * dictionary nor the raw content, so the content streams are inflated here and searched for it.
 * Only what is cheap and safe is read: unencrypted streams with no filter or FlateDecode alone, not
 * images or fonts, each inflated to at most 16 MB and 64 MB in all. Anything else simply yields nothing.
 */
export function actualTexts(bytes: Uint8Array): string[] {
  const found: string[] = [];
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = pdf.toString('latin1');
  if (/\/Encrypt\b/.test(source)) return found;
  const streamStart = /(?<![A-Za-z])stream(?:\r\n|\n|\r)/g;
  let budget = 64 * 1024 * 1024; // inflated bytes in all, against compression bombs
  for (let m = streamStart.exec(source); m && budget > 0; m = streamStart.exec(source)) {
    const dataStart = m.index + m[0].length;
    const dataEnd = source.indexOf('endstream', dataStart);
    if (dataEnd < 0) break;
    streamStart.lastIndex = dataEnd;
    const dict = source.slice(Math.max(m.index - 2048, source.lastIndexOf('obj', m.index)), m.index);
    if (/\/(?:Image|FontFile\d?|Length[123]|XRef|Metadata)\b/.test(dict)) continue;
    const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1]?.replace(/[[\]\s]/g, '');
    if (filter !== undefined && filter !== '/FlateDecode') continue;
    const raw = pdf.subarray(dataStart, dataEnd);
    let content: string;
    try {
      content = (filter ? inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.min(budget, 16 * 1024 * 1024) }) : raw).toString('latin1');
      budget -= content.length;
    } catch {
      continue;
    }
    for (let at = content.indexOf('/ActualText'); at >= 0; at = content.indexOf('/ActualText', at + 11)) {
      const text = readPdfString(content, at + 11);
      if (text !== undefined) found.push(text);
    }
  }
  return found;
}

/** The text string (literal or hex) starting at `from` after optional whitespace, decoded. */
function readPdfString(content: string, from: number): string | undefined {
  let i = from;
  while (i < content.length && /\s/.test(content[i]!)) i++;
  const bytes: number[] = [];
  if (content[i] === '<') {
    const end = content.indexOf('>', i);
    if (end < 0 || end - i > MAX_STRING * 2) return undefined;
    const hex = content.slice(i + 1, end).replace(/\s/g, '');
    if (!/^[0-9A-Fa-f]*$/.test(hex)) return undefined;
    for (let h = 0; h < hex.length; h += 2) bytes.push(parseInt(hex.slice(h, h + 2).padEnd(2, '0'), 16));
  } else if (content[i] === '(') {
    let depth = 1;
    for (i++; depth > 0; i++) {
      if (i >= content.length || bytes.length > MAX_STRING) return undefined;
      const c = content[i]!;
      if (c === '\\') {
        const next = content[++i] ?? '';
        const octal = /^[0-7]{1,3}/.exec(content.slice(i, i + 3))?.[0];
        if (octal) {
          bytes.push(parseInt(octal, 8) & 0xff);
          i += octal.length - 1;
        } else if (next in ESCAPES) bytes.push(ESCAPES[next]!);
        else if (next === '\r' && content[i + 1] === '\n') i++; // a line continuation
        else if (next !== '\n' && next !== '\r') bytes.push(next.charCodeAt(0));
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) break;
      bytes.push(c.charCodeAt(0));
    }
  } else {
    return undefined;
  }
  return decodeTextString(Uint8Array.from(bytes));
}

/** Longer is not the ActualText of a glyph cluster; also bounds the work on a malformed string. */
const MAX_STRING = 256;
const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/** PDF text strings are UTF-16BE with a byte-order mark, UTF-8 with one (PDF 2.0), or PDFDocEncoding (~Latin-1). */
function decodeTextString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  return Buffer.from(bytes).toString('latin1');
}

/**
 * Per page, the characters that ActualText says each "\u0000" hides, by its offset in the page text:
 * the spans of all pages are paired with the ActualText strings in order (`pairActualTexts`).
 */
export function marksFromActualText(pages: readonly RawPageText[], actual: readonly string[]): Map<number, string>[] {
  const told = pages.map(() => new Map<number, string>());
  if (!actual.length) return told;
  const reads = pages.flatMap(({ text, spans }) => spans.map(({ start, end }) => text.slice(start, end)));
  const paired = pairActualTexts(reads, actual);
  let first = 0; // index in `reads` of the page's first span
  pages.forEach(({ text, spans, lost }, page) => {
    for (const { at, span } of lost) {
      const actualText = span === undefined ? undefined : paired[first + span];
      if (span === undefined || actualText === undefined) continue;
      const hidden = hiddenText(reads[first + span]!, actualText);
      const nth = text.slice(spans[span]!.start, at).split('\0').length - 1;
      if (hidden?.[nth] !== undefined) told[page]!.set(at, hidden[nth]);
    }
    first += spans.length;
  });
  return told;
}

/**
 * Pairs the text pdf.js read in each marked-content span ("\u0000" where it could not name a glyph)
 * with the ActualText that belongs to it, if any. Both lists come in content order, so they are
 * walked together; a span's text must fit the ActualText (see `hiddenText`). Spans with no
 * ActualText are passed over; after three misses in a row, the walk looks for the place where the
 * next three spans fit in a row (content streams stored out of page order).
 */
export function pairActualTexts(spans: readonly string[], actual: readonly string[]): (string | undefined)[] {
  const fits = (i: number, k: number) => i < spans.length && k < actual.length && hiddenText(spans[i]!, actual[k]!) !== undefined;
  const paired: (string | undefined)[] = [];
  let next = 0;
  let misses = 0;
  let searches = 0;
  for (let i = 0; i < spans.length; i++) {
    let k = next;
    while (k < next + 32 && k < actual.length && !fits(i, k)) k++;
    if (!fits(i, k) && ++misses >= 3 && searches++ < 50) {
      const inRow = (at: number) => fits(i, at) && fits(i + 1, at + 1) && fits(i + 2, at + 2);
      k = next;
      while (k < actual.length && !inRow(k)) k++;
      if (k === actual.length) for (k = 0; k < next && !inRow(k); k++);
    }
    if (!fits(i, k)) {
      paired.push(undefined);
      continue;
    }
    paired.push(actual[k]);
    next = k + 1;
    misses = 0;
  }
  return paired;
}

const patterns = new Map<string, RegExp>();

/**
 * What each "\u0000" of `read` stands for if `read` is how pdf.js gives the text `actual` (each one
 * hiding up to two characters, ำ given as ํ + า); undefined when it does not fit.
 */
export function hiddenText(spanRead: string, actual: string): string[] | undefined {
  const read = spanRead.trim(); // pdf.js may open a span with the space before it
  if (read.length > 24 || actual.length > 32 || read.split('\0').length > 5) return undefined;
  let pattern = patterns.get(read);
  if (!pattern) {
    if (patterns.size > 10_000) patterns.clear();
    pattern = new RegExp(`^${read.split('\0').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([^]{0,2}?)')}$`, 'u');
    patterns.set(read, pattern);
  }
  return pattern.exec(actual.replace(/\u0E33/g, '\u0E4D\u0E32'))?.slice(1);
}
