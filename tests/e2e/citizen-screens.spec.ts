import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { Page } from '@playwright/test';
import { serviceChecklist } from '../../electron/contract/serviceChecklist';
import { test, expect } from './fixtures';
import { BrowsePage } from './pages/BrowsePage';
import { DocumentPage } from './pages/DocumentPage';
import { HomePage } from './pages/HomePage';
import { SearchPage } from './pages/SearchPage';
import { ServicePage } from './pages/ServicePage';
import { SurveyPage } from './pages/SurveyPage';
import { keepScreenshot } from './support/screens';
import { startServer } from './support/server';
import { storedCatalogue } from './support/catalogue';

/*
 * Issue 14: what citizens still tripped on, each seen on screen at 1080x1920 or 1920x1080 on the
 * shipped sample. The server's clock is the real one: "today" and the fiscal year are worked out here too.
 */
test.use({ viewport: { width: 1080, height: 1920 } });

const bangkokToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
/** The Thai fiscal year (พ.ศ.) of today: October starts the next one. */
const currentFiscalYear = () => { const [y, m] = bangkokToday().split('-').map(Number) as [number, number]; return y + 543 + (m >= 10 ? 1 : 0); };
const thaiMonthShort = (month: number) => new Intl.DateTimeFormat('th-TH', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

type Catalogue = { documents: { id: string; unit?: string; unitEn?: string; paperLocationEn?: string }[]; services: { id: string; title: { th: string; en?: string }; documents: { th: string; en?: string }[]; steps: { unit?: string; unitEn?: string }[] }[] };
const catalogueOf = (dataDir: string) => storedCatalogue<Catalogue>(dataDir);

test.describe('a zoomed PDF', () => {
  test.use({ hasTouch: true });

  test('pans to every edge, the left one included, by mouse drag and by one-finger drag', async ({ page, kiosk }) => {
    await page.goto(`${kiosk.url}#/doc/sso-skr1-2025-10`); // a สขร.1 table: its first columns are on the left
    const doc = new DocumentPage(page);
    await expect(doc.canvas()).toHaveAttribute('data-rendered-page', '1');
    for (let i = 0; i < 3; i++) await doc.zoomIn().click();
    await expect.poll(async () => (await doc.panState()).maxLeft).toBeGreaterThan(300);

    // Scrolled fully left, the page's left edge (ลำดับที่, งานจัดซื้อจัดจ้าง) is in view, not cut off.
    await doc.scrollFrameTo(0, 0);
    expect((await doc.panState()).hiddenLeft).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'pdf-zoomed-left');

    // One finger drags the page: to the right edge and the bottom …
    await doc.touchDrag(-2000, -2000);
    let state = await doc.panState();
    expect([state.left, state.top]).toEqual([state.maxLeft, state.maxTop]);
    // … and back to the left edge and the top, with the mouse too.
    await doc.mouseDrag(300, 0);
    expect((await doc.panState()).left).toBeGreaterThanOrEqual(state.maxLeft - 310);
    expect((await doc.panState()).left).toBeLessThanOrEqual(state.maxLeft - 290);
    await doc.mouseDrag(2000, 2000);
    state = await doc.panState();
    expect([state.left, state.top, state.hiddenLeft]).toEqual([0, 0, 0]);
  });
});

