import { changeFraction, durationReading } from '../../contract/reportFigures';
import { auditAnchorText, type ReportModel, type ReportParts, type ReportTotals } from '../../contract/reports';
import { escapeXml as esc, heatmapChart, horizontalBars, seriesChart, seriesColours } from './svgCharts';
import type { Signatories } from './signatories';
import { signatureBlock, signatureCss } from './signatureBlock';
import { totalKinds, totalLabels } from './reportTables';
import { bangkokDateOf, thaiDateLongText, thaiDigits, thaiMonthShortNames } from '../../contract/thaiCalendar';
import { registerRows } from './registerTables';

export interface PartsOptions {
  /** The agency's short name (สปส.), drawn as the round mark the kiosk's header shows. */
  agencyMark: string;
  /** Names and positions for the signature block; unknown ones are left to fill in by pen. */
  signatories: Signatories;
}

const num = (n: number | null, digits = 0) =>
  n === null ? '–' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function duration(seconds: number | null): string {
  const d = durationReading(seconds);
  switch (d.kind) {
    case 'none': return '–';
    case 'underASecond': return 'น้อยกว่า 1 วินาที';
    case 'seconds': return `${d.seconds} วินาที`;
    case 'minutes': return `${d.minutes} นาที ${d.seconds} วินาที`;
  }
}

function change(now: number | null, before: number | null): string {
  const fraction = changeFraction(now, before);
  if (fraction === null) return '<span class="muted">–</span>';
  const sign = fraction > 0 ? '+' : fraction < 0 ? '−' : '';
  return `${sign}${Math.abs(fraction * 100).toFixed(1)}%`;
}

function cellOf(key: keyof ReportTotals, value: number | null): string {
  if (key === 'averageVisitSeconds' || key === 'medianVisitSeconds') return duration(value);
  if (key === 'visitsPerDay') return num(value, 1);
  return num(value);
}

/** Paper size, margins and page numbers: they only work at the level of a whole document. */
const pageCss = `
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-center { content: "หน้า " counter(page) " / " counter(pages); font-family: 'Sarabun', sans-serif; font-size: 9pt; color: #555; } }`;

/** The report's own rules, scoped to its root (`.report`) so they hold in a page or in a shadow root alike. */
const css = `
* { box-sizing: border-box; }
.report { -webkit-print-color-adjust: exact; print-color-adjust: exact; font-family: 'Sarabun', 'TH Sarabun New', 'Garuda', 'Loma', sans-serif; font-size: 11pt; line-height: 1.45; color: #1f2937; margin: 0; }
header.top { display: flex; align-items: center; gap: 12px; border-bottom: 2px solid #1d4ed8; padding-bottom: 6px; margin-bottom: 10px; }
header.top .mark { flex: none; width: 15mm; height: 15mm; border-radius: 50%; background: #1d4ed8; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: 11pt; }
header.top .agency { font-size: 15pt; font-weight: 700; }
header.top .centre { font-size: 11pt; }
h1 { font-size: 16pt; margin: 8px 0 2px; }
h2 { font-size: 13pt; line-height: 1.8; margin: 10px 0 4px; color: #1d4ed8; }
.period { font-size: 12pt; }
.muted { color: #6b7280; }
section { break-inside: avoid; padding-top: 1px; }
table { width: 100%; border-collapse: collapse; font-size: 10pt; }
th, td { border: 1px solid #d1d5db; padding: 3px 6px; vertical-align: top; }
th { background: #eff6ff; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.note { font-size: 9pt; color: #4b5563; }
.anchor { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; letter-spacing: 0.02em; white-space: nowrap; }
table + .note { margin-top: 4px; }
${signatureCss}`;

