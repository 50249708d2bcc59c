import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { RequestPage } from './pages/RequestPage';
import { keepScreenshot } from './support/screens';

/*
 * An outside tester at a 1080x1920 portrait kiosk: on the information-request screen the main action,
 * "กรอกคำขอข้อมูลข่าวสารที่ตู้นี้", was a 330x50 px link, smaller than every other button (56-72 px),
 * and the complaint channels were listed under the request, as if a request were a complaint. The
 * action is now a full-width touch target (>= 56 px tall), and the screen points a citizen who came to
 * complain to the complaints screen instead of listing its channels.
 */
for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the request screen\'s main action is a large, full-width touch target, in Thai and in English', async ({ page, kiosk }) => {
      const home = new HomePage(page);
      await home.open(kiosk.url);
      const request = new RequestPage(page);
      await request.tile().click();
      for (const language of ['th', 'en'] as const) {
        if (language === 'en') await home.languageToggle().click();
        const action = request.startRequest();
        await expect(action).toBeVisible();
        await expect(action).toHaveClass(/\bbutton\b/);
        const box = (await action.boundingBox())!;
        const screen = (await page.locator('.centre').boundingBox())!;
        expect(box.height, `${language}: the action's height`).toBeGreaterThanOrEqual(56);
        expect(box.width, `${language}: the action spans the screen (${box.width} of ${screen.width} px)`).toBeGreaterThanOrEqual(screen.width * 0.95);
        await keepScreenshot(page, `request-action-${language}`);
      }
      await home.languageToggle().click(); // back to Thai
      await request.startRequest().click();
      await expect(page.getByRole('heading', { name: /ยื่นคำขอข้อมูลข่าวสาร/ })).toBeVisible();
    });

    test('the request screen lists no complaint channels; it leads a citizen who came to complain to the complaints screen', async ({ page, kiosk }) => {
      const home = new HomePage(page);
      await home.open(kiosk.url);
      const request = new RequestPage(page);
      await request.tile().click();
      await expect(request.startRequest()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'ช่องทางการร้องเรียน' })).toHaveCount(0);
      await expect(page.getByText('สายด่วน 1506 กด 5')).toHaveCount(0);
      const instead = request.complainInstead();
      expect((await instead.boundingBox())!.height).toBeGreaterThanOrEqual(56);
      await instead.click();
      await expect(page.getByRole('heading', { name: 'ช่องทางการร้องเรียน' })).toBeVisible();
      await expect(page.getByText('สายด่วน 1506 กด 5')).toBeVisible();
      await expect(page.getByRole('link', { name: 'กรอกเรื่องร้องเรียน / แจ้งเบาะแสที่ตู้นี้' })).toBeVisible();
    });
  });
}