test('สขร.1 month grid: the citizen picks the fiscal year; months not due yet look unlike missing ones, which say so; the month just ended is awaited until its due day', async ({ page, kiosk }) => {
  const home = new HomePage(page);
  await home.open(kiosk.url);
  await home.groupTile(/จัดซื้อจัดจ้าง/).click();
  const browse = new BrowsePage(page);
  const fy = currentFiscalYear();
  // The current fiscal year first; this month and the ones after it are not due yet.
  await expect(browse.fiscalYearChoice(fy)).toHaveAttribute('aria-pressed', 'true');
  const thisMonth = Number(bangkokToday().slice(5, 7));
  const thisMonthLabel = `${thaiMonthShort(thisMonth)} ${(Number(bangkokToday().slice(0, 4)) + 543) % 100}`;
  await expect(browse.fiscalYear(fy).getByLabel(`${thisMonthLabel} ยังไม่ถึงกำหนด`)).toBeVisible();
  await expect(page.getByText('ยังไม่มี', { exact: true })).toHaveCount(0);
  const notDue = browse.fiscalYear(fy).locator('.month.not-due').first();
  const look = (el: typeof notDue) => el.evaluate((e) => { const s = getComputedStyle(e); return [s.borderStyle, s.borderColor, s.backgroundImage].join(' '); });

  // The month just ended (the sample has no summary for it) is awaited until the 15th of this month
  // (the default agency.procurementSummaryDueDays), then missing: never "missing" on the 1st.
  const [year, day] = [Number(bangkokToday().slice(0, 4)), Number(bangkokToday().slice(8, 10))];
  let awaitedLook: string | undefined;
  const [lastYear, lastMonth] = thisMonth === 1 ? [year - 1, 12] : [year, thisMonth - 1];
  const lastFy = lastYear + 543 + (lastMonth >= 10 ? 1 : 0);
  if (lastFy !== fy) await browse.fiscalYearChoice(lastFy).click();
  const lastMonthTile = browse.fiscalYear(lastFy).getByLabel(new RegExp(`^${thaiMonthShort(lastMonth).replace(/\./g, '\\.')} ${(lastYear + 543) % 100} `));
  if (day <= 15) {
    const awaited = `รอเผยแพร่ (ภายใน 15 ${thaiMonthShort(thisMonth)} ${year + 543})`;
    await expect(lastMonthTile).toHaveAttribute('aria-label', `${thaiMonthShort(lastMonth)} ${(lastYear + 543) % 100} ${awaited}`);
    const state = lastMonthTile.locator('.month-state');
    await expect(state).toHaveText(awaited);
    // In the tile, as large as the other months' words (20 px and more: three short lines), the date never split.
    const [tile, shown] = [(await lastMonthTile.boundingBox())!, (await state.boundingBox())!];
    const { fontSize, lineHeight, dateLines } = await state.evaluate((e) => {
      // The lines the date "15 ธ.ค. 2569" is laid out on.
      const text = e.firstChild!;
      const range = document.createRange();
      range.setStart(text, text.textContent!.search(/\d+\s\S+\s\d+\)$/));
      range.setEnd(text, text.textContent!.length);
      const dateLines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      return { fontSize: parseFloat(getComputedStyle(e).fontSize), lineHeight: parseFloat(getComputedStyle(e).lineHeight), dateLines };
    });
    expect(fontSize).toBeGreaterThanOrEqual(20);
    expect(shown.height).toBeLessThan(3.5 * lineHeight);
    expect(dateLines).toBe(1);
    expect(shown.x).toBeGreaterThanOrEqual(tile.x);
    expect(shown.x + shown.width).toBeLessThanOrEqual(tile.x + tile.width);
    awaitedLook = await look(lastMonthTile);
    await expect(lastMonthTile).toHaveClass(/\bawaiting\b/);
    await expect(page.getByText(/รอเผยแพร่: สรุปผลของเดือนที่เพิ่งสิ้นสุด/)).toBeVisible();
    await keepScreenshot(page, 'procurement-awaiting');
  } else {
    await expect(lastMonthTile).toHaveClass(/\bmissing\b/);
  }
  if (lastFy !== fy) await browse.fiscalYearChoice(fy).click();

  // The year before: its missing months say so plainly, and look unlike a month not due yet.
  await browse.fiscalYearChoice(2569).click();
  await expect(browse.fiscalYearChoice(2569)).toHaveAttribute('aria-pressed', 'true');
  const fy2569 = browse.fiscalYear(2569);
  await expect(fy2569.getByLabel('มี.ค. 69 ไม่มีเอกสาร')).toBeVisible();
  await expect(fy2569.getByLabel('ก.ค. 69 ไม่มีเอกสาร')).toBeVisible();
  await expect(fy2569.locator('.month.available')).toHaveCount(10);
  await expect(fy2569.locator('.month.not-due')).toHaveCount(0);
  const missing = fy2569.locator('.month.missing').first();
  await browse.fiscalYearChoice(fy).click();
  const notDueLook = await look(notDue);
  await browse.fiscalYearChoice(2569).click();
  expect(await look(missing)).not.toBe(notDueLook);
  // An awaited month looks like neither.
  if (awaitedLook !== undefined) expect([notDueLook, await look(missing)]).not.toContain(awaitedLook);
  await expect(page.getByText(/ไม่มีเอกสาร: เดือนนั้นสิ้นสุดแล้ว/)).toBeVisible();
});

