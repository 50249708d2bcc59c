import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { SearchPage } from './pages/SearchPage';
import { keepScreenshot } from './support/screens';

/*
 * What a citizen trial on a real touchscreen found: taps (not mouse clicks) on layers that go away,
 * the keyboard in English mode, its hint, long queries and the ABC layout. Both orientations.
 */
const portrait = { width: 1080, height: 1920 };
const landscape = { width: 1920, height: 1080 };

/**
 * Whether a search result's link lies at the centre of `target`, under it and whatever layer holds
 * it (`hiding` is hidden for the look): else a test of a tap on `target` proves nothing.
 */
async function resultLinkUnder(page: Page, target: Locator, hiding?: string) {
  const box = (await target.boundingBox())!;
  return page.evaluate(([x, y, layer]) => {
    const hidden = layer ? document.querySelector<HTMLElement>(layer) : null;
    if (hidden) hidden.style.visibility = 'hidden';
    const found = document.elementsFromPoint(x, y).some((e) => e.closest('.result-list a'));
    if (hidden) hidden.style.visibility = '';
    return found;
  }, [box.x + box.width / 2, box.y + box.height / 2, hiding ?? ''] as const);
}

for (const viewport of [portrait, landscape]) {
  test.describe(`touch at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });

    test('tapping the keyboard\'s search key closes the keyboard and opens nothing underneath', async ({ page, kiosk }) => {
      await page.goto(`${kiosk.url}#/search`);
      const search = new SearchPage(page);
      await search.typeThai('ประกันสังค');
      await search.keyOf('ม').tap(); // a tapped key types once (its touch makes no click)
      await expect(search.input()).toHaveValue('ประกันสังคม');
      await expect(search.foundResults().first()).toBeVisible();
      const enter = search.searchKey();
      await expect(enter).toBeVisible();
      expect(await resultLinkUnder(page, enter, '.touch-keyboard')).toBe(true);

      await enter.tap();
      await expect(search.keyboard()).toBeHidden();
      await page.waitForTimeout(300); // a navigation a ghost click caused would have started by now
      expect(new URL(page.url()).hash).toMatch(/^#\/search/);
      await expect(search.foundResults().first()).toBeVisible(); // the search's results, in full view
      await expect(search.input()).toHaveValue('ประกันสังคม');
    });

    test('tapping "touch to continue" on the idle countdown keeps the visit and opens nothing underneath', async ({ page, kiosk }) => {
      await page.clock.install();
      await page.goto(`${kiosk.url}#/search`);
      const search = new SearchPage(page);
      await search.typeThai('ประกันสังคม');
      await search.pressSearchKey();
      await expect(search.foundResults().first()).toBeVisible();

      await page.clock.runFor(92_000);
      const stay = page.getByRole('alertdialog').getByRole('button', { name: 'แตะเพื่อใช้งานต่อ' });
      await expect(stay).toBeVisible();
      expect(await resultLinkUnder(page, stay)).toBe(true);
      await stay.tap();
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await page.waitForTimeout(300);
      expect(new URL(page.url()).hash).toMatch(/^#\/search/);
      await expect(search.input()).toHaveValue('ประกันสังคม');
      // The visit goes on: the countdown starts again only after another idle spell.
      await page.clock.runFor(60_000);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
    });

    test('in English the keyboard\'s own keys are in English, and in Thai again when the language is', async ({ page, kiosk }) => {
      const home = new HomePage(page);
      await home.open(kiosk.url);
      await home.searchField().click();
      const search = new SearchPage(page);
      const thaiKeys = async () => {
        await expect(search.keyOf('{enter}')).toHaveText('ค้นหา ↵');
        await expect(search.keyOf('{enter}')).toHaveAccessibleName('ค้นหา');
        await expect(search.keyOf('{bksp}')).toHaveText('⌫ ลบ');
        await expect(search.keyOf('{space}')).toHaveText('เว้นวรรค');
        await expect(search.keyboard()).toHaveAccessibleName('แป้นพิมพ์บนจอ');
      };
      await thaiKeys();

      // The visitor switches to English with the keyboard on screen: its keys follow.
      await home.languageToggle().click();
      await expect(page.getByRole('searchbox', { name: 'Search terms' })).toBeVisible();
      await search.keyboard().getByRole('button', { name: 'ABC', exact: true }).click();
      const english: [key: string, text: string, name: string][] = [['{enter}', 'Search ↵', 'Search'], ['{bksp}', '⌫ Delete', 'Delete'], ['{space}', 'Space', 'Space'], ['{shift}', '⇧ Shift', 'Shift']];
      for (const [key, text, name] of english) {
        await expect(search.keyOf(key).first()).toHaveText(text);
        await expect(search.keyOf(key).first()).toHaveAccessibleName(name);
      }
      await expect(search.keyboard()).toHaveAccessibleName('On-screen keyboard');
      await expect(search.keyboard()).not.toContainText(/ลบ|ค้นหา|เว้นวรรค/);
      await keepScreenshot(page, 'keyboard-english');

      await home.languageToggle().click();
      await search.keyboard().getByRole('button', { name: 'ไทย', exact: true }).click();
      await thaiKeys();
    });

    test('the keyboard opens on the layout of the interface\'s language, and follows it (trial: English opened on Thai keys)', async ({ page, kiosk }) => {
      const home = new HomePage(page);
      await home.open(kiosk.url);
      await home.languageToggle().tap();
      await home.searchField().tap();
      const search = new SearchPage(page);
      await expect(search.keyOf('q')).toBeVisible();
      await expect(search.keyboard().getByRole('button', { name: 'ABC', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await home.languageToggle().tap();
      await expect(search.keyOf('ก')).toBeVisible();
      await expect(search.keyOf('q')).toHaveCount(0);
    });

    test('a query stops at 200 characters, typed or pasted, with no form-check message', async ({ page, kiosk }) => {
      await page.goto(`${kiosk.url}#/search`);
      const search = new SearchPage(page);
      await search.input().fill('ประกันสังคม '.repeat(25)); // 300 characters, as a paste brings them
      await expect(search.input()).toHaveValue('ประกันสังคม '.repeat(25).slice(0, 200));
      await search.keyOf('ก').first().tap(); // one more from the keyboard changes nothing
      await expect(search.input()).toHaveValue('ประกันสังคม '.repeat(25).slice(0, 200));
      await expect(page.locator('.search-results')).not.toContainText(/ช่อง q|200 ตัวอักษร|characters/);
      // …and leaves nothing unseen behind: the first ⌫ removes a character that shows.
      await search.keyOf('{bksp}').tap();
      await expect(search.input()).toHaveValue('ประกันสังคม '.repeat(25).slice(0, 199));
    });

    test('a query the kiosk refuses anyway gets a plain message, not the form check\'s words', async ({ page, kiosk }) => {
      // Whatever the screen does, a request can still carry too long a query: make it so.
      await page.route('**/api/search.query', async (route) => {
        const body = route.request().postDataJSON() as Record<string, unknown>;
        await route.continue({ postData: JSON.stringify({ ...body, q: 'ก'.repeat(250) }) });
      });
      await page.goto(`${kiosk.url}#/search`);
      const search = new SearchPage(page);
      await search.keyOf('ก').first().tap();
      await expect(page.getByRole('alert')).toHaveText('ค้นหาด้วยคำนี้ไม่ได้ โปรดใช้คำค้นที่สั้นลง ไม่เกิน 200 ตัวอักษร');
      await new HomePage(page).languageToggle().tap();
      await expect(page.getByRole('alert')).toHaveText('This search could not be run. Please use a shorter one, up to 200 characters.');
    });

    test('the ABC layout has the ; and \' keys a Thai word typed on the English layout needs', async ({ page, kiosk }) => {
      await page.goto(`${kiosk.url}#/search`);
      const search = new SearchPage(page);
      await search.keyboard().getByRole('button', { name: 'ABC', exact: true }).tap();
      await expect(search.keyOf(';')).toBeVisible({ timeout: 2_000 });
      await expect(search.keyOf("'")).toBeVisible({ timeout: 2_000 });
      for (const key of [';', 'j', 'k', "'", "'", 'k', 'o']) await search.keyOf(key).first().tap();
      await expect(search.input()).toHaveValue(";jk''ko");
      await expect(search.correctionLine()).toContainText('ว่างงาน');
    });

    test('the 123 pad has a space and the Thai digits a document number may be written in', async ({ page, kiosk }) => {
      await page.goto(`${kiosk.url}#/search`);
      const search = new SearchPage(page);
      await search.typeThai('มาตรา');
      await search.keyboard().getByRole('button', { name: '123', exact: true }).tap();
      await search.keyOf('{space}').tap();
      await search.keyboard().getByRole('button', { name: 'เลขไทย' }).tap();
      await search.keyOf('๗').tap();
      await search.keyOf('๗').tap(); // the Thai digits stay until Arabic ones are asked for
      await keepScreenshot(page, 'keyboard-thai-digits');
      await search.keyboard().getByRole('button', { name: 'เลขอารบิก' }).tap();
      await search.keyOf('{bksp}').tap();
      await search.keyOf('{bksp}').tap();
      await search.keyOf('7').tap();
      await expect(search.input()).toHaveValue('มาตรา 7');
      await expect(search.resultCount()).toHaveText(/^พบ \d+ รายการ$/);
    });

    test('the hint "type with the keyboard below" shows only while the keyboard does', async ({ page, kiosk }) => {
      await page.goto(`${kiosk.url}#/search`);
      const search = new SearchPage(page);
      const typeBelow = page.getByText('พิมพ์คำค้นด้วยแป้นพิมพ์ด้านล่าง');
      const tapTheField = page.getByText('แตะช่องค้นหาด้านบนเพื่อพิมพ์');
      await expect(search.keyboard()).toBeVisible();
      await expect(typeBelow).toBeVisible();
      await expect(tapTheField).toHaveCount(0);

      await page.getByRole('button', { name: 'ซ่อนแป้นพิมพ์' }).tap();
      await expect(search.keyboard()).toBeHidden();
      await expect(typeBelow).toHaveCount(0);
      await expect(tapTheField).toBeVisible();
      await new HomePage(page).languageToggle().tap();
      await expect(page.getByText('Tap the search box above to type')).toBeVisible();
      await expect(page.getByText('Type with the keyboard below')).toHaveCount(0);

      await search.input().tap(); // the field brings the keyboard back, and the hint with it
      await expect(search.keyboard()).toBeVisible();
      await expect(page.getByText('Type with the keyboard below')).toBeVisible();
    });
  });
}
