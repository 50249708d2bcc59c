import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootKiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { AuditRecord } from '../../electron/contract/staff';
import { hashOf } from '../../electron/services/staff/auditChain';
import { as, call, setUpAccounts } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * Entries that write no store (a sign-in, a staff member opening someone's personal data) left no
 * stamp anywhere: cutting them off the end of the trail, `head -38 audit.ndjson`, was seen by
 * neither verify nor the next start (outside trial, helper-41). The trail's head is now kept
 * beside it (audit-head.json, stamped like a store), so such a cut is found like any other.
 */
const trailOf = async (dataDir: string) =>
  (await readFile(join(dataDir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

describe('entries cut from the end of the trail that wrote no store', () => {
  it('are named by verify and recorded at the next start', async () => {
    const dir = await tempDir('audit-head-');
    try {
      const kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-12-07T03:00:00Z') });
      const { admin } = await setUpAccounts(kiosk);
      await call(kiosk, 'registers.submit', { kind: 'complaint', details: 'ร้องเรียนเรื่องที่จอดรถ', anonymous: true });
      const [row] = await call<{ id: string }[]>(kiosk, 'registers.list', { kind: 'complaint' }, as(admin.actor));
      await call(kiosk, 'registers.open', { id: row?.id }, as(admin.actor)); // a view of personal data: audited, no store written
      await kiosk.services.stats.close();
      const trail = await trailOf(dir.path);
      expect(trail.at(-1)?.stores ?? []).toEqual([]);
      const kept = trail.slice(0, -1);
      await writeFile(join(dir.path, 'audit.ndjson'), kept.map((r) => JSON.stringify(r)).join('\n') + '\n');

      const said: string[] = [];
      expect(await runCli(['verify', '--data', dir.path], (l) => said.push(l))).toBe(1);
      expect(said.join('\n')).toContain(`the trail ends at entry ${kept.length} but audit-head.json was written under entry ${trail.length}`);
      expect(said.join('\n')).toContain(`พบความเสียหาย: audit.ndjson: ประวัติการแก้ไขสิ้นสุดที่รายการที่ ${kept.length} แต่ audit-head.json ถูกบันทึกในรายการที่ ${trail.length}`);

      const next = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-12-07T04:00:00Z') });
      await next.services.stats.close();
      const after = await trailOf(dir.path);
      expect(after.at(-1)?.method).toBe('system.auditCutShort');
      // Recorded: verify names it as a known cut from then on, not as damage.
      const again: string[] = [];
      expect(await runCli(['verify', '--data', dir.path], (l) => again.push(l))).toBe(0);
    } finally { await dir.remove(); }
  });
});

describe('the head file checked against the trail (outside trial, helper-46)', () => {
  it('names a last entry rewritten and re-hashed, which the chain alone calls intact, and warns when the head file is gone', async () => {
    const dir = await tempDir('audit-head-');
    try {
      const kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-12-07T03:00:00Z') });
      await setUpAccounts(kiosk);
      await kiosk.services.stats.close();
      const trail = await trailOf(dir.path);
      const last = trail.at(-1) as AuditRecord;
      // The forger's move: the last entry made to look like someone else's, its hash recomputed.
      const { hash: _old, ...body } = { ...last, actor: { id: 'x', name: 'Somebody Else', role: 'admin' as const } };
      const forged = { ...body, hash: hashOf(body) };
      await writeFile(join(dir.path, 'audit.ndjson'), [...trail.slice(0, -1), forged].map((r) => JSON.stringify(r)).join('\n') + '\n');
      const said: string[] = [];
      expect(await runCli(['verify', '--data', dir.path], (l) => said.push(l))).toBe(1);
      expect(said.join('\n')).toContain('ครบถ้วน ต่อเนื่องกันทุกรายการ');
      expect(said.join('\n')).toContain('chain intact');
      expect(said.join('\n')).toContain(`พบความเสียหาย: audit-head.json: ระบุรายการที่ ${last.seq} รหัส ${last.hash.slice(0, 16)}… แต่รายการที่ ${last.seq} ในประวัติการแก้ไขมีรหัส ${forged.hash.slice(0, 16)}…: รายการนั้นถูกแก้ไขหลังจากบันทึกไปแล้ว / `);
      expect(said.join('\n')).toContain(`DAMAGE: audit-head.json: names entry ${last.seq} with hash ${last.hash.slice(0, 16)}…, but the trail's entry ${last.seq} has ${forged.hash.slice(0, 16)}…: it was rewritten after it was written`);

      await rm(join(dir.path, 'audit-head.json'));
      const gone: string[] = [];
      await runCli(['verify', '--data', dir.path], (l) => gone.push(l));
      expect(gone.join('\n')).toContain('คำเตือน: audit-head.json: ไม่พบไฟล์นี้');
      expect(gone.join('\n')).toContain('warning: audit-head.json: missing');
    } finally { await dir.remove(); }
  });
});
