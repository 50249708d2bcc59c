import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeFraction, durationReading } from '../../electron/contract/reportFigures';
import type { ReportParts } from '../../electron/contract/reports';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { Settings } from '../../electron/contract/settings';
import { signatoriesOf, splitNameAndPosition } from '../../electron/services/reports/signatories';
import { seriesChart } from '../../electron/services/reports/svgCharts';
import { bkk, catalogueHolds, replayKnownLog } from './stats-replay';
import { fixedClock, tempDir } from './support';

const executive = 'นางสาวกมลวรรณ ศรีประเสริฐสุข ผู้อำนวยการสำนักงานเลขาธิการ (ผู้รับผิดชอบศูนย์ข้อมูลข่าวสาร)';
const staffList = [{ th: 'นางสาวปวีณา ทองคำวิเศษ นักจัดการงานทั่วไปปฏิบัติการ', en: 'Ms Paweena Thongkhamwiset' }];

/** Attributes of every element `tag` in an SVG string, as numbers where they are numbers. */
const elements = (svg: string, tag: string) => [...svg.matchAll(new RegExp(`<${tag} ([^>]*)/>`, 'g'))].map((m) =>
  Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, Number.isNaN(Number(v)) ? v! : Number(v)])));

describe('the signature block of the printed report', () => {
  it('reads a name and a position out of one line of the settings', () => {
    expect(splitNameAndPosition(executive)).toEqual({ name: 'นางสาวกมลวรรณ ศรีประเสริฐสุข', position: 'ผู้อำนวยการสำนักงานเลขาธิการ (ผู้รับผิดชอบศูนย์ข้อมูลข่าวสาร)' });
    expect(splitNameAndPosition('นาย สมชาย  ใจดี หัวหน้าศูนย์')).toEqual({ name: 'นาย สมชาย ใจดี', position: 'หัวหน้าศูนย์' });
    expect(splitNameAndPosition('ว่าที่ร้อยตรี ดร.สมหญิง รักงาน')).toEqual({ name: 'ว่าที่ร้อยตรี ดร.สมหญิง รักงาน', position: undefined });
    // No title before a name: the line is a position only (the neutral default).
    expect(splitNameAndPosition('ผู้บริหารหน่วยงาน')).toEqual({ position: 'ผู้บริหารหน่วยงาน' });
  });

  it('names the preparer, with the position the settings list for them, and the executive as approver', () => {
    const settings = { centre: { executive: { th: executive, en: '' }, staff: staffList } } as unknown as Settings;
    expect(signatoriesOf(settings, 'ปวีณา ทองคำวิเศษ')).toEqual({
      preparer: { name: 'ปวีณา ทองคำวิเศษ', position: 'นักจัดการงานทั่วไปปฏิบัติการ' },
      approver: { name: 'นางสาวกมลวรรณ ศรีประเสริฐสุข', position: 'ผู้อำนวยการสำนักงานเลขาธิการ (ผู้รับผิดชอบศูนย์ข้อมูลข่าวสาร)' },
    });
    expect(signatoriesOf(settings, 'สมศรี รายงานดี').preparer).toEqual({ name: 'สมศรี รายงานดี', position: undefined });
    expect(signatoriesOf(settings).preparer).toEqual({ name: undefined, position: undefined });
  });
});

