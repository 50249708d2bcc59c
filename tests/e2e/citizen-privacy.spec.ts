import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { SearchPage } from './pages/SearchPage';

/**
 * Issue 12: the fallback browser kept `#/search?q=1-2345-67890-12-3 สมชาย` in its History, and
 * after an idle reset the browser's Back put the previous visitor's query back in the search box.
 */
test('the query never enters the URL, and after the idle reset Back leads to nothing of the last visit', async ({ page, kiosk }) => {
  // Every URL the page ever had, however it got there (pushState, replaceState, hash changes).
  await page.addInitScript(() => {
    const seen: string[] = [location.href];
    (window as unknown as { seenUrls: string[] }).seenUrls = seen;
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (state: unknown, unused: string, url?: string | URL | null) => { original(state, unused, url); seen.push(location.href); };
    }
    addEventListener('hashchange', () => seen.push(location.href));
  });
  await page.clock.install();
  const home = new HomePage(page);
  await home.open(kiosk.url);
  await home.searchField().click();
  const search = new SearchPage(page);
  await search.typeThai('ประกันสังคม');
  await expect(search.input()).toHaveValue('ประกันสังคม');
  // A result opened and closed again: Back inside a visit still brings the query back.
  await search.foundResults().first().click();
  await expect(page).toHaveURL(/#\/doc\//);
  await page.goBack();
  await expect(search.input()).toHaveValue('ประกันสังคม');

  // The visitor walks away: the countdown (90 s + 10 s in the sample settings) resets the kiosk.
  await page.clock.runFor(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(11_000);
  await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับ' })).toBeVisible();

  // The next visitor presses Back (a mouse's back button, Alt+Left): nothing of the last visit.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับ' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/');
  await expect(page.getByText('ประกันสังคม', { exact: true })).toHaveCount(0);
  await home.searchField().click();
  await expect(new SearchPage(page).input()).toHaveValue('');

  const urls = await page.evaluate(() => (window as unknown as { seenUrls: string[] }).seenUrls);
  expect(urls.length).toBeGreaterThan(1);
  expect(urls.filter((u) => decodeURIComponent(u).includes('ประกันสังคม') || /[?&]q=/.test(u))).toEqual([]);

  // The history holds the home screen and nothing before it from the app: one more Back leaves
  // the page for the blank tab Playwright opened it from (the kiosk window has none).
  await page.goBack();
  await page.goBack();
  expect(page.url().startsWith(kiosk.url)).toBe(false);
});
