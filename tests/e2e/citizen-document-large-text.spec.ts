import { test, expect } from './fixtures';
import { DocumentPage } from './pages/DocumentPage';
import { HomePage } from './pages/HomePage';
import { keepScreenshot } from './support/screens';

/*
 * Outside tester: "ใหญ่" (Larger) enlarged the headings but not the document the citizen came to
 * read; a low-vision citizen reaches for the text size, not for the viewer's small +/−. The text
 * size sets the document's zoom (from where +/− go on), and the idle reset brings it back to normal.
 */
const DOC = 'sso-skr1-2025-10'; // a สขร.1 table in small print

for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
  test.describe(`${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the larger text size enlarges the document too; +/− go on from there; the idle reset brings normal size back', async ({ page, kiosk }) => {
      await page.clock.install();
      const home = new HomePage(page);
      const doc = new DocumentPage(page);
      /** How wide the page is drawn, against the frame it is shown in (1: the page's width fits the frame). */
      const drawnScale = () => doc.frame().evaluate((f) => f.querySelector('canvas')!.getBoundingClientRect().width / f.clientWidth);
      const zoomOut = () => page.getByRole('button', { name: 'ย่อ', exact: true });

      await home.open(kiosk.url);
      await page.evaluate((id) => { window.location.hash = `#/doc/${id}`; }, DOC);
      await expect(doc.canvas()).toHaveAttribute('data-rendered-page', '1');
      await expect.poll(drawnScale).toBeCloseTo(1, 1);
      await expect(zoomOut()).toBeDisabled();

      // On the document, "ใหญ่" twice: the page grows with the text.
      await home.textLarger().click();
      await expect.poll(drawnScale).toBeGreaterThan(1.15);
      await home.textLarger().click();
      await expect.poll(drawnScale).toBeGreaterThan(1.4);
      await expect(home.textLarger()).toBeDisabled();

      // Opened at the large text size, a document starts enlarged …
      await page.evaluate(() => { window.location.hash = '#/'; });
      await page.getByRole('heading', { name: 'ยินดีต้อนรับ' }).waitFor();
      await page.evaluate((id) => { window.location.hash = `#/doc/${id}`; }, DOC);
      await expect(doc.canvas()).toHaveAttribute('data-rendered-page', '1');
      await expect.poll(drawnScale).toBeGreaterThan(1.4);
      await doc.scrollFrameTo(0, 0);
      await keepScreenshot(page, 'document-large-text');
      const large = await drawnScale();

      // … and + / − go on from there, down to the page's own width.
      await doc.zoomIn().click();
      await expect.poll(drawnScale).toBeGreaterThan(large + 0.2);
      await zoomOut().click();
      await zoomOut().click();
      await expect.poll(drawnScale).toBeLessThan(large - 0.1);
      while (await zoomOut().isEnabled()) await zoomOut().click();
      await expect.poll(drawnScale).toBeCloseTo(1, 1);

      // The citizen walks away: the next visitor's document is at the normal size again.
      await page.clock.runFor(91_000);
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await page.clock.runFor(11_000);
      await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับ' })).toBeVisible();
      await expect(home.textSmaller()).toBeDisabled();
      await page.evaluate((id) => { window.location.hash = `#/doc/${id}`; }, DOC);
      await expect(doc.canvas()).toHaveAttribute('data-rendered-page', '1');
      await expect.poll(drawnScale).toBeCloseTo(1, 1);
      await expect(zoomOut()).toBeDisabled();
    });
  });
}
