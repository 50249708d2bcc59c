import { checkDataFolder } from '../services/backup/dataCheck';
import { parseAuditAnchor, type AuditAnchor } from '../services/backup/trailAnchors';
import type { CliCommand } from './command';
import { findingLine, folderReportJson } from './folderFindings';

/**
 * `verify --data DIR [--json] [--anchor SEQ:HASH]…`: the audit chain, every store against its
 * schema, the catalogue's ids and attached files; with --anchor, that the trail still holds the
 * entry a report printed (ReportModel.auditAnchor). Reads only (the kiosk is not started). Exit 0
 * when sound, 1 on damage, 2 for an anchor that cannot be read or a data folder that does not
 * exist (a mistyped --data is no finding about a folder, as for the other read-only commands). Every line is said in Thai, then
 * in English (staff read it); --json keeps its fields and their English texts (scripts read it).
 */
export const verifyCommand: CliCommand = {
  summary: 'check the audit trail chain and the catalogue\'s integrity: [--json] [--anchor SEQ:HASH as a report printed it]…',
  options: { json: { type: 'boolean' }, anchor: { type: 'string', multiple: true } },
  opensDataItself: true,
  async run({ values, print }) {
    const dataDir = String(values.data);
    const anchors: AuditAnchor[] = [];
    for (const text of (values.anchor as string[] | undefined) ?? []) {
      const anchor = parseAuditAnchor(text);
      if (!anchor) {
        process.stderr.write(`verify: --anchor "${text}" อ่านไม่ได้ ใช้รูปแบบ รายการ:รหัส ตามที่พิมพ์ในรายงาน เช่น 1234:3fa2c9d01b7e4c55 / cannot be read: give SEQ:HASH as the report prints it, e.g. 1234:3fa2c9d01b7e4c55\n`);
        return 2;
      }
      anchors.push(anchor);
    }
    const report = await checkDataFolder(dataDir, { anchors });
    const { audit, counts } = report;
    const noFolder = !report.sound && audit.entries === 0 && report.problems[0]?.file === dataDir;
    if (values.json) {
      print(JSON.stringify(folderReportJson(report), null, 1));
      return noFolder ? 2 : report.sound ? 0 : 1;
    }
    print(`โฟลเดอร์ข้อมูล / Data folder: ${dataDir}`);
    if (noFolder) {
      print(`ไม่พบโฟลเดอร์ข้อมูล ${dataDir}: คำสั่งนี้อ่านข้อมูลอย่างเดียว จึงไม่สร้างโฟลเดอร์ใหม่ โปรดตรวจสอบ --data`
        + ` / The data folder ${dataDir} does not exist: this command only reads, so it makes no new folder. Check --data`);
      return 2;
    }
    print(`ประวัติการแก้ไข ${audit.entries} รายการ${audit.lastSeq ? ` (รายการสุดท้ายคือรายการที่ ${audit.lastSeq})` : ''} ${audit.firstBad ? 'เสียหายหรือถูกแก้ไข' : 'ครบถ้วน ต่อเนื่องกันทุกรายการ'}${report.head ? `; รหัสตรวจสอบล่าสุด: ${report.head}` : ''}`
      + ` / Audit trail: ${audit.entries} entries${audit.lastSeq ? ` (last seq ${audit.lastSeq})` : ''} — ${audit.firstBad ? 'BROKEN' : 'chain intact'}${report.head ? `; its anchor now: ${report.head}` : ''}`);
    if (audit.firstBad) {
      const { line, seq, reason, reasonTh } = audit.firstBad;
      print(`  รายการแรกที่ผิด: บรรทัดที่ ${line}${seq !== undefined ? ` (รายการที่ ${seq})` : ''}: ${reasonTh}`
        + ` / first bad entry: line ${line}${seq !== undefined ? `, seq ${seq}` : ''}: ${reason}`);
    }
    for (const a of report.anchors) {
      print(`  รหัสตรวจสอบ ${a.seq}:${a.hash} ที่พิมพ์ในรายงาน: ${a.holds ? 'ตรงกับประวัติการแก้ไข' : 'ไม่ตรงกับประวัติการแก้ไข'}`
        + ` / entry ${a.seq}:${a.hash} as a report printed it — ${a.holds ? 'holds' : 'DOES NOT HOLD'}`);
    }
    if (audit.torn) {
      print(`  บรรทัดสุดท้าย (บรรทัดที่ ${audit.torn.line}, ${audit.torn.bytes} ไบต์) บันทึกไม่สมบูรณ์เพราะไฟดับระหว่างบันทึก ไม่ใช่การแก้ไขข้อมูล`
        + ` / torn last line ${audit.torn.line} (${audit.torn.bytes} bytes): an append cut short by a power cut, not tampering`);
    }
    print(`รายการเอกสาร: เอกสาร ${counts.documents} รายการ คู่มือบริการ ${counts.services} รายการ ตรวจไฟล์แนบ ${counts.attachedFiles} ไฟล์ อ่านไฟล์ข้อมูลได้ ${counts.stores} ไฟล์`
      + ` / Catalogue: ${counts.documents} documents, ${counts.services} services, ${counts.attachedFiles} attached files checked; ${counts.stores} stores parsed`);
    for (const w of report.warnings) print(findingLine('warning', w));
    for (const p of report.problems) print(findingLine('damage', p));
    print(report.sound
      ? 'ผลการตรวจ: ข้อมูลครบถ้วน ไม่พบความเสียหาย / Result: sound, no damage found'
      : `ผลการตรวจ: พบความเสียหาย ${report.problems.length} รายการ / Result: ${report.problems.length} problem(s) found`);
    return report.sound ? 0 : 1;
  },
};
