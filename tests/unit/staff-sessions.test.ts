import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { contract } from '../../electron/contract/index';
import type { LoginAnswer } from '../../electron/contract/staff';
import { neutralSettings } from '../../electron/services/settings/settings';
import { STAFF_PIN, as, call, refusal, setUpAccounts, loginInput } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

describe('staff sessions and roles', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let clock: ReturnType<typeof fixedClock>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    clock = fixedClock('2026-03-02T02:00:00Z');
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
  });
  afterEach(() => dir.remove());

  it('a session ends after five idle minutes; each resolved call refreshes it', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    const login = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN));
    expect(login.expiresAt).toBe('2026-03-02T02:05:00.000Z');
    expect(login.idleSeconds).toBe(300);

    clock.advance(4 * 60_000);
    expect(kiosk.resolveSession(login.token)?.id).toBe(staffId); // refreshed at 02:04
    clock.advance(4 * 60_000 + 59_000);
    expect(kiosk.resolveSession(login.token)?.id).toBe(staffId); // 4:59 idle: still in
    clock.advance(5 * 60_000 + 1);
    expect(kiosk.resolveSession(login.token)).toBeUndefined();
    // Once expired it stays expired.
    clock.advance(-10 * 60_000);
    expect(kiosk.resolveSession(login.token)).toBeUndefined();
  });

  it('logout ends the session; unknown and malformed tokens resolve to nobody', async () => {
    const { staffId } = await setUpAccounts(kiosk);
    const login = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN));
    expect(await call(kiosk, 'staff.logout', { token: login.token })).toEqual({ ended: true });
    expect(kiosk.resolveSession(login.token)).toBeUndefined();
    expect(await call(kiosk, 'staff.logout', { token: login.token })).toEqual({ ended: false });
    expect(kiosk.resolveSession('a'.repeat(64))).toBeUndefined();
    expect(kiosk.resolveSession('../../etc')).toBeUndefined();
  });

  it('a restart signs everyone out (tokens live in memory only)', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const reopened = await bootKiosk({ dataDir: dir.path, clock });
    expect(reopened.resolveSession(admin.token)).toBeUndefined();
  });

  it('a demotion takes effect on the next call of an open session', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    await call(kiosk, 'staff.updateAccount', { id: staffId, role: 'admin' }, as(admin.actor));
    const other = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN));
    expect(kiosk.resolveSession(other.token)?.role).toBe('admin');
    await call(kiosk, 'staff.updateAccount', { id: staffId, role: 'staff' }, as(admin.actor));
    expect(kiosk.resolveSession(other.token)?.role).toBe('staff');
  });

  it('the public cannot call staff or admin methods, staff cannot call admin methods', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    const staffLogin = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN));
    const asStaff = { transport: 'test' as const, actor: kiosk.resolveSession(staffLogin.token) };
    const asAdmin = { transport: 'test' as const, actor: kiosk.resolveSession(admin.token) };
    const adminCalls: [string, unknown][] = [
      ['staff.listAccounts', {}],
      ['staff.createAccount', { name: 'คนใหม่', role: 'admin', pin: '615243' }],
      ['staff.resetPin', { id: admin.actor.id, pin: '615243' }],
      ['audit.list', {}],
      ['audit.export', { format: 'csv' }],
      ['settings.update', neutralSettings()],
    ];
    for (const [method, input] of adminCalls) {
      const publicError = await refusal(kiosk, method, input);
      expect(publicError.code, method).toBe('forbidden');
      expect(publicError.messageTh).toBe('กรุณาเข้าสู่ระบบเจ้าหน้าที่ก่อน');
      const staffError = await refusal(kiosk, method, input, asStaff);
      expect(staffError.code, method).toBe('forbidden');
      expect(staffError.message).toBe('This account may not do this');
    }
    expect((await refusal(kiosk, 'staff.changeOwnPin', { oldPin: STAFF_PIN, newPin: '615243' })).code).toBe('forbidden');
    // The admin may, and nobody became an admin on the way.
    expect(await call<unknown[]>(kiosk, 'staff.listAccounts', {}, asAdmin)).toHaveLength(2);
  });

  it('every staff.* and audit.* method declares a role, and only the sign-in path is public', () => {
    const publicOnes = Object.entries(contract)
      .filter(([name, spec]) => /^(staff|audit)\./.test(name) && spec.role === 'public')
      .map(([name]) => name).sort();
    expect(publicOnes).toEqual(['staff.login', 'staff.logout', 'staff.setupFirstAdmin', 'staff.status', 'staff.verifyAdminPin']);
  });
});
