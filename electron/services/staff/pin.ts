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

/** Thai (๐–๙) and full-width (０–９) digits as ASCII, everything else dropped. */
export function digitsOf(text: string): string {
  return [...text.normalize('NFKC')].map((c) => {
    const thai = c.codePointAt(0)! - 0x0e50;
    return thai >= 0 && thai <= 9 ? String(thai) : c;
  }).join('').replace(/[^0-9]/g, '');
}

const weak = (th: string, en: string) => new KioskError('bad_input', {
  th: `รหัส PIN นี้เดาง่ายเกินไป (${th}) โปรดเลือกรหัสอื่น`,
  en: `This PIN is too easy to guess (${en}); choose another`,
});

/**
 * Refuses the PINs anyone would try first: one digit repeated, a straight run up or down
 * (wrapping 9→0), and digits of the agency's own phone numbers, which hang on the kiosk's wall.
 * The length and digits are checked by the contract's schema; checked here again for callers
 * below it.
 */
export function assertPinAcceptable(pin: string, context: { phoneNumbers?: readonly string[] } = {}): void {
  if (!/^[0-9]{6,12}$/.test(pin)) {
    throw new KioskError('bad_input', { th: 'รหัส PIN ต้องเป็นตัวเลข 6–12 หลัก', en: 'The PIN must be 6–12 digits' });
  }
  const digits = [...pin].map(Number);
  if (digits.every((d) => d === digits[0])) throw weak('เป็นเลขเดียวกันทั้งหมด', 'one digit repeated');
  const step = (delta: number) => digits.every((d, i) => i === 0 || d === ((digits[i - 1] ?? 0) + delta + 10) % 10);
  if (step(1) || step(-1)) throw weak('เป็นเลขเรียงกัน', 'a straight run of digits');
  for (const phone of context.phoneNumbers ?? []) {
    // Each number on its own and all of them run together: "0 2956 2521 ต่อ 118" holds 0295625211 too.
    const runs = [digitsOf(phone), ...phone.split(/[^0-9\u0e50-\u0e59\uff10-\uff19 \-–.()]+/).map(digitsOf)];
    // A short hotline (1506) counts when the PIN is nothing but it repeated (150615061506).
    const repeats = (run: string) => run.repeat(Math.ceil(pin.length / run.length)).startsWith(pin);
    if (runs.some((run) => run.length >= 3 && (run.includes(pin) || (run.length >= 6 && pin.includes(run)) || repeats(run)))) {
      throw weak('ตรงกับหมายเลขโทรศัพท์ของหน่วยงาน', "digits of the agency's phone number");
    }
  }
}
