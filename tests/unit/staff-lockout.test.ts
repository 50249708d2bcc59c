import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { staffCommandWith } from '../../electron/cli/staff';
import { contract } from '../../electron/contract/index';
import type { Settings } from '../../electron/contract/settings';
import type { AccountDetail, LoginAnswer, StaffStatus } from '../../electron/contract/staff';
import { ADMIN_PIN, STAFF_PIN, as, call, createAdminOnMachine, loginInput, refusal, setUpAccounts, signIn } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

const WRONG = '999888';

/** `staff <action>` of the CLI against this kiosk. */
async function cli(kiosk: Kiosk, positionals: string[], values: Record<string, string> = {}) {
  const printed: string[] = [];
  const code = await staffCommandWith({ readPin: () => async () => '' }).run({ kiosk, values: { ...values, data: kiosk.services.dataDir }, positionals, print: (l) => printed.push(l) });
  return { code, printed: printed.join('\n') };
}

describe('a lockout that cannot be bypassed or turned against staff', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let clock: ReturnType<typeof fixedClock>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    clock = fixedClock('2026-03-02T02:00:00Z');
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
  });
  afterEach(() => dir.remove());

  it('three wrong PINs cost nothing, then each costs a longer wait; the right PIN is not checked during one', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 3; i++) {
      const error = await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG));
      expect(error).toMatchObject({ code: 'forbidden', messageTh: 'รหัส PIN ไม่ถูกต้อง', message: 'Wrong PIN' });
      expect(error.details).toBeUndefined();
    }
    const fourth = await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG));
    expect(fourth).toMatchObject({ code: 'forbidden', details: { retryAt: '2026-03-02T02:00:30.000Z' } });
    expect(fourth.messageTh).toContain('โปรดรอ 30 วินาที');
    expect(fourth.message).toContain('wait 30 seconds');
    const during = await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN));
    expect(during).toMatchObject({ code: 'locked', details: { retryAt: '2026-03-02T02:00:30.000Z' } });
    expect(during.messageTh).toBe('ใส่รหัส PIN ผิดหลายครั้ง โปรดรออีก 30 วินาที (ถึงเวลา 09:00:30 น.) แล้วลองใหม่ หรือให้ผู้ดูแลระบบปลดล็อก');
    expect(during.message).toBe('Too many wrong PINs: wait 30 seconds more (until 09:00:30 Bangkok time) and try again, or ask an administrator to unlock');

    clock.advance(30_000);
    expect((await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG))).details).toEqual({ retryAt: '2026-03-02T02:01:30.000Z' });
    clock.advance(60_000);
    expect((await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG))).details).toEqual({ retryAt: '2026-03-02T02:03:30.000Z' });
    // The other account was never slowed.
    expect((await signIn(kiosk, admin.actor.id, ADMIN_PIN)).actor.role).toBe('admin');
    const details = await call<AccountDetail[]>(kiosk, 'staff.listAccounts', {}, as(admin.actor));
    expect(details.find((a) => a.id === staffId)).toMatchObject({ failedAttempts: 6, lockedUntil: '2026-03-02T02:03:30.000Z' });
    expect(details.find((a) => a.id === admin.actor.id)).toMatchObject({ failedAttempts: 0 });

    clock.advance(2 * 60_000);
    expect((await signIn(kiosk, staffId, STAFF_PIN)).actor.id).toBe(staffId);
    // A success starts the count again.
    expect((await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG))).details).toBeUndefined();
  });

  it('the next sign-in is told how many wrong PINs were tried on the account since the last one (trial: a passer-by can keep staff waiting, and nobody knew)', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 4; i++) await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG));
    clock.advance(30_000);
    const answer = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN));
    expect(answer.notices).toContain('มีการใส่ PIN ของบัญชีนี้ผิด 4 ครั้งตั้งแต่เข้าสู่ระบบครั้งก่อน หากไม่ใช่ท่าน อาจมีผู้พยายามเดา PIN (ดูบันทึกการตรวจสอบ) / '
      + 'A wrong PIN was entered for this account 4 time(s) since its last sign-in; if it was not you, someone may be guessing it (see the audit trail)');
    // Told once: the count starts again.
    expect((await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN))).notices.join('\n')).not.toMatch(/ผิด \d+ ครั้ง/);
  });

  it('the count and the wait survive a restart on the same data folder', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 5; i++) { await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG)); clock.advance(30_000); }
    clock.set('2026-03-02T02:02:00Z'); // the fifth wrong PIN (at 02:02:00) asked for a minute
    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    expect(await refusal(reopened, 'staff.login', loginInput(reopened, staffId, STAFF_PIN))).toMatchObject({ code: 'locked', details: { retryAt: '2026-03-02T02:03:00.000Z' } });
    clock.set('2026-03-02T02:03:00Z');
    expect((await signIn(reopened, staffId, STAFF_PIN)).actor.id).toBe(staffId);
  });

  it('a burst of parallel guesses cannot overrun the count: the right PIN sent fifth is not checked', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    const pins = ['999888', '999887', '999886', '999885', STAFF_PIN, '999883', '999882'];
    const answers = await Promise.all(pins.map((pin) => kiosk.dispatch('staff.login', loginInput(kiosk, staffId, pin), { transport: 'test' })));
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden', 'locked', 'locked', 'locked']);
  });

  it('wrong PINs at the exit gate slow the gate, never an administrator\'s sign-in', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const second = await createAdminOnMachine(kiosk, 'วิชัย ดีงาม', '615243');
    for (let i = 0; i < 3; i++) expect(await call<boolean>(kiosk, 'staff.verifyAdminPin', { pin: WRONG })).toBe(false);
    expect(await call<boolean>(kiosk, 'staff.verifyAdminPin', { pin: WRONG })).toBe(false);
    const waiting = await refusal(kiosk, 'staff.verifyAdminPin', { pin: ADMIN_PIN });
    expect(waiting.code).toBe('locked');
    // The gate's wait has no unlock: its refusal says to wait, not to ask an administrator (helper-54).
    expect(waiting.messageTh).toMatch(/โปรดรออีก/);
    expect(waiting.messageTh).not.toMatch(/ปลดล็อก/);
    expect(waiting.message).not.toMatch(/unlock/);
    // Both administrators sign in at once, with nothing counted against them.
    expect((await signIn(kiosk, admin.actor.id, ADMIN_PIN)).actor.role).toBe('admin');
    expect((await signIn(kiosk, second.id, '615243')).actor.role).toBe('admin');
    expect((await call<AccountDetail[]>(kiosk, 'staff.listAccounts', {}, as(admin.actor))).map((a) => a.failedAttempts)).toEqual([0, 0, 0]);
    clock.advance(30_000);
    expect(await call<boolean>(kiosk, 'staff.verifyAdminPin', { pin: '615243' })).toBe(true);
    expect(await call<boolean>(kiosk, 'staff.verifyAdminPin', { pin: STAFF_PIN })).toBe(false); // a staff PIN never opens it
  });

  it('no public method names an account: the sign-in screen gets initials and opaque choices', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    const status = await call<StaffStatus>(kiosk, 'staff.status', {});
    expect(status.needsSetup).toBe(false);
    expect(status.choices.map((c) => c.initials)).toEqual(['ม. ศ.', 'ส. จ.']); // มาลี ศรีสุข, สมชาย ใจดี (ใ is not an initial)
    const published = JSON.stringify(status);
    for (const secret of [admin.actor.id, staffId, 'สมชาย', 'มาลี']) expect(published).not.toContain(secret);
    expect(Object.hasOwn(contract, 'staff.accounts')).toBe(false);
    // Every public method that takes no input answers without an account id.
    for (const [method, spec] of Object.entries(contract)) {
      if (spec.role !== 'public' || !spec.input.safeParse({}).success) continue;
      const answer = await kiosk.dispatch(method, {}, { transport: 'http' });
      for (const id of [admin.actor.id, staffId]) expect(JSON.stringify(answer), method).not.toContain(id);
    }
    // The choice signs in the person whose initials it carries.
    const malee = status.choices.find((c) => c.initials === 'ม. ศ.')!;
    expect((await call<LoginAnswer>(kiosk, 'staff.login', { choice: malee.ref, pin: STAFF_PIN })).actor.id).toBe(staffId);
    // An unknown choice is refused like a wrong PIN, with its own count.
    expect((await refusal(kiosk, 'staff.login', { choice: 'ab'.repeat(12), pin: STAFF_PIN })).messageTh).toContain('อักษรย่อ');
  });

  it('attempts during a wait cannot flood the audit trail: one entry per wait, the number told in the next', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 4; i++) await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG));
    const before = (await kiosk.services.staff.audit.readAll()).length;
    for (let i = 0; i < 300; i++) await kiosk.dispatch('staff.login', loginInput(kiosk, staffId, String(100000 + i * 7)), { transport: 'http' });
    const during = (await kiosk.services.staff.audit.readAll()).slice(before);
    expect(during.map((r) => r.changes[0]?.note)).toEqual([{ code: 'pin.refusedWhileWaiting', until: '2026-03-02T02:00:30.000Z' }]);
    clock.advance(30_000);
    await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG));
    const next = (await kiosk.services.staff.audit.readAll()).at(-1);
    expect(next?.changes[0]?.note).toMatchObject({ code: 'pin.wrong', inARow: 5, refusedWhileWaiting: 300 });
  });

  it('an administrator clears a wait from the CLI (`staff unlock --id`), finding the id with `staff list`', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 4; i++) await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, WRONG));
    const list = await cli(kiosk, ['list']);
    expect(list.code).toBe(0);
    // In Bangkok time, as the screen says it (helper-69: the CLI printed UTC).
    expect(list.printed).toContain(`${staffId}  staff  มาลี ศรีสุข  (active, 4 wrong PINs, waiting until 2 Mar 2026, 09:00:30 Bangkok time)`);
    expect((await cli(kiosk, ['unlock'])).code).toBe(2);
    const unlocked = await cli(kiosk, ['unlock'], { id: staffId });
    expect(unlocked).toMatchObject({ code: 0, printed: expect.stringContaining('Unlocked มาลี ศรีสุข') });
    expect((await signIn(kiosk, staffId, STAFF_PIN)).actor.id).toBe(staffId);
    const entry = (await kiosk.services.staff.audit.readAll()).find((r) => r.method === 'staff.unlock');
    expect(entry).toMatchObject({ transport: 'cli', actor: { id: 'cli' }, changes: [{ before: { failures: 4, lockedUntil: '2026-03-02T02:00:30.000Z' }, after: { failures: 0 } }] });
    // The id given is named (helper-69: "Account not found" alone).
    expect(await cli(kiosk, ['unlock'], { id: 'no-such-one' })).toMatchObject({ code: 1, printed: expect.stringContaining('No account no-such-one (staff list shows the ids)') });
  });

  it('changing one\'s own PIN ends the account\'s other sessions and keeps this one', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    const here = await signIn(kiosk, staffId, STAFF_PIN);
    const elsewhere = await signIn(kiosk, staffId, STAFF_PIN);
    const actor = kiosk.resolveSession(here.token)!;
    expect(await call(kiosk, 'staff.changeOwnPin', { oldPin: STAFF_PIN, newPin: '274635' }, { transport: 'http', actor })).toEqual({ changed: true });
    expect(kiosk.resolveSession(elsewhere.token)).toBeUndefined();
    expect(kiosk.resolveSession(here.token)?.id).toBe(staffId);
    expect((await signIn(kiosk, staffId, '274635')).actor.id).toBe(staffId);
    // A wrong old PIN counts like a wrong sign-in.
    const me = { transport: 'http' as const, actor: kiosk.resolveSession(here.token)! };
    expect((await refusal(kiosk, 'staff.changeOwnPin', { oldPin: WRONG, newPin: '384756' }, me)).code).toBe('forbidden');
    expect(kiosk.services.staff.accounts.details().find((a) => a.id === staffId)?.failedAttempts).toBe(1);
  });

  it('refuses weak PINs with the reason in Thai and English: one digit, a straight run, the agency\'s phone number', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    await call(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phone: 'สายด่วน ๑๕๐๖ / 0 2956 2521 ต่อ 118' } }, as(admin.actor));
    const cases: [string, string, string][] = [
      ['777777', 'เลขเดียวกันทั้งหมด', 'one digit repeated'],
      ['345678', 'เลขเรียงกัน', 'straight run'],
      ['876543', 'เลขเรียงกัน', 'straight run'],
      ['890123', 'เลขเรียงกัน', 'straight run'],
      ['956252', 'หมายเลขโทรศัพท์ของหน่วยงาน', 'phone number'],
      ['029562521', 'หมายเลขโทรศัพท์ของหน่วยงาน', 'phone number'],
      ['150615', 'หมายเลขโทรศัพท์ของหน่วยงาน', 'phone number'],
    ];
    const here = await signIn(kiosk, staffId, STAFF_PIN);
    const me = { transport: 'test' as const, actor: kiosk.resolveSession(here.token)! };
    for (const [pin, th, en] of cases) {
      for (const [method, input, caller] of [
        ['staff.createAccount', { name: `ทดสอบ ${pin}`, role: 'staff', pin }, as(admin.actor)],
        ['staff.resetPin', { id: staffId, pin }, as(admin.actor)],
        ['staff.changeOwnPin', { oldPin: STAFF_PIN, newPin: pin }, me],
      ] as const) {
        const error = await refusal(kiosk, method, input, caller);
        expect(error.code, `${method} ${pin}`).toBe('bad_input');
        expect(error.messageTh, `${method} ${pin}`).toContain(th);
        expect(error.message, `${method} ${pin}`).toContain(en);
      }
    }
    // A wrong old PIN was never spent on a weak new one.
    expect(kiosk.services.staff.accounts.details().find((a) => a.id === staffId)?.failedAttempts).toBe(0);
    expect(await call(kiosk, 'staff.resetPin', { id: staffId, pin: '582046' }, as(admin.actor))).toMatchObject({ id: staffId });
  });
});
