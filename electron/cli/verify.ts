import { checkDataFolder, parseAuditAnchor, type AuditAnchor } from '../services/backup/dataCheck';
import type { CliCommand } from './command';

/**
 * `verify --data DIR [--json] [--anchor SEQ:HASH]…`: the audit chain, every store against its
 * schema, the catalogue's ids and attached files; with --anchor, that the trail still holds the
 * entry a report printed (ReportModel.auditAnchor). Reads only (the kiosk is not started). Exit 0
 * when sound, 1 on damage, 2 for an anchor that cannot be read.
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
    if (values.json) {
      print(JSON.stringify(report, null, 1));
      return report.sound ? 0 : 1;
    }
    const { audit, counts } = report;
    print(`Data folder: ${dataDir}`);
    if (!report.sound && audit.entries === 0 && report.problems[0]?.file === dataDir) {
      print(`ไม่พบโฟลเดอร์ข้อมูล / The data folder does not exist`);
      return 1;
    }
    print(`Audit trail: ${audit.entries} entries${audit.lastSeq ? ` (last seq ${audit.lastSeq})` : ''} — ${audit.firstBad ? 'BROKEN' : 'chain intact'}${report.head ? `; its anchor now: ${report.head}` : ''}`);
    if (audit.firstBad) {
      print(`  first bad entry: line ${audit.firstBad.line}${audit.firstBad.seq !== undefined ? `, seq ${audit.firstBad.seq}` : ''}: ${audit.firstBad.reason}`);
    }
    for (const a of report.anchors) print(`  entry ${a.seq}:${a.hash} as a report printed it — ${a.holds ? 'holds' : 'DOES NOT HOLD'}`);
    if (audit.torn) print(`  torn last line ${audit.torn.line} (${audit.torn.bytes} bytes): an append cut short by a power cut, not tampering`);
    print(`Catalogue: ${counts.documents} documents, ${counts.services} services, ${counts.attachedFiles} attached files checked; ${counts.stores} stores parsed`);
    for (const w of report.warnings) print(`  warning: ${w.file}: ${w.problem}`);
    for (const p of report.problems) print(`  DAMAGE: ${p.file}: ${p.problem}`);
    print(report.sound
      ? 'ผลการตรวจ: ข้อมูลครบถ้วน ไม่พบความเสียหาย / Result: sound, no damage found'
      : `ผลการตรวจ: พบความเสียหาย ${report.problems.length} รายการ / Result: ${report.problems.length} problem(s) found`);
    return report.sound ? 0 : 1;
  },
};
