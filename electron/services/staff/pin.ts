import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { KioskError } from '../../contract/result';

/**
 * scrypt cost. N=2^15, r=8, p=1 measured ~124 ms median on the 2-core reference machine
 * (2^14: ~60 ms, 2^16: ~280 ms). A 6-digit PIN cannot resist an offline search whatever the
 * cost; the cost only slows one; the online lockout is what protects the account.
 */
export const currentPinParams = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;

/** Stored with each hash so the cost can be raised later; bounded so a tampered file cannot ask for a huge one. */
export const PinParams = z.strictObject({
  N: z.number().int().min(2 ** 12).max(2 ** 20).refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  keylen: z.number().int().min(16).max(64),
});
export type PinParams = z.infer<typeof PinParams>;

export const PinHash = z.strictObject({
  salt: z.string().regex(/^[0-9a-f]{32,64}$/),
  hash: z.string().regex(/^[0-9a-f]{32,128}$/),
  params: PinParams,
});
export type PinHash = z.infer<typeof PinHash>;

function derive(pin: string, salt: Buffer, params: PinParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string, params: PinParams = currentPinParams): Promise<PinHash> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, params);
  return { salt: salt.toString('hex'), hash: key.toString('hex'), params: { ...params } };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'hex');
  const key = await derive(pin, Buffer.from(stored.salt, 'hex'), { ...stored.params, keylen: expected.length });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export const usesCurrentParams = (stored: PinHash) =>
  stored.params.N === currentPinParams.N && stored.params.r === currentPinParams.r && stored.params.p === currentPinParams.p;

/**
 * Refuses the PINs anyone would try first (one digit repeated, a straight run up or down).
 * The length and digits are checked by the contract's schema.
 */
export function assertPinAcceptable(pin: string): void {
  const digits = [...pin].map(Number);
  const same = digits.every((d) => d === digits[0]);
  const step = (delta: number) => digits.every((d, i) => i === 0 || d === ((digits[i - 1] ?? 0) + delta + 10) % 10);
  if (!/^[0-9]{6,12}$/.test(pin)) {
    throw new KioskError('bad_input', { th: 'รหัส PIN ต้องเป็นตัวเลข 6–12 หลัก', en: 'The PIN must be 6–12 digits' });
  }
  if (same || step(1) || step(-1)) {
    throw new KioskError('bad_input', {
      th: 'รหัส PIN นี้เดาง่ายเกินไป (เลขซ้ำหรือเรียงกัน) โปรดเลือกรหัสอื่น',
      en: 'This PIN is too easy to guess (repeated or consecutive digits); choose another',
    });
  }
}
