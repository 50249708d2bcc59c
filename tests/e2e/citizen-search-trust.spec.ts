/**
 * Issue 17, as a citizen sees it on the shipped sample catalogue: a slipped tone mark still lands
 * on the right documents (with the correction said), something the agency does not hold leads to
 * the request form, and a count says how many documents really contain the word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { SearchPage } from './pages/SearchPage';
import { keepScreenshot } from './support/screens';
import { storedCatalogue } from './support/catalogue';

test.use({ viewport: { width: 1080, height: 1920 } });

/** Active catalogue items whose own text (PDF text included) contains `word`: counted from the data folder, not by the search. */
async function itemsContaining(dataDir: string, word: string): Promise<number> {
  const catalogue = await storedCatalogue<{
    documents: Array<{ status: string; file?: { sha256: string } } & Record<string, unknown>>;
    services: Array<{ status: string } & Record<string, unknown>>;
  }>(dataDir);
  const pdfText = (sha?: string) => { try { return sha ? readFileSync(join(dataDir, 'files', `${sha}.txt`), 'utf8') : ''; } catch { return ''; } };
  return [...catalogue.documents, ...catalogue.services]
    .filter((item) => item.status === 'active')
    .filter((item) => (JSON.stringify(item) + pdfText((item as { file?: { sha256: string } }).file?.sha256)).includes(word)).length;
}

test('"วางงาน" (tone mark left out) shows the unemployment documents as results, with the correction line', async ({ page, kiosk }) => {
  await page.goto(kiosk.url + '#/search');
  const search = new SearchPage(page);
  await search.typeThai('วางงาน');
  await expect(search.correctionLine()).toHaveText('ค้นหาเป็น ว่างงาน แทน · ค้นหาตามที่พิมพ์ วางงาน');
  await expect(search.foundResults().filter({ hasText: 'คู่มือสำหรับประชาชน: การขอรับประโยชน์ทดแทนกรณีว่างงาน' })).toHaveCount(1);
  await expect(search.foundResults().filter({ hasText: 'การยื่นขอรับประโยชน์ทดแทนกรณีว่างงาน' })).toHaveCount(1);
  await expect(search.noResultHeading()).toHaveCount(0); // results, not "nothing found" above suggestions
  await expect(search.resultCount()).toHaveText(`พบ ${await itemsContaining(kiosk.dataDir, 'ว่างงาน')} รายการ`);
  await keepScreenshot(page, 'search-corrected');

  // The citizen meant what they typed: the search says so.
  await search.searchAsTyped('วางงาน').click();
  await expect(search.noResultHeading()).toBeVisible();
  await expect(search.correctionLine()).toHaveCount(0);

  // …and can still go back to the correction.
  await keepScreenshot(page, 'search-as-typed');
  await page.getByRole('button', { name: 'ว่างงาน', exact: true }).click();
  await expect(search.input()).toHaveValue('ว่างงาน');
  await expect(search.foundResults().filter({ hasText: 'คู่มือสำหรับประชาชน: การขอรับประโยชน์ทดแทนกรณีว่างงาน' })).toHaveCount(1);
  await expect(search.noResultHeading()).toHaveCount(0);
});

