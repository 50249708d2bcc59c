import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CompletenessReport, StaffDocumentCard } from '../../electron/contract/catalogue-staff';
import { openTestKiosk, type TestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

/*
 * Issue 13: the documents list's flags were worked out in the screen over the first 500 matches
 * (newest first), so the oldest documents, the ones most likely past review, were dropped and
 * the total was wrong. They are now one rule in the service, applied before paging, and shared
 * with the completeness check.
 */
const N = 1_200;
const sha = (i: number) => i.toString(16).padStart(64, '0');

describe('documents.list flags over the whole catalogue', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: TestKiosk;
  beforeAll(async () => {
    dir = await tempDir('kiosk-flags-');
    const at = '2026-01-05T03:00:00.000Z';
    // Newest first is document 0; the 40 oldest are past their review date; one in 50 has no file;
    // every 150th is a scan with no text, half of those with a typed body (which is enough).
    const documents = Array.from({ length: N }, (_, i) => {
      const day = new Date(Date.UTC(2026, 10, 30) - i * 86_400_000).toISOString().slice(0, 10);
      const file = i % 50 === 17 ? undefined : { sha256: sha(i), name: `d${i}.pdf`, bytes: 10, hasText: i % 150 !== 0 };
      return {
        id: `doc-${i}`, title: { th: `ประกาศฉบับที่ ${i}` }, category: 'other', published: day, keywords: [], summary: {},
        ...(file ? { file } : {}), ...(i % 300 === 0 ? { body: 'ข้อความที่พิมพ์แล้ว' } : {}),
        ...(i >= N - 40 ? { reviewBy: '2026-06-30' } : {}),
        status: 'active', createdAt: at, updatedAt: at,
      };
    });
    await writeFile(join(dir.path, 'catalogue.json'), JSON.stringify({ version: 1, sample: false, services: [], documents }));
    kiosk = await openTestKiosk(dir.path, fixedClock('2026-12-04T03:00:00Z'));
  });
  afterAll(() => dir.remove());

  const list = (flags: StaffDocumentCard['flags'], offset = 0) =>
    kiosk.call('documents.list', { status: 'all', flags, offset, limit: 50 }) as Promise<{ total: number; items: StaffDocumentCard[] }>;

  it('finds every document past review, the oldest included, with the right total', async () => {
    const first = await list(['pastReview']);
    expect(first.total).toBe(40);
    expect(first.items.every((d) => d.flags.includes('pastReview'))).toBe(true);
    const rest = await list(['pastReview'], 50);
    expect(rest.items).toEqual([]);
    expect(first.items.map((d) => d.id)).toContain(`doc-${N - 1}`);
  });

  it('"no text" means what the completeness check means: a scan with no typed body', async () => {
    const noText = await list(['noText']);
    const expected = Array.from({ length: N }, (_, i) => i).filter((i) => i % 50 !== 17 && i % 150 === 0 && i % 300 !== 0);
    expect(noText.total).toBe(expected.length);
    const report = await kiosk.call('catalogue.completeness', {}) as CompletenessReport;
    expect(report.needsText.filter((n) => n.reason === 'scan_without_text').map((n) => n.id).sort()).toEqual(expected.map((i) => `doc-${i}`).sort());
    expect((await list(['noFile'])).total).toBe(report.needsText.filter((n) => n.reason === 'no_file').length);
  });

  it('flags combine: documents with no file and past review', async () => {
    const both = await list(['noFile', 'pastReview']);
    expect(both.items.map((d) => d.id).sort()).toEqual(Array.from({ length: N }, (_, i) => i).filter((i) => i % 50 === 17 && i >= N - 40).map((i) => `doc-${i}`).sort());
    expect(both.total).toBe(1);
  });
});
