import { describe, expect, it } from 'vitest';
import { feeLines, feeSummary } from '../../electron/contract/serviceFees';

const copy = { label: { th: 'ค่าถ่ายสำเนาเอกสารขนาด A4', en: 'Photocopy, A4' }, baht: 1, per: { th: 'หน้า', en: 'page' } };
const certify = { label: { th: 'ค่ารับรองสำเนาถูกต้อง', en: 'Certification of a copy' }, baht: 5, per: { th: 'หน้าที่รับรอง', en: 'certified page' } };
const inspect = { label: { th: 'การตรวจดูข้อมูลข่าวสารที่ศูนย์ ไม่มีค่าใช้จ่าย', en: 'Inspecting information at the centre: free' }, baht: 0 };
const noFee = { label: { th: 'ไม่มีค่าธรรมเนียม', en: 'No fee' }, baht: 0 };

describe('service fees as citizens read them', () => {
  it('shows each fee with its unit and never adds fees of different things together', () => {
    expect(feeSummary([copy, certify, inspect])).toEqual({ th: '1 บาท/หน้า + 5 บาท/หน้าที่รับรอง', en: '1 baht/page + 5 baht/certified page' });
    expect(feeSummary([{ label: { th: 'ค่าธรรมเนียม' }, baht: 1500 }])).toEqual({ th: '1,500 บาท', en: '1,500 baht' });
    expect(feeSummary([noFee])).toEqual({ th: 'ไม่มีค่าธรรมเนียม', en: 'No fee' });
    expect(feeSummary([])).toEqual({ th: 'ไม่มีค่าธรรมเนียม', en: 'No fee' });
  });

  it('lists fees line by line, without saying "free" twice', () => {
    expect(feeLines([copy, certify, inspect])).toEqual([
      { th: 'ค่าถ่ายสำเนาเอกสารขนาด A4: 1 บาท/หน้า', en: 'Photocopy, A4: 1 baht/page' },
      { th: 'ค่ารับรองสำเนาถูกต้อง: 5 บาท/หน้าที่รับรอง', en: 'Certification of a copy: 5 baht/certified page' },
      // Not "…ไม่มีค่าใช้จ่าย: ไม่มีค่าธรรมเนียม": the label already says it costs nothing.
      { th: 'การตรวจดูข้อมูลข่าวสารที่ศูนย์ ไม่มีค่าใช้จ่าย', en: 'Inspecting information at the centre: free' },
    ]);
    expect(feeLines([noFee])).toEqual([{ th: 'ไม่มีค่าธรรมเนียม', en: 'No fee' }]);
    expect(feeLines([])).toEqual([{ th: 'ไม่มีค่าธรรมเนียม', en: 'No fee' }]);
    // A free item that does not say so itself is told; a label without English keeps its Thai.
    expect(feeLines([{ label: { th: 'หนังสือรับรองการเป็นผู้ประกันตน' }, baht: 0 }])).toEqual([{ th: 'หนังสือรับรองการเป็นผู้ประกันตน: ไม่มีค่าธรรมเนียม', en: 'หนังสือรับรองการเป็นผู้ประกันตน: No fee' }]);
  });
});
