import QRCode from 'qrcode';
import type { Locator, Page } from '@playwright/test';
import { serviceChecklist } from '../../electron/contract/serviceChecklist';
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { ServicePage } from './pages/ServicePage';
import { keepScreenshot } from './support/screens';
import { storedCatalogue } from './support/catalogue';

/*
 * An outside tester at a 1080x1920 portrait kiosk: a service standard's checklist QR held 97 modules
 * in 320 px (~3 px a module), too dense for a phone at arm's length (they want ~4-5 px or more).
 * Each module is now at least 5 CSS px at 1080x1920 and 1920x1080, on the longest Thai checklist of
 * the sample (การขอรับประโยชน์ทดแทนกรณีคลอดบุตร), with a white quiet zone of at least 4 modules, and
 * the symbol on screen is still the QR code of the checklist's text.
 */
type Service = { id: string; title: { th: string; en?: string }; documents: { th: string; en?: string }[] };
const LEVELS = ['L', 'M', 'Q', 'H'] as const;

/** Modules across the drawn symbol, quiet zone included: the SVG's viewBox (ui/QrCode.tsx draws qrcode's SVG). */
async function modulesAcross(qr: Locator) {
  const src = (await qr.getAttribute('src'))!;
  const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
  const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  expect(box, 'the QR is an SVG with a viewBox').not.toBeNull();
  return Number(box![1]);
}

/** The screen's pixels under the QR and `pad` px around it: dark (true) or light, a row at a time. */
async function screenPixels(page: Page, qr: Locator, pad: number) {
  await qr.scrollIntoViewIfNeeded();
  const box = (await qr.boundingBox())!;
  const clip = { x: Math.round(box.x) - pad, y: Math.round(box.y) - pad, width: Math.round(box.width) + 2 * pad, height: Math.round(box.height) + 2 * pad };
  const png = (await page.screenshot({ clip })).toString('base64');
  // Decoded by the browser itself (no PNG library needed): the screenshot drawn onto a canvas, loaded
  // as an image (the kiosk's CSP allows data: images, not fetching them).
  const dark = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    const rows: string[] = [];
    for (let y = 0; y < height; y++) {
      let row = '';
      for (let x = 0; x < width; x++) { const i = (y * width + x) * 4; row += data[i]! * 0.3 + data[i + 1]! * 0.59 + data[i + 2]! * 0.11 < 128 ? '1' : '0'; }
      rows.push(row);
    }
    return rows;
  }, png);
  return { dark: dark.map((row) => [...row].map((bit) => bit === '1')), box, offset: { x: box.x - clip.x, y: box.y - clip.y } };
}

/**
 * Checks each module is at least 5 CSS px, then reads the symbol off the screen at each module's centre and finds the error-correction level whose
 * QR code of `text` it is, module for module: the screen shows exactly what a phone decodes to `text`.
 */
async function expectScreenQrOf(page: Page, qr: Locator, text: string) {
  const across = await modulesAcross(qr);
  const width = (await qr.boundingBox())!.width;
  expect(width / across, `CSS px per module (${across} modules in ${width} px)`).toBeGreaterThanOrEqual(5);
  const { dark, box, offset } = await screenPixels(page, qr, 40);
  const px = box.width / across;
  const seen = (row: number, col: number) => dark[Math.floor(offset.y + (row + 0.5) * px)]![Math.floor(offset.x + (col + 0.5) * px)]!;
  const match = LEVELS.find((level) => {
    const symbol = QRCode.create(text, { errorCorrectionLevel: level }).modules;
    const margin = (across - symbol.size) / 2;
    if (!Number.isInteger(margin) || margin < 0) return false;
    for (let r = 0; r < symbol.size; r++) for (let c = 0; c < symbol.size; c++) if (seen(r + margin, c + margin) !== Boolean(symbol.get(r, c))) return false;
    return true;
  });
  expect(match, `the QR on screen is the QR code of:\n${text}`).toBeDefined();
  // The quiet zone: no dark pixel within 4 modules of the symbol, on the image or the box around it.
  const symbolSize = QRCode.create(text, { errorCorrectionLevel: match! }).modules.size;
  const margin = (across - symbolSize) / 2;
  const quiet = Math.ceil(4 * px);
  const symbolStart = { x: offset.x + margin * px, y: offset.y + margin * px };
  const symbolEnd = { x: symbolStart.x + symbolSize * px, y: symbolStart.y + symbolSize * px };
  const darkInQuietZone: string[] = [];
  dark.forEach((row, y) => row.forEach((isDark, x) => {
    const inSymbol = x >= symbolStart.x - 1 && x < symbolEnd.x + 1 && y >= symbolStart.y - 1 && y < symbolEnd.y + 1;
    const nearSymbol = x >= symbolStart.x - quiet && x < symbolEnd.x + quiet && y >= symbolStart.y - quiet && y < symbolEnd.y + quiet;
    if (isDark && nearSymbol && !inSymbol) darkInQuietZone.push(`${x - offset.x},${y - offset.y}`);
  }));
  expect(darkInQuietZone, `dark pixels within 4 modules of the symbol (x,y from the image's corner; ${px} px a module, symbol from ${margin * px} to ${(margin + symbolSize) * px})`).toEqual([]);
  return px;
}

for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('a service\'s checklist QR has modules of at least 5 CSS px and is the QR code of the checklist, in Thai and in English', async ({ page, kiosk }) => {
      const services = (await storedCatalogue<{ services: Service[] }>(kiosk.dataDir)).services;
      const longest = services.reduce((a, b) => (serviceChecklist(b, 'th').length > serviceChecklist(a, 'th').length ? b : a));
      expect(longest.id).toBe('svc-maternity');
      const home = new HomePage(page);
      await home.open(kiosk.url);
      await page.evaluate((id) => { window.location.hash = `#/services/${id}`; }, longest.id);
      const qr = new ServicePage(page).checklistQr();
      await expect(qr).toBeVisible();
      await expectScreenQrOf(page, qr, serviceChecklist(longest, 'th'));
      await keepScreenshot(page, 'checklist-qr');
      const thaiSrc = (await qr.getAttribute('src'))!;
      await home.languageToggle().click();
      await expect(qr).not.toHaveAttribute('src', thaiSrc);
      await expectScreenQrOf(page, qr, serviceChecklist(longest, 'en'));
      await keepScreenshot(page, 'checklist-qr-en');
    });
  });
}
