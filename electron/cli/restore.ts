import { KioskError } from '../contract/result';
import { restoreBackup } from '../services/backup/restoreArchive';
import { filingsWords } from '../services/backup/restoreNotice';
import { lostChangeLine } from '../services/staff/auditReconcile';
import type { CliCommand } from './command';
import { findingLine } from './folderFindings';

/**
 * `restore FILE.zip --data DIR`: validates the whole archive first; only a sound one replaces
 * the data folder (the old one is kept as DIR.before-restore-<time>). Stop the kiosk first.
 */
export const restoreCommand: CliCommand = {
  summary: 'replace the data folder from a backup after checking it: FILE.zip (refused while a kiosk runs on the folder)',
  options: {},
  opensDataItself: true,
  replacesFolder: true,
  async run({ values, positionals, print }) {
    const archive = positionals[0];
    if (!archive || positionals.length > 1) {
      process.stderr.write('restore needs exactly one backup FILE.zip\n');
      return 2;
    }
    try {
      const result = await restoreBackup({ archive, dataDir: String(values.data), now: new Date() });
      for (const w of result.warnings) print(findingLine('warning', w));
      print(`กู้คืนข้อมูลแล้ว ${result.files} ไฟล์ / Restored ${result.files} files into ${String(values.data)}`);
      if (result.previous) print(`ข้อมูลเดิมเก็บไว้ที่ / The previous data is kept in ${result.previous}`);
      if (result.unrelated !== undefined) {
        print(`ประวัติการแก้ไขเดิม (${result.unrelated} รายการ) ไม่ได้ต่อจากไฟล์สำรองนี้ / The replaced audit trail (${result.unrelated} entries) did not continue this backup's`);
      } else if (result.undone.length) {
        print(`รายการที่บันทึกหลังการสำรองและถูกย้อนกลับ ${result.undone.length} รายการ / ${result.undone.length} audited change(s) made after the backup are undone:`);
        for (const e of result.undone) print(`  ${lostChangeLine(e, 'th')} / ${lostChangeLine(e, 'en')}`);
      }
      const filings = filingsWords({ ...result, keptIn: result.previous });
      if (filings) {
        print(`${filings.head.th} / ${filings.head.en}`);
        for (const line of filings.lines) print(`  ${line.th} / ${line.en}`);
      }
      print('บันทึกการกู้คืนไว้ในประวัติการแก้ไขแล้ว / The restore is recorded in the audit trail');
      return 0;
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      print(`${error.messageTh}\n${error.message}`);
      return 1;
    }
  },
};
