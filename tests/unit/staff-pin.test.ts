import { describe, expect, it } from 'vitest';
import { KioskError } from '../../electron/contract/result';
import { assertPinAcceptable, currentPinParams, hashPin, verifyPin } from '../../electron/services/staff/pin';

describe('PIN hashing', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('482913');
    expect(await verifyPin('482913', stored)).toBe(true);
    expect(await verifyPin('482914', stored)).toBe(false);
    expect(await verifyPin('4829130', stored)).toBe(false);
  });

  it('salts per hash: the same PIN twice gives different salts and hashes', async () => {
    const a = await hashPin('482913');
    const b = await hashPin('482913');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).not.toContain('482913');
  });

  it('stores the scrypt cost with the hash and uses N = 2^15', async () => {
    const stored = await hashPin('482913');
    expect(stored.params).toEqual(currentPinParams);
    expect(stored.params.N).toBe(2 ** 15);
  });

  it('checks a hash made with an older, lower cost by its own stored parameters', async () => {
    const old = await hashPin('482913', { N: 2 ** 12, r: 8, p: 1, keylen: 32 });
    expect(await verifyPin('482913', old)).toBe(true);
    expect(await verifyPin('000000', old)).toBe(false);
  });

  it('refuses PINs anyone would try first, in Thai and English', () => {
    for (const pin of ['000000', '111111111', '123456', '987654', '7890123']) {
      expect(() => assertPinAcceptable(pin), pin).toThrow(KioskError);
    }
    try { assertPinAcceptable('123456'); } catch (error) {
      expect((error as KioskError).messageTh).toMatch(/PIN/);
      expect((error as KioskError).code).toBe('bad_input');
    }
    expect(() => assertPinAcceptable('482913')).not.toThrow();
    expect(() => assertPinAcceptable('12345')).toThrow(KioskError);
  });
});
