import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { AuditRecord, AuditVerifyReport } from '../../electron/contract/staff';
import type { Settings } from '../../electron/contract/settings';
import { hashOf } from '../../electron/services/staff/auditChain';
import { as, call, setUpAccounts, writeSmallCatalogue } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * `verify` is read by a centre's staff member, not only by support: every line it prints, and
 * every finding in it, is said in Thai first and then in English (house standard "ไทย / English"),
 * with file names and numbers as they are. The --json output keeps its English fields for scripts.
 */
async function verify(args: string[]): Promise<{ code: number; output: string; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(['verify', ...args], (l) => lines.push(...l.split('\n')));
  return { code, output: lines.join('\n'), lines };
}

const THAI = /[\u0E00-\u0E7F]/;

/** Each line: Thai, then " / ", then the English, the Thai before the first " / ". */
function expectBilingual(lines: string[]) {
  for (const line of lines) {
    expect(line, line).toMatch(THAI);
    expect(line, line).toContain(' / ');
    expect(line.search(THAI), line).toBeLessThan(line.indexOf(' / '));
  }
}

const trailOf = async (dataDir: string) =>
  (await readFile(join(dataDir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

describe('verify says what it found in Thai, then English (outside trial)', () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let dataDir: string;
  let kiosk: Kiosk;
  let sha: string;
  beforeEach(async () => {
    root = await tempDir('verify-thai-');
    dataDir = join(root.path, 'kiosk-data');
    await mkdir(dataDir);
    ({ sha256: sha } = await writeSmallCatalogue(dataDir));
    kiosk = await bootKiosk({ dataDir, clock: fixedClock('2026-12-07T03:00:00Z') });
    const { admin } = await setUpAccounts(kiosk);
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    await call(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phone: '0 2123 4567' } }, as(admin.actor));
  });
  afterEach(async () => { await kiosk.services.stats.close(); await root.remove(); });

  it('a sound folder: the folder, the trail, the catalogue counts and the result', async () => {
    const last = (await trailOf(dataDir)).at(-1)!;
    const anchor = `${last.seq}:${last.hash.slice(0, 16)}`;
    const { code, output, lines } = await verify(['--data', dataDir, '--anchor', anchor]);
    expect(code).toBe(0);
    expectBilingual(lines);
    expect(output).toContain(`โฟลเดอร์ข้อมูล / Data folder: ${dataDir}`);
    expect(output).toContain(`ประวัติการแก้ไข ${last.seq} รายการ (รายการสุดท้ายคือรายการที่ ${last.seq}) ครบถ้วน ต่อเนื่องกันทุกรายการ; รหัสตรวจสอบล่าสุด: ${anchor} / Audit trail: ${last.seq} entries (last seq ${last.seq}) — chain intact; its anchor now: ${anchor}`);
    expect(output).toContain(`รหัสตรวจสอบ ${anchor} ที่พิมพ์ในรายงาน: ตรงกับประวัติการแก้ไข / entry ${anchor} as a report printed it — holds`);
    expect(output).toMatch(/รายการเอกสาร: เอกสาร 2 รายการ คู่มือบริการ 0 รายการ ตรวจไฟล์แนบ 1 ไฟล์ อ่านไฟล์ข้อมูลได้ \d+ ไฟล์ \/ Catalogue: 2 documents, 0 services, 1 attached files checked; \d+ stores parsed/);
  });

  it('an audit entry rewritten: the trail, its first bad entry and the damage, the same reason as the kiosk\'s own check', async () => {
    const path = join(dataDir, 'audit.ndjson');
    const lines = (await readFile(path, 'utf8')).split('\n');
    const second = lines[1] ?? '';
    const at = second.indexOf('"target":"account:') + '"target":"acc'.length;
    lines[1] = `${second.slice(0, at)}D${second.slice(at + 1)}`;
    await writeFile(path, lines.join('\n'));

    const checked = await verify(['--data', dataDir]);
    expect(checked.code).toBe(1);
    expectBilingual(checked.lines);
    expect(checked.output).toMatch(/ประวัติการแก้ไข 1 รายการ \(รายการสุดท้ายคือรายการที่ 1\) เสียหายหรือถูกแก้ไข \/ Audit trail: 1 entries \(last seq 1\) — BROKEN/);
    expect(checked.output).toContain('  รายการแรกที่ผิด: บรรทัดที่ 2 (รายการที่ 2): เนื้อหาไม่ตรงกับรหัสตรวจสอบของรายการ (รายการนี้ถูกแก้ไข) / first bad entry: line 2, seq 2: content does not match its hash (the entry was edited)');
    expect(checked.output).toContain('  พบความเสียหาย: audit.ndjson: บรรทัดที่ 2 (รายการที่ 2): เนื้อหาไม่ตรงกับรหัสตรวจสอบของรายการ (รายการนี้ถูกแก้ไข) / DAMAGE: audit.ndjson: line 2 (seq 2): content does not match its hash (the entry was edited)');
    expect(checked.output).toContain('ผลการตรวจ: พบความเสียหาย 1 รายการ / Result: 1 problem(s) found');

    // The kiosk's audit screen asks the same check: the same Thai reason beside the English.
    const report = await kiosk.services.staff.audit.verify();
    expect(report.firstBad).toMatchObject({ line: 2, seq: 2, reason: 'content does not match its hash (the entry was edited)', reasonTh: 'เนื้อหาไม่ตรงกับรหัสตรวจสอบของรายการ (รายการนี้ถูกแก้ไข)' });

    // --json keeps its fields and their English text, as scripts read them.
    const json = JSON.parse((await verify(['--data', dataDir, '--json'])).output) as { audit: AuditVerifyReport; problems: Record<string, unknown>[]; warnings: Record<string, unknown>[] };
    expect(json.audit.firstBad).toEqual({ line: 2, seq: 2, reason: 'content does not match its hash (the entry was edited)' });
    expect(json.problems).toEqual([{ file: 'audit.ndjson', problem: 'line 2 (seq 2): content does not match its hash (the entry was edited)' }]);
    for (const w of json.warnings) expect(Object.keys(w).sort()).toEqual(['file', 'problem']);
  });

  it('a torn last line: said as a power cut, not tampering', async () => {
    const next = (await trailOf(dataDir)).length + 1;
    await appendFile(join(dataDir, 'audit.ndjson'), `{"seq":${next},"at":"2026-12-07T03:00:00.000Z","actor":null,"transp`);
    const checked = await verify(['--data', dataDir]);
    expect(checked.code).toBe(0);
    expectBilingual(checked.lines);
    expect(checked.output).toMatch(new RegExp(`  บรรทัดสุดท้าย \\(บรรทัดที่ ${next}, \\d+ ไบต์\\) บันทึกไม่สมบูรณ์เพราะไฟดับระหว่างบันทึก ไม่ใช่การแก้ไขข้อมูล / torn last line ${next} \\(\\d+ bytes\\): an append cut short by a power cut, not tampering`));
    expect(checked.output).toMatch(new RegExp(`  คำเตือน: audit\\.ndjson: บรรทัดสุดท้าย \\(บรรทัดที่ ${next}, \\d+ ไบต์\\) บันทึกไม่สมบูรณ์.*ตู้จะแยกเก็บบรรทัดนี้ไว้เมื่อเปิดครั้งถัดไป / warning: audit\\.ndjson: last line ${next} is cut short`));
  });

  it('a damaged catalogue file and a missing attached file', async () => {
    const items = join(dataDir, 'catalogue', 'gen-1.items');
    const bytes = await readFile(items);
    bytes[bytes.indexOf('doc-2')] = 'x'.charCodeAt(0);
    await writeFile(items, bytes);
    await rm(join(dataDir, 'files', `${sha}.pdf`));

    const checked = await verify(['--data', dataDir]);
    expect(checked.code).toBe(1);
    expectBilingual(checked.lines);
    expect(checked.output).toMatch(/ {2}พบความเสียหาย: catalogue: ไฟล์รายการเอกสารและคู่มือบริการเสียหายหรือไม่ครบ ตู้จะสร้างขึ้นใหม่จากสำเนาก่อนหน้า \(.*\) เมื่อเปิดครั้งถัดไป \/ DAMAGE: catalogue: gen-1\.items: crc does not match \(damaged\)/);
    expect(checked.output).toContain(`  พบความเสียหาย: files/${sha}.pdf: ไม่พบไฟล์ PDF ของเอกสาร "doc-1" / DAMAGE: files/${sha}.pdf: missing: the file of document "doc-1"`);
    expect(checked.output).toContain('ผลการตรวจ: พบความเสียหาย 2 รายการ / Result: 2 problem(s) found');
  });

  it('an attached file whose bytes changed', async () => {
    await writeFile(join(dataDir, 'files', `${sha}.pdf`), '%PDF-1.4 replaced\n');
    const checked = await verify(['--data', dataDir]);
    expect(checked.code).toBe(1);
    expectBilingual(checked.lines);
    expect(checked.output).toMatch(new RegExp(`  พบความเสียหาย: files/${sha}\\.pdf: เนื้อหาไฟล์ PDF ของเอกสาร "doc-1" ไม่ตรงกับที่บันทึกไว้ \\(ไฟล์ถูกแก้ไขหรือเสียหาย\\) / DAMAGE: files/${sha}\\.pdf: content does not match its sha256 \\(document "doc-1"; found [0-9a-f]{64}\\)`));
  });

  it('an anchor that does not hold: the trail rewritten with every hash recomputed', async () => {
    const trail = await trailOf(dataDir);
    const last = trail.at(-1)!;
    const anchor = `${last.seq}:${last.hash.slice(0, 16)}`;
    await kiosk.services.stats.close();
    let prevHash = '0'.repeat(64);
    const rewritten = trail.map((record) => {
      const { hash: _old, ...body } = record.method === 'settings.update' ? { ...record, actor: { id: 'someone-else', name: 'คนอื่น', role: 'admin' as const } } : record;
      const rebuilt = { ...body, prevHash };
      prevHash = hashOf(rebuilt);
      return JSON.stringify({ ...rebuilt, hash: prevHash });
    });
    await writeFile(join(dataDir, 'audit.ndjson'), rewritten.join('\n') + '\n');
    await writeFile(join(dataDir, 'audit-head.json'), `${JSON.stringify({ hash: prevHash, $auditSeq: last.seq })}\n`);

    const checked = await verify(['--data', dataDir, '--anchor', anchor]);
    expect(checked.code).toBe(1);
    expectBilingual(checked.lines);
    expect(checked.output).toContain(`  รหัสตรวจสอบ ${anchor} ที่พิมพ์ในรายงาน: ไม่ตรงกับประวัติการแก้ไข / entry ${anchor} as a report printed it — DOES NOT HOLD`);
    expect(checked.output).toContain(`  พบความเสียหาย: audit.ndjson: รายการที่ ${last.seq} ไม่ใช่รายการเดียวกับที่รายงานพิมพ์ไว้ (${anchor}; ตอนนี้เป็น ${last.seq}:${prevHash.slice(0, 16)}): ประวัติการแก้ไขจนถึงรายการนั้นถูกเขียนขึ้นใหม่ / DAMAGE: audit.ndjson: entry ${last.seq} is not the one a report printed (${anchor}; the trail now has ${last.seq}:${prevHash.slice(0, 16)}): the trail up to it was rewritten`);
  });

  it('entries cut from the end of the trail, and a data folder that does not exist', async () => {
    const trail = await trailOf(dataDir);
    await kiosk.services.stats.close();
    await writeFile(join(dataDir, 'audit.ndjson'), trail.slice(0, -1).map((r) => JSON.stringify(r)).join('\n') + '\n');
    const checked = await verify(['--data', dataDir]);
    expect(checked.code).toBe(1);
    expectBilingual(checked.lines);
    expect(checked.output).toContain(`ประวัติการแก้ไขสิ้นสุดที่รายการที่ ${trail.length - 1} แต่ settings.json ถูกบันทึกในรายการที่ ${trail.length}: รายการท้ายประวัติการแก้ไขหายไป (ถูกลบหรือถูกตัดออก) / DAMAGE: audit.ndjson: the trail ends at entry ${trail.length - 1} but settings.json was written under entry ${trail.length}`);

    const missing = await verify(['--data', join(root.path, 'nowhere')]);
    // A mistyped --data is refused like the other read-only commands (exit 2), not "damage" (1).
    expect(missing.code).toBe(2);
    expectBilingual(missing.lines);
  });
});
