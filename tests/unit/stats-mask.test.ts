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

  it('masks the forms people really type (issue 12): Thai and full-width digits, odd separators, spacing, prefixes', () => {
    const cases: [string, string][] = [
      ['๐๘๑-๒๓๔-๕๖๗๘', '###-###-####'],
      ['(081) 234-5678', '(###) ###-####'],
      ['081 - 234 - 5678', '### - ### - ####'],
      ['081/234/5678', '###/###/####'],
      ['0 8 1 2 3 4 5 6 7 8', '# # # # # # # # # #'],
      ['1  2345  67890  12  3', '#  ####  #####  ##  #'],
      ['1/2345/67890/12/3', '#/####/#####/##/#'],
      ['1_2345_67890_12_3', '#_####_#####_##_#'],
      ['1–2345–67890–12–3', '#–####–#####–##–#'],
      ['1,2345,67890,12,3', '#,####,#####,##,#'],
      ['１２３４５６７８９０１２３', '#############'],
      ['1-2345-678', '#-####-###'],
      ['บัตร 12345678 ครับ', 'บัตร ######## ครับ'],
      ['081\u200b234\u200b5678', '###\u200b###\u200b####'],
      ['๑ ๒๓๔๕ ๖๗๘๙๐ ๑๒ ๓', '# #### ##### ## #'],
    ];
    for (const [typed, stored] of cases) expect(maskPersonalNumbers(typed), typed).toBe(stored);
  });

  it('masks any other long run of digits (account or card numbers)', () => {
    expect(maskPersonalNumbers('บัญชี 123456789012')).toBe('บัญชี ############');
  });

  it('leaves what a catalogue search needs: years, document numbers, amounts', () => {
    for (const kept of ['งบประมาณ 2567', 'สขร.1 ปี 2566-2567', 'ประกาศ 12/2567', '1,500,000 บาท', 'มาตรา 9(8)', 'ว่างงาน', 'ที่ รง 0512/ว 123',
      'ปี ๒๕๖๖ - ๒๕๖๗', 'ประกาศวันที่ 15/10/2567', 'แผน 2026-2027', 'ม.33 ม.39 ม.40']) {
      expect(maskPersonalNumbers(kept)).toBe(kept);
    }
  });
});
