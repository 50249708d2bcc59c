import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from '../../electron/services/catalogue/fileStore';
import { actualTexts, hiddenText, pairActualTexts } from '../../electron/services/catalogue/pdfActualText';
import { extractPdfText, PDF_TEXT_VERSION } from '../../electron/services/catalogue/pdfText';
import { restoreThaiMarks, type RawPageText } from '../../electron/services/catalogue/pdfThaiRepair';
import { tempDir } from './support';

const sample = (name: string) => readFile(join(import.meta.dirname, '../../resources/sample/files', name));

/** One page whose every "\0" was drawn by `glyph` (or by glyphs unknown), with no marked content. */
const page = (text: string, glyph?: (nth: number) => string): RawPageText => ({
  text,
  spans: [],
  lost: [...text.matchAll(/\0/g)].map((m, nth) => ({ at: m.index, glyph: glyph?.(nth) })),
});

describe('text of the sample PDFs (Chromium prints Thai marks as glyphs that pdf.js reads as NUL)', () => {
  // Expected words read from `pdftotext -raw` of the same files (poppler honours /ActualText).
  it('keeps the tone marks and upper vowels of the budget announcement', async () => {
    const { text, hasText } = await extractPdfText(await sample('sso-budget-2570.pdf'));
    expect(hasText).toBe(true);
    for (const words of ['วันที่ ๙ ตุลาคม ๒๕๖๙', 'งบประมาณรายจ่ายประจำปีงบประมาณ', 'ทั้งสิ้น', 'ซึ่ง', 'จำแนกเป็น', 'เป็นเงินสมทบ']) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('\0');
    expect(text).not.toContain('\u0E4D\u0E32'); // ํา is folded into ำ
  });

  it('keeps them in the procurement summary table too', async () => {
    const { text } = await extractPdfText(await sample('sso-skr1-2025-10.pdf'));
    for (const words of ['สรุปผลการดำเนินการจัดซื้อจัดจ้าง', 'วงเงินที่จะซื้อ', 'รายชื่อผู้เสนอราคา', 'ซื้อเครื่องคอมพิวเตอร์', 'ราคาต่ำสุด', 'อินฟินิตี้', 'เงื่อนไข']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/[\0]|ซือ|วันที /);
  });
});

describe('restoreThaiMarks', () => {
  it('gives every occurrence of a glyph what ActualText says one of them hides, by majority', () => {
    const pages = [page('วันที\0 ๙ และ ที\0ดิน', () => 'f1:91'), page('ราคาที\0เสนอ ป\0งบ', (n) => (n === 0 ? 'f1:91' : 'f1:105'))];
    const [first, second] = pages.map((p) => p.lost.map((l) => l.at));
    // f1:91 is said to be ่ twice and ้ once; f1:105 is said to be ี.
    const told = [new Map([[first![0]!, '\u0E48'], [first![1]!, '\u0E48']]), new Map([[second![0]!, '\u0E49'], [second![1]!, '\u0E35']])];
    expect(restoreThaiMarks(pages, told)).toEqual(['วันที่ ๙ และ ที่ดิน', 'ราคาที่เสนอ ปีงบ']);
    expect(restoreThaiMarks([page('ที\0ดิน ที\0', () => 'f1:91')], [new Map([[2, '\u0E48']])])).toEqual(['ที่ดิน ที่']);
  });

  it('without ActualText, picks the mark that makes whole words', () => {
    expect(restoreThaiMarks([page('งบประมาณประจำป\0งบประมาณ')])).toEqual(['งบประมาณประจำปีงบประมาณ']);
    expect(restoreThaiMarks([page('ประกาศ ณ วันที\0 ๓๐ กันยายน')])).toEqual(['ประกาศ ณ วันที่ ๓๐ กันยายน']);
    expect(restoreThaiMarks([page('ราคาต\0าสุด')])).toEqual(['ราคาต่ำสุด']); // a tone and ํ in one glyph
  });

  it('folds ํา into ำ and lets no NUL through, whatever surrounds it', () => {
    expect(restoreThaiMarks([page('สํานักงาน ทํา')])).toEqual(['สำนักงาน ทำ']);
    expect(restoreThaiMarks([page('\0A\0B 1\0 ๑\0')])).toEqual(['AB 1 ๑']);
    const noisy = Array.from({ length: 200 }, (_, i) => 'กป ีัa ๑\0\n'[(i * 7919) % 11]).join('');
    expect(restoreThaiMarks([page(noisy, (n) => `g:${n % 3}`), page(noisy)]).join('')).not.toContain('\0');
  });
});

