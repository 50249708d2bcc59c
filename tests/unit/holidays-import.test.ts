import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

  it('words each bad row in Thai and in English, naming the field, one message per field; a dd/mm/yyyy date is told the form and the day it probably means (outside tester: "date: not a real date", "nameTh: Too small…")', async () => {
    const { id } = await createAdminOnMachine(kiosk, 'ผู้ดูแล', ADMIN_PIN);
    const admin = as((await signIn(kiosk, id, ADMIN_PIN)).actor);
    // The tester's file (trial 2, hol-bad.csv).
    const text = 'date,name_th,name_en\n2028-01-01,วันขึ้นปีใหม่,New Year\'s Day\n2028-02-30,วันมาฆบูชา,Makha Bucha Day\n2571-04-06,วันจักรี,Chakri Day\n'
      + '2028-04-13,วันสงกรานต์,Songkran\n2028-04-14,,Songkran\n13/04/2571,วันสงกรานต์,Songkran\n2028-13-01,เดือนผิด\n';
    const error = await refusal(kiosk, 'holidays.import', { text }, admin);
    const rows = error.details as { row: number; th: string; en: string; problem: string }[];
    expect(rows.map((r) => r.row)).toEqual([3, 4, 6, 7, 8]);
    const at = (row: number) => rows.find((r) => r.row === row)!;
    for (const r of rows) {
      // Words, not the schema's text: no field keys, no zod messages, one sentence per field.
      expect(r.th).not.toMatch(/nameTh|date:|not a real date|Too small|expected|yyyy-mm-dd;/);
      expect(r.en).not.toMatch(/nameTh|date:|not a real date|Too small|expected|;/);
      expect(r.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(r.problem).toContain(r.th);
      expect(r.problem).toContain(r.en);
    }
    expect(at(3).th).toContain('วันที่ 2028-02-30');
    expect(at(3).th).toContain('ไม่มีวันที่นี้ในปฏิทิน');
    expect(at(3).en).toContain('Date 2028-02-30');
    expect(at(3).en).toContain('does not exist in the calendar');
    expect(at(4).en).toContain('2028-04-06');
    expect(at(6).th).toBe('ชื่อวันหยุด (ไทย) ต้องไม่ว่าง');
    expect(at(6).en).toBe('Holiday name (Thai) must not be empty');
    expect(at(7).th).toContain('ปปปป-ดด-วว');
    expect(at(7).th).toContain('ค.ศ.');
    expect(at(7).th).toContain('2028-04-13');
    expect(at(7).en).toContain('yyyy-mm-dd');
    expect(at(7).en).toContain('Common Era');
    expect(at(7).en).toContain('probably 2028-04-13');
    expect(at(8).en).toContain('Date 2028-13-01');
    // The file's own problems (a date twice, a missing header) are worded too.
    const twice = await refusal(kiosk, 'holidays.import', { text: 'date,name_th\n2028-01-01,ก\n2028-01-01,ข\n' }, admin);
    const dup = (twice.details as { th: string; en: string }[])[0]!;
    expect(dup.th).toContain('แถว 2');
    expect(dup.en).toContain('row 2');
    const header = await refusal(kiosk, 'holidays.import', { text: 'day,name\n2028-01-01,ก\n' }, admin);
    expect((header.details as { th: string }[])[0]!.th).toContain('date,name_th');
  });

  it('reads a multi-day iCalendar event as each of its days (DTEND exclusive), and refuses an end before the start, a span over 14 days, a repeating rule and an event left open, in words (outside tester: Songkran cut to its first day)', async () => {
    const event = (lines: string) => `BEGIN:VEVENT\r\nUID:x\r\n${lines}END:VEVENT\r\n`;
    const calendar = (...events: string[]) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events.join('')}END:VCALENDAR\r\n`;
    const newYear = event('DTSTART;VALUE=DATE:20280101\r\nSUMMARY:วันขึ้นปีใหม่\r\n');
    const songkran = event('DTSTART;VALUE=DATE:20280413\r\nDTEND;VALUE=DATE:20280416\r\nSUMMARY:วันสงกรานต์\r\n');
    const answer = await kiosk.services.holidays.importFile(calendar(newYear, songkran), 'ics');
    expect(answer).toMatchObject({ years: [2028], holidays: 4 });
    expect(kiosk.services.holidays.list(2028)).toEqual([
      { date: '2028-01-01', nameTh: 'วันขึ้นปีใหม่' },
      { date: '2028-04-13', nameTh: 'วันสงกรานต์' }, { date: '2028-04-14', nameTh: 'วันสงกรานต์' }, { date: '2028-04-15', nameTh: 'วันสงกรานต์' },
    ]);
    // A one-day event written with its DTEND is one day; so is a DURATION of P1D.
    await kiosk.services.holidays.importFile(calendar(newYear, songkran, event('DTSTART;VALUE=DATE:20280501\r\nDTEND;VALUE=DATE:20280502\r\nSUMMARY:วันแรงงาน\r\n'),
      event('DTSTART;VALUE=DATE:20280504\r\nDURATION:P2D\r\nSUMMARY:วันฉัตรมงคล\r\n')), 'ics');
    expect(kiosk.services.holidays.list(2028).map((h) => h.date)).toEqual(['2028-01-01', '2028-04-13', '2028-04-14', '2028-04-15', '2028-05-01', '2028-05-04', '2028-05-05']);
    const problems = async (text: string) => {
      try { await kiosk.services.holidays.importFile(text, 'ics'); } catch (error) { return (error as { details: { row: number; th: string; en: string }[] }).details; }
      throw new Error('imported');
    };
    const backwards = await problems(calendar(newYear, event('DTSTART;VALUE=DATE:20280416\r\nDTEND;VALUE=DATE:20280413\r\nSUMMARY:วันสงกรานต์\r\n')));
    expect(backwards).toHaveLength(1);
    expect(backwards[0]!.th).toContain('วันสิ้นสุด');
    expect(backwards[0]!.en).toContain('ends before it starts');
    const same = await problems(calendar(event('DTSTART;VALUE=DATE:20280416\r\nDTEND;VALUE=DATE:20280416\r\nSUMMARY:ก\r\n')));
    expect(same[0]!.en).toContain('ends before it starts');
    const long = await problems(calendar(event('DTSTART;VALUE=DATE:20280401\r\nDTEND;VALUE=DATE:20280501\r\nSUMMARY:ยาว\r\n')));
    expect(long[0]!.th).toContain('30 วัน');
    expect(long[0]!.en).toContain('30 days');
    expect(long[0]!.en).toContain('14');
    const yearly = await problems(calendar(newYear, event('DTSTART;VALUE=DATE:20280101\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:วันขึ้นปีใหม่\r\n')));
    expect(yearly.map((p) => p.row)).toEqual([8]);
    expect(yearly[0]!.th).toContain('ซ้ำ');
    expect(yearly[0]!.en).toContain('repeats');
    const open = await problems('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20280101\nSUMMARY:ก\nEND:VEVENT\nBEGIN:VEVENT\nUID:3@t\nEND:VCALENDAR\n');
    expect(open.map((p) => p.row)).toEqual([6]);
    expect(open[0]!.en).toContain('END:VEVENT');
    expect(kiosk.services.holidays.list(2028).map((h) => h.date)).toHaveLength(7);
  });

  it('is refused to staff who are not administrators, and to the public', async () => {
    expect((await refusal(kiosk, 'holidays.import', { text: csv2028 })).code).toBe('forbidden');
  });
});

describe('the holidays CLI', () => {
  it('imports a CSV, lists a year (C.E. or B.E.), and refuses a bad file with a row report (exit 1)', async () => {
    const dir = await tempDir();
    try {
      // The files given to import stand beside the data folder: a folder of other files is no data folder (helper-69).
      const data = join(dir.path, 'data');
      await mkdir(data);
      const good = join(dir.path, 'h.csv');
      await writeFile(good, csv2028);
      const printed: string[] = [];
      expect(await runCli(['holidays', 'import', good, '--data', data], (l) => printed.push(l))).toBe(0);
      expect(printed.join('\n')).toContain('Imported 2 holidays for 2028');
      const listed: string[] = [];
      expect(await runCli(['holidays', 'list', '--year', '2571', '--json', '--data', data], (l) => listed.push(l))).toBe(0);
      expect((JSON.parse(listed.join('')) as Holiday[]).map((h) => h.date)).toEqual(['2028-01-03', '2028-04-13']);
      const bad = join(dir.path, 'bad.csv');
      await writeFile(bad, 'date,name_th\n2028-05-01,วันแรงงาน\n01/06/2571,ผิดรูปแบบ\n');
      const report: string[] = [];
      expect(await runCli(['holidays', 'import', bad, '--data', data], (l) => report.push(l))).toBe(1);
      expect(report.join('\n')).toMatch(/row 3: วันที่ 01\/06\/2571 .*ปปปป-ดด-วว.* \/ Date 01\/06\/2571 .*probably 2028-06-01/);
      const era = join(dir.path, 'era.csv');
      await writeFile(era, 'date,name_th\n2570-04-13,วันสงกรานต์\n');
      const eraReport: string[] = [];
      expect(await runCli(['holidays', 'import', era, '--data', data], (l) => eraReport.push(l))).toBe(1);
      expect(eraReport.join('\n')).toMatch(/row 2: .*2570-04-13.*2027-04-13/);
      expect(eraReport.join('\n')).not.toContain('3113');
      const after: string[] = [];
      await runCli(['holidays', 'list', '--year', '2028', '--json', '--data', data], (l) => after.push(l));
      expect((JSON.parse(after.join('')) as Holiday[]).map((h) => h.date)).toEqual(['2028-01-03', '2028-04-13']);
      // One more special day of 2028 alone would remove the two: named, exit 1; with --replace it goes ahead.
      const oneDay = join(dir.path, 'one.csv');
      await writeFile(oneDay, 'date,name_th\n2028-06-01,วันหยุดพิเศษ\n');
      const refused: string[] = [];
      expect(await runCli(['holidays', 'import', oneDay, '--data', data], (l) => refused.push(l))).toBe(1);
      expect(refused.join('\n')).toContain('would remove / จะลบ: 2028-04-13  วันสงกรานต์');
      const replaced: string[] = [];
      expect(await runCli(['holidays', 'import', oneDay, '--replace', '--data', data], (l) => replaced.push(l))).toBe(0);
      expect(replaced.join('\n')).toContain('Imported 1 holidays for 2028 (replacing 2)');
    } finally { await dir.remove(); }
  });
});
