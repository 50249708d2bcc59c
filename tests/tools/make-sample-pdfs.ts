/**
 * Renders the sample catalogue's PDFs: one A4 PDF per document of resources/sample/catalogue.json
 * into resources/sample/files/<id>.pdf, plus the text-less fixture tests/fixtures/scan-no-text.pdf.
 *
 *   npx tsx tests/tools/make-sample-pdfs.ts [id ...]     (no ids: every document)
 *
 * Chromium (Playwright, no download: CHROMIUM_PATH or /usr/bin/chromium) prints an HTML page laid
 * out like a Thai government announcement, in Sarabun embedded as data URLs (Chromium subsets the
 * font into each PDF). proc-result documents get the SKR.1 table from resources/sample/skr1-rows.json.
 * Output is deterministic: the PDF dates Chromium writes are replaced by a fixed date of the same
 * length (so the xref offsets stay valid).
 */
import { readFileSync, writeFileSync, mkdirSync, statSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sampleDir = join(root, 'resources/sample');
const filesDir = join(sampleDir, 'files');
const fixtureScan = join(root, 'tests/fixtures/scan-no-text.pdf');

interface Bi { th: string; en?: string }
interface SampleDoc {
  id: string; title: Bi; category: string; published: string; unit?: string;
  keywords?: string[]; summary?: { th?: string; en?: string }; paperLocation?: string;
  file: string; pdfContent: string[];
}
interface Skr1Row {
  item: string; budget: number; refPrice: number; method: string;
  bids: { vendor: string; price: number }[]; winner: { vendor: string; price: number };
  reason: string; contract: { no: string; date: string };
}

// ---------- fonts (data URLs; no file access from the page) ----------
const fontDir = join(root, 'node_modules/@fontsource/sarabun');
const ranges = JSON.parse(readFileSync(join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>;
const fontFaces = (['thai', 'latin'] as const).flatMap((subset) => ([400, 700] as const).map((weight) => {
  const b64 = readFileSync(join(fontDir, `files/sarabun-${subset}-${weight}-normal.woff2`)).toString('base64');
  return `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:block;` +
    `src:url(data:font/woff2;base64,${b64}) format('woff2');unicode-range:${ranges[subset]};}`;
})).join('\n');

// ---------- formatting ----------
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Escaped text where "(e-bidding)" is not split at its hyphen. */
const escT = (s: string): string => esc(s).replace(/\(e-bidding\)|e-bidding/g, (m) => `<span class="nw">${m}</span>`);
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const thaiLongDate = (iso: string): string =>
  new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(iso));
const thaiShortDate = (iso: string): string =>
  new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }).format(utc(iso));
const baht = (n: number): string => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Fictional signatories, one per unit (never real people). */
const signers: Record<string, [string, string]> = {
  'สำนักงานเลขาธิการ': ['นางสาวกมลวรรณ ศรีประเสริฐสุข', 'ผู้อำนวยการสำนักงานเลขาธิการ'],
  'กองบริหารการเงินและบัญชี': ['นางสุภาวดี เรืองศรีสกุล', 'ผู้อำนวยการกองบริหารการเงินและบัญชี'],
  'กองบริหารทรัพยากรบุคคล': ['นายชาญวิทย์ ปัญญาสกุลวงศ์', 'ผู้อำนวยการกองบริหารทรัพยากรบุคคล'],
  'กองกฎหมาย': ['นางสาวศิริพร อนันตวรกุล', 'ผู้อำนวยการกองกฎหมาย'],
  'กองยุทธศาสตร์และแผนงาน': ['นายเอกชัย บุญญาธิการกุล', 'ผู้อำนวยการกองยุทธศาสตร์และแผนงาน'],
  'กองประโยชน์ทดแทน': ['นางวราภรณ์ สุขสวัสดิ์มงคล', 'ผู้อำนวยการกองประโยชน์ทดแทน'],
  'กองบริหารการจัดเก็บเงินสมทบ': ['นายภานุวัฒน์ ศรีสุวรรณชาติ', 'ผู้อำนวยการกองบริหารการจัดเก็บเงินสมทบ'],
  'สำนักงานการแพทย์': ['นายแพทย์ธีรวัฒน์ กุลประเสริฐชัย', 'ผู้อำนวยการสำนักงานการแพทย์'],
  'ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร': ['นายอนุชา ศรีวิเศษกุล', 'ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร'],
  'ศูนย์บริหารจัดการเรื่องร้องเรียน': ['นางสาวดวงใจ มีสุขประเสริฐ', 'ผู้อำนวยการศูนย์บริหารจัดการเรื่องร้องเรียน'],
  'ศูนย์สารนิเทศ': ['นายกฤษดา วงศ์ไพศาลทรัพย์', 'ผู้อำนวยการศูนย์สารนิเทศ'],
};
const secretaryGeneral: [string, string] = ['นายธนากร พิพัฒน์วงศ์ศิริ', 'เลขาธิการสำนักงานประกันสังคม'];

