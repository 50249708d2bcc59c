import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { AccountDetail, StaffStatus } from '../../electron/contract/staff';
import { signInLabels } from '../../electron/services/staff/signInLabels';
import { as, call, setUpAccounts } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

/** Initials only: every word one letter and a full stop, then at most a number in brackets. */
const ONLY_INITIALS = /^\p{L}\.(?: \p{L}\.)?(?: \(\d+\))?$/u;

describe('sign-in initials', () => {
  it('are the first consonants, without leading vowels, marks or titles', () => {
    expect(signInLabels(['สมศรี ดูแลระบบ', 'สมชาย ใจดี', 'นางสาวมาลี ศรีสุข', 'นาย ธีระ เก่งกล้า', 'John Smith', 'ผู้ดูแลระบบ'])).toEqual(['ส. ด.', 'ส. จ.', 'น. ศ.', 'ธ. ก.', 'J. S.', 'ผ.']);
  });

  it('tell two people with the same initials apart by a number, never by more of their names (outside tester: "สมปอง. ท. (1)")', () => {
    const labels = signInLabels(['สมปอง ทองดี', 'สมปอง ทองมา', 'สมชาย ใจดี', 'สมศรี จันทร์เพ็ญ', 'มาลี ศรีสุข']);
    expect(labels).toEqual(['ส. ท. (1)', 'ส. ท. (2)', 'ส. จ. (1)', 'ส. จ. (2)', 'ม. ศ.']);
    for (const label of labels) expect(label).toMatch(ONLY_INITIALS);
    expect(labels.join(' ')).not.toMatch(/สม|ทอง|ใจ|จันทร์/);
  });
});

describe('the sign-in screen\'s choices', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  const clock = fixedClock('2026-03-02T02:00:00Z');
  beforeEach(async () => { dir = await tempDir(); kiosk = await bootKiosk({ dataDir: dir.path, clock }); });
  afterEach(() => dir.remove());

  it('number two staff sharing initials by when their accounts were made, so a later account renumbers no one; the administrator sees each label', async () => {
    const { admin } = await setUpAccounts(kiosk); // สมชาย ใจดี (admin), มาลี ศรีสุข
    clock.advance(60_000);
    const first = await call<{ id: string }>(kiosk, 'staff.createAccount', { name: 'สมปอง ทองมา', role: 'staff', pin: '613927' }, as(admin.actor));
    clock.advance(60_000);
    const second = await call<{ id: string }>(kiosk, 'staff.createAccount', { name: 'สุดา ทองดี', role: 'staff', pin: '724831' }, as(admin.actor));

    const choices = (await call<StaffStatus>(kiosk, 'staff.status', {})).choices.map((c) => c.initials);
    expect(choices.filter((c) => c.startsWith('ส. ท.')).sort()).toEqual(['ส. ท. (1)', 'ส. ท. (2)']);
    for (const label of choices) expect(label).toMatch(ONLY_INITIALS);
    expect(choices.join(' ')).not.toMatch(/สม|สุ|ทอง/);

    // สุดา's account was made later: she is (2), though her name sorts first.
    const details = await call<AccountDetail[]>(kiosk, 'staff.listAccounts', {}, as(admin.actor));
    const labelOf = (id: string) => details.find((a) => a.id === id)?.signInLabel;
    expect([labelOf(first.id), labelOf(second.id)]).toEqual(['ส. ท. (1)', 'ส. ท. (2)']);

    // A third ส. ท. whose name sorts before both is (3); the first two keep their numbers.
    clock.advance(60_000);
    const third = await call<{ id: string }>(kiosk, 'staff.createAccount', { name: 'สง่า ทวีสุข', role: 'staff', pin: '835142' }, as(admin.actor));
    const after = await call<AccountDetail[]>(kiosk, 'staff.listAccounts', {}, as(admin.actor));
    expect([first.id, second.id, third.id].map((id) => after.find((a) => a.id === id)?.signInLabel)).toEqual(['ส. ท. (1)', 'ส. ท. (2)', 'ส. ท. (3)']);
  });
});
