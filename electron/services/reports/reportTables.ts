import { auditAnchorText, type ReportModel, type ReportTotals } from '../../contract/reports';
import { thaiDateLongText } from '../../contract/thaiCalendar';
import { registerTables } from './registerTables';

/** How a column's values are written: XLSX number formats and CSV text follow from it. */
export type ColumnKind = 'text' | 'int' | 'decimal' | 'ratio' | 'date';
export type Cell = string | number | null;

export interface ReportTable {
  /** Sheet name (Thai, at most 31 characters) and CSV section title. */
  name: string;
  columns: { header: string; kind: ColumnKind; width?: number }[];
  /** Dates are `yyyy-mm-dd` strings here; XLSX turns them into real dates. Text is raw: writers neutralise it (escape late). */
  rows: Cell[][];
}

const totalRows: [keyof ReportTotals, string, ColumnKind][] = [
  ['visits', 'จำนวนครั้งที่ใช้บริการ', 'int'],
  ['visitsEnded', 'จำนวนครั้งที่ใช้บริการจนจบ', 'int'],
  ['visitsPerDay', 'จำนวนครั้งที่ใช้บริการเฉลี่ยต่อวัน', 'decimal'],
  ['averageVisitSeconds', 'เวลาใช้บริการเฉลี่ย (วินาที)', 'decimal'],
  ['medianVisitSeconds', 'ค่ามัธยฐานเวลาใช้บริการ (วินาที)', 'decimal'],
  ['searches', 'จำนวนการค้นหา', 'int'],
  ['searchesWithoutResult', 'การค้นหาที่ไม่พบผล', 'int'],
  ['documentViews', 'จำนวนครั้งที่เปิดดูเอกสาร', 'int'],
  ['serviceViews', 'จำนวนครั้งที่ดูคู่มือ/มาตรฐานบริการ', 'int'],
  ['qrShown', 'จำนวนครั้งที่แสดง QR code', 'int'],
  ['requestInfoShown', 'จำนวนครั้งที่ดูวิธียื่นคำขอข้อมูลข่าวสาร', 'int'],
  ['complaintShown', 'จำนวนครั้งที่ดูช่องทางร้องเรียน', 'int'],
  ['surveyAnswered', 'จำนวนผู้ตอบแบบสำรวจ', 'int'],
];
export const totalLabels: Record<keyof ReportTotals, string> = Object.fromEntries(totalRows.map(([k, label]) => [k, label])) as Record<keyof ReportTotals, string>;
export const totalKinds = totalRows.map(([key, , kind]) => ({ key, kind }));

const hours = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

