import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { runCli } from '../../electron/cli/main';
import type { Holiday } from '../../electron/contract/workingDays';
import { fixedClock, tempDir } from './support';
import { call, createAdminOnMachine, refusal, signIn, ADMIN_PIN, as } from './staff-fixtures';

const csv2028 = 'date,name_th,name_en\n2028-01-03,วันหยุดชดเชยวันขึ้นปีใหม่,New Year substitution\n2028-04-13,วันสงกรานต์,Songkran\n';

describe('the holiday table: import all-or-nothing', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-12-05T03:00:00Z') });
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  it('a new folder is seeded with the shipped holidays of the current and the next B.E. year', async () => {
    const list = kiosk.services.holidays.list(2027);
    expect(list.find((h) => h.date === '2027-02-22')?.nameTh).toBe('วันหยุดชดเชยวันมาฆบูชา');
    expect(kiosk.services.holidays.list(2026).length).toBeGreaterThan(15);
  });

  it('a file with one bad row changes nothing and reports every bad row', async () => {
    const { id } = await createAdminOnMachine(kiosk, 'ผู้ดูแล', ADMIN_PIN);
    const admin = as((await signIn(kiosk, id, ADMIN_PIN)).actor);
    const before = await readFile(join(dir.path, 'holidays.json'), 'utf8');
    const text = 'date,name_th\n2027-01-01,วันขึ้นปีใหม่\n2027-02-30,วันที่ไม่มีจริง\n2027-03-01,\n2027-01-01,ซ้ำ\n';
    const error = await refusal(kiosk, 'holidays.import', { text }, admin);
    expect(error.code).toBe('bad_input');
    expect(error.messageTh).toContain('ไม่ได้เปลี่ยนแปลง');
    expect((error.details as { row: number }[]).map((r) => r.row)).toEqual([3, 4, 5]);
    expect(await readFile(join(dir.path, 'holidays.json'), 'utf8')).toBe(before);
    expect(kiosk.services.holidays.list(2027).length).toBeGreaterThan(15);
  });

  it('refuses a row with a Buddhist Era year, naming the row and the C.E. date it probably means; nothing changes (outside tester: 2570-04-13 read as C.E. 2570, "ปี 3113")', async () => {
    const { id } = await createAdminOnMachine(kiosk, 'ผู้ดูแล', ADMIN_PIN);
    const admin = as((await signIn(kiosk, id, ADMIN_PIN)).actor);
    const before = await readFile(join(dir.path, 'holidays.json'), 'utf8');
    const text = 'date,name_th\n2027-04-14,วันสงกรานต์\n2570-04-13,วันสงกรานต์\n';
    const error = await refusal(kiosk, 'holidays.import', { text, replace: true }, admin);
    expect(error.code).toBe('bad_input');
    const rows = error.details as { row: number; problem: string }[];
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(rows[0]!.problem).toContain('2570-04-13');
    expect(rows[0]!.problem).toContain('2027-04-13');
    expect(rows[0]!.problem).toContain('พ.ศ.');
    expect(rows[0]!.problem).toContain('Buddhist Era');
    expect(await readFile(join(dir.path, 'holidays.json'), 'utf8')).toBe(before);
    // An iCalendar file is held to the same rule, and so is one holiday set by hand.
    const ics = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:25700413\nSUMMARY:วันสงกรานต์\nEND:VEVENT\nEND:VCALENDAR\n';
    expect(((await refusal(kiosk, 'holidays.import', { text: ics, format: 'ics', replace: true }, admin)).details as { problem: string }[])[0]!.problem).toContain('2027-04-13');
    const set = await refusal(kiosk, 'holidays.set', { date: '2570-04-13', nameTh: 'วันสงกรานต์' }, admin);
    expect(set.messageTh).toContain('2027-04-13');
    expect(set.message).toContain('probably 2027-04-13');
  });

  it('a file lacking some of its year\'s holidays is refused, naming them, unless the replacement is confirmed (one special day wiped the year, outside trial)', async () => {
    const { id } = await createAdminOnMachine(kiosk, 'ผู้ดูแล', ADMIN_PIN);
    const admin = as((await signIn(kiosk, id, ADMIN_PIN)).actor);
    const before = await readFile(join(dir.path, 'holidays.json'), 'utf8');
    const year2027 = kiosk.services.holidays.list(2027);
    const oneSpecialDay = 'date,name_th\n2027-06-15,วันหยุดพิเศษ\n';
    const error = await refusal(kiosk, 'holidays.import', { text: oneSpecialDay }, admin);
    expect(error.code).toBe('conflict');
    expect(error.messageTh).toContain(`อีก ${year2027.length} วัน`);
    expect(error.message).toContain('--replace');
    expect((error.details as { removes: Holiday[] }).removes.map((h) => h.date)).toEqual(year2027.map((h) => h.date));
    expect(await readFile(join(dir.path, 'holidays.json'), 'utf8')).toBe(before);
    // A file holding every holiday of its year and one more adds the one: nothing to confirm.
    const all2027 = ['date,name_th', ...year2027.map((h) => `${h.date},${h.nameTh}`), '2027-06-15,วันหยุดพิเศษ'].join('\n') + '\n';
    await call(kiosk, 'holidays.import', { text: all2027 }, admin);
    expect(kiosk.services.holidays.list(2027).length).toBe(year2027.length + 1);
  });

  it('a replacement confirmed on a screen takes out only the days it showed, and the trail names them', async () => {
    const { id } = await createAdminOnMachine(kiosk, 'ผู้ดูแล', ADMIN_PIN);
    const admin = as((await signIn(kiosk, id, ADMIN_PIN)).actor);
    const oneSpecialDay = 'date,name_th\n2027-06-15,วันหยุดพิเศษ\n';
    const shown = ((await refusal(kiosk, 'holidays.import', { text: oneSpecialDay }, admin)).details as { removes: Holiday[] }).removes.map((h) => h.date);
    // Another administrator adds a day before this one confirms: the confirmation no longer covers what would go.
    await call(kiosk, 'holidays.set', { date: '2027-08-01', nameTh: 'วันหยุดที่เพิ่งเพิ่ม' }, admin);
    const stale = await refusal(kiosk, 'holidays.import', { text: oneSpecialDay, replace: true, removes: shown }, admin);
    expect(stale.code).toBe('conflict');
    expect((stale.details as { removes: Holiday[] }).removes.map((h) => h.date)).toContain('2027-08-01');
    const now = [...shown, '2027-08-01'].sort();
    const answer = await call<{ removed: string[] }>(kiosk, 'holidays.import', { text: oneSpecialDay, replace: true, removes: now }, admin);
    expect(answer.removed).toEqual(now);
    expect(kiosk.services.holidays.list(2027).map((h) => h.date)).toEqual(['2027-06-15']);
    const trail = await readFile(join(dir.path, 'audit.ndjson'), 'utf8');
    const entry = trail.trim().split('\n').map((l) => JSON.parse(l) as { method: string; changes: { note?: { removed?: string[] } }[] }).filter((e) => e.method === 'holidays.import').at(-1);
    expect(entry?.changes[0]?.note?.removed).toEqual(now);
  });

  it('a good file replaces only the years it covers when the replacement is confirmed, audited', async () => {
    const { id } = await createAdminOnMachine(kiosk, 'ผู้ดูแล', ADMIN_PIN);
    const admin = as((await signIn(kiosk, id, ADMIN_PIN)).actor);
    const only2027 = 'date,name_th\n2027-01-01,วันขึ้นปีใหม่\n2027-06-15,วันหยุดพิเศษ\n';
    const answer = await call<{ years: number[]; holidays: number }>(kiosk, 'holidays.import', { text: only2027, replace: true }, admin);
    expect(answer).toMatchObject({ years: [2027], holidays: 2 });
    expect(kiosk.services.holidays.list(2027).map((h) => h.date)).toEqual(['2027-01-01', '2027-06-15']);
    expect(kiosk.services.holidays.list(2026).length).toBeGreaterThan(15);
    const trail = await readFile(join(dir.path, 'audit.ndjson'), 'utf8');
    expect(trail).toContain('holidays.import');
  });

  it('reads iCalendar', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20280103\r\nSUMMARY:วันหยุดชดเชย\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const answer = await kiosk.services.holidays.importFile(ics, 'ics');
    expect(answer).toMatchObject({ years: [2028], holidays: 1 });
  });

  it('is refused to staff who are not administrators, and to the public', async () => {
    expect((await refusal(kiosk, 'holidays.import', { text: csv2028 })).code).toBe('forbidden');
  });
});