test('each home tile counts what a tap on it lists', async ({ page, kiosk }) => {
  const home = new HomePage(page);
  await home.open(kiosk.url);
  await home.groupTiles().first().waitFor();
  const names = await home.groupTiles().locator('.tile-name').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(6);
  for (const name of names) {
    const tile = home.groupTiles().filter({ hasText: name });
    const count = Number(/(\d+) รายการ/.exec(await tile.innerText())?.[1]);
    await tile.click();
    await expect(new BrowsePage(page).heading()).toHaveText(name);
    await expect(new BrowsePage(page).listedItems(), name).toHaveCount(count);
    await page.goBack();
    await home.groupTiles().first().waitFor();
  }
  await expect(home.groupTile(/คู่มือบริการประชาชน/)).toContainText('19 รายการ'); // 14 service standards and 5 documents
});

test('fees keep their units and are never summed; a free item is not said to be free twice', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/services`);
  const services = new ServicePage(page);
  const request = services.listed(/การขอข้อมูลข่าวสารของราชการ/);
  await expect(request.locator('.badge.fee')).toHaveText('ค่าธรรมเนียม: 1 บาท/หน้า + 5 บาท/หน้าที่รับรอง'); // "ค่าธรรมเนียม:" for screen readers
  await expect(page.getByText(/(^|\s)6 บาท/)).toHaveCount(0);
  await expect(services.listed(/ว่างงาน/).locator('.badge.fee')).toHaveText('ค่าธรรมเนียม: ไม่มีค่าธรรมเนียม');
  await request.click();
  await expect(services.fees()).toHaveText([
    'ค่าถ่ายสำเนาเอกสารขนาด A4: 1 บาท/หน้า',
    'ค่ารับรองสำเนาถูกต้อง (ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ): 5 บาท/หน้าที่รับรอง',
    'การตรวจดูข้อมูลข่าวสารที่ศูนย์ ไม่มีค่าใช้จ่าย',
  ]);
  await expect(page.getByText(/ไม่มีค่าใช้จ่าย: ไม่มีค่าธรรมเนียม/)).toHaveCount(0);
});

test('the categories under มาตรา 7 / มาตรา 9 come in the order of the law', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/group/law`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ข้อมูลตามกฎหมาย มาตรา 7 / มาตรา 9');
  await expect(new BrowsePage(page).sectionBadges()).toHaveText([
    'มาตรา 7(1)', 'มาตรา 7(2)', 'มาตรา 7(3)', 'มาตรา 7(4)', 'มาตรา 7(5)', 'มาตรา 9(1)', 'มาตรา 9(2)', 'มาตรา 9(5)', 'มาตรา 9(6)', 'มาตรา 9(8)',
  ]);
});

