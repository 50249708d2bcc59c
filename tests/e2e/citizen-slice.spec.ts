import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { SearchPage } from './pages/SearchPage';
import { DocumentPage } from './pages/DocumentPage';
import { keepScreenshot } from './support/screens';

test.use({ viewport: { width: 1080, height: 1920 } });

test('a citizen searches a Thai word from a sample title, opens the document and sees page 1 of its PDF', async ({ page, kiosk }) => {
  const home = new HomePage(page);
  await home.open(kiosk.url);
  await expect(home.groupTile(/จัดซื้อจัดจ้าง/)).toContainText(/\d+ รายการ/);
  await page.evaluate(() => document.fonts.ready);
  await keepScreenshot(page, 'home');

  await home.searchField().click();
  const search = new SearchPage(page);
  await search.typeThai('สถานพยาบาล');
  await expect(search.input()).toHaveValue('สถานพยาบาล');
  const hit = search.resultLink(/คู่มือสำหรับประชาชน: การเปลี่ยนสถานพยาบาล/);
  await expect(hit).toBeVisible();
  await expect(page.locator('.result-list mark').first()).toBeVisible();
  await keepScreenshot(page, 'results');

  await hit.click();
  const doc = new DocumentPage(page);
  await expect(doc.title()).toHaveText('คู่มือสำหรับประชาชน: การเปลี่ยนสถานพยาบาล');
  await expect(doc.pageIndicator()).toHaveText(/หน้า 1 \/ \d+/);
  await expect(doc.canvas()).toHaveAttribute('data-rendered-page', '1');
  // Page 1 really drawn: the canvas holds dark (text) pixels, not just white.
  const inked = await doc.canvas().evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 100 && data[i + 2]! < 100) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(1000);
  await expect(page.getByText(/\d{1,2} [ก-๙]+\.?[ก-๙.]* 25\d\d/).first()).toBeVisible(); // a Buddhist Era date
  await keepScreenshot(page, 'document');
});
