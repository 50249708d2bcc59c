import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootKiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { AuditRecord } from '../../electron/contract/staff';
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
