import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { AccountDetail, LoginAnswer, StaffStatus } from '../../electron/contract/staff';
import { ADMIN_PIN, STAFF_PIN, as, call, refusal, setUpAccounts, loginInput } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

describe('staff accounts', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let clock: ReturnType<typeof fixedClock>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    clock = fixedClock('2026-03-02T02:00:00Z');
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
  });
  afterEach(() => dir.remove());

  it('stores only a salted scrypt hash of the PIN', async () => {
    await setUpAccounts(kiosk);
    const text = await readFile(join(dir.path, 'staff.json'), 'utf8');
    expect(text).not.toContain(ADMIN_PIN);
    expect(text).not.toContain(STAFF_PIN);
    const stored = JSON.parse(text) as { accounts: { pin: { salt: string; params: { N: number } } }[] };
    expect(stored.accounts[0]?.pin.params.N).toBe(2 ** 15);
    expect(stored.accounts[0]?.pin.salt).not.toBe(stored.accounts[1]?.pin.salt);
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
    expect((await call<StaffStatus>(kiosk, 'staff.status', {})).choices.map((c) => c.initials)).toEqual(['ม. ศ.']);
    expect(kiosk.resolveSession(admin.token)).toBeUndefined();
    expect((await refusal(kiosk, 'staff.login', loginInput(kiosk, admin.actor.id, ADMIN_PIN))).code).toBe('forbidden');
  });

  it('an admin resets a PIN and clears the wrong-PIN wait; staff change their own PIN with the old one', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    for (let i = 0; i < 5; i++) await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, '999888'));
    const details = await call<AccountDetail[]>(kiosk, 'staff.listAccounts', {}, as(admin.actor));
    // The fifth came during the wait the fourth started: refused unchecked, not counted.
    expect(details.find((a) => a.id === staffId)).toMatchObject({ failedAttempts: 4, lockedUntil: '2026-03-02T02:00:30.000Z' });

    await call(kiosk, 'staff.resetPin', { id: staffId, pin: '615243' }, as(admin.actor));
    const signedIn = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, '615243'));
    const asStaff = as(signedIn.actor);
    expect((await refusal(kiosk, 'staff.changeOwnPin', { oldPin: '000999', newPin: '274635' }, asStaff)).code).toBe('forbidden');
    expect((await refusal(kiosk, 'staff.changeOwnPin', { oldPin: '615243', newPin: '111111' }, asStaff)).code).toBe('bad_input');
    expect(await call(kiosk, 'staff.changeOwnPin', { oldPin: '615243', newPin: '274635' }, asStaff)).toEqual({ changed: true });
    expect((await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, '615243'))).code).toBe('forbidden');
    expect((await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, '274635'))).actor.id).toBe(staffId);
  });
});
