import { checkDataFolder } from '../services/backup/dataCheck';
import type { CliCommand } from './command';

/**
 * `verify --data DIR [--json]`: the audit chain, every store against its schema, the catalogue's
 * ids and attached files. Reads only (the kiosk is not started). Exit 0 when sound, 1 on damage.
 */
export const verifyCommand: CliCommand = {
  summary: 'check the audit trail chain and the catalogue\'s integrity: [--json]',
  options: { json: { type: 'boolean' } },
  opensDataItself: true,
  async run({ values, print }) {
    const dataDir = String(values.data);
    const report = await checkDataFolder(dataDir);
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
    print(`Audit trail: ${audit.entries} entries${audit.lastSeq ? ` (last seq ${audit.lastSeq})` : ''} — ${audit.firstBad ? 'BROKEN' : 'chain intact'}`);
    if (audit.firstBad) {
      print(`  first bad entry: line ${audit.firstBad.line}${audit.firstBad.seq !== undefined ? `, seq ${audit.firstBad.seq}` : ''}: ${audit.firstBad.reason}`);
    }
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
