import { describe, expect, it } from 'vitest';
import { signInLabels } from '../../electron/services/staff/signInLabels';

describe('sign-in initials', () => {
  it('are the first consonants, without leading vowels, marks or titles', () => {
    expect(signInLabels(['สมศรี ดูแลระบบ', 'สมชาย ใจดี', 'นางสาวมาลี ศรีสุข', 'นาย ธีระ เก่งกล้า', 'John Smith', 'ผู้ดูแลระบบ'])).toEqual(['ส. ด.', 'ส. จ.', 'น. ศ.', 'ธ. ก.', 'J. S.', 'ผ.']);
  });

  it('grow only where two people would share them, and never repeat', () => {
    expect(signInLabels(['สมชาย ใจดี', 'สมศรี จันทร์เพ็ญ', 'มาลี ศรีสุข'])).toEqual(['สมช. จ.', 'สมศ. จ.', 'ม. ศ.']);
    const same = signInLabels(['สมชาย ใจดี', 'สมชาย ใจงาม']);
    expect(new Set(same).size).toBe(2);
  });
});
