import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { bkk, linesOf, V } from './stats-replay';
import { fixedClock, tempDir } from './support';

const citizen = { transport: 'http' as const };

describe('what the public may write into the executives\' figures (outside tester)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock(bkk('2026-11-02 09:15:00'));
  beforeEach(async () => {
    dir = await tempDir();
    clock.set(bkk('2026-11-02 09:15:00'));
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  const refused = async (method: string, input: unknown) => {
    const result = await kiosk.dispatch(method, input, citizen);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    const { error } = result as { error: { message: string; messageTh: string } };
    return { th: error.messageTh, en: error.message };
  };

  it('takes only the languages the kiosk offers: a visit started in "zz" or a switch to "xx-ABCDEFGH" is refused, in Thai and English', async () => {
    const start = await refused('stats.visitStart', { visitId: V.A, language: 'zz' });
    expect(start.th).toContain('ภาษา');
    expect(start.th).toContain('th, en');
    expect(start.en).toContain('Language');
    const change = await refused('stats.record', { visitId: V.A, event: { type: 'languageChanged', language: 'xx-ABCDEFGH' } });
    expect(change.th).toContain('ภาษา');
    expect(change.en).toContain('th, en');
    expect(await linesOf(dir.path)).toEqual([]);
    // The kiosk's own two languages still go through.
    expect(await kiosk.dispatch('stats.visitStart', { visitId: V.A, language: 'en' }, citizen)).toEqual({ ok: true, value: { ok: true } });
    expect(await kiosk.dispatch('stats.record', { visitId: V.A, event: { type: 'languageChanged', language: 'th' } }, citizen)).toEqual({ ok: true, value: { ok: true } });
  });

  it('refuses a "form sent" from the public: only a real filing counts as one, recorded by registers.submit itself', async () => {
    const message = await refused('stats.record', { visitId: V.A, event: { type: 'formSent', kind: 'request' } });
    expect(message.th).not.toBe('');
    expect(message.en).not.toBe('');
    expect(await linesOf(dir.path)).toEqual([]);

    const filed = await kiosk.dispatch('registers.submit', { kind: 'complaint', details: 'เจ้าหน้าที่เรียกเงินเพิ่มโดยไม่มีใบเสร็จ', anonymous: true }, citizen);
    expect(filed.ok).toBe(true);
    const lines = await linesOf(dir.path);
    expect(lines).toEqual([{ at: '2026-11-02T02:15:00.000Z', type: 'formSent', kind: 'complaint' }]);
    // Nothing of what was written reaches the usage log.
    expect(JSON.stringify(lines)).not.toContain('ใบเสร็จ');
    const figures = await kiosk.services.stats.figures('2026-11-02', '2026-11-02');
    expect(figures.total.formsSent).toEqual({ complaint: 1 });
  });
});