function table(headers: string[], rows: string[][], numeric: boolean[]): string {
  const head = headers.map((h, i) => `<th${numeric[i] ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${headers.length}" class="muted">ไม่มีข้อมูลในช่วงนี้</td></tr>`;
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Section ๘: the two registers, one table each, figures as the XLSX has them. */
function registerSections(model: ReportModel): string {
  if (!model.registers) return '';
  const rows = (kind: 'request' | 'complaint') => registerRows(model.registers![kind], kind).map(([label, value]) => [
    esc(String(label)), value === null ? '–' : String(label).startsWith('ร้อยละ') ? `${num(value as number, 1)}%` : num(value as number),
  ]);
  return `<section><h2>๘. ทะเบียนคำขอข้อมูลข่าวสารและเรื่องร้องเรียน</h2><div class="two"><div><h3>คำขอข้อมูลข่าวสาร (มาตรา ๑๑)</h3>${table(['รายการ', 'จำนวน'], rows('request'), [false, true])}</div>
<div><h3>เรื่องร้องเรียน / แจ้งเบาะแส</h3>${table(['รายการ', 'จำนวน'], rows('complaint'), [false, true])}</div></div>
<div class="note">นับตามวันที่รับเรื่องและวันที่ปิดเรื่องในช่วงที่รายงาน · กำหนดตอบนับเป็นวันทำการตามตารางวันหยุด ไม่นับช่วงที่รอผู้ขอชี้แจง · ไม่มีข้อมูลส่วนบุคคลในรายงาน</div>${model.registers.holidaysMissing ? `\n<p class="note holidays-missing"><strong>${esc(model.registers.holidaysMissing.th)}</strong></p>` : ''}</section>`;
}

/**
 * The printable report (A4) in parts: its title, its page rules, its own CSS and its body (charts
 * inline SVG, no script). The staff screen shows these parts as they are; only the exports wrap
 * them into a whole page with the embedded font (`printablePage`).
 */
export function reportParts(model: ReportModel, options: PartsOptions): ReportParts {
  const { period, totals, comparison: c } = model;
  const summary = table(
    ['รายการ', 'ช่วงที่รายงาน', 'ช่วงก่อนหน้า', 'เปลี่ยนแปลง', 'ช่วงเดียวกันปีก่อน', 'เปลี่ยนแปลง'],
    totalKinds.map(({ key }) => [
      esc(totalLabels[key].replace(' (วินาที)', '')), cellOf(key, totals[key]), cellOf(key, c.previous.totals[key]), change(totals[key], c.previous.totals[key]),
      cellOf(key, c.lastYear.totals[key]), change(totals[key], c.lastYear.totals[key]),
    ]),
    [false, true, true, true, true, true],
  );
  // The same three series as the web report; each day labelled with its month ("๑ ธ.ค.").
  const daily = seriesChart({
    labels: model.daily.map((d) => `${thaiDigits(Number(d.date.slice(8)))} ${thaiMonthShortNames[Number(d.date.slice(5, 7)) - 1]}`),
    series: [
      { name: 'ครั้งที่ใช้บริการ', kind: 'bar', color: seriesColours.visits, values: model.daily.map((d) => d.visits) },
      { name: 'การค้นหา', kind: 'line', color: seriesColours.searches, values: model.daily.map((d) => d.searches) },
      { name: 'การเปิดดูเอกสาร', kind: 'line', color: seriesColours.documentViews, values: model.daily.map((d) => d.documentViews) },
    ],
  });
  const groups = horizontalBars({
    labels: model.categoryGroups.map((g) => g.nameTh),
    series: [
      { name: 'เปิดดูเอกสารในกลุ่ม (ครั้ง)', values: model.categoryGroups.map((g) => g.documentViews), color: seriesColours.visits },
      { name: 'เข้าหน้ารายการของกลุ่ม (ครั้ง)', values: model.categoryGroups.map((g) => g.browseViews), color: seriesColours.searches },
    ],
  });
  const docs = table(['อันดับ', 'เอกสาร', 'เปิดดู (ครั้ง)', 'เวลาดูเฉลี่ย'],
    model.topDocuments.map((d) => [num(d.rank), `${esc(d.title ?? 'ไม่พบในทะเบียนแล้ว')} <span class="muted">(${esc(d.id)})</span>`, num(d.views), duration(d.averageSeconds)]),
    [true, false, true, true]);
  const queries = (rows: ReportModel['topSearches']) => table(['อันดับ', 'คำค้น', 'ครั้ง'], rows.map((q) => [num(q.rank), esc(q.query), num(q.count)]), [true, false, true]);
  const s = model.survey;
  const surveyTable = table(['รายการ', 'ค่า'], [
    ['ผู้ตอบแบบสำรวจ', `${num(s.answered)} คน`],
    ['ผู้ข้ามแบบสำรวจ', `${num(s.skipped)} คน`],
    ['อัตราการตอบ (เทียบกับครั้งที่ใช้บริการจนจบ)', s.responseRate === null ? '–' : `${(s.responseRate * 100).toFixed(1)}%`],
    ['ความพึงพอใจเฉลี่ย (เต็ม ๕)', num(s.satisfactionAverage, 2)],
    ...s.visitorTypes.map((v) => [esc(v.labelTh), `${num(v.count)} คน`]),
  ], [false, true]);

  const bodyHtml = `<article class="report" lang="th">
<header class="top">
  ${options.agencyMark ? `<div class="mark" aria-hidden="true">${esc(options.agencyMark)}</div>` : ''}
  <div><div class="agency">${esc(model.agency.name)}</div>
  <div class="centre">${esc(model.agency.centre)}</div></div>
</header>
<h1>รายงานสถิติการใช้บริการตู้ข้อมูลข่าวสาร</h1>
<div class="period">ประจำ${{ month: 'เดือน', quarter: '', range: 'ช่วงวันที่ ' }[period.kind]}${esc(period.labelTh)} <span class="muted">(${esc(thaiDateLongText(period.from))} – ${esc(thaiDateLongText(period.to))})</span>${model.dataThrough ? ` <strong class="data-through">ข้อมูลถึงวันที่ ${esc(thaiDateLongText(model.dataThrough))}</strong>` : ''}</div>
<div class="note">จัดทำเมื่อ ${esc(thaiDateLongText(bangkokDateOf(Date.parse(model.generatedAt))))} · ช่วงก่อนหน้า: ${esc(c.previous.period.labelTh)} · ช่วงเดียวกันปีก่อน: ${esc(c.lastYear.period.labelTh)}</div>

<section><h2>๑. สรุปภาพรวม</h2>${summary}
<div class="note">เครื่องหมาย – ในช่องเปลี่ยนแปลง: ช่วงที่นำมาเทียบไม่มีข้อมูลหรือมีค่าเป็น 0 จึงคำนวณเป็นร้อยละไม่ได้</div>
${model.languages.length ? `<h3>ภาษาที่ใช้ระหว่างใช้บริการ</h3>${table(['ภาษา', 'ครั้งที่ใช้บริการจนจบ'], model.languages.map((l) => [esc(l.labelTh), num(l.visits)]), [false, true])}` : ''}</section>
<section><h2>๒. จำนวนการใช้บริการรายวัน</h2>${daily}</section>
<section><h2>๓. วันและช่วงเวลาที่มีผู้ใช้บริการ</h2>${heatmapChart({ rowLabels: model.heatmap.weekdaysTh, values: model.heatmap.visits })}
<div class="note">นับตามเวลาที่เริ่มใช้บริการ (เวลาประเทศไทย)</div></section>
<section><h2>๔. เอกสารที่มีผู้เปิดดูมากที่สุด ${thaiDigits(20)} อันดับ</h2>${docs}</section>
<section><h2>๕. คำค้นยอดนิยมและคำค้นที่ไม่พบผล</h2><div class="two"><div>${queries(model.topSearches)}</div><div>${queries(model.topNoResult)}</div></div>
<div class="note">ตารางซ้าย: คำค้นยอดนิยม · ตารางขวา: คำค้นที่ไม่พบผล (ใช้ปรับปรุงคำสำคัญของเอกสาร) · เลขบัตรประชาชนและหมายเลขโทรศัพท์ถูกปิดเป็น # ก่อนบันทึก</div></section>
<section><h2>๖. การเข้าดูตามกลุ่มหมวดหมู่</h2>${groups}
<div class="note">เปิดดูเอกสารในกลุ่ม: นับการเปิดดูเอกสารตามกลุ่มของหมวดเอกสารในทะเบียนปัจจุบัน รวมกันเท่ากับจำนวนครั้งที่เปิดดูเอกสารทั้งหมด (${num(totals.documentViews)} ครั้ง) · เข้าหน้ารายการของกลุ่ม: นับหนึ่งครั้งต่อการใช้บริการที่เปิดหน้ารายการเอกสารของกลุ่ม (กลับมาที่หน้าเดิมในการใช้บริการเดียวกันไม่นับซ้ำ)</div></section>
<section><h2>๗. ผลแบบสำรวจความพึงพอใจ</h2><div class="two"><div>${surveyTable}</div><div>${horizontalBars({
    labels: s.satisfaction.map((_, i) => `ระดับ ${thaiDigits(i + 1)}`), series: [{ values: s.satisfaction }], width: 340, labelWidth: 70,
  })}</div></div></section>
${registerSections(model)}
<p class="note">หมายเหตุ: ข้อมูลเป็นสถิติการใช้งานแบบไม่ระบุตัวตน ไม่มีการเก็บชื่อหรือข้อมูลส่วนบุคคล${model.dataQuality.unreadableLines ? ` · บรรทัดข้อมูลที่อ่านไม่ได้ (เช่น ไฟดับระหว่างบันทึก) ${num(model.dataQuality.unreadableLines)} บรรทัด ไม่ได้นับรวม` : ''}${model.dataQuality.prunedDays ? ` · ${num(model.dataQuality.prunedDays)} วันในช่วงนี้มาจากข้อมูลสรุป (ข้อมูลดิบพ้นระยะเวลาเก็บรักษาแล้ว)` : ''}${model.dataQuality.refusedWrites ? ` · มีการส่งบันทึกการใช้งานถี่เกินกว่าที่ผู้ใช้ตู้เดียวทำได้ ${num(model.dataQuality.refusedWrites)} รายการ ระบบไม่บันทึกและไม่นับรวม` : ''}</p>

${model.auditAnchor ? `<p class="note audit-anchor">ตรวจสอบย้อนหลัง: ขณะจัดทำรายงานนี้ บันทึกการตรวจสอบ (audit trail) สิ้นสุดที่รายการที่ ${num(model.auditAnchor.seq)} รหัสตรวจสอบ <span class="anchor">${esc(auditAnchorText(model.auditAnchor))}</span> · เก็บรายงานฉบับนี้ไว้ คำสั่ง <span class="anchor">verify --anchor ${esc(auditAnchorText(model.auditAnchor))}</span> ตรวจได้ว่าบันทึกจนถึงรายการนั้นไม่ถูกแก้ไขภายหลัง</p>` : ''}
${signatureBlock(options.signatories)}
</article>`;
  return { title: `รายงานสถิติการใช้บริการ ${period.labelTh}`, pageCss, css, bodyHtml };
}

/** The parts as one self-contained page for the exports (printable HTML, the CLI's PDF): the font embedded. */
export function printablePage(parts: ReportParts, fontCss: string): string {
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8">
<title>${esc(parts.title)}</title>
<style>${fontCss}\n${parts.pageCss}\n${parts.css}</style></head>
<body>
${parts.bodyHtml}
</body></html>`;
}
