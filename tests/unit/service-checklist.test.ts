import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_QR_MAX_BYTES, serviceChecklist } from '../../electron/contract/serviceChecklist';

/*
 * The checklist's QR code must stay scannable off the screen (ui/QrCode.tsx draws at least 5 CSS px
 * a module in 630 px): its text is the whole list when that fits the budget, else the documents that
 * fit and a line saying how many are left out, never a code too dense to read or too long to make.
 */
type Service = { id: string; title: { th: string; en?: string }; documents: { th: string; en?: string }[] };
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
/** Modules across the drawn code at level L, with QrCode.tsx's quiet zone of 4 modules each side. */
const across = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'L' }).modules.size + 8;

describe('serviceChecklist', () => {
  it('holds every document of each sample service, numbered, in Thai and in English, drawn at 5 px or more in 630 px', () => {
    const { services } = JSON.parse(readFileSync('resources/sample/catalogue.json', 'utf8')) as { services: Service[] };
    for (const service of services) for (const lang of ['th', 'en'] as const) {
      const text = serviceChecklist(service, lang);
      const lines = text.split('\n');
      expect(lines.slice(1)).toEqual(service.documents.map((d, i) => `${i + 1}. ${lang === 'en' ? d.en || d.th : d.th}`));
      expect(Math.floor(630 / across(text)), `${service.id} ${lang}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('a list too long for a scannable code keeps the documents that fit and says how many are left out', () => {
    const long = 'สำเนาหนังสือรับรองการหักภาษี ณ ที่จ่าย และเอกสารประกอบอื่น ๆ ที่เกี่ยวข้อง'.repeat(3);
    const service = { title: { th: 'การขอคืนเงินสมทบ', en: 'Refund of contributions' }, documents: Array.from({ length: 50 }, (_, i) => ({ th: `${long} ชุดที่ ${i + 1}`, en: `Copy of certificate, set ${i + 1}` })) };
    const thai = serviceChecklist(service, 'th');
    expect(bytes(thai)).toBeLessThanOrEqual(CHECKLIST_QR_MAX_BYTES);
    const lines = thai.split('\n');
    const kept = lines.length - 2;
    expect(kept).toBeGreaterThan(0);
    expect(lines[0]).toBe('เอกสารที่ต้องเตรียม: การขอคืนเงินสมทบ');
    expect(lines[kept]).toBe(`${kept}. ${long} ชุดที่ ${kept}`);
    expect(lines.at(-1)).toBe(`… และอีก ${50 - kept} รายการ ดูครบได้ที่ตู้`);
    expect(Math.floor(630 / across(thai))).toBeGreaterThanOrEqual(5);
    const english = serviceChecklist(service, 'en');
    expect(bytes(english)).toBeLessThanOrEqual(CHECKLIST_QR_MAX_BYTES);
    expect(english.split('\n').at(-1)).toMatch(/^… and \d+ more: see the full list at the kiosk$/);
  });

  it('a title longer than the code could hold is cut, with an ellipsis, and still leaves room for documents', () => {
    const service = { title: { th: 'ก'.repeat(2000) }, documents: [{ th: 'บัตรประจำตัวประชาชน' }] };
    const text = serviceChecklist(service, 'th');
    expect(bytes(text)).toBeLessThanOrEqual(CHECKLIST_QR_MAX_BYTES);
    expect(text.split('\n')[0]).toMatch(/^เอกสารที่ต้องเตรียม: ก+…$/);
    expect(text.split('\n').slice(1)).toEqual(['1. บัตรประจำตัวประชาชน']); // nothing left out, so no "and N more".
    expect(Math.floor(630 / across(text))).toBeGreaterThanOrEqual(5);
  });
});
