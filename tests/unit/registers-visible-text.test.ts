import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { Caller } from '../../electron/dispatch';
import { fixedClock, tempDir } from './support';

/**
 * Outside tester: a form of zero-width spaces, a name "\u200b" and a phone "()" or "-" was filed,
 * started the legal clock and used up the day's form limit. Each is refused, in Thai and English.
 */
const citizen: Caller = { transport: 'http' };
const invisible = '\u200b\u200c\u200d\ufeff\u00ad\u2060\u200e';
const request = { kind: 'request', details: 'ขอสำเนาสัญญาจ้างก่อสร้างอาคาร', person: { name: 'สมหญิง ทดสอบ', phone: '0812345678' } };
const complaint = { kind: 'complaint', details: 'เจ้าหน้าที่เรียกเงินเพิ่มโดยไม่มีใบเสร็จ', anonymous: true };

describe('a filing needs text a person can read, and a phone that can be called', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-11-02T03:00:00Z'), submitLimit: { burst: 1, perSecond: 1 / 3600 } });
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  const refused = async (input: unknown) => {
    const result = await kiosk.dispatch('registers.submit', input, citizen);
    if (result.ok) throw new Error(`filed: ${JSON.stringify(input)}`);
    expect(result.error.code).toBe('bad_input');
    return { th: result.error.messageTh, en: result.error.message };
  };

  it('refuses details of only invisible characters and spaces, and fewer than five readable characters', async () => {
    const only = await refused({ ...complaint, details: '\u200b'.repeat(40) });
    expect(only.th).toBe('เรื่องที่ร้องเรียน ต้องมีข้อความที่อ่านได้อย่างน้อย 5 ตัวอักษร (อักขระที่มองไม่เห็นและช่องว่างไม่นับ)');
    expect(only.en).toBe('What happened must hold at least 5 readable characters (invisible characters and spaces do not count)');
    await refused({ ...complaint, details: `${invisible} \u3000\u00a0${invisible}\n\t${invisible}` });
    await refused({ ...complaint, details: `ก${invisible}ข${invisible}` });
  });

  it('refuses a name or an address of only invisible characters', async () => {
    const name = await refused({ ...request, person: { ...request.person, name: '\u200b' } });
    expect(name.th).toBe('ชื่อ–นามสกุล มีแต่อักขระที่มองไม่เห็นหรือช่องว่าง: กรอกข้อความที่อ่านได้');
    expect(name.en).toBe('Full name holds only invisible characters or spaces: type readable text');
    const address = await refused({ ...request, person: { ...request.person, address: `${invisible} ` } });
    expect(address.en).toBe('Address holds only invisible characters or spaces: type readable text');
  });

  it('refuses a phone with fewer than 9 digits ("()", "-", "02-123"), and takes Thai digits', async () => {
    for (const phone of ['()', '-', '+', '02-123', '(08) 1234']) {
      const text = await refused({ ...request, person: { ...request.person, phone } });
      expect(text.th).toBe('โทรศัพท์ ต้องมีตัวเลขอย่างน้อย 9 หลัก (เช่น 0812345678 หรือ 021234567)');
      expect(text.en).toBe('Phone must hold at least 9 digits (e.g. 0812345678 or 021234567)');
    }
    // A complaint that gives a phone is held to the same rule.
    await refused({ kind: 'complaint', details: 'ที่จอดรถไม่พอสำหรับผู้มาติดต่อ', person: { phone: '-' } });
    // None of those used up the form limit (a burst of one): a real filing still goes through, in Thai digits.
    const filed = await kiosk.dispatch('registers.submit', { ...request, person: { ...request.person, phone: '๐๘๑-๒๓๔-๕๖๗๘' } }, citizen);
    expect(filed.ok).toBe(true);
    expect(kiosk.services.registers.items()).toHaveLength(1);
  });

  it('still takes an empty optional field, as the form sends it', async () => {
    const filed = await kiosk.dispatch('registers.submit', { kind: 'complaint', details: 'ที่จอดรถไม่พอสำหรับผู้มาติดต่อ', person: { name: 'สมชาย', phone: '', email: '', address: '' } }, citizen);
    expect(filed.ok).toBe(true);
  });
});
