import { test, expect, type Page } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { StaffGatePage } from './pages/StaffGatePage';
import { keepScreenshot } from './support/screens';
import { startServer } from './support/server';

/** The PIN pad's word keys at every text size and both kiosk screens (trial: "Clear" touched its key's edges). This spec's server uses E2E_PORT + 72. */
const ADMIN = { name: 'สมใจ ทดลองงาน', pin: '135792', initials: 'ส. ท.' };
const ROOM = 8;

/** The room between a key's label and its edges, each side, and whether the label keeps to one line. */
async function labelRoom(page: Page, name: string) {
  const key = page.locator('.pin-pad').getByRole('button', { name, exact: true });
  return key.evaluate((button) => {
    const range = document.createRange();
    range.selectNodeContents(button);
    const text = range.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(button).lineHeight) || parseFloat(getComputedStyle(button).fontSize) * 1.6;
    return { left: text.left - box.left, right: box.right - text.right, oneLine: text.height < lineHeight * 1.5, overflows: button.scrollWidth > button.clientWidth };
  });
}

test('the PIN pad\'s Clear key keeps its label inside the key with room, in English and Thai, at every text size, portrait and landscape', async ({ page }) => {
  test.setTimeout(120_000);
  const server = await startServer({ port: Number(process.env.E2E_PORT ?? 5190) + 72, admin: ADMIN });
  try {
    for (const size of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      await new HomePage(page).open(server.url);
      const gate = new StaffGatePage(page);
      await gate.enterByGesture();
      await gate.pickInitials(ADMIN.initials);
      for (const [language, clear, larger, switchTo] of [['th', 'ล้าง', 'ตัวอักษรใหญ่ขึ้น', 'เปลี่ยนเป็นภาษาอังกฤษ'], ['en', 'Clear', 'Larger text', 'Switch to Thai']] as const) {
        for (let textSize = 1; textSize <= 3; textSize++) {
          await expect(page.locator('html')).toHaveAttribute('data-text-size', String(textSize));
          const room = await labelRoom(page, clear);
          expect(room, `${clear} at text size ${textSize}, ${size.width}×${size.height}`).toMatchObject({ oneLine: true, overflows: false });
          expect(Math.min(room.left, room.right), `${clear} at text size ${textSize}, ${size.width}×${size.height}`).toBeGreaterThanOrEqual(ROOM);
          // OK and the way back to the initials stand on the screen as it opens, no scroll needed (trial: below the fold at 1920×1080, largest text).
          await page.evaluate(() => document.scrollingElement?.scrollTo(0, 0));
          for (const name of language === 'th' ? ['ตกลง', 'เลือกชื่ออื่น'] : ['OK', 'Choose someone else']) {
            const box = await page.getByRole('button', { name, exact: true }).boundingBox();
            expect(box && box.y + box.height <= size.height && box.y >= 0, `${name} on screen at text size ${textSize}, ${size.width}×${size.height}`).toBe(true);
          }
          if (language === 'en' && (textSize === 1 || textSize === 3)) {
            await page.locator('.pin-pad').scrollIntoViewIfNeeded();
            await keepScreenshot(page, `staff-pin-pad-en-size${textSize}`);
          }
          if (textSize < 3) await page.getByRole('button', { name: larger }).click();
        }
        // Back to the smallest text, then the other language.
        for (let n = 0; n < 2; n++) await page.getByRole('button', { name: language === 'th' ? 'ตัวอักษรเล็กลง' : 'Smaller text' }).click();
        await page.getByRole('button', { name: switchTo }).click();
        await expect(page.locator('.pin-pad').getByRole('button', { name: language === 'th' ? 'Clear' : 'ล้าง', exact: true })).toBeVisible();
      }
    }
  } finally {
    await server.stop();
  }
});