test('English mode: the unit and the paper original in English where the record has it, "(in Thai)" where not', async ({ page, kiosk }) => {
  const home = new HomePage(page);
  await home.open(kiosk.url);
  await home.languageToggle().click();
  await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
  await page.evaluate(() => { window.location.hash = '#/doc/sso-org-structure'; });
  const doc = new DocumentPage(page);
  await expect(doc.fact('Responsible unit')).toHaveText('Human Resources Division');
  await expect(doc.fact('Paper original kept at')).toHaveText('Binder 1, shelf 1');
  await expect(page.locator('dl.facts dd')).not.toContainText([/[ก-๙]/]);

  // A service whose steps name their unit only in Thai: shown, and said to be Thai.
  const service = (await catalogueOf(kiosk.dataDir)).services.find((s) => s.id === 'svc-unemployment')!;
  expect(service.steps.some((s) => s.unit && !s.unitEn)).toBe(true);
  await page.evaluate(() => { window.location.hash = '#/services/svc-unemployment'; });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claiming unemployment benefit');
  const stepUnits = page.locator('.step-unit');
  await expect(stepUnits.first()).toContainText('(in Thai)');
  await expect(stepUnits.first().locator('[lang="th"]')).toHaveText(/[ก-๙]/);
  await expect(page.getByText('Benefits Division', { exact: true })).toBeVisible();
  await keepScreenshot(page, 'service-english');
});

test('the survey\'s five faces sit in one row at 1080 wide', async ({ page, kiosk }) => {
  const home = new HomePage(page);
  await home.open(kiosk.url);
  await home.groupTile(/จัดซื้อจัดจ้าง/).click();
  const survey = new SurveyPage(page);
  await survey.finish().click();
  await expect(survey.dialog()).toBeVisible();
  await expect(survey.faces()).toHaveCount(5);
  const tops = await survey.faces().evaluateAll((faces) => faces.map((f) => Math.round(f.getBoundingClientRect().top)));
  expect(new Set(tops).size, `face tops ${tops.join(', ')}`).toBe(1);
  await keepScreenshot(page, 'survey');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await keepScreenshot(page, 'survey');
});

test('at 1920x1080 the last home tile and the document\'s PDF are above the fold', async ({ page, kiosk }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const home = new HomePage(page);
  await home.open(kiosk.url);
  await page.evaluate(() => document.fonts.ready);
  const last = (await home.allTiles().last().boundingBox())!;
  expect(last.y + last.height, 'bottom of the last tile').toBeLessThanOrEqual(1080);
  await keepScreenshot(page, 'home');

  await page.evaluate(() => { window.location.hash = '#/doc/sso-skr1-2025-10'; });
  const doc = new DocumentPage(page);
  await expect(doc.canvas()).toHaveAttribute('data-rendered-page', '1');
  const canvas = (await doc.canvas().boundingBox())!;
  expect(canvas.y + 400, 'at least 400 px of the page above the fold').toBeLessThanOrEqual(1080);
  const controls = (await doc.nextPage().boundingBox())!;
  expect(controls.y + controls.height).toBeLessThanOrEqual(1080);
  await keepScreenshot(page, 'document');
});

