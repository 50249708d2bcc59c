import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FilingPage } from './pages/FilingPage';
import { HomePage } from './pages/HomePage';
import { keepScreenshot } from './support/screens';

/*
 * Outside tester: a half-typed complaint (a tip-off about staff, a name, a phone number) stayed
 * readable behind the "are you still there?" countdown, 90 s + 10 s, for the next person in the
 * queue. While the countdown shows, nothing of the visit may reach the screen; a touch on
 * "continue" brings the form back as it was. Both orientations.
 */
const TIP = 'เรียกรับเงิน';
const NAME = 'มาลี ใจดี';
const PHONE = '0812345678';

/**
 * The screen with the countdown's own box hidden, as pixels: once over the visit, once with the
 * visit taken away. Equal, the countdown's backdrop lets nothing of the visit through.
 */
async function backdropShows(page: Page, visitHidden: boolean) {
  await page.evaluate((hide) => {
    document.querySelector<HTMLElement>('.idle-box')!.style.visibility = 'hidden';
    document.querySelector<HTMLElement>('.kiosk')!.style.visibility = hide ? 'hidden' : '';
  }, visitHidden);
  const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('.idle-box')!.style.visibility = '';
    document.querySelector<HTMLElement>('.kiosk')!.style.visibility = '';
  });
  return shot;
}

for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
  test.describe(`${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });
    test.setTimeout(120_000); // typing key by key on the on-screen keyboard, as a citizen does

    test('the idle countdown hides a half-typed complaint entirely; "continue" brings it back as it was', async ({ page, kiosk }) => {
      await page.clock.install();
      await new HomePage(page).open(kiosk.url);
      await page.getByRole('link', { name: /ร้องเรียน \/ แจ้งเบาะแส/ }).click();
      await page.getByRole('link', { name: 'กรอกเรื่องร้องเรียน / แจ้งเบาะแสที่ตู้นี้' }).click();
      const form = new FilingPage(page);
      await form.agreeToNotice();
      await page.getByRole('button', { name: 'การทุจริตและประพฤติมิชอบ' }).click();
      await form.typeThai('ชื่อ–นามสกุล', NAME);
      await form.typeDigits('โทรศัพท์', PHONE);
      await form.typeThai(/เรื่องที่ร้องเรียน/, TIP);

      // The citizen walks away mid-sentence.
      await page.clock.runFor(91_000);
      const countdown = page.getByRole('alertdialog', { name: 'ยังใช้งานอยู่หรือไม่?' });
      await expect(countdown).toBeVisible();
      await expect(countdown.getByRole('button', { name: 'แตะเพื่อใช้งานต่อ' })).toBeVisible();
      await keepScreenshot(page, 'idle-countdown-over-complaint');
      const overVisit = await backdropShows(page, false);
      const overNothing = await backdropShows(page, true);
      expect(overVisit.equals(overNothing), 'the countdown\'s backdrop shows something of the visit behind it').toBe(true);

      // A touch on "continue": the form as it was, every typed letter kept.
      await countdown.getByRole('button', { name: 'แตะเพื่อใช้งานต่อ' }).tap();
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(form.field('ชื่อ–นามสกุล')).toHaveValue(NAME);
      await expect(form.field('โทรศัพท์')).toHaveValue(PHONE);
      await expect(form.field(/เรื่องที่ร้องเรียน/)).toHaveValue(TIP);
      await expect(page.getByRole('button', { name: 'การทุจริตและประพฤติมิชอบ' })).toHaveAttribute('aria-pressed', 'true');
    });
  });
}
