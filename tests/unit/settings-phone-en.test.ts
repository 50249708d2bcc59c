import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk } from '../../electron/boot';
import { Settings } from '../../electron/contract/settings';
import { sampleDir } from '../../electron/paths';
import { as, call, refusal, setUpAccounts } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * The centre's phone line in English (an outside tester: English mode said "Telephone สายด่วน
 * 1506 / 0 2956 2521 ต่อ 118"). `centre.phoneEn` is optional: settings saved before it existed
 * load as they are, and the PIN rules keep refusing the agency's phone digits, from either line.
 */
describe('the centre\'s phone line in English', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const clock = fixedClock('2026-03-02T02:00:00Z');
  beforeEach(async () => { dir = await tempDir(); });
  afterEach(() => dir.remove());

  it('settings saved before the English line existed load unchanged, as sound (no recovery), and serve the Thai line', async () => {
    const sample = JSON.parse(await readFile(join(sampleDir(), 'settings.json'), 'utf8')) as { centre: Record<string, unknown> };
    const old = structuredClone(sample);
    delete old.centre.phoneEn;
    await writeFile(join(dir.path, 'settings.json'), JSON.stringify(old, null, 1));
    const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    expect(kiosk.services.settings.recovery).toBeUndefined();
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    expect(settings.centre.phone).toBe('สายด่วน 1506 / 0 2956 2521 ต่อ 118');
    expect(settings.centre.phoneEn).toBeUndefined();
    // Saved again (an administrator changing something else), it still has none and still loads.
    const { admin } = await setUpAccounts(kiosk);
    await call(kiosk, 'settings.update', { ...settings, kiosk: { ...settings.kiosk, allowPrint: true } }, as(admin.actor));
    const reopened = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    expect(reopened.services.settings.recovery).toBeUndefined();
    expect((await call<Settings>(reopened, 'settings.get', {})).centre).toMatchObject({ phone: settings.centre.phone });
    expect((await call<Settings>(reopened, 'settings.get', {})).centre.phoneEn).toBeUndefined();
  });

  it('the sample agency has an English line; an administrator\'s change is kept over a restart', async () => {
    const sample = Settings.parse(JSON.parse(await readFile(join(sampleDir(), 'settings.json'), 'utf8')));
    expect(sample.centre.phoneEn).toBe('Hotline 1506 / 0 2956 2521 ext. 118');
    const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    expect(settings.centre.phoneEn).toBe('Hotline 1506 / 0 2956 2521 ext. 118');
    const { admin } = await setUpAccounts(kiosk);
    await call(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phoneEn: 'Hotline 1506, press 5' } }, as(admin.actor));
    const reopened = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    expect((await call<Settings>(reopened, 'settings.get', {})).centre.phoneEn).toBe('Hotline 1506, press 5');
    expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8')).centre.phoneEn).toBe('Hotline 1506, press 5');
  });

  it('an English line longer than the Thai one\'s limit is refused, naming it', async () => {
    const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    const { admin } = await setUpAccounts(kiosk);
    const error = await refusal(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phoneEn: 'x'.repeat(101) } }, as(admin.actor));
    expect(error.code).toBe('bad_input');
    expect(JSON.stringify(error.details)).toContain('phoneEn');
  });

  it('a PIN may not be the digits of the agency\'s phone, whichever line (Thai or English) shows them', async () => {
    const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    const { admin } = await setUpAccounts(kiosk);
    // The English line gives the number as dialled from abroad: digits the Thai line does not hold.
    await call(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phone: 'สายด่วน 1506', phoneEn: 'Hotline 1506, from abroad +66 2 956 2521' } }, as(admin.actor));
    for (const pin of ['150615', '662956', '6629562521']) {
      const error = await refusal(kiosk, 'staff.createAccount', { name: `ทดสอบ ${pin}`, role: 'staff', pin }, as(admin.actor));
      expect(error.code, pin).toBe('bad_input');
      expect(error.message, pin).toContain('phone number');
    }
    // Other PINs are still taken.
    expect(await call(kiosk, 'staff.createAccount', { name: 'ทดสอบ ผ่าน', role: 'staff', pin: '582046' }, as(admin.actor))).toMatchObject({ id: expect.any(String) });
  });
});