/** Issuing documents (announcements, orders, regulations) are signed by the secretary-general. */
const signedBySecretary = (d: SampleDoc): boolean =>
  /^(ประกาศ|ระเบียบ|คำสั่ง)/.test(d.title.th) && d.category !== 'proc-result';

// ---------- HTML ----------
const css = `
${fontFaces}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Sarabun', sans-serif; font-size: 15pt; line-height: 1.65; color: #111; }
.head { text-align: center; border-bottom: 1.5pt solid #1d3f8f; padding-bottom: 6pt; margin-bottom: 14pt; }
.head .agency { font-size: 20pt; font-weight: 700; color: #1d3f8f; line-height: 1.3; }
.head .agency-en { font-size: 11pt; color: #555; letter-spacing: .04em; }
.meta { display: flex; justify-content: space-between; font-size: 13pt; margin-bottom: 8pt; }
h1 { font-size: 17pt; font-weight: 700; text-align: center; margin: 6pt 0 4pt; line-height: 1.45; }
.title-en { text-align: center; font-size: 11.5pt; color: #444; margin-bottom: 6pt; }
.rule { text-align: center; margin: 4pt 0 12pt; letter-spacing: .3em; color: #333; }
p.body { text-indent: 2.5cm; margin: 0 0 8pt; }
.dateline { margin: 10pt 0 0 45%; padding-top: 4pt; }
.sign { margin: 20pt 0 0 45%; padding-top: 10pt; text-align: center; line-height: 1.65; break-inside: avoid; }
.sign .line { color: #666; }
table.skr { width: 100%; border-collapse: collapse; font-size: 9.5pt; line-height: 1.3; margin: 4pt 0 10pt; }
table.skr ol { margin: 0; padding-left: 12pt; }
table.skr th, table.skr td { border: .6pt solid #333; padding: 3pt 4pt; vertical-align: top; }
table.skr th { background: #e8edf7; font-weight: 700; text-align: center; }
table.skr thead { display: table-header-group; }
table.skr tr { break-inside: avoid; }
td.num { text-align: right; white-space: nowrap; }
td.c { text-align: center; }
.nw { white-space: nowrap; }
.form-code { text-align: right; font-size: 12pt; font-weight: 700; }
body.landscape { font-size: 12.5pt; line-height: 1.55; }
body.landscape .sign { margin-top: 8pt; }
body.landscape p.body { text-indent: 2cm; margin-bottom: 5pt; }
`;