describe('the holidays CLI', () => {
  it('imports a CSV, lists a year (C.E. or B.E.), and refuses a bad file with a row report (exit 1)', async () => {
    const dir = await tempDir();
    try {
      const good = join(dir.path, 'h.csv');
      await writeFile(good, csv2028);
      const printed: string[] = [];
      expect(await runCli(['holidays', 'import', good, '--data', dir.path], (l) => printed.push(l))).toBe(0);
      expect(printed.join('\n')).toContain('Imported 2 holidays for 2028');
      const listed: string[] = [];
      expect(await runCli(['holidays', 'list', '--year', '2571', '--json', '--data', dir.path], (l) => listed.push(l))).toBe(0);
      expect((JSON.parse(listed.join('')) as Holiday[]).map((h) => h.date)).toEqual(['2028-01-03', '2028-04-13']);
      const bad = join(dir.path, 'bad.csv');
      await writeFile(bad, 'date,name_th\n2028-05-01,วันแรงงาน\n01/06/2571,ผิดรูปแบบ\n');
      const report: string[] = [];
      expect(await runCli(['holidays', 'import', bad, '--data', dir.path], (l) => report.push(l))).toBe(1);
      expect(report.join('\n')).toMatch(/row 3: date/);
      const era = join(dir.path, 'era.csv');
      await writeFile(era, 'date,name_th\n2570-04-13,วันสงกรานต์\n');
      const eraReport: string[] = [];
      expect(await runCli(['holidays', 'import', era, '--data', dir.path], (l) => eraReport.push(l))).toBe(1);
      expect(eraReport.join('\n')).toMatch(/row 2: .*2570-04-13.*2027-04-13/);
      expect(eraReport.join('\n')).not.toContain('3113');
      const after: string[] = [];
      await runCli(['holidays', 'list', '--year', '2028', '--json', '--data', dir.path], (l) => after.push(l));
      expect((JSON.parse(after.join('')) as Holiday[]).map((h) => h.date)).toEqual(['2028-01-03', '2028-04-13']);
      // One more special day of 2028 alone would remove the two: named, exit 1; with --replace it goes ahead.
      const oneDay = join(dir.path, 'one.csv');
      await writeFile(oneDay, 'date,name_th\n2028-06-01,วันหยุดพิเศษ\n');
      const refused: string[] = [];
      expect(await runCli(['holidays', 'import', oneDay, '--data', dir.path], (l) => refused.push(l))).toBe(1);
      expect(refused.join('\n')).toContain('would remove / จะลบ: 2028-04-13  วันสงกรานต์');
      const replaced: string[] = [];
      expect(await runCli(['holidays', 'import', oneDay, '--replace', '--data', dir.path], (l) => replaced.push(l))).toBe(0);
      expect(replaced.join('\n')).toContain('Imported 1 holidays for 2028 (replacing 2)');
    } finally { await dir.remove(); }
  });
});
