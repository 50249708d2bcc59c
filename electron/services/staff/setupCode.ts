import { randomInt } from 'node:crypto';
import type { Clock, Log } from '../runtime';
import { hashPin, verifyPin, type PinHash } from './pin';

export const SETUP_CODE_DIGITS = 10;
/** Long enough to walk to the machine and read its log; a later staff gesture issues a new one. */
export const SETUP_CODE_VALID_MS = 24 * 60 * 60_000;

/** `4821903755` → `48219 03755`: easier to read off a log. */
export const groupedCode = (code: string) => `${code.slice(0, 5)} ${code.slice(5)}`;

/**
 * The one-time setup code that lets the first administrator be created on the screen. It is
 * written only to the machine (console and `logs/kiosk.log`), never shown on the screen; it is
 * kept as a scrypt hash in memory, expires, and is used up by the first administrator. It is
 * issued when the staff gesture first finds no account (not at start-up), so the CLI, which also
 * opens the data folder, never prints codes the running kiosk does not hold.
 */
export function createSetupCode(options: { clock: Clock; log: Log; validMs?: number }) {
  const validMs = options.validMs ?? SETUP_CODE_VALID_MS;
  let current: { hash: PinHash; expiresAt: number } | undefined;
  let issuing: Promise<{ expiresAt: string }> | undefined;
  const now = () => options.clock.now().getTime();
  const valid = () => current !== undefined && now() < current.expiresAt;

  async function issue(): Promise<{ expiresAt: string }> {
    const code = String(randomInt(0, 10 ** SETUP_CODE_DIGITS)).padStart(SETUP_CODE_DIGITS, '0');
    const expiresAt = now() + validMs;
    current = { hash: await hashPin(code), expiresAt };
    const until = new Date(expiresAt).toISOString();
    options.log.warn(
      `รหัสตั้งค่าผู้ดูแลระบบคนแรก / First administrator setup code: ${groupedCode(code)} ` +
      `(ใช้ได้ครั้งเดียว ถึง / single use, valid until ${until}). ` +
      'ใส่รหัสนี้ในโหมดเจ้าหน้าที่ที่ตู้ หรือสร้างผู้ดูแลด้วยคำสั่ง / Enter it in staff mode on the kiosk, or run: ' +
      'npm run -s cli -- staff create-admin --name NAME --data DIR',
      { expiresAt: until },
    );
    return { expiresAt: until };
  }

  return {
    /** A valid code's expiry, issuing (and logging) a new code when none is valid. */
    ensure(): Promise<{ expiresAt: string }> {
      if (valid()) return Promise.resolve({ expiresAt: new Date(current!.expiresAt).toISOString() });
      issuing ??= issue().finally(() => { issuing = undefined; });
      return issuing;
    },
    /** 'expired' is told apart so the screen can say to ask for a new one. */
    async check(code: string): Promise<'ok' | 'wrong' | 'expired'> {
      if (!current) return 'wrong';
      const matches = await verifyPin(code, current.hash);
      if (!matches) return 'wrong';
      return valid() ? 'ok' : 'expired';
    },
    /** The code is spent: the first administrator exists. */
    consume(): void { current = undefined; },
  };
}
export type SetupCode = ReturnType<typeof createSetupCode>;
