import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { AccountDetail, LoginAnswer, StaffStatus } from '../../electron/contract/staff';
import { ADMIN_PIN, STAFF_PIN, as, call, refusal, setUpAccounts } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

describe('staff accounts, first start and lockout', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let clock: ReturnType<typeof fixedClock>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    clock = fixedClock('2026-03-02T02:00:00Z');
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
  });
  afterEach(() => dir.remove());

  it('first start needs setup, has no default PIN, and the first admin can be set up only once', async () => {
    expect(await call<StaffStatus>(kiosk, 'staff.status', {})).toEqual({ needsSetup: true, accounts: [] });
    const answer = await call<LoginAnswer>(kiosk, 'staff.setupFirstAdmin', { name: 'สมชาย ใจดี', pin: ADMIN_PIN });
    expect(answer.actor).toMatchObject({ name: 'สมชาย ใจดี', role: 'admin' });
    expect(answer.token).toMatch(/^[0-9a-f]{64}$/);
    expect(kiosk.resolveSession(answer.token)).toEqual(answer.actor);

    const status = await call<StaffStatus>(kiosk, 'staff.status', {});
    expect(status).toEqual({ needsSetup: false, accounts: [answer.actor] });
    const again = await refusal(kiosk, 'staff.setupFirstAdmin', { name: 'ผู้บุกรุก', pin: '555123' });
    expect(again.code).toBe('conflict');
    expect(again.messageTh).toMatch(/ผู้ดูแลระบบ/);
    expect((await call<StaffStatus>(kiosk, 'staff.status', {})).accounts).toHaveLength(1);
  });

  it('stores only a salted scrypt hash of the PIN', async () => {
    await setUpAccounts(kiosk);
    const text = await readFile(join(dir.path, 'staff.json'), 'utf8');
    expect(text).not.toContain(ADMIN_PIN);
    expect(text).not.toContain(STAFF_PIN);
    const stored = JSON.parse(text) as { accounts: { pin: { salt: string; params: { N: number } } }[] };
    expect(stored.accounts[0]?.pin.params.N).toBe(2 ** 15);
    expect(stored.accounts[0]?.pin.salt).not.toBe(stored.accounts[1]?.pin.salt);
  });

  it('five wrong PINs lock THAT account for five minutes, with the remaining attempts in both languages', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    for (let left = 4; left >= 1; left--) {
      const error = await refusal(kiosk, 'staff.login', { accountId: staffId, pin: '999888' });
      expect(error.code).toBe('forbidden');
      expect(error.details).toEqual({ remainingAttempts: left });
      expect(error.messageTh).toContain(`เหลืออีก ${left} ครั้ง`);
      expect(error.message).toContain(`${left} attempt`);
    }
    const fifth = await refusal(kiosk, 'staff.login', { accountId: staffId, pin: '999888' });
    expect(fifth.code).toBe('locked');
    expect(fifth.details).toEqual({ lockedUntil: '2026-03-02T02:05:00.000Z' });
    expect(fifth.messageTh).toContain('09:05'); // Bangkok time
    // Even the right PIN is refused while locked.
    expect((await refusal(kiosk, 'staff.login', { accountId: staffId, pin: STAFF_PIN })).code).toBe('locked');
    // The other account is not affected.
    expect((await call<LoginAnswer>(kiosk, 'staff.login', { accountId: admin.actor.id, pin: ADMIN_PIN })).actor.role).toBe('admin');
  });

  it('the lock survives a restart on the same data folder, and lifts after five minutes', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 5; i++) await refusal(kiosk, 'staff.login', { accountId: staffId, pin: '999888' });

    clock.advance(60_000);
    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    expect((await refusal(reopened, 'staff.login', { accountId: staffId, pin: STAFF_PIN })).code).toBe('locked');

    clock.set('2026-03-02T02:04:59.000Z');
    expect((await refusal(reopened, 'staff.login', { accountId: staffId, pin: STAFF_PIN })).code).toBe('locked');
    clock.set('2026-03-02T02:05:00.000Z');
    const answer = await call<LoginAnswer>(reopened, 'staff.login', { accountId: staffId, pin: STAFF_PIN });
    expect(answer.actor).toMatchObject({ id: staffId, role: 'staff' });
  });

  it('a wrong-PIN count below five also survives a restart', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 3; i++) await refusal(kiosk, 'staff.login', { accountId: staffId, pin: '999888' });
    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    expect((await refusal(reopened, 'staff.login', { accountId: staffId, pin: '999888' })).details).toEqual({ remainingAttempts: 1 });
  });

  it('a burst of parallel guesses cannot overrun the counter: the right PIN sent sixth is still refused', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    const pins = ['999888', '999887', '999886', '999885', '999884', STAFF_PIN, '999883', '999882'];
    const answers = await Promise.all(pins.map((pin) => kiosk.dispatch('staff.login', { accountId: staffId, pin }, { transport: 'test' })));
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden', 'locked', 'locked', 'locked', 'locked']);
  });

  it('an admin cannot disable or demote the last active admin, but can once there is another', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    const asAdmin = as(admin.actor);
    expect((await refusal(kiosk, 'staff.updateAccount', { id: admin.actor.id, disabled: true }, asAdmin)).code).toBe('conflict');
    expect((await refusal(kiosk, 'staff.updateAccount', { id: admin.actor.id, role: 'staff' }, asAdmin)).code).toBe('conflict');
    await call(kiosk, 'staff.updateAccount', { id: staffId, role: 'admin' }, asAdmin);
    await call(kiosk, 'staff.updateAccount', { id: admin.actor.id, disabled: true }, asAdmin);
    const accounts = await call<AccountDetail[]>(kiosk, 'staff.listAccounts', {}, as({ ...admin.actor }));
    expect(accounts.find((a) => a.id === admin.actor.id)?.disabled).toBe(true);
    // A disabled account leaves the sign-in list, cannot sign in, and its session ends.
    expect((await call<StaffStatus>(kiosk, 'staff.status', {})).accounts.map((a) => a.id)).toEqual([staffId]);
    expect(kiosk.resolveSession(admin.token)).toBeUndefined();
    expect((await refusal(kiosk, 'staff.login', { accountId: admin.actor.id, pin: ADMIN_PIN })).code).toBe('forbidden');
  });

  it('an admin resets a PIN and clears a lockout; staff change their own PIN with the old one', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 5; i++) await refusal(kiosk, 'staff.login', { accountId: staffId, pin: '999888' });
    const details = await call<AccountDetail[]>(kiosk, 'staff.listAccounts', {}, as(admin.actor));
    expect(details.find((a) => a.id === staffId)).toMatchObject({ failedAttempts: 5, lockedUntil: '2026-03-02T02:05:00.000Z' });

    await call(kiosk, 'staff.resetPin', { id: staffId, pin: '615243' }, as(admin.actor));
    const signedIn = await call<LoginAnswer>(kiosk, 'staff.login', { accountId: staffId, pin: '615243' });
    const asStaff = as(signedIn.actor);
    expect((await refusal(kiosk, 'staff.changeOwnPin', { oldPin: '000999', newPin: '274635' }, asStaff)).code).toBe('forbidden');
    expect((await refusal(kiosk, 'staff.changeOwnPin', { oldPin: '615243', newPin: '111111' }, asStaff)).code).toBe('bad_input');
    expect(await call(kiosk, 'staff.changeOwnPin', { oldPin: '615243', newPin: '274635' }, asStaff)).toEqual({ changed: true });
    expect((await refusal(kiosk, 'staff.login', { accountId: staffId, pin: '615243' })).code).toBe('forbidden');
    expect((await call<LoginAnswer>(kiosk, 'staff.login', { accountId: staffId, pin: '274635' })).actor.id).toBe(staffId);
  });

  it('the exit gate accepts an admin PIN, refuses a staff PIN, and shares the admin lockout', async () => {
    const { admin } = await setUpAccounts(kiosk);
    expect(await call<boolean>(kiosk, 'staff.verifyAdminPin', { pin: ADMIN_PIN })).toBe(true);
    expect(await call<boolean>(kiosk, 'staff.verifyAdminPin', { pin: STAFF_PIN })).toBe(false);
    for (let i = 0; i < 3; i++) expect(await call<boolean>(kiosk, 'staff.verifyAdminPin', { pin: '999888' })).toBe(false);
    const locked = await refusal(kiosk, 'staff.verifyAdminPin', { pin: '999888' });
    expect(locked.code).toBe('locked');
    expect((await refusal(kiosk, 'staff.verifyAdminPin', { pin: ADMIN_PIN })).code).toBe('locked');
    expect((await refusal(kiosk, 'staff.login', { accountId: admin.actor.id, pin: ADMIN_PIN })).code).toBe('locked');
  });
});
