import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk } from '../../electron/boot';
import { Settings } from '../../electron/contract/settings';
import { sampleDir } from '../../electron/paths';
import { neutralSettings } from '../../electron/services/settings/settings';
import { as, call, refusal, setUpAccounts } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/*
 * How many days after a month ends its procurement summary (สขร.๑) is due: an agency setting
 * (`agency.procurementSummaryDueDays`, no authoritative deadline found), 15 days unless set,
 * a whole number of days from 0 to 60. Settings saved before it existed load with the default.
 */
describe('the days a monthly procurement summary is due after its month', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const clock = fixedClock('2026-12-07T03:00:00Z');
  beforeEach(async () => { dir = await tempDir(); });
  afterEach(() => dir.remove());

  it('is 15 days for a new agency, for the sample, and for settings saved before the setting existed (loaded as sound)', async () => {
    expect(neutralSettings().agency.procurementSummaryDueDays).toBe(15);
    const sample = JSON.parse(await readFile(join(sampleDir(), 'settings.json'), 'utf8')) as { agency: Record<string, unknown> };
    expect(Settings.parse(sample).agency.procurementSummaryDueDays).toBe(15);
    const old = structuredClone(sample);
    delete old.agency.procurementSummaryDueDays;
    await writeFile(join(dir.path, 'settings.json'), JSON.stringify(old, null, 1));
    const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    expect(kiosk.services.settings.recovery).toBeUndefined();
    expect((await call<Settings>(kiosk, 'settings.get', {})).agency.procurementSummaryDueDays).toBe(15);
  });

  it('an administrator\'s 0 or 60 is kept over a restart; a screen that sends none gets the default', async () => {
    const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    const { admin } = await setUpAccounts(kiosk);
    for (const days of [0, 60]) {
      await call(kiosk, 'settings.update', { ...settings, agency: { ...settings.agency, procurementSummaryDueDays: days } }, as(admin.actor));
      const reopened = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
      expect((await call<Settings>(reopened, 'settings.get', {})).agency.procurementSummaryDueDays).toBe(days);
      expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8')).agency.procurementSummaryDueDays).toBe(days);
    }
    const { procurementSummaryDueDays: _left, ...agencyWithout } = settings.agency;
    expect((await call<Settings>(kiosk, 'settings.update', { ...settings, agency: agencyWithout }, as(admin.actor))).agency.procurementSummaryDueDays).toBe(15);
  });

  it('refuses a count of days that is not a whole number from 0 to 60, naming the field, and keeps the one saved', async () => {
    const kiosk = await bootKiosk({ dataDir: dir.path, sampleDir: sampleDir(), clock });
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    const { admin } = await setUpAccounts(kiosk);
    for (const days of [61, -1, 7.5, '15', null]) {
      const error = await refusal(kiosk, 'settings.update', { ...settings, agency: { ...settings.agency, procurementSummaryDueDays: days } }, as(admin.actor));
      expect(error.code, String(days)).toBe('bad_input');
      expect(JSON.stringify(error.details), String(days)).toContain('procurementSummaryDueDays');
    }
    expect((await call<Settings>(kiosk, 'settings.get', {})).agency.procurementSummaryDueDays).toBe(15);
  });
});