test('"ใบขับขี่" (not held here) shows the no-result page with the agency that holds it and the request form link, and no unrelated suggestions', async ({ page, kiosk }) => {
  await page.goto(kiosk.url + '#/search');
  const search = new SearchPage(page);
  await search.typeThai('ใบขับขี่');
  await expect(search.noResultHeading()).toBeVisible();
  await expect(search.closeMatches()).toHaveCount(0);
  await expect(search.requestFormLink()).toBeVisible();
  // The sample settings refer driving licences to the agency that holds them.
  const referral = page.locator('.no-result .referral');
  await expect(referral).toContainText('เรื่องนี้อยู่ในความรับผิดชอบของ กรมการขนส่งทางบก');
  await expect(referral).toContainText('1584');
  // No "closest group" guessed from ใบ: the kiosk holds nothing on driving licences.
  await expect(page.locator('.no-result').getByText('หมวดที่ใกล้เคียง')).toHaveCount(0);
  // Nothing to sort or filter: no chips above "nothing found".
  await expect(page.getByRole('group', { name: 'ตัวกรอง' })).toHaveCount(0);
  await keepScreenshot(page, 'search-no-result-request');
  await search.requestFormLink().click();
  await expect(page).toHaveURL(/#\/request$/);
});

test('"ว่างงาน" says the count of documents that contain ว่างงาน, and marks only the whole word', async ({ page, kiosk }) => {
  await page.goto(kiosk.url + '#/search');
  const search = new SearchPage(page);
  await search.typeThai('ว่างงาน');
  const expected = await itemsContaining(kiosk.dataDir, 'ว่างงาน');
  expect(expected).toBeGreaterThan(0);
  await expect(search.resultCount()).toHaveText(`พบ ${expected} รายการ`);
  await expect(search.foundResults()).toHaveCount(expected);
  await expect(search.closeMatches()).toHaveCount(0);
  const marks = await search.marks().allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect([...new Set(marks)]).toEqual(['ว่างงาน']);
  await keepScreenshot(page, 'search-whole-word');
});

test('a year chosen earlier that holds nothing for a new query can always be cleared', async ({ page, kiosk }) => {
  // Chosen for an earlier query; ทันตกรรม is found in 2569 (2026) only, so the year chips offer one year.
  await page.goto(kiosk.url + '#/search?year=2025');
  const search = new SearchPage(page);
  await search.typeThai('ทันตกรรม');
  await expect(search.noResultHeading()).toBeVisible();
  await page.getByRole('button', { name: 'ทุกปี' }).click();
  await expect(search.foundResults().first()).toBeVisible();
  await expect(search.noResultHeading()).toHaveCount(0);
});

test('"ราคากลาง": every category chip offered leads to results, and snippets begin and end on whole words', async ({ page, kiosk }) => {
  await page.goto(kiosk.url + '#/search');
  const search = new SearchPage(page);
  await search.typeThai('ราคากลาง');
  await expect(search.foundResults().first()).toBeVisible();
  await search.pressSearchKey(); // the keyboard gives way to the results
  await keepScreenshot(page, 'search-snippets');
  for (const snippet of await page.locator('.result-list .snippet').allTextContents()) {
    expect(snippet.replace(/^…/, '')).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
  }
  const filters = page.getByRole('group', { name: 'ตัวกรอง' });
  const fixed = new Set(['ตรงที่สุด', 'ใหม่ที่สุด', 'ทุกหมวด', 'ทุกปี']);
  const chips = (await filters.getByRole('button').allTextContents()).filter((name) => !fixed.has(name) && !name.startsWith('ปี พ.ศ.'));
  expect(chips.length).toBeGreaterThan(0);
  for (const name of chips) {
    // The chip says beforehand how many it lists.
    expect(name, `chip ${name} shows its count`).toMatch(/ [\d,]+$/);
    const shown = Number(name.split(' ').pop()?.replace(/,/g, ''));
    expect(shown, `chip ${name}`).toBeGreaterThan(0);
    await filters.getByRole('button', { name, exact: true }).click();
    await expect(filters.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
    // Waits for the new answer (the list is empty while it loads).
    await expect(search.resultCount(), `chip ${name}`).toHaveText(`พบ ${shown.toLocaleString('en-US')} รายการ`);
    await expect(search.foundResults(), `chip ${name}`).toHaveCount(shown);
    await expect(search.noResultHeading(), `chip ${name}`).toHaveCount(0);
  }
});

test('every found result can be reached: a count over one page ("มาตรา") pages through all of them, each once', async ({ page, kiosk }) => {
  await page.goto(kiosk.url + '#/search');
  const search = new SearchPage(page);
  await search.typeThai('มาตรา');
  await search.pressSearchKey();
  await expect(search.resultCount()).toHaveText(/^พบ \d+ รายการ$/);
  const found = Number((await search.resultCount().innerText()).replace(/\D/g, ''));
  expect(found).toBeGreaterThan(30); // more than one page: the case a citizen could not get past
  const hrefs = async () => search.foundResults().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await expect(search.foundResults()).toHaveCount(30);
  const first = await hrefs();
  await expect(search.pageRange()).toHaveText(`รายการที่ 1–30 จาก ${found}`);
  await expect(search.previousPage()).toHaveCount(0);

  // Turning the page keeps the results on screen until the next page is in: no blank flash.
  await page.evaluate(() => {
    const w = window as unknown as { blankSeen: boolean };
    w.blankSeen = false;
    new MutationObserver(() => { if (!document.querySelector('.result-count')) w.blankSeen = true; }).observe(document.body, { childList: true, subtree: true });
  });
  await search.nextPage().click();
  await expect(search.pageRange()).toHaveText(`รายการที่ 31–${Math.min(60, found)} จาก ${found}`);
  expect(await page.evaluate(() => (window as unknown as { blankSeen: boolean }).blankSeen)).toBe(false);
  await expect(search.foundResults()).toHaveCount(Math.min(30, found - 30));
  await expect(search.resultCount()).toHaveText(`พบ ${found} รายการ`); // the count stays the query's
  await expect(search.foundResults().first()).toBeInViewport(); // the next page is read from its top
  const seen = [...first];
  for (let shown = 30; ;) {
    seen.push(...await hrefs());
    if (await search.nextPage().count() === 0) break;
    await search.nextPage().click();
    shown += 30;
    await expect(search.pageRange()).toHaveText(`รายการที่ ${shown + 1}–${Math.min(shown + 30, found)} จาก ${found}`);
  }
  expect(seen).toHaveLength(found);
  expect(new Set(seen).size).toBe(found);
  await keepScreenshot(page, 'search-last-page');

  // Back to the first page: the same results as before; a new query starts on page 1 again.
  // Each step waits for its page: the last answer stays on screen while the next loads, so a
  // "previous" button can still be seen for a moment after page 1 was asked for.
  for (let shown = Math.floor((found - 1) / 30) * 30; shown > 0;) {
    await search.previousPage().click();
    shown -= 30;
    await expect(search.pageRange()).toHaveText(`รายการที่ ${shown + 1}–${shown + 30} จาก ${found}`);
  }
  await expect(search.previousPage()).toHaveCount(0);
  await expect(search.foundResults()).toHaveCount(30);
  expect(await hrefs()).toEqual(first);
  // Another order of the same results starts again at their first page, and so does a new query.
  await search.nextPage().click();
  await expect(search.pageRange()).toHaveText(`รายการที่ 31–${Math.min(60, found)} จาก ${found}`);
  await page.getByRole('button', { name: 'ใหม่ที่สุด' }).click();
  await expect(search.pageRange()).toHaveText(`รายการที่ 1–30 จาก ${found}`);
  await search.nextPage().click();
  await expect(search.pageRange()).toHaveText(`รายการที่ 31–${Math.min(60, found)} จาก ${found}`);
  await search.showKeyboard();
  await search.typeThai(' ');
  await expect(search.pageRange()).toHaveText(/^รายการที่ 1–/);
});

/** The search screen with the interface switched to English. */
async function searchInEnglish(page: Page, url: string): Promise<SearchPage> {
  await page.goto(url + '#/search');
  await new HomePage(page).languageToggle().click();
  return new SearchPage(page);
}

test('in English, the English title of a result marks the word searched, as the Thai one does', async ({ page, kiosk }) => {
  const search = await searchInEnglish(page, kiosk.url);
  await search.typeEnglish('deadline');
  await search.pressSearchKey();
  const title = page.locator('.result-title', { hasText: 'Extended deadline for Section 40 contributions' });
  await expect(title).toHaveCount(1);
  await expect(title.locator('mark')).toHaveText(['deadline']);
});

test('a result found by its category, not its title or text, says where the word was found (trial, helper-22)', async ({ page, kiosk }) => {
  await page.goto(kiosk.url + '#/search');
  const search = new SearchPage(page);
  await search.typeThai('ประกาศผู้ชนะ');
  // The bid notice: its title and summary do not hold ประกาศผู้ชนะ; its category does.
  const cleaning = search.foundResults().filter({ hasText: 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์' }).filter({ hasText: 'ทำความสะอาด' });
  await expect(cleaning).toHaveCount(1);
  await expect(cleaning.locator('.found-in')).toHaveText('พบในหมวด: ประกาศเชิญชวนและประกาศผู้ชนะ');
  await expect(cleaning.locator('.found-in mark')).toHaveText('ประกาศผู้ชนะ');
  // A result whose title shows the word needs no such line.
  await expect(search.foundResults().filter({ hasText: 'ประกาศผู้ชนะการเสนอราคา' }).locator('.found-in')).toHaveCount(0);
  await keepScreenshot(page, 'search-found-in-category');
});

test('in English, a result whose English title shows none of a Thai query says it was found in its Thai title (review, helper-25)', async ({ page, kiosk }) => {
  const search = await searchInEnglish(page, kiosk.url);
  await search.typeThai('ทุพพลภาพ');
  await search.pressSearchKey();
  // The service's text below its title does not hold the word: without the line nothing would be marked.
  const service = search.foundResults().filter({ hasText: 'Claiming invalidity benefit' });
  await expect(service.locator('.found-in')).toContainText('Found in the Thai title');
  await expect(service.locator('.found-in mark')).toHaveText(['ทุพพลภาพ']);
  // A result whose snippet shows the word needs no such line.
  await expect(search.foundResults().filter({ hasText: 'ruling' }).locator('.found-in')).toHaveCount(0);
  await keepScreenshot(page, 'search-found-in-thai-title-en');
});