/** Every table of the report, in order: the XLSX sheets and the CSV sections are made from these. */
export function reportTables(model: ReportModel): ReportTable[] {
  const { comparison: c } = model;
  return [
    {
      name: 'สรุป',
      columns: [
        { header: 'รายการ', kind: 'text', width: 42 },
        { header: `ช่วงที่รายงาน (${model.period.labelTh}${model.dataThrough ? ` ข้อมูลถึงวันที่ ${thaiDateLongText(model.dataThrough)}` : ''})`, kind: 'decimal', width: 26 },
        { header: `ช่วงก่อนหน้า (${c.previous.period.labelTh})`, kind: 'decimal', width: 26 },
        { header: `ช่วงเดียวกันปีก่อน (${c.lastYear.period.labelTh})`, kind: 'decimal', width: 26 },
      ],
      rows: totalRows.map(([key, label]) => [label, model.totals[key], c.previous.totals[key], c.lastYear.totals[key]]),
    },
    {
      name: 'รายวัน',
      columns: [
        { header: 'วันที่', kind: 'date', width: 12 }, { header: 'วันที่ (พ.ศ.)', kind: 'text', width: 14 },
        { header: 'ครั้งที่ใช้บริการ', kind: 'int' }, { header: 'การค้นหา', kind: 'int' },
        { header: 'การเปิดดูเอกสาร', kind: 'int' }, { header: 'การดูมาตรฐานบริการ', kind: 'int' },
      ],
      rows: model.daily.map((d) => [d.date, d.labelTh, d.visits, d.searches, d.documentViews, d.serviceViews]),
    },
    {
      name: 'วันและเวลา',
      columns: [{ header: 'วัน', kind: 'text', width: 6 }, ...hours.map((h) => ({ header: h, kind: 'int' as const, width: 6 })), { header: 'รวม', kind: 'int', width: 8 }],
      rows: model.heatmap.visits.map((row, i) => [model.heatmap.weekdaysTh[i] ?? '', ...row, row.reduce((s, n) => s + n, 0)]),
    },
    {
      name: 'เอกสารที่เปิดดูมากที่สุด',
      columns: [
        { header: 'อันดับ', kind: 'int', width: 8 }, { header: 'รหัสเอกสาร', kind: 'text', width: 18 }, { header: 'ชื่อเอกสาร', kind: 'text', width: 60 },
        { header: 'จำนวนครั้งที่เปิดดู', kind: 'int' }, { header: 'เวลาดูเฉลี่ย (วินาที)', kind: 'decimal' },
      ],
      rows: model.topDocuments.map((d) => [d.rank, d.id, d.title === null ? 'ไม่พบในทะเบียนแล้ว' : d.title, d.views, d.averageSeconds]),
    },
    {
      name: 'คำค้นยอดนิยม',
      columns: [{ header: 'อันดับ', kind: 'int', width: 8 }, { header: 'คำค้น', kind: 'text', width: 40 }, { header: 'จำนวนครั้ง', kind: 'int' }],
      rows: model.topSearches.map((q) => [q.rank, q.query, q.count]),
    },
    {
      name: 'คำค้นที่ไม่พบผล',
      columns: [{ header: 'อันดับ', kind: 'int', width: 8 }, { header: 'คำค้น', kind: 'text', width: 40 }, { header: 'จำนวนครั้ง', kind: 'int' }],
      rows: model.topNoResult.map((q) => [q.rank, q.query, q.count]),
    },
    {
      name: 'กลุ่มหมวดหมู่',
      columns: [
        { header: 'รหัสกลุ่ม', kind: 'text', width: 16 }, { header: 'กลุ่มหมวดหมู่', kind: 'text', width: 40 },
        { header: 'เปิดดูเอกสารในกลุ่ม (ครั้ง)', kind: 'int', width: 24 }, { header: 'เข้าหน้ารายการของกลุ่ม (ครั้ง)', kind: 'int', width: 26 },
      ],
      rows: model.categoryGroups.map((g) => [g.group, g.nameTh, g.documentViews, g.browseViews]),
    },
    {
      name: 'แบบสำรวจ',
      columns: [{ header: 'รายการ', kind: 'text', width: 40 }, { header: 'ค่า', kind: 'decimal', width: 14 }],
      rows: [
        ['ผู้ตอบแบบสำรวจ (คน)', model.survey.answered],
        ['ผู้ข้ามแบบสำรวจ (คน)', model.survey.skipped],
        // A percentage (0–100, one decimal) as the label says, as the registers' rate and the screen and PDF give it (helper-71: 0.2 beside 66.7).
        ['ร้อยละที่ตอบแบบสำรวจ (ผู้ตอบ ÷ ครั้งที่ใช้บริการจนจบ)', model.survey.responseRate === null ? null : Math.round(model.survey.responseRate * 1000) / 10],
        ['ความพึงพอใจเฉลี่ย (เต็ม ๕)', model.survey.satisfactionAverage],
        ...model.survey.satisfaction.map((n, i): Cell[] => [`ความพึงพอใจระดับ ${i + 1}`, n]),
        ...model.survey.visitorTypes.map((v): Cell[] => [`ประเภทผู้ใช้บริการ: ${v.labelTh}`, v.count]),
      ],
    },
    {
      name: 'ภาษา',
      columns: [{ header: 'ภาษาที่ใช้ระหว่างใช้บริการ', kind: 'text', width: 34 }, { header: 'ครั้งที่ใช้บริการจนจบ', kind: 'int', width: 22 }],
      rows: model.languages.map((l) => [l.labelTh, l.visits]),
    },
    {
      name: 'คุณภาพข้อมูล',
      columns: [{ header: 'รายการ', kind: 'text', width: 60 }, { header: 'จำนวน', kind: 'int', width: 14 }],
      rows: [
        ['บรรทัดข้อมูลที่อ่านไม่ได้ (เช่น ไฟดับระหว่างบันทึก) ไม่นับรวม', model.dataQuality.unreadableLines],
        ['วันที่มาจากข้อมูลสรุป (ข้อมูลดิบพ้นระยะเวลาเก็บรักษาแล้ว)', model.dataQuality.prunedDays],
        ['บันทึกการใช้งานที่ถูกปฏิเสธเพราะส่งถี่เกินกว่าผู้ใช้ตู้เดียวทำได้ ไม่นับรวม', model.dataQuality.refusedWrites],
      ],
    },
    ...registerTables(model.registers),
    ...(model.auditAnchor ? [auditAnchorTable(model.auditAnchor)] : []),
  ];
}

/** Where the audit trail stood when the report was made: kept with the report, it shows later whether the trail was rewritten. */
function auditAnchorTable(anchor: NonNullable<ReportModel['auditAnchor']>): ReportTable {
  return {
    name: 'ตรวจสอบย้อนหลัง',
    columns: [{ header: 'รายการ', kind: 'text', width: 60 }, { header: 'ค่า', kind: 'text', width: 30 }],
    rows: [
      ['บันทึกการตรวจสอบ (audit trail) ขณะจัดทำรายงานสิ้นสุดที่รายการที่', String(anchor.seq)],
      ['รหัสตรวจสอบ: คำสั่ง verify --anchor ตรวจได้ว่าบันทึกจนถึงรายการนั้นไม่ถูกแก้ไขภายหลัง', auditAnchorText(anchor)],
    ],
  };
}