describe('ActualText', () => {
  it('tells what each NUL of a span hides, or that the span does not fit', () => {
    expect(hiddenText('ท\0่', 'ที่')).toEqual(['\u0E35']);
    expect(hiddenText(' ชั\0', 'ชั้')).toEqual(['\u0E49']); // pdf.js may open a span with a space
    expect(hiddenText('ต\0า', 'ต่ำ')).toEqual(['\u0E48\u0E4D']);
    expect(hiddenText('สํา', 'สำ')).toEqual([]);
    expect(hiddenText('ท\0่', 'นี่')).toBeUndefined();
  });

  it('pairs spans with ActualText strings in order, passing over spans that have none', () => {
    const spans = ['สํา', 'ป\0', 'Section 9 (table heading)', 'ป\0', 'นั'];
    expect(pairActualTexts(spans, ['สำ', 'ป็', 'ปี', 'นั'])).toEqual(['สำ', 'ป็', undefined, 'ปี', 'นั']);
  });

  it('reads hex and literal strings from content streams, not from images or encrypted files', () => {
    const content = (s: string) => Buffer.from(s, 'latin1');
    const stream = (dict: string, data: Buffer) => Buffer.concat([content(`${dict}\nstream\n`), data, content('\nendstream\nendobj\n')]);
    const pdf = Buffer.concat([
      content('%PDF-1.7\n'),
      stream('4 0 obj\n<< /Length 99 /Filter /FlateDecode >>', deflateSync(content('BT /Span<</ActualText <FEFF0E170E350E48> >> BDC <0020> Tj EMC ET'))),
      stream('5 0 obj\n<< /Length 99 >>', content('/Span <</ActualText (\\376\\377\\016\\031\\016\\065\\016\\111)>> BDC (x) Tj EMC')),
      stream('6 0 obj\n<< /Subtype /Image /Filter /FlateDecode /Length 9 >>', deflateSync(content('/ActualText (no)'))),
    ]);
    expect(actualTexts(pdf)).toEqual(['ที่', 'นี้']);
    expect(actualTexts(Buffer.concat([pdf, content('trailer << /Encrypt 9 0 R >>')]))).toEqual([]);
  });
});

describe('extracted text stored beside a PDF', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => { dir = await tempDir(); });
  afterEach(() => dir.remove());

  it('is marked with the extractor version, and text from an older extractor is extracted again', async () => {
    const files = createFileStore(dir.path);
    const sha256 = await files.putPdf(await sample('sso-budget-2570.pdf'));
    const txt = join(files.folder, `${sha256}.txt`);
    await writeFile(txt, 'กองบริหารการเงินและบัญชี วันที\0 ๙ ตุลาคม ๒๕๖๙'); // as version 1 stored it: no header

    const text = await files.readText(sha256);
    expect(text).toContain('วันที่ ๙ ตุลาคม ๒๕๖๙');
    expect(text).toContain('ประจำปีงบประมาณ');
    expect(await readFile(txt, 'utf8')).toBe(`%pdf-text ${PDF_TEXT_VERSION}\n${text}`);

    await files.putText(sha256, 'ข้อความปัจจุบัน');
    expect(await files.readText(sha256)).toBe('ข้อความปัจจุบัน');
  });

  it('keeps the old text, without NULs, when the PDF cannot be read again', async () => {
    const files = createFileStore(dir.path);
    const sha256 = 'a'.repeat(64);
    await files.putText(sha256, 'x');
    await writeFile(join(files.folder, `${sha256}.txt`), 'วันที\0 ๙');
    expect(await files.readText(sha256)).toBe('วันที ๙');
  });
});