test('no home tile breaks a Thai phrase across two lines ("ผู้รับผิด / ชอบ"), in Thai and English, at 1080x1920 and 1920x1080', async ({ page, kiosk }) => {
  const home = new HomePage(page);
  for (const size of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await home.open(kiosk.url);
    await page.evaluate(() => document.fonts.ready);
    await expect(home.allTiles().first()).toBeVisible();
    // Every short space-separated phrase of a tile's name and hint: the lines its characters lie on.
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      for (const element of document.querySelectorAll('.tile-name, .tile-hint')) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const whole = nodes.map((n) => n.data).join('');
        let at = 0;
        for (const phrase of whole.split(' ')) {
          const start = whole.indexOf(phrase, at); at = start + phrase.length;
          // A long phrase may be wider than a narrow tile, and then breaks at a word (Phrases.tsx).
          if (!/[\u0E00-\u0E7F]/.test(phrase) || phrase.length > 20) continue;
          const tops = new Set<number>();
          for (let i = start; i < start + phrase.length; i++) {
            let offset = i, node = 0;
            while (offset >= (nodes[node] as Text).data.length) { offset -= (nodes[node] as Text).data.length; node++; }
            const range = document.createRange();
            range.setStart(nodes[node] as Text, offset); range.setEnd(nodes[node] as Text, offset + 1);
            const rect = range.getBoundingClientRect();
            if (rect.width > 0) tops.add(Math.round(rect.top / 4));
          }
          if (tops.size > 1) out.push(phrase);
        }
      }
      return out;
    });
    expect(broken, `phrases split across lines at ${size.width}x${size.height}`).toEqual([]);
    // Kept whole, a phrase must still fit inside its tile.
    const overflowing = await page.evaluate(() => [...document.querySelectorAll('.tile')].flatMap((tile) => {
      const right = tile.getBoundingClientRect().right;
      return [...tile.querySelectorAll('.tile-name, .tile-hint')].filter((e) => e.getBoundingClientRect().right > right - 1 || e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent);
    }));
    expect(overflowing, `text past its tile's edge at ${size.width}x${size.height}`).toEqual([]);
    await keepScreenshot(page, 'home-phrases');
  }
});

/** A QR code as the kiosk draws it (ui/QrCode.tsx, level L for the checklist): its image's address. */
const qrImage = async (text: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 4 }))}`;

test('a service standard\'s documents to bring go away in a QR code, in the screen\'s language', async ({ page, kiosk }) => {
  const service = (await catalogueOf(kiosk.dataDir)).services.find((s) => s.id === 'svc-info-request')!;
  await new HomePage(page).open(kiosk.url);
  await page.evaluate(() => { window.location.hash = '#/services/svc-info-request'; });
  const services = new ServicePage(page);
  await expect(services.checklistQr()).toBeVisible();
  expect((await services.checklistQr().boundingBox())!.width).toBeGreaterThanOrEqual(300);
  expect(await services.checklistQr().getAttribute('src')).toBe(await qrImage(serviceChecklist(service, 'th')));
  expect(serviceChecklist(service, 'th')).toContain('1. คำขอข้อมูลข่าวสาร');
  await expect(services.printChecklist()).toHaveCount(0); // printing is off in the sample settings
  await keepScreenshot(page, 'service');
  await new HomePage(page).languageToggle().click();
  await expect(services.checklistQr()).toHaveAttribute('src', await qrImage(serviceChecklist(service, 'en')));
});

test('where printing is allowed, the checklist prints on its own, not the screen', async ({ page }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-checklist-'));
  const settings = JSON.parse(readFileSync('resources/sample/settings.json', 'utf8')) as { kiosk: { allowPrint: boolean } };
  settings.kiosk.allowPrint = true;
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(settings, null, 1));
  const server = await startServer({ dataDir });
  try {
    await page.addInitScript(() => {
      window.print = () => {
        const slip = document.querySelector('.checklist-slip');
        Object.assign(window, { printed: { printing: document.documentElement.classList.contains('printing-checklist'), slip: slip?.textContent ?? '' } });
      };
    });
    await page.goto(`${server.url}#/services/svc-info-request`);
    const services = new ServicePage(page);
    await services.printChecklist().click();
    const printed = await page.evaluate(() => (window as unknown as { printed: { printing: boolean; slip: string } }).printed);
    expect(printed.printing).toBe(true);
    for (const item of ['การขอข้อมูลข่าวสารของราชการและขอสำเนาเอกสาร', 'คำขอข้อมูลข่าวสาร', 'บัตรประจำตัวประชาชน', 'หนังสือมอบอำนาจ']) expect(printed.slip).toContain(item);
    // On paper only the slip: everything else on the page is hidden by the print style.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.checklist-slip')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  } finally {
    await server.stop();
  }
});

