/**
 * Issue 17, the CLI side: `search --json` and `search --queries FILE --json` say how many hits were
 * found per query and mark suggestions `weak: true`; and a CLI run that built the search index
 * leaves it in the cache, so the next run does not analyse the catalogue again.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { Settings } from '../../electron/contract/settings';
import { asAdmin, openTestKiosk } from './catalogue-support';
import { fixedClock, tempDir } from './support';

interface Line { q: string; found: number; correctedTo?: string; ids: string[]; foundIds: string[]; hits: Array<{ id: string; score: number; title: string; weak?: boolean }> }

describe('the search CLI', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const cache = () => join(dir.path, '.cache', 'search-index.bin');
  const cli = async (...args: string[]) => {
    const printed: string[] = [];
    const code = await runCli(['search', ...args, '--data', dir.path], (l) => printed.push(l));
    expect(code).toBe(0);
    return printed;
  };

  beforeAll(async () => {
    dir = await tempDir();
    const kiosk = await openTestKiosk(dir.path, fixedClock('2026-11-21T03:00:00Z'));
    const save = (id: string, th: string, body: string) =>
      kiosk.call('documents.save', { id, title: { th }, category: 's9-8', published: '2026-10-15', keywords: [], summary: { th: '' }, body });
    await save('unemployment', 'คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน', 'ผู้ประกันตนที่ว่างงานขึ้นทะเบียนภายใน ๓๐ วัน');
    await save('disclosure', 'ระเบียบว่าด้วยการเปิดเผยข้อมูลข่าวสาร', 'วางหลักเกณฑ์การขอข้อมูลข่าวสาร เจ้าหน้าที่พิจารณาคำขอและตอบภายในสิบห้าวันตามแนวทางของสำนักงาน งานสารบรรณ');
    await save('dental', 'การเบิกค่าบริการทันตกรรม', 'แนบใบเสร็จรับเงินและใบรับรองแพทย์');
    const settings: Settings = await kiosk.call('settings.get', {});
    await kiosk.call('settings.update', { ...settings, centre: { ...settings.centre, referrals: [{ topics: ['ใบขับขี่'], agency: { th: 'กรมการขนส่งทางบก' }, contact: 'สายด่วน 1584 · www.dlt.go.th' }] } }, asAdmin);
  });
  afterAll(() => dir.remove());

  it('the text output says the correction, the count and a suggestion in Thai and English (helper-69: English only)', async () => {
    const corrected = await cli('วางงาน');
    expect(corrected[0]).toBe('ค้นหาเป็น "ว่างงาน" แทน "วางงาน" (--as-typed ค้นหาตามที่พิมพ์) / Searched for "ว่างงาน" instead of "วางงาน" (--as-typed searches what was typed).');
    expect(corrected[1]).toBe('พบ 1 รายการ / Found 1.');
    const suggested = await cli('บริการทันตกรรม ว่างงาน');
    expect(suggested[0]).toBe('พบ 0 รายการ / Found 0.');
    expect(suggested.slice(1).every((l) => l.endsWith('(ผลที่ใกล้เคียง / suggestion)'))).toBe(true);
  });

  it('search --json carries found, the correction, and the hits with their existing fields', async () => {
    const [line] = await cli('วางงาน', '--json');
    const answer = JSON.parse(line as string) as Line;
    expect(answer).toMatchObject({ q: 'วางงาน', found: 1, correctedTo: 'ว่างงาน', ids: ['unemployment'] });
    expect(answer.hits[0]).toMatchObject({ id: 'unemployment', title: 'คู่มือการขอรับประโยชน์ทดแทนกรณีว่างงาน' });
    expect(answer.hits[0]?.weak).toBeUndefined();
    expect(typeof answer.hits[0]?.score).toBe('number');
  });

  it('search --as-typed --json searches what was typed and names the correction it did not search', async () => {
    const answer = JSON.parse((await cli('วางงาน', '--as-typed', '--json'))[0] as string) as Line & { didYouMean?: string };
    expect(answer).toMatchObject({ q: 'วางงาน', found: 0, didYouMean: 'ว่างงาน' });
    expect(answer.correctedTo).toBeUndefined();
    expect(answer.hits.every((h) => h.weak)).toBe(true);
  });

  it('search --json names the agency that handles a topic it found nothing for, as the screen does', async () => {
    const answer = JSON.parse((await cli('ใบขับขี่', '--json'))[0] as string) as Line & { referral?: { agency: string; contact: string } };
    expect(answer.found).toBe(0);
    expect(answer.referral).toEqual({ agency: 'กรมการขนส่งทางบก', contact: 'สายด่วน 1584 · www.dlt.go.th' });
    const found = JSON.parse((await cli('ว่างงาน', '--json'))[0] as string) as Line & { referral?: unknown };
    expect(found.referral).toBeUndefined();
  });

  it('search --queries FILE --json: found per query; a query with no answer finds 0 and any hit it lists is weak', async () => {
    const file = join(dir.path, 'queries.txt');
    await writeFile(file, 'ว่างงาน\nใบขับขี่\nบริการทันตกรรม ว่างงาน\n');
    const lines = (await cli('--queries', file, '--json')).map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => [l.q, l.found])).toEqual([['ว่างงาน', 1], ['ใบขับขี่', 0], ['บริการทันตกรรม ว่างงาน', 0]]);
    for (const line of lines) {
      expect(line.ids).toEqual(line.hits.map((h) => h.id));
      // A script that counts results reads foundIds: ids lists the suggestions too (helper-70).
      expect(line.foundIds).toEqual(line.hits.filter((h) => !h.weak).map((h) => h.id));
      expect(line.foundIds).toHaveLength(line.found);
      expect(line.hits.filter((h) => !h.weak)).toHaveLength(line.found);
      for (const hit of line.hits.slice(line.found)) expect(hit.weak).toBe(true);
    }
    expect(lines[2]?.hits.length).toBeGreaterThan(0); // suggestions are listed, flagged
  });

  it('leaves the index it built in the cache, and the next run starts from it without rewriting it', async () => {
    await cli('ทันตกรรม', '--json');
    const written = await stat(cache());
    expect(written.size).toBeGreaterThan(0);
    const before = await readFile(cache());
    await cli('ทันตกรรม', '--json');
    expect(Buffer.compare(await readFile(cache()), before)).toBe(0);
    expect((await stat(cache())).mtimeMs).toBe(written.mtimeMs);
  });
});
