import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootKiosk, type Kiosk } from '../../electron/boot';
import { AuditNote, AuditNoteOrLegacy, auditNoteEnglish } from '../../electron/contract/auditNote';
import { contract } from '../../electron/contract/index';
import type { Settings } from '../../electron/contract/settings';
import type { AuditExport, AuditRecord, LoginAnswer } from '../../electron/contract/staff';
import { diffRows } from '../../renderer/src/staff/auditDiffRows';
import { actionGroups, actionLabel, auditWordsFor, fieldLabel, noteText, targetText, valueText } from '../../renderer/src/staff/auditLabels';
import { ADMIN_PIN, STAFF_PIN, as, call, refusal, setUpAccounts, loginInput } from './staff-fixtures';
import { fixedClock, tempDir } from './support';

const th = auditWordsFor('th');
const en = auditWordsFor('en');

describe('the audit trail in words', () => {
  it('has a Thai and an English name for every action the dispatcher audits, and lists each once in the filter', () => {
    const audited = Object.entries(contract).filter(([, spec]) => spec.changes).map(([name]) => name);
    // Older trails hold methods the contract no longer has (the PDF now comes with documents.save): still named.
    const securityEvents = ['staff.login', 'staff.verifyAdminPin', 'system.storeRecovered', 'system.auditRepair', 'system.unitNotApplied', 'system.restored', 'system.auditCutShort', 'system.backedUp', 'documents.attachPdf'];
    for (const method of [...audited, ...securityEvents]) {
      expect(actionLabel(th, method), method).not.toBe(method);
      expect(actionLabel(en, method), method).not.toBe(method);
    }
    const listed = actionGroups(th).flatMap((g) => g.items.map(([m]) => m));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([...audited, ...securityEvents].sort());
    expect(actionGroups(en).flatMap((g) => g.items.map(([m]) => m)).sort()).toEqual(listed);
    // Each group's prefix is what the service's filter matches methods by.
    for (const g of actionGroups(th)) expect(g.items.every(([m]) => m.startsWith(g.prefix))).toBe(true);
  });

  it('turns fields, values, targets and notes into words, and leaves anything unknown as written', () => {
    expect(fieldLabel(th, 'paperLocation')).toBe('ที่เก็บต้นฉบับ (แฟ้มที่ / ชั้น)');
    expect(fieldLabel(th, 'title.th')).toBe('ชื่อเรื่อง (ไทย)');
    expect(fieldLabel(en, 'agency.name.en')).toBe('Agency name (English)');
    expect(fieldLabel(th, 'something.new')).toBe('something.new');
    expect(valueText(th, 'role', 'admin', 'th')).toBe('ผู้ดูแลระบบ');
    expect(valueText(en, 'status', 'retired', 'en')).toBe('Retired');
    expect(valueText(th, 'category', 's7-1', 'th')).toBe('โครงสร้างและการจัดองค์กร (s7-1)');
    expect(valueText(th, 'kiosk.allowPrint', true, 'th')).toBe('ใช่');
    expect(valueText(th, 'published', '2026-01-05', 'th')).toBe('5 มกราคม 2569');
    expect(valueText(th, 'keywords', ['งบ', 'budget'], 'th')).toBe('งบ · budget');
    expect(valueText(th, 'documents', [{ th: 'บัตรประชาชน', en: 'ID card' }, { th: 'ทะเบียนบ้าน' }], 'th')).toBe('บัตรประชาชน · ทะเบียนบ้าน');
    expect(valueText(th, 'unit', undefined, 'th')).toBeUndefined();
    expect(targetText(th, 'document:sso-budget-2570')).toBe('เอกสาร sso-budget-2570');
    expect(targetText(th, 'settings')).toBe('การตั้งค่า');
    expect(targetText(th, 'weird:x')).toBe('weird:x');
    expect(noteText(th, 'first administrator set up')).toBe('ตั้งผู้ดูแลระบบคนแรก');
    expect(noteText(th, 'wrong PIN for มาลี ศรีสุข; 3 attempts left')).toBe('ใส่ PIN ของ มาลี ศรีสุข ผิด เหลืออีก 3 ครั้ง');
    expect(noteText(th, 'deleted: ซ้ำกับเอกสารอื่น ลงผิด')).toBe('ลบถาวร เหตุผล: ซ้ำกับเอกสารอื่น ลงผิด');
    // A holiday import's years and days in the reader's calendar (outside tester: "ของปี 2028" to Thai readers).
    const imported = { code: 'holidays.imported' as const, holidays: 2, years: ['2028', '2029'], replaced: 1, removed: ['2028-06-01'] };
    expect(noteText(th, imported, 'th')).toBe('นำเข้าวันหยุด 2 วัน ของปี พ.ศ. 2571, 2572 (แทน 1 วันเดิม) ลบวันหยุดที่ไม่มีในไฟล์: 1 มิ.ย. 2571');
    expect(noteText(en, imported, 'en')).toBe('imported 2 holidays for 2028, 2029 (replacing 1); removed the holidays the file did not list: 1 Jun 2028');
    expect(auditNoteEnglish(imported)).toBe('imported 2 holidays for 2028, 2029 (replacing 1); removed 2028-06-01');
    expect(noteText(en, 'first administrator set up')).toBe('first administrator set up');
    expect(noteText(th, 'something the service says one day')).toBe('something the service says one day');
  });
});