/** Calls to the usage log, in order: method and event type. */
function watchStats(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(stats\.[a-zA-Z]+)$/.exec(request.url())?.[1];
    if (!method) return;
    const body = request.postDataJSON() as { event?: { type: string; query?: string } } | null;
    sent.push(body?.event ? `${body.event.type}${body.event.query ? ` ${body.event.query}` : ''}` : method);
  });
  return sent;
}

test('a search typed and left with "จบการใช้งาน" at once is still recorded, before the visit ends', async ({ page, kiosk }) => {
  const sent = watchStats(page);
  await page.clock.install(); // the page's clock stands still: nothing is recorded by a pause
  await new HomePage(page).open(kiosk.url);
  await new HomePage(page).searchField().click();
  const search = new SearchPage(page);
  await search.typeThai('ประกันสังคม');
  await expect(search.results().first()).toBeVisible();
  const survey = new SurveyPage(page);
  await survey.finish().click();
  await survey.skip().click();
  await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับ' })).toBeVisible();
  await expect.poll(() => sent.filter((s) => s === 'stats.visitEnd').length).toBe(1);
  expect(sent.filter((s) => s.startsWith('search '))).toEqual(['search ประกันสังคม']);
  expect(sent.indexOf('search ประกันสังคม')).toBeLessThan(sent.indexOf('stats.visitEnd'));
});

test('coming back to the results from a document does not count the search a second time', async ({ page, kiosk }) => {
  const sent = watchStats(page);
  await page.clock.install();
  await new HomePage(page).open(kiosk.url);
  await new HomePage(page).searchField().click();
  const search = new SearchPage(page);
  await search.typeThai('ประกาศ');
  await expect(search.results().first()).toBeVisible();
  await search.foundResults().first().click(); // opening a result: the search is recorded
  await expect(new DocumentPage(page).title()).toBeVisible();
  await expect.poll(() => sent.filter((s) => s.startsWith('search ')).length).toBe(1);
  await page.getByRole('button', { name: 'ย้อนกลับ', exact: true }).click();
  await expect(search.results().first()).toBeVisible();
  await page.clock.runFor(2000); // reading the results again
  const survey = new SurveyPage(page);
  await survey.finish().click();
  await survey.skip().click();
  await expect.poll(() => sent.filter((s) => s === 'stats.visitEnd').length).toBe(1);
  expect(sent.filter((s) => s.startsWith('search '))).toEqual(['search ประกาศ']);
});

test('the web mode writes its support log to <data>/logs/kiosk.log from the start', async ({ page, kiosk }) => {
  await new HomePage(page).open(kiosk.url);
  const log = join(kiosk.dataDir, 'logs', 'kiosk.log');
  await expect.poll(() => existsSync(log)).toBe(true);
  const first = JSON.parse(readFileSync(log, 'utf8').split('\n')[0]!) as { level: string; message: string; detail: { port: number } };
  expect(first).toMatchObject({ level: 'info', message: 'web mode started', detail: { port: kiosk.port } });
});

test('the screens changed here, at 1080x1920 and 1920x1080: nothing overflows sideways (screenshots kept)', async ({ page, kiosk }) => {
  test.setTimeout(120_000);
  const screens: [string, string][] = [
    ['home', ''], ['browse-procurement', 'group/procurement'], ['browse-law', 'group/law'], ['browse-services', 'group/service-manuals'],
    ['services', 'services'], ['service-info-request', 'services/svc-info-request'], ['document', 'doc/sso-skr1-2025-11'],
  ];
  for (const size of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await new HomePage(page).open(kiosk.url);
    for (const [name, hash] of screens) {
      await page.evaluate((h) => { window.location.hash = `#/${h}`; }, hash);
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await page.evaluate(() => document.fonts.ready);
      if (name === 'document') await expect(new DocumentPage(page).canvas()).toHaveAttribute('data-rendered-page', '1');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} at ${size.width}x${size.height}`).toBeLessThanOrEqual(0);
      await keepScreenshot(page, `i14-${name}`);
    }
  }
});
