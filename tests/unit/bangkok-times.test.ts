import { describe, expect, it } from 'vitest';
import { bangkokTimeText } from '../../electron/contract/thaiCalendar';
import { lostChangeLine } from '../../electron/services/staff/auditReconcile';
import { auditWordsFor, valueText } from '../../renderer/src/staff/auditLabels';
import { formatTime } from '../../renderer/src/shell/format';

// 02:15 UTC is 09:15 in Bangkok (UTC+7): every time staff read must say 09:15, whatever the machine's zone.
const INSTANT = '2026-11-02T02:15:00.000Z';

describe('times staff read are Bangkok times', () => {
  it('the one formatter: Buddhist Era and 09:15 in Thai, 2026 and 09:15 in English', () => {
    expect(bangkokTimeText(INSTANT, 'th')).toBe('2 พ.ย. 2569 09:15');
    expect(bangkokTimeText(INSTANT, 'en')).toBe('2 Nov 2026, 09:15');
    expect(bangkokTimeText(INSTANT, 'th', { seconds: true })).toBe('2 พ.ย. 2569 09:15:00');
    // Late evening UTC is already the next day in Bangkok.
    expect(bangkokTimeText('2026-11-02T20:30:00Z', 'en')).toBe('3 Nov 2026, 03:30');
    expect(bangkokTimeText('not a time', 'th')).toBe('not a time');
    expect(formatTime).toBe(bangkokTimeText);
  });

  it('the audit trail shows a changed instant (updatedAt, createdAt) in Bangkok time, not as UTC ISO', () => {
    expect(valueText(auditWordsFor('th'), 'updatedAt', INSTANT, 'th')).toBe('2 พ.ย. 2569 09:15');
    expect(valueText(auditWordsFor('en'), 'createdAt', '2026-11-02T02:15:00Z', 'en')).toBe('2 Nov 2026, 09:15');
  });

  it('the sign-in notice of a recovered store names each lost change at its Bangkok time, by the action\'s name (a code only when the action is not known)', () => {
    const record = { seq: 7, at: INSTANT, method: 'settings.update', transport: 'ipc', actor: { id: 'a1', name: 'สมชาย', role: 'admin' as const }, changes: [{ target: 'settings' }], prevHash: '0'.repeat(64), hash: '1'.repeat(64) };
    expect(lostChangeLine(record, 'th')).toBe('#7 แก้ไขการตั้งค่า 2 พ.ย. 2569 09:15 สมชาย settings');
    expect(lostChangeLine(record, 'en')).toBe('#7 Settings changed 2 Nov 2026, 09:15 สมชาย settings');
    expect(lostChangeLine(record, 'en')).not.toContain('02:15');
    expect(lostChangeLine({ ...record, method: 'settings.save' }, 'th')).toBe('#7 settings.save 2 พ.ย. 2569 09:15 สมชาย settings');
  });
});
