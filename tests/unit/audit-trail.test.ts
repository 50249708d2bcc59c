import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditNoteEnglish } from '../../electron/contract/auditNote';
import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { AuditExport, AuditRecord, AuditVerifyReport, LoginAnswer } from '../../electron/contract/staff';
import type { Settings } from '../../electron/contract/settings';
import { runCli } from '../../electron/cli/main';
import { ADMIN_PIN, STAFF_PIN, as, call, refusal, setUpAccounts, loginInput } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

const readTrail = async (dataDir: string): Promise<AuditRecord[]> =>
  (await readFile(join(dataDir, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

async function cli(args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runCli(args, (l) => lines.push(l));
  return { code, output: lines.join('\n') };
}

describe('the audit trail', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let clock: ReturnType<typeof fixedClock>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    clock = fixedClock('2026-03-02T02:00:00Z');
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
  });
  afterEach(() => dir.remove());

  it('records changes from the dispatcher as a hash chain, with before/after and never a PIN', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    const next = { ...settings, centre: { ...settings.centre, phone: '0 2123 4567' } };
    expect(await call<Settings>(kiosk, 'settings.update', next, as(admin.actor))).toEqual(next);

    const trail = await readTrail(dir.path);
    expect(trail.map((r) => r.method)).toEqual(['staff.createAccount', 'staff.login', 'staff.createAccount', 'settings.update']);
    expect(trail.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(trail[0]?.prevHash).toBe('0'.repeat(64));
    expect(trail[1]?.prevHash).toBe(trail[0]?.hash);
    expect(trail[3]?.prevHash).toBe(trail[2]?.hash);
    expect(trail[0]?.actor).toEqual({ id: 'cli', name: 'admin CLI', role: 'admin' });
    expect(trail[3]?.actor).toEqual(admin.actor);
    expect(trail[3]?.changes[0]).toMatchObject({ target: 'settings', before: { centre: { phone: '' } }, after: { centre: { phone: '0 2123 4567' } } });
    const raw = await readFile(join(dir.path, 'audit.ndjson'), 'utf8');
    expect(raw).not.toContain(ADMIN_PIN);
    expect(raw).not.toContain(STAFF_PIN);

    const report = await call<AuditVerifyReport>(kiosk, 'audit.verify', {}, as(admin.actor));
    expect(report).toEqual({ sound: true, entries: 4, lastSeq: 4 });
  });

  it('records sign-ins, wrong PINs and waits, which are not data changes', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 5; i++) await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, '999888'));
    clock.advance(30_000);
    await call(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN));
    const notes = (await readTrail(dir.path)).filter((r) => r.method === 'staff.login' && r.changes[0]?.target === `account:${staffId}`).map((r) => auditNoteEnglish(r.changes[0]?.note ?? ''));
    expect(notes).toEqual([
      'wrong PIN for มาลี ศรีสุข; 1 in a row', 'wrong PIN for มาลี ศรีสุข; 2 in a row', 'wrong PIN for มาลี ศรีสุข; 3 in a row',
      'wrong PIN for มาลี ศรีสุข; 4 in a row; next try not before 2026-03-02T02:00:30.000Z',
      'attempts refused unchecked while waiting until 2026-03-02T02:00:30.000Z (counted in the next entry)',
      'signed in',
    ]);
  });

  it('keeps the chain whole under concurrent appends', async () => {
    await setUpAccounts(kiosk);
    await Promise.all(Array.from({ length: 40 }, (_, i) =>
      kiosk.services.staff.audit.append({ transport: 'test', method: 'test.concurrent', changes: [{ target: `n${i}` }] })));
    const report = await kiosk.services.staff.audit.verify();
    expect(report.sound).toBe(true);
    expect(report.entries).toBe(43);
  });

  it('editing ONE byte of audit.ndjson makes verify fail and name the entry', async () => {
    const { admin } = await setUpAccounts(kiosk);
    await call(kiosk, 'staff.createAccount', { name: 'วิชัย', role: 'staff', pin: '615243' }, as(admin.actor));
    expect((await cli(['verify', '--data', dir.path])).code).toBe(0);

    const path = join(dir.path, 'audit.ndjson');
    const text = await readFile(path, 'utf8');
    const lines = text.split('\n');
    const second = lines[1] ?? '';
    // Change one character of the second entry's target, keeping valid JSON and a valid entry.
    const at = second.indexOf('"target":"account:') + '"target":"acc'.length;
    lines[1] = `${second.slice(0, at)}D${second.slice(at + 1)}`;
    await writeFile(path, lines.join('\n'));
    expect(Buffer.byteLength(lines.join('\n'))).toBe(Buffer.byteLength(text));

    const { code, output } = await cli(['verify', '--data', dir.path]);
    expect(code).toBe(1);
    expect(output).toMatch(/first bad entry: line 2, seq 2: content does not match its hash/);
    expect(output).toMatch(/Result: 1 problem\(s\) found/);
  });

  it('a torn last line is reported as such, set aside at the next start, and surfaced at the next sign-in', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const path = join(dir.path, 'audit.ndjson');
    await appendFile(path, '{"seq":4,"at":"2026-03-02T02:00:00.000Z","actor":null,"transp');

    const checked = await cli(['verify', '--data', dir.path]);
    expect(checked.code).toBe(0);
    expect(checked.output).toMatch(/torn last line 4 .*not tampering/);
    expect(checked.output).not.toMatch(/BROKEN/);

    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    expect((await readdir(dir.path)).some((f) => f.startsWith('audit.ndjson.torn-'))).toBe(true);
    const login = await call<LoginAnswer>(reopened, 'staff.login', loginInput(reopened, admin.actor.id, ADMIN_PIN));
    expect(login.notices.join('\n')).toMatch(/unfinished entry was set aside/);
    const trail = await readTrail(dir.path);
    expect(trail.map((r) => r.method)).toEqual(['staff.createAccount', 'staff.login', 'staff.createAccount', 'system.auditRepair', 'staff.login']);
    expect((await cli(['verify', '--data', dir.path])).code).toBe(0);
    // Once an administrator has seen the notice it is not repeated.
    expect((await call<LoginAnswer>(reopened, 'staff.login', loginInput(reopened, admin.actor.id, ADMIN_PIN))).notices).toEqual([]);
  });

  it('a process not holding the folder leaves a torn last line as it found it: the holder sets it aside (review, helper-25)', async () => {
    await setUpAccounts(kiosk);
    const path = join(dir.path, 'audit.ndjson');
    await appendFile(path, '{"seq":4,"torn');
    const before = await readFile(path);
    const reader = await bootKiosk({ dataDir: dir.path, clock, owner: false });
    expect(await readFile(path)).toEqual(before);
    expect((await readdir(dir.path)).filter((f) => f.startsWith('audit.ndjson.torn-'))).toEqual([]);
    await reader.services.stats.close();
  });

  it('an edited last entry is noticed at the next start, and later entries keep being written', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const path = join(dir.path, 'audit.ndjson');
    const text = await readFile(path, 'utf8');
    const last = text.lastIndexOf('"target":"account:');
    await writeFile(path, `${text.slice(0, last)}"target":"accDunt:${text.slice(last + '"target":"account:'.length)}`);
    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    const login = await call<LoginAnswer>(reopened, 'staff.login', loginInput(reopened, admin.actor.id, ADMIN_PIN));
    expect(login.notices.join('\n')).toMatch(/audit trail is damaged or was edited/);
    const trail = await readTrail(dir.path);
    expect(trail.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    const { code, output } = await cli(['verify', '--data', dir.path]);
    expect(code).toBe(1);
    expect(output).toMatch(/line 3, seq 3: content does not match its hash/);
    // What the start-up noted keeps the reason in Thai too, for the staff's audit screen.
    const unsound = trail.flatMap((r) => r.changes.map((c) => c.note)).find((n) => typeof n === 'object' && n?.code === 'audit.unsound');
    expect(unsound).toMatchObject({ firstBadLine: 3, reason: 'content does not match its hash (the entry was edited)', reasonTh: 'เนื้อหาไม่ตรงกับรหัสตรวจสอบของรายการ (รายการนี้ถูกแก้ไข)' });
  });

  it('records a store recovered at start-up once, and shows it at the next sign-in', async () => {
    const { admin } = await setUpAccounts(kiosk);
    await writeFile(join(dir.path, 'settings.json'), '{"agency": {');
    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    const recovered = (await readTrail(dir.path)).filter((r) => r.method === 'system.storeRecovered');
    expect(recovered).toHaveLength(1);
    expect(recovered[0]?.changes[0]?.target).toBe('store:settings.json');
    const login = await call<LoginAnswer>(reopened, 'staff.login', loginInput(reopened, admin.actor.id, ADMIN_PIN));
    expect(login.notices).toHaveLength(1);
    expect(login.notices[0]).toMatch(/settings\.json.*เสียหาย/);
  });

  it('entries cut from the end of the trail are named by verify and recorded at the next start: a store was written under an entry the trail no longer has (trial, helper-26)', async () => {
    const { admin } = await setUpAccounts(kiosk);
    await call(kiosk, 'staff.createAccount', { name: 'หลังสุด ตัดทิ้ง', role: 'staff', pin: '615243' }, as(admin.actor));
    const trail = await readTrail(dir.path);
    const last = trail.at(-1)!;
    expect(last.method).toBe('staff.createAccount');
    // The last two entries removed (the kiosk stopped), as `head -n -2` would: the chain of what is left is intact.
    await writeFile(join(dir.path, 'audit.ndjson'), trail.slice(0, -2).map((r) => JSON.stringify(r)).join('\n') + '\n');
    const checked = await cli(['verify', '--data', dir.path]);
    expect(checked.code).toBe(1);
    expect(checked.output).toContain(`DAMAGE: audit.ndjson: the trail ends at entry ${last.seq - 2} but staff.json was written under entry ${last.seq}: entries are missing from its end (removed or cut off)`);

    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    const noted = (await readTrail(dir.path)).at(-1)!;
    expect(noted).toMatchObject({ seq: last.seq - 1, method: 'system.auditCutShort', actor: null });
    // The trail's own head file (audit-head.json) was ahead too.
    expect(noted.changes[0]?.note).toEqual({ code: 'audit.cutShort', lastSeq: last.seq - 2, stores: [{ store: 'staff.json', seq: last.seq }, { store: 'audit-head.json', seq: last.seq }] });
    expect(auditNoteEnglish(noted.changes[0]!.note!)).toBe(`the trail ended at entry ${last.seq - 2}, but staff.json was written under entry ${last.seq}, audit-head.json was written under entry ${last.seq}: entries were missing from its end`);
    const login = await call<LoginAnswer>(reopened, 'staff.login', loginInput(reopened, admin.actor.id, ADMIN_PIN));
    expect(login.notices.join('\n')).toMatch(/ประวัติการแก้ไข.*หายไป.*Entries are missing from the end of the audit trail/s);

    // Said once (review, helper-30): the next start neither records it again nor tells staff again,
    // and verify names the recorded cut as a fact of the trail rather than damage to act on.
    const third = await bootKiosk({ dataDir: dir.path, clock });
    expect((await readTrail(dir.path)).filter((r) => r.method === 'system.auditCutShort')).toHaveLength(1);
    const again = await call<LoginAnswer>(third, 'staff.login', loginInput(third, admin.actor.id, ADMIN_PIN));
    expect(again.notices.join('\n')).not.toMatch(/Entries are missing/);
    const rechecked = await cli(['verify', '--data', dir.path]);
    expect(rechecked.code).toBe(0);
    expect(rechecked.output).toContain(`entries after ${last.seq - 2} were cut from the end of the trail before ${noted.at} (staff.json had been written under entry ${last.seq}, audit-head.json had been written under entry ${last.seq}); recorded in entry ${noted.seq}`);
    expect(rechecked.output).toContain(`คำเตือน: audit.ndjson: รายการหลังรายการที่ ${last.seq - 2} ถูกตัดออกจากท้ายประวัติการแก้ไขก่อนเวลา ${noted.at} (staff.json เคยถูกบันทึกในรายการที่ ${last.seq}, audit-head.json เคยถูกบันทึกในรายการที่ ${last.seq}); บันทึกเรื่องนี้ไว้แล้วในรายการที่ ${noted.seq} / warning: audit.ndjson: `);
  });

  it('lists newest first with paging and filters', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, '999888'));
    const all = await call<{ total: number; items: AuditRecord[] }>(kiosk, 'audit.list', { limit: 2 }, as(admin.actor));
    expect(all.total).toBe(4);
    expect(all.items.map((r) => r.seq)).toEqual([4, 3]);
    const logins = await call<{ total: number; items: AuditRecord[] }>(kiosk, 'audit.list', { filter: { method: 'staff.login' } }, as(admin.actor));
    expect(logins.items.map((r) => r.seq)).toEqual([4, 2]);
    const byAdmin = await call<{ total: number }>(kiosk, 'audit.list', { filter: { actorId: admin.actor.id } }, as(admin.actor));
    expect(byAdmin.total).toBe(2);
    const thatDay = await call<{ total: number }>(kiosk, 'audit.list', { filter: { from: '2026-03-02', to: '2026-03-02' } }, as(admin.actor));
    expect(thatDay.total).toBe(4);
    const nextDay = await call<{ total: number }>(kiosk, 'audit.list', { filter: { from: '2026-03-03' } }, as(admin.actor));
    expect(nextDay.total).toBe(0);
  });

  it('exports CSV with a BOM and formula cells neutralised, and JSON', async () => {
    const { admin } = await setUpAccounts(kiosk);
    await call(kiosk, 'staff.createAccount', { name: '=HYPERLINK("http://x")', role: 'staff', pin: '615243' }, as(admin.actor));
    const csv = await call<AuditExport>(kiosk, 'audit.export', { format: 'csv' }, as(admin.actor));
    expect(csv.fileName).toBe('audit-2026-03-02.csv');
    expect(csv.content.startsWith('\uFEFFseq,at,actor_id')).toBe(true);
    expect(csv.content).toContain('สมชาย ใจดี');
    const rows = csv.content.split('\r\n');
    const hostile = rows.find((r) => r.includes('HYPERLINK')) ?? '';
    expect(hostile).not.toMatch(/(^|,)"?=/);
    expect(csv.content).not.toMatch(/(^|,)[=+\-@]/m);

    const json = await call<AuditExport>(kiosk, 'audit.export', { format: 'json' }, as(admin.actor));
    expect((JSON.parse(json.content) as AuditRecord[]).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
  });
});