describe('a real audit trail, shown in words and exported raw', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-03-02T02:00:00Z') });
  });
  afterEach(() => dir.remove());

  it('has words for every action, target, note and field that everyday work writes', async () => {
    const { admin, staffId } = await setUpAccounts(kiosk);
    const by = as(admin.actor);
    const settings = await call<Settings>(kiosk, 'settings.get', {});
    await call(kiosk, 'settings.update', { ...settings, centre: { ...settings.centre, phone: '0 2123 4567' }, kiosk: { ...settings.kiosk, allowPrint: true } }, by);
    const draft = { title: { th: 'ประกาศทดสอบ' }, category: 's7-1', published: '2026-03-01', keywords: ['ทดสอบ'], paperLocation: 'แฟ้มที่ 1' };
    const doc = await call<{ id: string; updatedAt: string }>(kiosk, 'documents.save', draft, by);
    await call(kiosk, 'documents.save', { ...draft, id: doc.id, paperLocation: 'แฟ้มที่ 2', keywords: ['ทดสอบ', 'ใหม่'], expectedUpdatedAt: doc.updatedAt }, by);
    await call(kiosk, 'documents.retire', { id: doc.id }, by);
    await call(kiosk, 'documents.delete', { id: doc.id, reason: 'ลงซ้ำกับเอกสารอื่น ไม่ใช้แล้ว' }, by);
    await call(kiosk, 'standards.save', { title: { th: 'ขอรับเงินทดแทน' }, steps: [{ text: { th: 'ยื่นคำขอ' }, minutes: 30 }], documents: [{ th: 'บัตรประชาชน' }] }, by);
    await call(kiosk, 'staff.updateAccount', { id: staffId, role: 'admin' }, by);
    for (let i = 0; i < 4; i++) await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, '000000'), { transport: 'http' });
    await refusal(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN), { transport: 'http' }); // refused unchecked during the wait
    await call(kiosk, 'staff.unlock', { id: staffId }, by);
    await call<LoginAnswer>(kiosk, 'staff.login', loginInput(kiosk, staffId, STAFF_PIN), { transport: 'http' });
    await call(kiosk, 'staff.resetPin', { id: staffId, pin: '192837' }, by);
    await call(kiosk, 'staff.changeOwnPin', { oldPin: ADMIN_PIN, newPin: '564738' }, by);

    const trail = (await readFile(join(dir.path, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    const missing: string[] = [];
    for (const words of [th, en]) {
      for (const r of trail) {
        if (actionLabel(words, r.method) === r.method) missing.push(`action ${r.method}`);
        for (const c of r.changes) {
          if (targetText(words, c.target) === c.target) missing.push(`target ${c.target}`);
          // A coded note is put into words from its code; an empty result would mean words are missing.
          if (c.note !== undefined && (typeof c.note === 'string' || !noteText(words, c.note))) missing.push(`note ${JSON.stringify(c.note)}`);
          for (const d of diffRows(c.before, c.after)) if (fieldLabel(words, d.path) === d.path) missing.push(`field ${d.path} (${r.method})`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(trail.map((r) => r.method)).toEqual([
      'staff.createAccount', 'staff.login', 'staff.createAccount', 'settings.update', 'documents.save', 'documents.save', 'documents.retire', 'documents.delete',
      'standards.save', 'staff.updateAccount', 'staff.login', 'staff.login', 'staff.login', 'staff.login', 'staff.login', 'staff.unlock', 'staff.login', 'staff.resetPin', 'staff.changeOwnPin',
    ]);
    expect(trail.flatMap((r) => r.changes.flatMap((c) => diffRows(c.before, c.after).map((d) => d.path)))).toEqual(expect.arrayContaining(['paperLocation', 'keywords', 'role', 'kiosk.allowPrint', 'steps', 'status']));

    // The export keeps the codes as stored, for anyone checking the trail against the file.
    const exported = await call<AuditExport>(kiosk, 'audit.export', { format: 'csv' }, by);
    for (const raw of ['staff.createAccount', 'documents.save', 'account created', 'paperLocation', 'document:', 'in a row']) expect(exported.content).toContain(raw);
  });
});

describe('coded audit notes (contract/auditNote.ts)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-03-02T02:00:00Z') });
  });
  afterEach(() => dir.remove());

  const wrongPinNote = async (name: string) => {
    const { admin } = await setUpAccounts(kiosk);
    const { id } = await call<{ id: string }>(kiosk, 'staff.createAccount', { name, role: 'staff', pin: '192837' }, as(admin.actor));
    await refusal(kiosk, 'staff.login', loginInput(kiosk, id, '000000'), { transport: 'http' });
    const trail = (await readFile(join(dir.path, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    const note = trail.at(-1)?.changes[0]?.note;
    if (note === undefined) throw new Error('no note on the wrong-PIN entry');
    return note;
  };

  it('renders a name containing "; " whole, in Thai and in English', async () => {
    const note = await wrongPinNote('ทดสอบ; ชื่อมีอัฒภาค');
    expect(note).toMatchObject({ code: 'pin.wrong', secret: { of: 'account', name: 'ทดสอบ; ชื่อมีอัฒภาค' }, inARow: 1 });
    expect(noteText(th, note)).toBe('ใส่ PIN ของ ทดสอบ; ชื่อมีอัฒภาค ผิด · ผิดติดกัน 1 ครั้ง');
    expect(noteText(en, note, 'en')).toBe('wrong PIN for ทดสอบ; ชื่อมีอัฒภาค · 1 in a row');
  });

  it('gives a damaged trail\'s reason in the screen\'s language, as verify words it; an entry from before the Thai was kept shows its English', () => {
    const note = AuditNote.parse({ code: 'audit.unsound', firstBadLine: 3, reason: 'content does not match its hash (the entry was edited)', reasonTh: 'เนื้อหาไม่ตรงกับรหัสตรวจสอบของรายการ (รายการนี้ถูกแก้ไข)' });
    expect(noteText(th, note)).toBe('รายการล่าสุดของประวัติการแก้ไขตรวจสอบไม่ผ่าน · รายการแรกที่ผิดอยู่บรรทัดที่ 3: เนื้อหาไม่ตรงกับรหัสตรวจสอบของรายการ (รายการนี้ถูกแก้ไข)');
    expect(noteText(en, note, 'en')).toBe('the last entry of the audit trail does not check out · first bad entry at line 3: content does not match its hash (the entry was edited)');
    const older = AuditNote.parse({ code: 'audit.unsound', firstBadLine: 3, reason: 'content does not match its hash (the entry was edited)' });
    expect(noteText(th, older)).toContain('บรรทัดที่ 3: content does not match its hash');
  });

  it('survives a rewording of its label and of the English export', async () => {
    const note = await wrongPinNote('มานะ ขยันยิ่ง');
    const reworded = { ...th, notes: { ...th.notes, coded: { ...th.notes.coded, wrongPinOf: 'PIN ของคุณ{{name}} ไม่ถูกต้อง' } } };
    expect(noteText(reworded, note)).toBe('PIN ของคุณมานะ ขยันยิ่ง ไม่ถูกต้อง · ผิดติดกัน 1 ครั้ง');
    // The export writes the English sentence; the screen never reads it back.
    expect(auditNoteEnglish(note)).toBe('wrong PIN for มานะ ขยันยิ่ง; 1 in a row');
  });

  it('says what a restore from a backup undid, in Thai (Bangkok time) and in the English export', () => {
    const note = { code: 'backup.restored' as const, archive: 'b.zip', madeAt: '2026-12-01T03:00:00.000Z', keptIn: 'data.before-restore-x', undone: ['#43 catalogue.import 2026-12-02T01:00:00.000Z สมศรี document:after-backup'] };
    expect(noteText(th, note)).toBe('กู้คืนข้อมูลทั้งหมดจากไฟล์สำรอง b.zip (สำรองไว้เมื่อ 1 ธ.ค. 2569 10:00) · ข้อมูลก่อนกู้คืนเก็บไว้ที่ data.before-restore-x · รายการที่บันทึกหลังการสำรองและถูกย้อนกลับ 1 รายการ (เลขที่ตามประวัติก่อนกู้คืน): #43 catalogue.import 2026-12-02T01:00:00.000Z สมศรี document:after-backup');
    expect(auditNoteEnglish(note)).toBe('data restored from b.zip (made 2026-12-01T03:00:00.000Z); the replaced data is kept in data.before-restore-x; undone 1 audited change(s): #43 catalogue.import 2026-12-02T01:00:00.000Z สมศรี document:after-backup');
    expect(AuditNote.safeParse(note).success).toBe(true);
  });

  it('names each change a restore undid, or a recovery lost, by number, action, Bangkok time, who and what, in words (trial 2: method codes and UTC times)', () => {
    const undone = [{ seq: 43, method: 'documents.save', at: '2026-12-02T01:00:00.000Z', actor: 'สมศรี', targets: ['document:after-backup'] }];
    const note = { code: 'backup.restored' as const, archive: 'b.zip', madeAt: '2026-12-01T03:00:00.000Z', undone };
    expect(AuditNote.safeParse(note).success).toBe(true);
    // Numbered as in the replaced trail: the restored trail goes on from the backup's numbers, so a later entry may have the same (trial 2).
    expect(noteText(th, note)).toContain('รายการที่บันทึกหลังการสำรองและถูกย้อนกลับ 1 รายการ (เลขที่ตามประวัติก่อนกู้คืน): #43 บันทึกเอกสาร 2 ธ.ค. 2569 08:00 สมศรี เอกสาร after-backup');
    expect(noteText(auditWordsFor('en'), note, 'en')).toContain('(numbered as in the trail before the restore): #43');
    // The folder a backup or restore names, in words.
    expect(targetText(th, 'folder:data')).toBe('โฟลเดอร์ข้อมูล');
    expect(targetText(auditWordsFor('en'), 'folder:data', 'en')).toBe('Data folder');
    expect(noteText(th, note)).not.toMatch(/documents\.save|T01:00/);
    expect(noteText(auditWordsFor('en'), note, 'en')).not.toMatch(/documents\.save|T01:00/);
    // The export keeps the exact parts, as it always wrote them.
    expect(auditNoteEnglish(note)).toContain('undone 1 audited change(s): #43 documents.save 2026-12-02T01:00:00.000Z สมศรี document:after-backup');
    const lost = { code: 'store.recovered' as const, store: 'settings', problem: 'invalid', detail: 'x', lost: undone };
    expect(AuditNote.safeParse(lost).success).toBe(true);
    expect(noteText(th, lost)).toContain('#43 บันทึกเอกสาร 2 ธ.ค. 2569 08:00 สมศรี เอกสาร after-backup');
  });

  it('names the citizens\' filings a restore undid, to be entered again, or says they could not be checked (helper-52: the screen left them out)', () => {
    const base = { code: 'backup.restored' as const, archive: 'b.zip', madeAt: '2026-12-01T03:00:00.000Z', undone: [] };
    const undid = { ...base, filingsUndone: [{ ref: 'ขข-2569-000004', kind: 'request' as const, receivedOn: '2026-12-02' }] };
    expect(noteText(th, undid)).toContain('เรื่องของประชาชนที่ถูกย้อนกลับ 1 เรื่อง ต้องบันทึกใหม่: ขข-2569-000004 (รับเมื่อ 2 ธ.ค. 2569)');
    const unchecked = { ...base, filingsUnchecked: 'registers.json: unreadable' };
    expect(noteText(th, unchecked)).toContain('ตรวจไม่ได้ว่ามีเรื่องของประชาชนถูกย้อนกลับหรือไม่ (registers.json: unreadable)');
    expect(AuditNote.safeParse(undid).success).toBe(true);
  });

  it('still reads the English sentences of entries written before notes had codes', () => {
    expect(noteText(th, 'wrong PIN for มาลี ศรีสุข; 3 in a row; next try not before 2026-03-02T02:05:00.000Z')).toBe('ใส่ PIN ของ มาลี ศรีสุข ผิด · ผิดติดกัน 3 ครั้ง · ลองใหม่ได้ตั้งแต่ 2026-03-02T02:05:00.000Z');
    expect(noteText(th, 'created with PDF')).toBe('สร้างใหม่พร้อมไฟล์ PDF');
    expect(AuditNoteOrLegacy.safeParse('import catalogue.xlsx').success).toBe(true);
    expect(AuditNote.safeParse({ code: 'pin.wrong', inARow: 1 }).success).toBe(false);
  });
});

describe('register changes in words (outside tester: "register:ขข-2569-000001 — เมื่อ 2026-12-08", state received → answered)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let kiosk: Kiosk;
  beforeEach(async () => {
    dir = await tempDir();
    kiosk = await bootKiosk({ dataDir: dir.path, clock: fixedClock('2026-12-08T03:00:00Z') });
  });
  afterEach(() => dir.remove());

  it('names the register and its reference, the state and its fields in the staff\'s language, and days in the reader\'s calendar', async () => {
    const { admin } = await setUpAccounts(kiosk);
    const by = as(admin.actor);
    const request = await call<{ ref: string }>(kiosk, 'registers.enter', { kind: 'request', channel: 'counter', details: 'ขอสำเนาสัญญาจ้างเลขที่ 12/2569', person: { name: 'นายทดสอบ', phone: '0812345678' } }, by);
    const complaint = await call<{ ref: string }>(kiosk, 'registers.submit', { kind: 'complaint', details: 'ที่จอดรถไม่เพียงพอ', anonymous: true, topic: 'facility' }, { transport: 'http' });
    const list = await call<{ id: string; ref: string }[]>(kiosk, 'registers.list', { kind: 'request' }, by);
    const id = list.find((r) => r.ref === request.ref)!.id;
    await call(kiosk, 'registers.open', { id }, by);
    await call(kiosk, 'registers.move', { id, to: 'answered', on: '2026-12-08' }, by);
    const complaintId = (await call<{ id: string; ref: string }[]>(kiosk, 'registers.list', { kind: 'complaint' }, by))[0]!.id;
    await call(kiosk, 'registers.move', { id: complaintId, to: 'forwarded', outcome: 'ส่งให้ฝ่ายอาคารสถานที่' }, by);
    const settings = await call<{ request: { days: number; unit: string } }>(kiosk, 'registers.settings', {}, by);
    await call(kiosk, 'registers.updateSettings', { ...settings, request: { ...settings.request, days: 20 }, retentionMonths: 36 }, by);
    await call(kiosk, 'holidays.set', { date: '2026-12-31', nameTh: 'วันสิ้นปี', nameEn: 'New Year\'s Eve' }, by);
    await call(kiosk, 'holidays.remove', { date: '2026-12-31' }, by);

    const trail = (await readFile(join(dir.path, 'audit.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    const moved = trail.find((r) => r.method === 'registers.move')!.changes[0]!;
    expect(moved).toMatchObject({ target: `register:${request.ref}`, before: { state: 'received' }, after: { state: 'answered' }, note: { code: 'register.movedOn', on: '2026-12-08' } });

    // The entry as the outside tester read it, now in words.
    expect(request.ref).toBe('ขข-2569-000001');
    expect(targetText(th, moved.target)).toBe('คำขอข้อมูลข่าวสาร ขข-2569-000001');
    expect(targetText(en, moved.target)).toBe('Information request ขข-2569-000001');
    expect(targetText(th, `register:${complaint.ref}`)).toBe(`เรื่องร้องเรียน ${complaint.ref}`);
    expect(noteText(th, moved.note!, 'th')).toBe('เมื่อ 8 ธันวาคม 2569');
    expect(noteText(en, moved.note!, 'en')).toBe('on 8 December 2026');
    const rows = diffRows(moved.before, moved.after);
    expect(rows.map((d) => [fieldLabel(th, d.path), valueText(th, d.path, d.before, 'th'), valueText(th, d.path, d.after, 'th')])).toEqual([['สถานะ', 'รับเรื่อง', 'ตอบแล้ว']]);
    expect(rows.map((d) => [fieldLabel(en, d.path), valueText(en, d.path, d.before, 'en'), valueText(en, d.path, d.after, 'en')])).toEqual([['State', 'Received', 'Answered']]);
    const filed = trail.find((r) => r.method === 'registers.enter')!.changes[0]!;
    const filedRows = diffRows(filed.before, filed.after).map((d) => [fieldLabel(th, d.path), valueText(th, d.path, d.after, 'th')]);
    expect(filedRows).toEqual(expect.arrayContaining([['ประเภทเรื่อง', 'คำขอข้อมูลข่าวสาร'], ['ช่องทางที่รับ', 'เคาน์เตอร์'], ['สถานะ', 'รับเรื่อง'], ['วันที่รับเรื่อง', '8 ธันวาคม 2569']]));

    // Every target, note and field the registers write has words, in Thai and English.
    const missing: string[] = [];
    for (const words of [th, en]) {
      for (const r of trail) {
        for (const c of r.changes) {
          if (targetText(words, c.target) === c.target) missing.push(`target ${c.target}`);
          for (const d of diffRows(c.before, c.after)) {
            if (fieldLabel(words, d.path) === d.path) missing.push(`field ${d.path} (${r.method})`);
            for (const v of [d.before, d.after]) if (typeof v === 'string' && /^[a-z_]+$/.test(v) && valueText(words, d.path, v, words === en ? 'en' : 'th') === v) missing.push(`value ${d.path}=${v}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