function skr1Table(rows: Skr1Row[]): string {
  const head = ['ลำดับที่', 'งานจัดซื้อจัดจ้าง', 'วงเงินที่จะซื้อหรือจ้าง (บาท)', 'ราคากลาง (บาท)', 'วิธีซื้อหรือจ้าง',
    'รายชื่อผู้เสนอราคาและราคาที่เสนอ (บาท)', 'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', 'เหตุผลที่คัดเลือกโดยสรุป',
    'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง'];
  const widths = [4, 15, 8.5, 8.5, 7, 23, 14.5, 10.5, 9];
  const body = rows.map((r, i) => `<tr>
    <td class="c">${i + 1}</td><td>${esc(r.item)}</td><td class="num">${baht(r.budget)}</td><td class="num">${baht(r.refPrice)}</td>
    <td class="c">${esc(r.method)}</td>
    <td><ol>${r.bids.map((b) => `<li>${esc(b.vendor)} ${baht(b.price)}</li>`).join('')}</ol></td>
    <td>${esc(r.winner.vendor)} ราคาที่ตกลง ${baht(r.winner.price)} บาท</td>
    <td>${esc(r.reason)}</td>
    <td>${esc(r.contract.no)}<br>ลงวันที่ ${esc(thaiShortDate(r.contract.date))}</td></tr>`).join('\n');
  const total = rows.reduce((s, r) => s + r.winner.price, 0);
  return `<table class="skr"><colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>
    <thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
    <tbody>${body}
    <tr><td></td><td colspan="5" style="text-align:right;font-weight:700">รวมเป็นเงินตามสัญญาทั้งสิ้น</td>
      <td class="num" style="font-weight:700">${baht(total)}</td><td colspan="2"></td></tr></tbody></table>`;
}

function documentHtml(d: SampleDoc, rows: Skr1Row[] | undefined): string {
  const landscape = d.category === 'proc-result';
  const [signName, signRole] = signedBySecretary(d) ? secretaryGeneral : (signers[d.unit ?? ''] ?? secretaryGeneral);
  const dateTh = thaiLongDate(d.published);
  const paras = d.pdfContent.map((p) => `<p class="body">${escT(p)}</p>`).join('\n');
  const isAnnouncement = /^(ประกาศ|ระเบียบ)/.test(d.title.th);
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${esc(d.title.th)}</title>
<style>${css}</style></head><body class="${landscape ? 'landscape' : ''}">
<div class="head"><div class="agency">สำนักงานประกันสังคม</div><div class="agency-en">SOCIAL SECURITY OFFICE · MINISTRY OF LABOUR</div></div>
${landscape ? '<div class="form-code">แบบ สขร.๑</div>' : ''}
<div class="meta"><span>${esc(d.unit ?? 'สำนักงานประกันสังคม')}</span><span>วันที่ ${esc(dateTh)}</span></div>
<h1>${escT(d.title.th)}</h1>
${d.title.en ? `<div class="title-en">${esc(d.title.en)}</div>` : ''}
<div class="rule">——————————</div>
${paras}
${rows ? skr1Table(rows) : ''}
${isAnnouncement ? `<div class="dateline">ประกาศ ณ วันที่ ${esc(dateTh)}</div>` : ''}
<div class="sign"><div class="line">(ลงชื่อ) ..............................................</div>
<div>(${esc(signName)})</div><div>${esc(signRole)}</div></div>
</body></html>`;
}

/** Footer: id, a fictional-data notice and page numbers (the template loads Sarabun itself). */
const footer = (id: string): string =>
  `<style>${fontFaces}</style>` +
  `<div style="width:100%;font-size:8pt;color:#666;padding:0 1.5cm;display:flex;justify-content:space-between;font-family:'Sarabun',sans-serif">` +
  `<span>${esc(id)}</span><span>ข้อมูลตัวอย่าง (สมมุติ) · fictional sample data</span>` +
  `<span>หน้า <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;

/** Chromium stamps /CreationDate and /ModDate: pin them (same byte length, so offsets are kept). */
function pinDates(pdf: Buffer): Buffer {
  const s = pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:([^)]*)\)/g, (_m, key: string, v: string) =>
    `/${key} (D:${'20261121000000Z'.padEnd(v.length, ' ').slice(0, v.length)})`);
  return Buffer.from(s, 'latin1');
}

