import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import type { Receipt, RegisterDashboard, RegisterDetail, RegisterRow } from '../../electron/contract/registers';
import type { Caller } from '../../electron/dispatch';
import type { ReportModel } from '../../electron/contract/reports';
import type { LoginAnswer } from '../../electron/contract/staff';
import { fixedClock, tempDir } from './support';
import { ADMIN_PIN, as, call, createAdminOnMachine, loginInput, refusal, signIn, STAFF_PIN } from './staff-fixtures';

const run = promisify(execFile);
const citizen: Caller = { transport: 'http' };
const request = { kind: 'request', details: 'ขอสำเนาสัญญาจ้างก่อสร้างอาคาร ปี ๒๕๖๘', person: { name: 'สมหญิง ทดสอบ', phone: '0812345678' } };
const complaint = { kind: 'complaint', details: 'เจ้าหน้าที่เรียกเงินเพิ่มโดยไม่มีใบเสร็จ', anonymous: true, topic: 'corruption' };
const auditLines = async (dir: string) => (await readFile(join(dir, 'audit.ndjson'), 'utf8')).trim().split('\n');

describe('the registers', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  let clock: ReturnType<typeof fixedClock>;
  let staff: Caller;
  let admin: Caller;
  let malee = '';
  beforeEach(async () => {
    dir = await tempDir();
    clock = fixedClock('2026-11-02T03:00:00Z'); // Monday 2 Nov 2026, 10:00 in Bangkok
    kiosk = await bootKiosk({ dataDir: dir.path, clock });
    const { id } = await createAdminOnMachine(kiosk, 'สมชาย ใจดี', ADMIN_PIN);
    const signed = await signIn(kiosk, id, ADMIN_PIN);
    admin = as(signed.actor);
    malee = (await call<{ id: string }>(kiosk, 'staff.createAccount', { name: 'มาลี ศรีสุข', role: 'staff', pin: STAFF_PIN }, admin)).id;
    staff = as((await signIn(kiosk, malee, STAFF_PIN)).actor);
  });
  afterEach(async () => { await kiosk.services.stats.close(); await dir.remove(); });

  it('a citizen files a request and an anonymous complaint: reference numbers by register and B.E. year, due dates from the clock', async () => {
    const r = await call<Receipt>(kiosk, 'registers.submit', request, citizen);
    const c = await call<Receipt>(kiosk, 'registers.submit', complaint, citizen);
    const r2 = await call<Receipt>(kiosk, 'registers.submit', request, citizen);
    expect([r.ref, r2.ref, c.ref]).toEqual(['ขข-2569-000001', 'ขข-2569-000002', 'รร-2569-000001']);
    expect(r).toMatchObject({ receivedOn: '2026-11-02', dueOn: '2026-11-23', unit: 'working', days: 15 });
    const stored = JSON.parse(await readFile(join(dir.path, 'registers.json'), 'utf8')) as { items: { anonymous: boolean; person?: unknown }[] };
    expect(stored.items[1]).toMatchObject({ anonymous: true });
    expect(stored.items[1]!.person).toBeUndefined();
  });

  it('a receipt says when nobody can be answered: an anonymous complaint, or a name without any contact', async () => {
    const r = await call<Receipt>(kiosk, 'registers.submit', request, citizen);
    const anonymous = await call<Receipt>(kiosk, 'registers.submit', complaint, citizen);
    const nameOnly = await call<Receipt>(kiosk, 'registers.submit', { ...complaint, anonymous: false, person: { name: 'สมชาย ใจดี' } }, citizen);
    expect(r.noContact).toBeUndefined();
    expect(anonymous.noContact).toBe(true);
    expect(nameOnly.noContact).toBe(true);
  });

  it('a receipt repeats what was filed as the register holds it: the text and, for a complaint, its topic (outside tester: the receipt proved only a number)', async () => {
    const r = await call<Receipt>(kiosk, 'registers.submit', request, citizen);
    expect(r.details).toBe(request.details);
    expect(r.topic).toBeUndefined();
    const c = await call<Receipt>(kiosk, 'registers.submit', { ...complaint, topic: 'conduct' }, citizen);
    expect(c).toMatchObject({ details: complaint.details, topic: 'conduct' });
    // A long complaint (a tip-off may name people): its first 60 letters, a Thai mark kept on its letter.
    const long = `เจ้าหน้าที่${'ก่'.repeat(70)}`;
    const cut = await call<Receipt>(kiosk, 'registers.submit', { ...complaint, details: long }, citizen);
    expect(cut.details).toBe(`เจ้าหน้าที่${'ก่'.repeat(53)}…`);
    // None chosen: filed, and said, under "other".
    const { topic: _chosen, ...noTopic } = complaint as typeof complaint & { topic?: string };
    expect((await call<Receipt>(kiosk, 'registers.submit', noTopic, citizen)).topic).toBe('other');
  });

  it('a request needs a name and a contact; it cannot be anonymous', async () => {
    expect((await refusal(kiosk, 'registers.submit', { kind: 'request', details: 'ขอข้อมูลงบประมาณ', anonymous: true }, citizen)).code).toBe('bad_input');
    expect((await refusal(kiosk, 'registers.submit', { kind: 'request', details: 'ขอข้อมูลงบประมาณ', person: { name: 'ก ข' } }, citizen)).code).toBe('bad_input');
  });

  it('the audit trail names the reference and states, never the person or what they wrote', async () => {
    await call(kiosk, 'registers.submit', request, citizen);
    const trail = (await auditLines(dir.path)).join('\n');
    expect(trail).toContain('ขข-2569-000001');
    expect(trail).not.toContain('สมหญิง');
    expect(trail).not.toContain('0812345678');
    expect(trail).not.toContain('สัญญาจ้าง');
  });

  it('lists carry no personal data; opening an item shows it and is audited each time; the public may do neither', async () => {
    await call(kiosk, 'registers.submit', request, citizen);
    const rows = await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request' }, staff);
    expect(JSON.stringify(rows)).not.toContain('สมหญิง');
    expect((await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request', q: 'สัญญาจ้าง' }, staff))).toHaveLength(1);
    expect((await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request', q: 'ขข-2569-000001' }, staff))).toHaveLength(1);
    expect((await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request', q: 'ไม่มีคำนี้' }, staff))).toHaveLength(0);
    const before = (await auditLines(dir.path)).length;
    const detail = await call<RegisterDetail>(kiosk, 'registers.open', { id: rows[0]!.id }, staff);
    expect(detail.item.person?.name).toBe('สมหญิง ทดสอบ');
    await call(kiosk, 'registers.open', { id: rows[0]!.id }, staff);
    const lines = await auditLines(dir.path);
    expect(lines.length).toBe(before + 2);
    expect(lines.at(-1)).toContain('registers.open');
    expect(lines.at(-1)).toContain('มาลี ศรีสุข');
    expect((await refusal(kiosk, 'registers.open', { id: rows[0]!.id }, citizen)).code).toBe('forbidden');
    expect((await refusal(kiosk, 'registers.list', { kind: 'request' }, citizen)).code).toBe('forbidden');
  });

  it('a request moves through clarification (the clock stops and restarts) to answered; a closed item moves no more', async () => {
    const r = await call<Receipt>(kiosk, 'registers.submit', request, citizen);
    const [{ id }] = await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request' }, staff) as [RegisterRow];
    clock.set('2026-11-04T03:00:00Z');
    const asked = await call<RegisterDetail>(kiosk, 'registers.move', { id, to: 'clarification', note: 'ขอให้ระบุเลขที่สัญญา' }, staff);
    expect(asked.clock).toMatchObject({ paused: true, dueOn: null, overdue: false });
    expect((await call<RegisterDashboard>(kiosk, 'registers.dashboard', {}, staff)).request.paused).toBe(1);
    clock.set('2026-11-11T03:00:00Z');
    const resumed = await call<RegisterDetail>(kiosk, 'registers.move', { id, to: 'in_progress' }, staff);
    expect(r.dueOn).toBe('2026-11-23');
    expect(resumed.clock).toMatchObject({ paused: false, dueOn: '2026-11-30' });
    const answered = await call<RegisterDetail>(kiosk, 'registers.move', { id, to: 'answered', note: 'ส่งสำเนาทางไปรษณีย์' }, staff);
    expect(answered).toMatchObject({ state: 'answered', closedOn: '2026-11-11', moves: [] });
    expect(answered.item.history.map((h) => h.state)).toEqual(['received', 'clarification', 'in_progress', 'answered']);
    const stuck = await refusal(kiosk, 'registers.move', { id, to: 'in_progress' }, staff);
    expect(stuck.code).toBe('conflict');
    // In words staff read, not the states' codes (outside trial: 'จาก "answered" เป็น "in_progress"').
    expect(stuck.messageTh).toMatch(/^เปลี่ยนสถานะจาก "[^"a-z_]+" เป็น "กำลังดำเนินการ" ไม่ได้$/);
    expect(stuck.message).toContain('to "in progress"');
  });

  it('referral needs the agency and the day the requester was told (s.12); refusal needs a s.15 reason and the appeal notice', async () => {
    await call(kiosk, 'registers.submit', request, citizen);
    const [{ id }] = await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request' }, staff) as [RegisterRow];
    expect((await refusal(kiosk, 'registers.move', { id, to: 'referred' }, staff)).code).toBe('bad_input');
    expect((await refusal(kiosk, 'registers.move', { id, to: 'refused' }, staff)).code).toBe('bad_input');
    const refused = await call<RegisterDetail>(kiosk, 'registers.move', { id, to: 'refused', refusal: { reason: 's15-5', appealNoticeGiven: true } }, staff);
    expect(refused.item.refusal).toEqual({ reason: 's15-5', appealNoticeGiven: true });
  });

  it('staff enter items from the counter, phone or letter, with the day they came', async () => {
    const receipt = await call<Receipt>(kiosk, 'registers.enter', { kind: 'complaint', channel: 'letter', receivedOn: '2026-10-28', details: 'หนังสือร้องเรียนเรื่องที่จอดรถ', person: { name: 'นายก', address: 'กรุงเทพฯ' }, topic: 'facility' }, staff);
    expect(receipt).toMatchObject({ ref: 'รร-2569-000001', receivedOn: '2026-10-28' });
    const [row] = await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'complaint', channel: 'letter' }, staff);
    // Acknowledgement was due 3 working days after 28 Oct (2 Nov): overdue now.
    expect(row!.clock).toMatchObject({ acknowledgeBy: '2026-11-02', overdue: false });
    clock.set('2026-11-03T03:00:00Z');
    const [late] = await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'complaint', overdue: true }, staff);
    expect(late!.ref).toBe('รร-2569-000001');
    expect((await call<RegisterDashboard>(kiosk, 'registers.dashboard', {}, staff)).complaint).toMatchObject({ open: 1, overdue: 1 });
  });

  it('retention erases the personal fields only, of items closed long enough ago, by an administrator', async () => {
    await call(kiosk, 'registers.submit', request, citizen);
    await call(kiosk, 'registers.submit', { ...request, details: 'ขอข้อมูลงบประมาณปี ๒๕๖๙' }, citizen);
    const rows = await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request' }, staff);
    const closedId = rows.find((r) => r.ref.endsWith('1'))!.id;
    await call(kiosk, 'registers.move', { id: closedId, to: 'in_progress', note: 'ส่งเรื่องให้กองคลัง คุณสมหญิงโทรมา' }, staff);
    await call(kiosk, 'registers.move', { id: closedId, to: 'answered' }, staff);
    expect((await refusal(kiosk, 'registers.erasePersonal', {}, staff)).code).toBe('forbidden');
    expect((await call<{ erased: string[] }>(kiosk, 'registers.erasePersonal', {}, admin)).erased).toEqual([]);
    clock.set('2028-11-03T03:00:00Z'); // 24 months and a day later
    expect((await call<{ erased: string[] }>(kiosk, 'registers.erasePersonal', {}, admin)).erased).toEqual(['ขข-2569-000001']);
    const erased = await call<RegisterDetail>(kiosk, 'registers.open', { id: closedId }, staff);
    expect(erased.item.person).toBeUndefined();
    expect(erased.item.details).toBeUndefined();
    expect(erased.item.history.some((h) => h.note)).toBe(false);
    expect(erased).toMatchObject({ erased: true, state: 'answered', channel: 'kiosk', receivedOn: '2026-11-02', closedOn: '2026-11-02', kind: 'request' });
    expect(erased.item.history.map((h) => h.state)).toEqual(['received', 'in_progress', 'answered']);
    // The open item keeps everything.
    const open = await call<RegisterDetail>(kiosk, 'registers.open', { id: rows.find((r) => r.id !== closedId)!.id }, staff);
    expect(open.item.person?.name).toBe('สมหญิง ทดสอบ');
    const file = await readFile(join(dir.path, 'registers.json'), 'utf8');
    expect(file.match(/สมหญิง/g)).toHaveLength(1);
  });

  it('the kiosk accepts six forms a minute and refuses the rest politely, in Thai and English', async () => {
    for (let i = 0; i < 6; i++) await call(kiosk, 'registers.submit', complaint, citizen);
    const refused = await refusal(kiosk, 'registers.submit', complaint, citizen);
    expect(refused.code).toBe('rate_limited');
    expect(refused.messageTh).toContain('โปรดรอสักครู่');
    expect(kiosk.services.registers.items()).toHaveLength(6);
    clock.advance(10_000);
    await call(kiosk, 'registers.submit', complaint, citizen);
  });

  it('the kiosk takes 60 forms a Bangkok day, then sends citizens to the staff until the next day (trial, helper-26: a script at the pace above filled 8,640 a day)', async () => {
    clock.set('2026-11-02T01:00:00Z'); // 08:00 in Bangkok
    for (let i = 0; i < 60; i++) { await call(kiosk, 'registers.submit', complaint, citizen); clock.advance(10_000); }
    const refused = await refusal(kiosk, 'registers.submit', complaint, citizen);
    expect(refused.code).toBe('rate_limited');
    expect(refused.messageTh).toContain('วันนี้ตู้นี้รับแบบฟอร์มครบ 60 เรื่องแล้ว');
    expect(refused.message).toContain('Please hand your matter to the centre\'s staff');
    expect(kiosk.services.registers.items()).toHaveLength(60);
    // Staff are told at their next sign-in that citizens were sent to them (a busy day, or a script).
    const told = await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, malee, STAFF_PIN));
    expect(told.notices.join('\n')).toMatch(/แบบฟอร์มที่ส่งจากตู้.*ครบ 60 เรื่อง.*Forms sent at the kiosk reached the day's limit of 60/s);
    // Counted from the register, not in memory (review, helper-30): a restart does not reset the day.
    const restarted = await bootKiosk({ dataDir: dir.path, clock });
    expect((await refusal(restarted, 'registers.submit', complaint, citizen)).messageTh).toContain('วันนี้ตู้นี้รับแบบฟอร์มครบ 60 เรื่องแล้ว');
    clock.set('2026-11-02T17:00:00Z'); // midnight in Bangkok: a new day
    await call(kiosk, 'registers.submit', complaint, citizen);
    expect(kiosk.services.registers.items()).toHaveLength(61);
  });

  it('the month report carries both registers\' figures', async () => {
    await call(kiosk, 'registers.submit', request, citizen);
    await call(kiosk, 'registers.enter', { kind: 'request', channel: 'counter', details: 'ขอดูรายงานการประชุม', person: { name: 'ข', phone: '021234567' } }, staff);
    await call(kiosk, 'registers.submit', complaint, citizen);
    const rows = await call<RegisterRow[]>(kiosk, 'registers.list', { kind: 'request' }, staff);
    clock.set('2026-11-06T03:00:00Z');
    await call(kiosk, 'registers.move', { id: rows[0]!.id, to: 'answered' }, staff);
    await call(kiosk, 'registers.move', { id: rows[1]!.id, to: 'refused', refusal: { reason: 's15-3', appealNoticeGiven: true } }, staff);
    // While November runs, what is overdue is what is overdue today: the complaint of 2 Nov was not
    // acknowledged within its working days, as the staff's dashboard says (helper-71: the report said
    // 0 while the dashboard said 1, for it counted only the answer's due day).
    const running = await call<ReportModel>(kiosk, 'reports.build', { period: { kind: 'month', month: '2026-11' } }, admin);
    const dashboard = await call<RegisterDashboard>(kiosk, 'registers.dashboard', {}, staff);
    expect(dashboard.complaint.overdue).toBe(1);
    expect(running.registers!.complaint.overdueAtEnd).toBe(dashboard.complaint.overdue);
    expect(running.registers!.request.overdueAtEnd).toBe(dashboard.request.overdue);
    clock.set('2026-12-05T03:00:00Z');
    const model = await call<ReportModel>(kiosk, 'reports.build', { period: { kind: 'month', month: '2026-11' } }, admin);
    expect(model.registers!.request).toMatchObject({
      received: 2, byChannel: { kiosk: 1, counter: 1, phone: 0, letter: 0, email: 0 }, answered: 2, answeredInTime: 2, inTimeRate: 1,
      medianWorkingDays: 4, overdueAtEnd: 0, refusedByReason: { 's15-3': 1 },
    });
    // The complaint was never acknowledged nor answered: 15 working days from 2 Nov end 23 Nov, so overdue at 30 Nov.
    expect(model.registers!.complaint).toMatchObject({ received: 1, answered: 0, overdueAtEnd: 1, byTopic: { corruption: 1 } });
    // The same figures in the XLSX sheets and the CSV sections.
    const xlsx = await call<{ base64: string }>(kiosk, 'reports.export', { period: { kind: 'month', month: '2026-11' }, format: 'xlsx' }, admin);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('คำขอข้อมูลข่าวสาร')!;
    const value = (label: string) => sheet.getRows(2, sheet.rowCount)!.find((r) => r.getCell(1).value === label)?.getCell(2).value;
    expect([value('รับเรื่องทั้งหมด'), value('ตอบภายในกำหนด'), value('ร้อยละที่ตอบภายในกำหนด'), value('ปฏิเสธ: มาตรา ๑๕ (๓) ความเห็นภายใน')]).toEqual([2, 2, 100, 1]);
    const csv = Buffer.from((await call<{ base64: string }>(kiosk, 'reports.export', { period: { kind: 'month', month: '2026-11' }, format: 'csv' }, admin)).base64, 'base64').toString('utf8');
    expect(csv).toContain('[เรื่องร้องเรียน]');
    expect(csv).toContain('เรื่อง: การทุจริตและประพฤติมิชอบ,1');
  });
});

