import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { Receipt } from '../../electron/contract/registers';
import type { AuditRecord, LoginAnswer } from '../../electron/contract/staff';
import type { Caller } from '../../electron/dispatch';
import { ADMIN_PIN, call, setUpAccounts, signIn, STAFF_PIN, writeSmallCatalogue } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * Outside tester: a citizen filed at the kiosk after the last backup; a restore from that backup
 * took the filing away, the next citizen got the same reference number, and no one was told.
 */

async function cli(args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l));
  return { code, output: lines.join('\n') };
}

const citizen: Caller = { transport: 'http' };
const request = { kind: 'request', details: 'ขอสำเนาสัญญาจ้างก่อสร้างอาคาร ปี ๒๕๖๘', person: { name: 'สมหญิง ทดสอบ', phone: '0812345678' } };
const complaint = { kind: 'complaint', details: 'เจ้าหน้าที่เรียกเงินเพิ่มโดยไม่มีใบเสร็จ', anonymous: true, topic: 'corruption' };

describe('a restore and the citizens\' filings it undoes', () => {
  let root: Awaited<ReturnType<typeof tempDir>>;
  let dataDir: string;
  let kiosk: Kiosk;
  let admin: LoginAnswer;
  let staffId: string;
  const clock = fixedClock('2026-03-02T02:00:00Z'); // Monday 2 Mar 2026 (B.E. 2569), 9:00 in Bangkok
  const backup = () => join(root.path, 'bk.zip');
  beforeEach(async () => {
    root = await tempDir();
    dataDir = join(root.path, 'kiosk-data');
    await mkdir(dataDir);
    await writeSmallCatalogue(dataDir);
    kiosk = await bootKiosk({ dataDir, clock });
    ({ admin, staffId } = await setUpAccounts(kiosk));
    for (let i = 0; i < 3; i++) await call<Receipt>(kiosk, 'registers.submit', request, citizen);
    expect((await cli(['backup', '--data', dataDir, '--out', backup()])).code).toBe(0);
  });
  afterEach(async () => { await kiosk.services.stats.close(); await root.remove(); });

  /** Stops the kiosk, restores the backup over its folder, and starts it again. */
  async function restoreAndRestart(): Promise<{ code: number; output: string }> {
    await kiosk.services.stats.close();
    const restored = await cli(['restore', backup(), '--data', dataDir]);
    kiosk = await bootKiosk({ dataDir, clock });
    return restored;
  }

  it('never gives a citizen\'s reference number again, and tells the restore\'s output, the trail and the next sign-in which filings it undid', async () => {
    const lost = await call<Receipt>(kiosk, 'registers.submit', request, citizen);
    const lostComplaint = await call<Receipt>(kiosk, 'registers.submit', complaint, citizen);
    expect([lost.ref, lostComplaint.ref]).toEqual(['ขข-2569-000004', 'รร-2569-000001']);

    const restored = await restoreAndRestart();
    expect(restored.code).toBe(0);
    // The printed output names them, in Thai and in English, with kind and day received.
    expect(restored.output).toMatch(/เรื่องที่ประชาชนยื่นไว้ในข้อมูลเดิมแต่ไม่อยู่ในข้อมูลที่กู้คืน 2 เรื่อง/);
    expect(restored.output).toMatch(/2 citizen filing\(s\) in the replaced data are not in the restored data/);
    expect(restored.output).toMatch(/ขข-2569-000004 คำขอข้อมูลข่าวสาร รับเมื่อ ๒ มีนาคม ๒๕๖๙/);
    expect(restored.output).toMatch(/ขข-2569-000004 information request received 2026-03-02/);
    expect(restored.output).toMatch(/รร-2569-000001 complaint received 2026-03-02/);

    // Numbering continues past every number handed out: the next citizens get new ones.
    expect((await call<Receipt>(kiosk, 'registers.submit', request, citizen)).ref).toBe('ขข-2569-000005');
    expect((await call<Receipt>(kiosk, 'registers.submit', complaint, citizen)).ref).toBe('รร-2569-000002');

    // The trail's restore entry lists them (reference, kind, day: no personal data).
    const trail = (await readFile(join(dataDir, 'audit.ndjson'), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    const entry = trail.find((r) => r.method === 'system.restored');
    expect(entry?.changes[0]?.note).toMatchObject({
      code: 'backup.restored',
      filingsUndone: [
        { ref: 'ขข-2569-000004', kind: 'request', receivedOn: '2026-03-02' },
        { ref: 'รร-2569-000001', kind: 'complaint', receivedOn: '2026-03-02' },
      ],
    });
    expect(JSON.stringify(entry)).not.toContain('สมหญิง');

    // Staff hear it at their next sign-in, with where the replaced folder is kept; no personal data.
    const kept = (await readdir(root.path)).find((n) => n.startsWith('kiosk-data.before-restore-'));
    expect(kept).toBeDefined();
    const staffSees = (await signIn(kiosk, staffId, STAFF_PIN)).notices.join('\n');
    expect(staffSees).toContain('ขข-2569-000004');
    expect(staffSees).toContain('รร-2569-000001');
    expect(staffSees).toContain(kept!);
    expect(staffSees).toMatch(/โปรดบันทึกเรื่องเหล่านี้อีกครั้ง/);
    expect(staffSees).toMatch(/Please enter them again/);
    expect(staffSees).not.toContain('สมหญิง');
    expect(staffSees).not.toContain('0812345678');

    // Kept until an administrator has seen it, across a restart; then not again.
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir, clock });
    expect((await signIn(kiosk, admin.actor.id, ADMIN_PIN)).notices.join('\n')).toContain('ขข-2569-000004');
    await kiosk.services.stats.close();
    kiosk = await bootKiosk({ dataDir, clock });
    expect((await signIn(kiosk, admin.actor.id, ADMIN_PIN)).notices.join('\n')).not.toContain('ขข-2569-000004');
    expect((await cli(['verify', '--data', dataDir])).code).toBe(0);
  });

  it('tells the next sign-in when staff changes made after the backup were undone, though no citizen filing was (trial 2: only filings were told)', async () => {
    await signIn(kiosk, staffId, STAFF_PIN);
    const restored = await restoreAndRestart();
    expect(restored.code).toBe(0);
    const seen = (await signIn(kiosk, admin.actor.id, ADMIN_PIN)).notices.join('\n');
    expect(seen).toMatch(/รายการที่บันทึกหลังการสำรอง 1 รายการถูกย้อนกลับ/);
    expect(seen).toMatch(/1 audited change\(s\) made after the backup were undone/);
    expect(seen).not.toMatch(/โปรดบันทึกเรื่องเหล่านี้อีกครั้ง/);
  });

  it('a restore that undid no filing says so and leaves the numbering as it was', async () => {
    const restored = await restoreAndRestart();
    expect(restored.code).toBe(0);
    expect(restored.output).toMatch(/No citizen filing was undone/);
    expect((await call<Receipt>(kiosk, 'registers.submit', request, citizen)).ref).toBe('ขข-2569-000004');
    expect((await signIn(kiosk, admin.actor.id, ADMIN_PIN)).notices.join('\n')).not.toMatch(/ขข-/);
  });

  it('when the replaced registers cannot be read, the restore still proceeds and says it could not check, in Thai and English', async () => {
    await call<Receipt>(kiosk, 'registers.submit', request, citizen); // ขข-2569-000004
    await kiosk.services.stats.close();
    await writeFile(join(dataDir, 'registers.json'), '{"version":1, torn');
    const restored = await cli(['restore', backup(), '--data', dataDir]);
    kiosk = await bootKiosk({ dataDir, clock });
    expect(restored.code).toBe(0);
    expect(restored.output).toMatch(/ตรวจไม่ได้ว่าการกู้คืนย้อนเรื่องที่ประชาชนยื่นไว้หรือไม่/);
    expect(restored.output).toMatch(/could not check which citizen filings the restore undid/);
    const notices = (await signIn(kiosk, admin.actor.id, ADMIN_PIN)).notices.join('\n');
    expect(notices).toMatch(/could not check which citizen filings the restore undid/);
    // The trail still names the filing's reference (registers.submit after the backup): its number is not given again.
    expect((await call<Receipt>(kiosk, 'registers.submit', request, citizen)).ref).toBe('ขข-2569-000005');
    expect((await cli(['verify', '--data', dataDir])).code).toBe(0);
  });
});
