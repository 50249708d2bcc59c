import { KioskError } from '../../contract/result';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The centre's address, without credentials or a trailing slash. Credentials travel in plain
 * HTTP headers, so anything but loopback must be https (a kiosk on an office LAN is not private).
 */
export function centralUrl(text: string): string {
  let url: URL;
  try { url = new URL(text); } catch {
    throw new KioskError('bad_input', { th: `ที่อยู่ศูนย์กลางไม่ถูกต้อง: ${text.slice(0, 100)}`, en: `Not a central URL: ${text.slice(0, 100)}` });
  }
  if (url.username || url.password) {
    throw new KioskError('bad_input', { th: 'อย่าใส่ชื่อผู้ใช้หรือรหัสผ่านในที่อยู่ศูนย์กลาง', en: 'Do not put a user name or password in the central URL' });
  }
  const loopback = loopbackHosts.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new KioskError('bad_input', { th: 'ศูนย์กลางต้องใช้ https (ยกเว้นเครื่องนี้เอง)', en: 'The centre must use https (only this machine may use http)' });
  }
  return url.href.replace(/\/+$/, '');
}
