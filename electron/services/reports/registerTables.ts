import { channels, complaintTopics, refusalReasons, type RegisterKindFigures, type RegistersReport } from '../../contract/registers';
import type { Cell, ReportTable } from './reportTables';

/** Thai labels of the register report (the report is in Thai, like the other sections). */
export const channelTh: Record<(typeof channels)[number], string> = { kiosk: 'ตู้คีออสก์', counter: 'เคาน์เตอร์', phone: 'โทรศัพท์', letter: 'หนังสือ', email: 'อีเมล' };
export const refusalTh: Record<(typeof refusalReasons)[number], string> = {
  's15-1': 'มาตรา ๑๕ (๑) ความมั่นคงของประเทศ', 's15-2': 'มาตรา ๑๕ (๒) การบังคับใช้กฎหมาย', 's15-3': 'มาตรา ๑๕ (๓) ความเห็นภายใน',
  's15-4': 'มาตรา ๑๕ (๔) อันตรายต่อชีวิตหรือความปลอดภัย', 's15-5': 'มาตรา ๑๕ (๕) ข้อมูลส่วนบุคคล', 's15-6': 'มาตรา ๑๕ (๖) กฎหมายคุ้มครอง',
  's15-7': 'มาตรา ๑๕ (๗) กรณีอื่นตามพระราชกฤษฎีกา', s14: 'มาตรา ๑๔ ข้อมูลที่อาจก่อความเสียหายต่อสถาบันพระมหากษัตริย์', 'not-held': 'ไม่มีข้อมูลตามที่ขอ',
};
export const topicTh: Record<(typeof complaintTopics)[number], string> = {
  service: 'การให้บริการ', conduct: 'พฤติกรรมเจ้าหน้าที่', corruption: 'การทุจริตและประพฤติมิชอบ', facility: 'สถานที่และสิ่งอำนวยความสะดวก', information: 'การเปิดเผยข้อมูลข่าวสาร', other: 'อื่น ๆ',
};

/** The rows of one register's figures: what an integrity assessment asks for. */
export function registerRows(f: RegisterKindFigures, kind: 'request' | 'complaint'): Cell[][] {
  return [
    ['รับเรื่องทั้งหมด', f.received],
    ...channels.map((c): Cell[] => [`รับเรื่องทาง${channelTh[c]}`, f.byChannel[c]]),
    ['ตอบ/ปิดเรื่องแล้ว', f.answered],
    ['ตอบภายในกำหนด', f.answeredInTime],
    // A percentage (0–100, one decimal), as the label says, in every format.
    ['ร้อยละที่ตอบภายในกำหนด', f.inTimeRate === null ? null : Math.round(f.inTimeRate * 1000) / 10],
    ['ค่ามัธยฐานวันทำการที่ใช้ตอบ', f.medianWorkingDays],
    ['เกินกำหนด ณ สิ้นช่วง', f.overdueAtEnd],
    ...(kind === 'request'
      ? [['ส่งต่อหน่วยงานอื่น (มาตรา ๑๒)', f.referred] as Cell[], ...refusalReasons.map((r): Cell[] => [`ปฏิเสธ: ${refusalTh[r]}`, f.refusedByReason[r] ?? 0])]
      : complaintTopics.map((t): Cell[] => [`เรื่อง: ${topicTh[t]}`, f.byTopic[t] ?? 0])),
  ];
}

/** The registers' sheets (XLSX) and sections (CSV): none when the report was made without them. */
export function registerTables(registers: RegistersReport | undefined): ReportTable[] {
  if (!registers) return [];
  const table = (name: string, kind: 'request' | 'complaint'): ReportTable => ({
    name,
    columns: [{ header: 'รายการ', kind: 'text', width: 56 }, { header: 'จำนวน', kind: 'decimal', width: 14 }],
    rows: registerRows(registers[kind], kind),
  });
  // Due dates counted over years the holiday table lacks may be early: the executives read it beside the figures.
  const warning: ReportTable[] = registers.holidaysMissing
    ? [{ name: 'คำเตือนตารางวันหยุด', columns: [{ header: 'คำเตือน', kind: 'text', width: 120 }], rows: [[registers.holidaysMissing.th]] }]
    : [];
  return [table('คำขอข้อมูลข่าวสาร', 'request'), table('เรื่องร้องเรียน', 'complaint'), ...warning];
}