async function renderPdf(page: Page, html: string, id: string, landscape: boolean): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(async () => { await document.fonts.ready; });
  const ok = await page.evaluate(() => document.fonts.check("700 16px 'Sarabun'", 'สำนักงาน') && document.fonts.check("16px 'Sarabun'", 'ก'));
  if (!ok) throw new Error(`Sarabun did not load for ${id}`);
  const pdf = await page.pdf({
    format: 'A4', landscape, printBackground: true, displayHeaderFooter: true,
    headerTemplate: '<span></span>', footerTemplate: footer(id),
    margin: landscape ? { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' } : { top: '2cm', bottom: '2cm', left: '3cm', right: '2cm' },
  });
  return pinDates(pdf);
}

/** A page rendered to an image and printed: a PDF with no text layer, like a scan. */
async function renderScan(browser: Browser, html: string): Promise<Buffer> {
  const ctx = await browser.newContext({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1.25 });
  const page = await ctx.newPage();
  await page.setContent(html.replace('<body class="">', '<body class="" style="padding:2cm 2cm 2cm 3cm;filter:grayscale(1) contrast(1.1)">'), { waitUntil: 'load' });
  await page.evaluate(async () => { await document.fonts.ready; });
  const jpeg = await page.screenshot({ type: 'jpeg', quality: 55, clip: { x: 0, y: 0, width: 794, height: 1123 } });
  await page.setContent(`<!doctype html><html><head><style>@page{size:A4;margin:0}html,body{margin:0}img{display:block;width:210mm;height:297mm;transform:rotate(-0.4deg)}</style></head>` +
    `<body><img src="data:image/jpeg;base64,${jpeg.toString('base64')}"></body></html>`, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await ctx.close();
  return pinDates(pdf);
}

async function main(): Promise<void> {
  const catalogue = JSON.parse(readFileSync(join(sampleDir, 'catalogue.json'), 'utf8')) as { documents: SampleDoc[] };
  const skr1 = JSON.parse(readFileSync(join(sampleDir, 'skr1-rows.json'), 'utf8')) as Record<string, Skr1Row[]>;
  const only = new Set(process.argv.slice(2));
  const docs = catalogue.documents.filter((d) => only.size === 0 || only.has(d.id));
  mkdirSync(filesDir, { recursive: true });
  mkdirSync(dirname(fixtureScan), { recursive: true });
  if (only.size === 0) {
    // Remove PDFs of documents no longer in the catalogue.
    const wanted = new Set(catalogue.documents.map((d) => `${d.id}.pdf`));
    for (const f of readdirSync(filesDir)) if (f.endsWith('.pdf') && !wanted.has(f)) unlinkSync(join(filesDir, f));
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    let total = 0;
    for (const d of docs) {
      if (d.file !== `files/${d.id}.pdf`) throw new Error(`${d.id}: file must be files/${d.id}.pdf`);
      const rows = d.category === 'proc-result' ? skr1[d.id] : undefined;
      if (d.category === 'proc-result' && !rows) throw new Error(`${d.id}: no rows in skr1-rows.json`);
      const pdf = await renderPdf(page, documentHtml(d, rows), d.id, d.category === 'proc-result');
      const out = join(sampleDir, d.file);
      writeFileSync(out, pdf);
      total += pdf.length;
    }
    console.log(`${docs.length} PDFs, ${(total / 1024).toFixed(0)} KiB -> ${filesDir}`);

    if (only.size === 0) {
      const base = catalogue.documents.find((d) => d.id === 'sso-reg-info-disclosure-2568') ?? catalogue.documents[0];
      if (!base) throw new Error('empty catalogue');
      writeFileSync(fixtureScan, await renderScan(browser, documentHtml(base, undefined)));
      console.log(`scan fixture ${(statSync(fixtureScan).size / 1024).toFixed(0)} KiB -> ${fixtureScan}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => { console.error(err); process.exit(1); });
