import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { DocumentPage } from './pages/DocumentPage';
import { HomePage } from './pages/HomePage';
import { keepScreenshot } from './support/screens';
import { startServer, type RunningServer } from './support/server';
import { storedCatalogue } from './support/catalogue';

/*
 * Issue 4, "Read": the document prints (its PDF pages, not the screen) only when the settings
 * allow it. One server with the default settings, one with allowPrint on. Ports 5350-5359.
 */
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1080, height: 1920 } });

let withoutPrint: RunningServer;
let withPrint: RunningServer;

/** The sample agency's settings with printing allowed, written before the server first starts. */
async function dataDirAllowingPrint() {
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-print-'));
  const settings = JSON.parse(readFileSync('resources/sample/settings.json', 'utf8')) as { kiosk: { allowPrint: boolean } };
  settings.kiosk.allowPrint = true;
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(settings, null, 1));
  return dataDir;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  [withoutPrint, withPrint] = await Promise.all([startServer({ port: 5350 }), startServer({ port: 5351, dataDir: await dataDirAllowingPrint() })]);
});
test.afterAll(async () => { await Promise.all([withoutPrint?.stop(), withPrint?.stop()]); });

/** A document whose PDF has several pages, from the server's own catalogue. */
async function multiPageDocument(server: RunningServer) {
  const catalogue = await storedCatalogue<{ documents: { id: string; file?: { pages?: number } }[] }>(server.dataDir);
  const found = catalogue.documents.find((d) => (d.file?.pages ?? 0) >= 2);
  if (!found) throw new Error('the sample catalogue has no multi-page PDF');
  return found;
}

interface PrintCall { pageImages: number; decoded: number; printingClass: boolean }

/** window.print replaced by a recorder: how often it ran and what the print container held then. */
async function recordPrintCalls(page: Page) {
  await page.addInitScript(() => {
    const calls: PrintCall[] = [];
    Object.assign(window, { printCalls: calls });
    window.print = () => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.pdf-print-pages img')];
      calls.push({
        pageImages: images.length,
        decoded: images.filter((i) => i.complete && i.naturalWidth > 0).length,
        printingClass: document.documentElement.classList.contains('printing-document'),
      });
    };
  });
  return () => page.evaluate(() => (window as unknown as { printCalls: PrintCall[] }).printCalls);
}

/** The total N shown as `หน้า n / N` once the viewer has opened the PDF. */
async function shownPageCount(doc: DocumentPage) {
  await expect(doc.pageIndicator()).toHaveText(/^หน้า 1 \/ \d+$/);
  return Number(/\/ (\d+)$/.exec(await doc.pageIndicator().innerText())?.[1]);
}

test('with printing off (the default) there is no print control, and Ctrl+P prints nothing', async ({ page }) => {
  const document = await multiPageDocument(withoutPrint);
  await page.goto(`${withoutPrint.url}#/doc/${document.id}`);
  const doc = new DocumentPage(page);
  expect(await shownPageCount(doc)).toBe(document.file!.pages);
  await expect(doc.print()).toHaveCount(0);
  await expect(page.getByRole('button', { name: /พิมพ์|Print/ })).toHaveCount(0);

  // The app swallows the shortcut (web mode; the Electron shell blocks it before the page).
  await page.evaluate(() => window.addEventListener('keydown', (e) => { if (e.code === 'KeyP') Object.assign(window, { ctrlPBlocked: e.defaultPrevented }); }));
  await doc.viewer().locator('.pdf-frame').focus();
  await page.keyboard.press('Control+p');
  await expect.poll(() => page.evaluate(() => (window as unknown as { ctrlPBlocked?: boolean }).ctrlPBlocked)).toBe(true);
  // And should a print start some other way, the kiosk screen does not come out on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(doc.title()).toBeVisible();
});

test('with printing allowed a big button prints the PDF pages, one per A4 sheet, and cleans up', async ({ page }) => {
  const printCalls = await recordPrintCalls(page);
  const document = await multiPageDocument(withPrint);
  await page.goto(`${withPrint.url}#/doc/${document.id}`);
  const doc = new DocumentPage(page);
  const pages = await shownPageCount(doc);
  expect(pages).toBe(document.file!.pages);

  await expect(doc.print()).toBeEnabled();
  await expect(doc.print()).toHaveAccessibleName('พิมพ์เอกสาร');
  const size = await doc.print().boundingBox();
  expect(size!.height).toBeGreaterThanOrEqual(48);
  expect(size!.width).toBeGreaterThanOrEqual(48);
  await expect(doc.printedPages()).toHaveCount(0);
  await keepScreenshot(page, 'document-print-button');

  await doc.print().click();
  await expect.poll(printCalls).toHaveLength(1);
  expect((await printCalls())[0]).toEqual({ pageImages: pages, decoded: pages, printingClass: true });
  await expect(doc.print()).toBeEnabled(); // ready for another copy
  // On screen the print container stays out of sight.
  await expect(doc.printedPages().first()).toBeHidden();
  await expect(doc.viewer()).toBeVisible();

  // In print media only the pages show: no header, no viewer controls, no QR code.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await expect(doc.printedPages()).toHaveCount(pages);
  for (let n = 0; n < pages; n++) await expect(doc.printedPages().nth(n)).toBeVisible();
  await expect(doc.printedPages().first()).toHaveAttribute('alt', `หน้า 1 / ${pages}`);
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: 'test-results/screens/citizen-print-media.png', fullPage: true });

  // What Chromium really puts on paper: one A4 sheet per PDF page.
  mkdirSync('test-results/print', { recursive: true });
  await page.pdf({ path: 'test-results/print/document.pdf', preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', ['test-results/print/document.pdf'], { encoding: 'utf8' });
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(pages);
  expect(info).toMatch(/^Page size:.*\(A4\)$/m);
  execFileSync('pdftoppm', ['-png', '-r', '40', 'test-results/print/document.pdf', 'test-results/print/sheet']);
  await page.emulateMedia({ media: 'screen' });

  // When the print dialog closes, the pages are gone.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(doc.printedPages()).toHaveCount(0);
  await expect(page.locator('html.printing-document')).toHaveCount(0);
});

test('the print button speaks English too, and leaving the document clears the pages put aside for printing', async ({ page }) => {
  const printCalls = await recordPrintCalls(page);
  const home = new HomePage(page);
  await home.open(withPrint.url);
  await home.languageToggle().click();
  const document = await multiPageDocument(withPrint);
  await page.goto(`${withPrint.url}#/doc/${document.id}`);
  const doc = new DocumentPage(page);
  await expect(doc.print()).toHaveAccessibleName('Print document');
  await doc.print().click();
  await expect.poll(printCalls).toHaveLength(1);
  await page.goto(`${withPrint.url}#/`);
  await expect(page.getByRole('heading', { name: /Welcome|ยินดีต้อนรับ/ })).toBeVisible();
  await expect(doc.printedPages()).toHaveCount(0);
  await expect(page.locator('html.printing-document')).toHaveCount(0);
});