describe('the daily chart of the printed report', () => {
  it('draws every series it lists, even for one day, with a capped bar and the month on the axis', () => {
    const svg = seriesChart({
      labels: ['๑ ธ.ค.'],
      series: [
        { name: 'ครั้งที่ใช้บริการ', kind: 'bar', color: '#1d4ed8', values: [10] },
        { name: 'การค้นหา', kind: 'line', color: '#d97706', values: [9] },
        { name: 'การเปิดดูเอกสาร', kind: 'line', color: '#15803d', values: [5] },
      ],
    });
    for (const name of ['ครั้งที่ใช้บริการ', 'การค้นหา', 'การเปิดดูเอกสาร']) expect(svg).toContain(`>${name}</text>`);
    const bars = elements(svg, 'rect').filter((r) => r.fill === '#1d4ed8' && r.width !== 10); // not the legend's swatch
    expect(bars).toHaveLength(1);
    expect(bars[0]!.width).toBeLessThanOrEqual(36);
    // One dot per day for each line (plus one in the legend each): a one-day line is still seen.
    for (const colour of ['#d97706', '#15803d']) expect(elements(svg, 'circle').filter((c) => c.fill === colour)).toHaveLength(2);
    expect(svg).toContain('>๑ ธ.ค.</text>');
  });

  it('marks its scale in whole counts: no "1.3 visits" (trial, helper-22: 1.3, 2.5, 3.8)', () => {
    for (const top of [1, 3, 5, 7, 10, 13, 48, 250, 1234]) {
      const svg = seriesChart({ labels: ['๑ ธ.ค.', '๒ ธ.ค.'], series: [{ name: 'ครั้งที่ใช้บริการ', kind: 'bar', color: '#1d4ed8', values: [top, 1] }] });
      const ticks = [...svg.matchAll(/text-anchor="end"[^>]*>([\d,.]+)<\/text>/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
      expect(ticks.length, `top ${top}`).toBeGreaterThanOrEqual(2);
      for (const t of ticks) expect(Number.isInteger(t), `top ${top}: ${ticks.join(' ')}`).toBe(true);
      expect(Math.max(...ticks), `top ${top}`).toBeGreaterThanOrEqual(top); // the scale reaches the tallest bar
      expect(ticks.length, `top ${top}`).toBeLessThanOrEqual(7);
    }
  });

  it('keeps bars thin and the line continuous over a month', () => {
    const days = Array.from({ length: 30 }, (_, i) => i);
    const svg = seriesChart({ labels: days.map(String), series: [{ name: 'a', kind: 'bar', color: '#111111', values: days }, { name: 'b', kind: 'line', color: '#222222', values: days }] });
    expect(elements(svg, 'rect').filter((r) => r.fill === '#111111' && r.width !== 10)).toHaveLength(30);
    expect(svg.match(/<polyline /g)).toHaveLength(1);
  });
});

describe('the printable report through the dispatcher', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock('2026-12-05T03:00:00Z');
  beforeAll(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    await replayKnownLog(kiosk, clock);
    clock.set('2026-12-05T03:00:00Z');
    const settings = kiosk.services.settings.get();
    await kiosk.services.settings.replace({ ...settings, agency: { ...settings.agency, shortName: { th: 'สปส.', en: 'SSO' } }, centre: { ...settings.centre, executive: { th: executive, en: '' }, staff: staffList } });
  });
  afterAll(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  const html = async (caller: Parameters<Kiosk['dispatch']>[2]) => {
    const answer = await kiosk.dispatch('reports.export', { period: { kind: 'month', month: '2026-11' }, format: 'html' }, caller);
    if (!answer.ok) throw new Error(answer.error.message);
    return Buffer.from((answer.value as { base64: string }).base64, 'base64').toString('utf8');
  };

  it('gives the print view parts it shows as they are: no page wrapper, no embedded font; only the export wraps them', async () => {
    const caller = { transport: 'http' as const, actor: { id: 'a1', name: 'ปวีณา ทองคำวิเศษ', role: 'admin' as const } };
    const answer = await kiosk.dispatch('reports.printable', { period: { kind: 'month', month: '2026-11' } }, caller);
    if (!answer.ok) throw new Error(answer.error.message);
    const parts = answer.value as ReportParts;
    expect(parts.title).toBe('รายงานสถิติการใช้บริการ พฤศจิกายน ๒๕๖๙');
    expect(parts.pageCss).toMatch(/@page \{ size: A4/);
    expect(parts.css).not.toMatch(/@font-face|@page|base64|(^|\n)\s*(html|body)\s*\{/);
    expect(parts.bodyHtml).toMatch(/^<article class="report"/);
    expect(parts.bodyHtml).not.toMatch(/<html|<body|<style|<script/);
    expect(parts.bodyHtml).toContain('ปวีณา ทองคำวิเศษ');
    const page = await html(caller);
    expect(page).toContain('@font-face');
    expect(page).toContain(parts.bodyHtml);
  });

  it('without a period reports the current month by the service clock in Bangkok (the screen reads no clock)', async () => {
    clock.set('2026-11-30T17:30:00Z'); // 00:30 on 1 December in Bangkok
    const answer = await kiosk.dispatch('reports.build', {}, { transport: 'http', actor: { id: 'a1', name: 'x', role: 'admin' } });
    clock.set('2026-12-05T03:00:00Z');
    expect(answer.ok && (answer.value as { period: { key: string } }).period.key).toBe('2026-12');
  });

  it('fills in the signed-in administrator as preparer and the executive as approver, in the Thai official layout', async () => {
    const page = await html({ transport: 'http', actor: { id: 'a1', name: 'ปวีณา ทองคำวิเศษ', role: 'admin' } });
    const signers = [...page.matchAll(/<div class="signer">([\s\S]*?)<\/div>\s*<\/div>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|').replace(/\s+/g, ' '));
    expect(signers).toHaveLength(2);
    expect(signers[0]).toMatch(/\|ลงชื่อ\|ผู้จัดทำรายงาน\| \|\( ปวีณา ทองคำวิเศษ \)\| \|ตำแหน่ง นักจัดการงานทั่วไปปฏิบัติการ\| \|วันที่\|เดือน\|พ.ศ.\|/);
    expect(signers[1]).toMatch(/\|ลงชื่อ\|ผู้อนุมัติ\/ผู้บริหาร\| \|\( นางสาวกมลวรรณ ศรีประเสริฐสุข \)\| \|ตำแหน่ง ผู้อำนวยการสำนักงานเลขาธิการ \(ผู้รับผิดชอบศูนย์ข้อมูลข่าวสาร\)\|/);
    expect(page).toContain('<div class="mark" aria-hidden="true">สปส.</div>');
  });

  it('leaves the preparer as dotted brackets when no person asked for it (the CLI)', async () => {
    const page = await html({ transport: 'cli', actor: { id: 'cli', name: 'admin CLI', role: 'admin' } });
    expect(page).not.toContain('admin CLI');
    expect(page).toContain('<div class="signer-name">(<span class="blank name"></span>)</div>');
  });

  it('says why a change cannot be given and labels both counts of the category groups', async () => {
    const page = await html({ transport: 'http', actor: { id: 'a1', name: 'x', role: 'admin' } });
    expect(page).toContain('จึงคำนวณเป็นร้อยละไม่ได้');
    expect(page).toContain('>เปิดดูเอกสารในกลุ่ม (ครั้ง)</text>');
    expect(page).toContain('>เข้าหน้ารายการของกลุ่ม (ครั้ง)</text>');
    expect(page).toContain('>การเปิดดูเอกสาร</text>');
  });

  it('says a view shorter than a second is shorter than a second, not "0 seconds"', async () => {
    const visitId = '00000000-0000-4000-8000-0000000000aa';
    clock.set(bkk('2026-12-04 10:00:00'));
    await kiosk.dispatch('stats.visitStart', { visitId, language: 'th' }, { transport: 'test' });
    await catalogueHolds(kiosk, ['doc-9']);
    await kiosk.dispatch('stats.record', { visitId, event: { type: 'documentView', documentId: 'doc-9', seconds: 0.2, pagesTurned: 0 } }, { transport: 'test' });
    // Taken out of the register since: its views still count, under its id.
    await kiosk.services.catalogue.update({ kind: 'all' }, (draft) => { draft.documents = draft.documents.filter((d) => d.id !== 'doc-9'); });
    clock.set('2026-12-05T03:00:00Z');
    const answer = await kiosk.dispatch('reports.export', { period: { kind: 'month', month: '2026-12' }, format: 'html' }, { transport: 'http', actor: { id: 'a1', name: 'x', role: 'admin' } });
    const page = answer.ok ? Buffer.from((answer.value as { base64: string }).base64, 'base64').toString('utf8') : '';
    expect(page).toMatch(/\(doc-9\)<\/span><\/td><td class="n">1<\/td><td class="n">น้อยกว่า 1 วินาที<\/td>/);
  });
  it('prints the languages visits were used in, as the XLSX, CSV and screen do (helper-71: the PDF had none)', async () => {
    const visit = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
    clock.set(bkk('2026-12-04 11:00:00'));
    for (const [n, language] of [[1, 'th'], [2, 'th'], [3, 'en']] as const) {
      await kiosk.dispatch('stats.visitStart', { visitId: visit(n), language }, { transport: 'test' });
      await kiosk.dispatch('stats.visitEnd', { visitId: visit(n), reason: 'home' }, { transport: 'test' });
    }
    clock.set('2026-12-05T03:00:00Z');
    const answer = await kiosk.dispatch('reports.export', { period: { kind: 'month', month: '2026-12' }, format: 'html' }, { transport: 'http', actor: { id: 'a1', name: 'x', role: 'admin' } });
    const page = answer.ok ? Buffer.from((answer.value as { base64: string }).base64, 'base64').toString('utf8') : '';
    expect(page).toContain('ภาษาที่ใช้ระหว่างใช้บริการ');
    expect(page).toMatch(/<td>ภาษาไทย<\/td><td class="n">[0-9๐-๙]+<\/td>/);
    expect(page).toMatch(/<td>ภาษาอังกฤษ<\/td><td class="n">[0-9๐-๙]+<\/td>/);
  });
});

describe('one rule for a change and a duration (contract/reportFigures.ts)', () => {
  it('has no percentage without a non-zero earlier figure', () => {
    expect(changeFraction(15, 10)).toBe(0.5);
    expect(changeFraction(5, 10)).toBe(-0.5);
    expect(changeFraction(5, 0)).toBeNull();
    expect(changeFraction(5, null)).toBeNull();
    expect(changeFraction(null, 3)).toBeNull();
  });

  it('reads a duration rounded to zero as under a second, not as nothing', () => {
    expect(durationReading(null)).toEqual({ kind: 'none' });
    expect(durationReading(0.4)).toEqual({ kind: 'underASecond' });
    expect(durationReading(59.6)).toEqual({ kind: 'minutes', minutes: 1, seconds: 0 });
    expect(durationReading(42)).toEqual({ kind: 'seconds', seconds: 42 });
    expect(durationReading(125)).toEqual({ kind: 'minutes', minutes: 2, seconds: 5 });
  });

  it('keeps a tenth under ten seconds, as the XLSX and CSV do (helper-71: the PDF printed an average of 1 s below a median of 2 s, the CSV 1.4)', () => {
    expect(durationReading(1.4)).toEqual({ kind: 'seconds', seconds: 1.4 });
    expect(durationReading(1.96)).toEqual({ kind: 'seconds', seconds: 2 });
    expect(durationReading(9.94)).toEqual({ kind: 'seconds', seconds: 9.9 });
    expect(durationReading(10.4)).toEqual({ kind: 'seconds', seconds: 10 });
    expect(durationReading(0.96)).toEqual({ kind: 'seconds', seconds: 1 });
  });
});
