import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../electron/services/catalogue/import/csvTable';
import { catalogueRows, toCsv, utf8, windows874, withBom, zipOf } from '../fixtures/import/build';
import { base64, kioskPerTest } from './catalogue-support';

/** Issue 11: a file whose bytes are not text is refused as a CSV with a clear Thai/English message. */
const csv = toCsv(catalogueRows(3));
const notText = {
  'a PDF renamed .csv': new Uint8Array(readFileSync('resources/sample/files/sso-budget-2570.pdf')),
  'a zip renamed .csv': zipOf({ 'a.csv': utf8(csv) }),
  'UTF-16 text (NUL bytes)': new Uint8Array(Buffer.from(`\uFEFF${csv}`, 'utf16le')),
  'text with a NUL byte inside': new Uint8Array([...utf8('id,title_th\nx-1,ประกาศ'), 0, ...utf8('\n')]),
  'bytes neither UTF-8 nor Windows-874': new Uint8Array([...utf8('id,title_th\nx-1,'), 0xdb, 0xfc, 0xff, 0x0a]),
};

describe('a CSV whose bytes are not text', () => {
  it('is told apart from UTF-8 (with or without a BOM) and Windows-874 text', async () => {
    expect(await decodeCsvBytes(utf8(csv))).toMatchObject({ encoding: 'utf-8' });
    expect(await decodeCsvBytes(withBom(csv))).toMatchObject({ encoding: 'utf-8' });
    expect(await decodeCsvBytes(windows874('id,title_th\nx-1,ประกาศจัดซื้อ\n'))).toMatchObject({ encoding: 'windows-874', text: 'id,title_th\nx-1,ประกาศจัดซื้อ\n' });
    for (const [what, bytes] of Object.entries(notText)) {
      await expect(decodeCsvBytes(bytes), what).rejects.toThrow(/not CSV text/);
    }
  });

  describe('through the importer', () => {
    const { kiosk } = kioskPerTest({ at: '2026-11-21T03:00:00Z' });

    it('refuses it in preview and apply with one clear sentence, and imports nothing', async () => {
      for (const [what, bytes] of Object.entries(notText)) {
        for (const method of ['import.preview', 'import.apply'] as const) {
          const answer = await kiosk.attempt(method, { fileName: 'catalogue.csv', base64: base64(bytes) });
          expect(answer, `${what} ${method}`).toMatchObject({
            ok: false,
            error: { code: 'bad_input', messageTh: expect.stringMatching(/^ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV/), message: expect.stringMatching(/^This file is not CSV text/) },
          });
        }
      }
      // The same inside a zip bundle.
      const bundle = zipOf({ 'catalogue.csv': notText['a PDF renamed .csv'] });
      expect(await kiosk.attempt('import.preview', { fileName: 'bundle.zip', base64: base64(bundle) })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(kiosk.services.catalogue.snapshot().documents).toEqual([]);
      expect(kiosk.audit).toEqual([]);
    });
  });
});
