import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { keepScreenshot } from './support/screens';

/** How much wider the placeholder is than the box it is written in (≤ 0: it shows whole), in its own font. */
const placeholderOverflow = (input: Locator) => input.evaluate((el: HTMLInputElement) => {
  const style = getComputedStyle(el);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return context.measureText(el.placeholder).width - room;
});

/** How much of a box's own text it hides (its lines' full width beyond what it shows). */
const textOverflow = (box: Locator) => box.evaluate((el) => el.scrollWidth - el.clientWidth);

const cases = [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }].flatMap((viewport) => (['th', 'en'] as const).map((language) => ({ viewport, language })));
for (const { viewport, language } of cases) {
  test(`${language}, largest text: the search box shows its whole placeholder (${viewport.width}x${viewport.height})`, async ({ page, kiosk }) => {
    await page.setViewportSize(viewport);
    const home = new HomePage(page);
    await home.open(kiosk.url);
    if (language === 'en') await home.languageToggle().click();
    while (await home.textLarger().isEnabled()) await home.textLarger().click();
    await expect(home.searchField()).toContainText(language === 'en' ? 'Tap to search' : 'แตะเพื่อค้นหา');
    await keepScreenshot(page, `home-large-${language}`);
    expect(await textOverflow(home.searchField().locator('span:not(.search-icon)'))).toBeLessThanOrEqual(0);
    await home.searchField().click();
    const input = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
    await expect(input).toBeVisible();
    await keepScreenshot(page, `search-large-${language}`);
    expect(await placeholderOverflow(input)).toBeLessThanOrEqual(0);
  });
}
