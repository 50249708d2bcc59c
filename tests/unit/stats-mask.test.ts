import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from '../../electron/services/stats/mask';

describe('masking personal numbers in typed queries', () => {
  it('masks 13-digit Thai ID numbers, plain or with dashes, spaces or dots, in Arabic or Thai digits', () => {
    expect(maskPersonalNumbers('1234567890123')).toBe('#############');
    expect(maskPersonalNumbers('เลขบัตร 1-2345-67890-12-3 ครับ')).toBe('เลขบัตร #-####-#####-##-# ครับ');
    expect(maskPersonalNumbers('1 2345 67890 12 3')).toBe('# #### ##### ## #');
    expect(maskPersonalNumbers('1.2345.67890.12.3')).toBe('#.####.#####.##.#');
    expect(maskPersonalNumbers('๑๒๓๔๕๖๗๘๙๐๑๒๓')).toBe('#############');
  });

  it('masks phone numbers: 0X-XXX-XXXX, 08XXXXXXXX, +66 forms', () => {
    expect(maskPersonalNumbers('02-123-4567')).toBe('##-###-####');
    expect(maskPersonalNumbers('โทร 0812345678')).toBe('โทร ##########');
    expect(maskPersonalNumbers('081-234-5678')).toBe('###-###-####');
    expect(maskPersonalNumbers('081 234 5678')).toBe('### ### ####');
    expect(maskPersonalNumbers('+66 81 234 5678')).toBe('+## ## ### ####');
    expect(maskPersonalNumbers('+66812345678')).toBe('+###########');
    expect(maskPersonalNumbers('+66-2-123-4567')).toBe('+##-#-###-####');
    expect(maskPersonalNumbers('(02) 123 4567')).toBe('(##) ### ####');
    expect(maskPersonalNumbers('โทร ๐๘๑๒๓๔๕๖๗๘')).toBe('โทร ##########');
  });

  it('masks any other long run of digits (account or card numbers)', () => {
    expect(maskPersonalNumbers('บัญชี 123456789012')).toBe('บัญชี ############');
  });

  it('leaves what a catalogue search needs: years, document numbers, amounts', () => {
    for (const kept of ['งบประมาณ 2567', 'สขร.1 ปี 2566-2567', 'ประกาศ 12/2567', '1,500,000 บาท', 'มาตรา 9(8)', 'ว่างงาน', 'ที่ รง 0512/ว 123']) {
      expect(maskPersonalNumbers(kept)).toBe(kept);
    }
  });
});
