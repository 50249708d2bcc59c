import { KioskError } from '../../contract/result';

// What the PIN pad and the setup screen are told when a PIN or setup code is refused, in Thai and English.

const bangkokTime = new Intl.DateTimeFormat('th-TH', { timeStyle: 'medium', timeZone: 'Asia/Bangkok' });

function waitText(ms: number): { th: string; en: string } {
  if (ms < 60_000) {
    const s = Math.max(1, Math.ceil(ms / 1000));
    return { th: `${s} วินาที`, en: `${s} second${s === 1 ? '' : 's'}` };
  }
  const m = Math.ceil(ms / 60_000);
  return { th: `${m} นาที`, en: `${m} minute${m === 1 ? '' : 's'}` };
}

/**
 * Asked to try later without the PIN being checked: the wait after repeated wrong PINs. An
 * account's wait an administrator can lift; a gate's (the exit to the desktop) only runs out.
 */
export function waitError(until: string, now: Date, unlockable = true): KioskError {
  const time = bangkokTime.format(new Date(until));
  const wait = waitText(new Date(until).getTime() - now.getTime());
  return new KioskError('locked', {
    th: `ใส่รหัส PIN ผิดหลายครั้ง โปรดรออีก ${wait.th} (ถึงเวลา ${time} น.) แล้วลองใหม่${unlockable ? ' หรือให้ผู้ดูแลระบบปลดล็อก' : ''}`,
    en: `Too many wrong PINs: wait ${wait.en} more (until ${time} Bangkok time) and try again${unlockable ? ', or ask an administrator to unlock' : ''}`,
  }, { retryAt: until });
}

/** A wrong PIN answers the same whatever the disk did with the count. */
export function wrongPinError(waitUntil: string | undefined, now: Date): KioskError {
  if (!waitUntil) return new KioskError('forbidden', { th: 'รหัส PIN ไม่ถูกต้อง', en: 'Wrong PIN' });
  const wait = waitText(new Date(waitUntil).getTime() - now.getTime());
  return new KioskError('forbidden', {
    th: `รหัส PIN ไม่ถูกต้อง ใส่ผิดหลายครั้งแล้ว โปรดรอ ${wait.th} แล้วลองใหม่`,
    en: `Wrong PIN. After several wrong PINs, wait ${wait.en} before trying again`,
  }, { retryAt: waitUntil });
}

export const cannotSignIn = () => new KioskError('forbidden', {
  th: 'เข้าสู่ระบบไม่ได้ โปรดแตะอักษรย่อชื่อของท่านอีกครั้ง', en: 'Cannot sign in; tap your initials again',
});

/** A wrong or expired setup code; with the wait when guessing has started to cost time. */
export function setupCodeError(expired: boolean, waitUntil: string | undefined, now: Date): KioskError {
  if (expired) {
    return new KioskError('forbidden', {
      th: 'รหัสตั้งค่านี้หมดอายุแล้ว ออกจากโหมดเจ้าหน้าที่แล้วเข้าใหม่เพื่อรับรหัสใหม่ในบันทึกของเครื่อง',
      en: 'This setup code has expired; leave staff mode and enter it again for a new code in the machine\'s log',
    });
  }
  const wait = waitUntil ? waitText(new Date(waitUntil).getTime() - now.getTime()) : undefined;
  return new KioskError('forbidden', {
    th: `รหัสตั้งค่าไม่ถูกต้อง โปรดดูรหัสล่าสุดในบันทึกของเครื่อง (logs/kiosk.log ในโฟลเดอร์ข้อมูล)${wait ? ` และรอ ${wait.th} แล้วลองใหม่` : ''}`,
    en: `Wrong setup code; read the latest one in the machine's log (logs/kiosk.log in the data folder)${wait ? `, and wait ${wait.en} before trying again` : ''}`,
  }, waitUntil ? { retryAt: waitUntil } : undefined);
}

