import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { contract } from '../../electron/contract/index';
import { tempDir, fixedClock } from './support';

describe('the dispatcher', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-11-21T03:00:00Z') });
  });
  afterEach(() => dir.remove());

  it('answers a known public method with {ok:true, value}', async () => {
    const result = await kiosk.dispatch('catalogue.overview', {}, { transport: 'test' });
    expect(result).toMatchObject({ ok: true, value: { documentCount: 0, serviceCount: 0, isSample: false } });
  });

  it('refuses an unknown method, including inherited object keys', async () => {
    for (const name of ['nope.nothing', '__proto__', 'constructor', 'toString']) {
      const result = await kiosk.dispatch(name, {}, { transport: 'test' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown_method');
    }
  });

  it('parses input with the schema and explains what is wrong in both languages', async () => {
    const result = await kiosk.dispatch('catalogue.get', { id: '../../etc/passwd' }, { transport: 'test' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_input');
    expect(result.error.message).toMatch(/^Document id may hold only letters/);
    expect(result.error.messageTh).toMatch(/^รหัสเอกสาร ใช้ได้เฉพาะ/);
  });

  it('checks the role before the schema: a citizen calling an admin method learns nothing of its input', async () => {
    const result = await kiosk.dispatch('staff.createAccount', { name: 42, role: 'root' }, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(result)).not.toMatch(/name|role|pin|expected/i);
  });

  it('rejects unknown keys rather than ignoring them', async () => {
    const result = await kiosk.dispatch('catalogue.overview', { role: 'admin' }, { transport: 'test' });
    expect(result.ok).toBe(false);
  });

  it('turns a service failure into a not_found answer, never a throw', async () => {
    const result = await kiosk.dispatch('catalogue.get', { id: 'missing-doc' }, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', messageTh: 'ไม่พบเอกสารนี้' } });
  });

  it('declares every method as domain.verb with a role', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(['public', 'staff', 'admin']).toContain(spec.role);
    }
  });
});