describe('the register CLI (the real process)', () => {
  it('register due prints the due date over the folder\'s holiday table; register list --json lists without personal data', async () => {
    const dir = await tempDir();
    try {
      const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data', dir.path], { timeout: 60_000, env: { ...process.env, NODE_ENV: 'production' } });
      expect((await cli('register', 'due', '--from', '2026-12-04', '--days', '3')).stdout).toBe('2026-12-11\n');
      expect((await cli('register', 'due', '--from', '2026-12-01', '--days', '4', '--calendar')).stdout).toBe('2026-12-08\n');
      expect((await cli('register', 'due', '--from', '2026-12-30', '--days', '1')).stdout).toBe('2027-01-04\n');
      const kiosk = await bootKiosk({ dataDir: dir.path });
      await call(kiosk, 'registers.submit', request, citizen);
      await kiosk.services.stats.close();
      const listed = JSON.parse((await cli('register', 'list', '--kind', 'request', '--json')).stdout) as RegisterRow[];
      expect(listed.map((r) => r.ref)).toEqual([expect.stringMatching(/^ขข-25\d\d-000001$/)]);
      expect(JSON.stringify(listed)).not.toContain('สมหญิง');
      expect(JSON.parse((await cli('register', 'list', '--kind', 'request', '--overdue', '--json')).stdout)).toEqual([]);
    } finally { await dir.remove(); }
  }, 120_000);
});
