import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { ReportFile, ReportModel } from '../../electron/contract/reports';
import type { AuditRecord } from '../../electron/contract/staff';
import type { Settings } from '../../electron/contract/settings';
import { hashOf } from '../../electron/services/staff/auditChain';
import { as, call, setUpAccounts } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * The chain stops a change to one entry; someone who can write the folder can still rewrite the
 * whole trail and recompute every hash. A report kept outside the kiosk prints where the trail
 * stood (its last entry's seq and hash), and `verify --anchor` checks the trail against it.
 */
const trailOf = async (dataDir: string) =>
  (await readFile(join(dataDir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

async function cli(args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l));
  return { code, output: lines.join('\n') };
}

/** What a forger with write access does: edits an entry, then recomputes every hash after it, and the head file, so the chain checks out. */
async function rewriteTrail(dataDir: string, edit: (r: AuditRecord) => AuditRecord) {
  let prevHash = '0'.repeat(64), seq = 0;
  const lines = (await trailOf(dataDir)).map((record) => {
    const { hash: _old, ...body } = edit(record);
    const rebuilt = { ...body, prevHash };
    const hash = hashOf(rebuilt);
    prevHash = hash; seq = rebuilt.seq;
    return JSON.stringify({ ...rebuilt, hash });
  });
  await writeFile(join(dataDir, 'audit.ndjson'), lines.join('\n') + '\n');
  await writeFile(join(dataDir, 'audit-head.json'), `${JSON.stringify({ hash: prevHash, $auditSeq: seq })}\n`);
}

describe('a report anchors the audit trail', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir('audit-anchor-');
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-12-07T03:00:00Z') });
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  async function changeSomething() {
    const { admin } = await setUpAccounts(kiosk);
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    await call(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phone: '0 2123 4567' } }, as(admin.actor));
    return admin;
  }

  it('prints the last entry\'s seq and hash in every format, and verify finds the trail holds it', async () => {
    const admin = await changeSomething();
    const last = (await trailOf(dir.path)).at(-1) as AuditRecord;
    const model = await call<ReportModel>(kiosk, 'reports.build', { period: { kind: 'month', month: '2026-12' } }, as(admin.actor));
    expect(model.auditAnchor).toEqual({ seq: last.seq, hash: last.hash.slice(0, 16) });
    const anchor = `${last.seq}:${last.hash.slice(0, 16)}`;

    const exported = async (format: string) => {
      const file = await call<ReportFile>(kiosk, 'reports.export', { period: { kind: 'month', month: '2026-12' }, format }, as(admin.actor));
      return Buffer.from(file.base64, 'base64');
    };
    expect((await exported('html')).toString('utf8')).toContain(`verify --anchor ${anchor}`);
    expect((await exported('csv')).toString('utf8')).toContain(anchor);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('xlsx')) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('ตรวจสอบย้อนหลัง')?.getRow(3).getCell(2).value).toBe(anchor);

    const checked = await cli(['verify', '--data', dir.path, '--anchor', anchor]);
    expect(checked.output).toContain(`entry ${anchor} as a report printed it — holds`);
    expect(checked.output).toContain(`chain intact; its anchor now: ${anchor}`);
    expect(checked.code).toBe(0);
    // As a person copies it off paper: spaces, dashes and capitals do not matter.
    expect((await cli(['verify', '--data', dir.path, '--anchor', `${last.seq} : ${last.hash.slice(0, 8).toUpperCase()}-${last.hash.slice(8, 16)}`])).code).toBe(0);
  });

  it('catches a trail rewritten with every hash recomputed, which the chain alone calls intact', async () => {
    await changeSomething();
    const last = (await trailOf(dir.path)).at(-1) as AuditRecord;
    const anchor = `${last.seq}:${last.hash.slice(0, 16)}`;
    await kiosk.services.stats.close();
    // The settings change is made to look like someone else's.
    await rewriteTrail(dir.path, (r) => (r.method === 'settings.update' ? { ...r, actor: { id: 'someone-else', name: 'คนอื่น', role: 'admin' } } : r));

    const unanchored = await cli(['verify', '--data', dir.path]);
    expect(unanchored.output).toContain('chain intact');
    expect(unanchored.code).toBe(0);

    const anchored = await cli(['verify', '--data', dir.path, '--anchor', anchor]);
    expect(anchored.output).toContain(`entry ${last.seq} is not the one a report printed (${anchor}; the trail now has ${last.seq}:`);
    expect(anchored.output).toContain('DOES NOT HOLD');
    expect(anchored.code).toBe(1);
  });

  it('catches entries removed from the end since the report, and refuses an anchor it cannot read', async () => {
    await changeSomething();
    const trail = await trailOf(dir.path);
    const last = trail.at(-1) as AuditRecord;
    await kiosk.services.stats.close();
    await writeFile(join(dir.path, 'audit.ndjson'), trail.slice(0, -1).map((r) => JSON.stringify(r)).join('\n') + '\n');
    const cut = await cli(['verify', '--data', dir.path, '--anchor', `${last.seq}:${last.hash.slice(0, 16)}`]);
    expect(cut.output).toContain(`but the trail ends at entry ${last.seq - 1}: entries were removed from its end since`);
    expect(cut.output).toContain(`รายงานพิมพ์รายการ ${last.seq}:${last.hash.slice(0, 16)} ไว้ แต่ประวัติการแก้ไขสิ้นสุดที่รายการที่ ${last.seq - 1}: รายการท้ายประวัติถูกลบออกหลังจากนั้น`);
    expect(cut.code).toBe(1);
    // Once a kiosk has started on it, the trail records the cut (its entry takes the seq again): the anchor's reason says so.
    const next = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-12-07T04:00:00Z') });
    await next.services.stats.close();
    const recorded = await cli(['verify', '--data', dir.path, '--anchor', `${last.seq}:${last.hash.slice(0, 16)}`]);
    expect(recorded.output).toContain(`the trail records a cut of its end in entry ${last.seq}`);
    expect(recorded.output).toContain(`; ประวัติการแก้ไขบันทึกไว้ในรายการที่ ${last.seq} ว่ามีการตัดรายการท้ายประวัติออก / `);
    expect((await cli(['verify', '--data', dir.path, '--anchor', 'twelve'])).code).toBe(2);
    // Fewer hex digits than a report prints (32 bits: within a forger's reach) are not an anchor.
    expect((await cli(['verify', '--data', dir.path, '--anchor', `${last.seq - 1}:${trail.at(-2)?.hash.slice(0, 8)}`])).code).toBe(2);
  });

  it('is left out while the trail is empty', async () => {
    const model = await kiosk.services.reports.build({ kind: 'month', month: '2026-12' });
    expect(model.auditAnchor).toBeUndefined();
  });
});
