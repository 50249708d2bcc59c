/**
 * The take-away of a service standard: the documents to bring, as plain text short enough for a
 * QR code a phone reads off the screen (the printed slip lists every document itself).
 */
interface Bi { th: string; en?: string | undefined }

/**
 * The most UTF-8 bytes the checklist's QR code holds. Thai takes 3 bytes a letter, so a long list
 * makes a dense code: 1,270 bytes at level L is at most version 25 (117 modules, 125 with the quiet
 * zone), which ui/QrCode.tsx can still draw at 5 CSS px a module in the 630 px the screen gives it,
 * the least a phone reads reliably at arm's length. A longer list ends with how many are left out.
 */
export const CHECKLIST_QR_MAX_BYTES = 1270;

const charBytes = (ch: string) => { const c = ch.codePointAt(0)!; return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; };
const utf8Bytes = (s: string) => { let n = 0; for (const ch of s) n += charBytes(ch); return n; };

/** `s` cut to at most `max` UTF-8 bytes, on a character, marked with an ellipsis (3 bytes) where cut. */
const cut = (s: string, max: number) => {
  if (utf8Bytes(s) <= max) return s;
  let out = '';
  let n = 3;
  for (const ch of s) { n += charBytes(ch); if (n > max) break; out += ch; }
  return `${out}…`;
};

export function serviceChecklist(service: { title: Bi; documents: readonly Bi[] }, language: string): string {
  const en = language === 'en';
  const text = (b: Bi) => (en ? b.en || b.th : b.th);
  const heading = en ? 'Documents to bring' : 'เอกสารที่ต้องเตรียม';
  const more = (n: number) => (en ? `… and ${n} more: see the full list at the kiosk` : `… และอีก ${n} รายการ ดูครบได้ที่ตู้`);
  const lines = service.documents.map((d, i) => `${i + 1}. ${text(d)}`);
  const whole = [`${heading}: ${text(service.title)}`, ...lines].join('\n');
  if (utf8Bytes(whole) <= CHECKLIST_QR_MAX_BYTES) return whole;
  // Too long: the documents that fit, then the "and N more" line, so what is left out is said.
  const room = CHECKLIST_QR_MAX_BYTES - utf8Bytes(`\n${more(lines.length)}`);
  const kept = [cut(`${heading}: ${text(service.title)}`, Math.floor(room / 2))];
  let used = utf8Bytes(kept[0]!);
  for (const line of lines) {
    if (used + 1 + utf8Bytes(line) > room) break;
    kept.push(line);
    used += 1 + utf8Bytes(line);
  }
  const left = lines.length - (kept.length - 1);
  return (left > 0 ? [...kept, more(left)] : kept).join('\n');
}
