import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { SearchPage } from './pages/SearchPage';
import { SurveyPage } from './pages/SurveyPage';
import { startServer, type RunningServer } from './support/server';

/*
 * The monthly report counts one search per thing a citizen searched for (outside tester): a search
 * followed at once by a tap on a result was never counted, and a slow typist's half-typed words
 * were counted as searches of their own, "ช" among the queries with no result. Asserted on the
 * usage log the server wrote. This spec's server uses E2E_PORT + 73.
 */
test.use({ viewport: { width: 1080, height: 1920 } });

let server: RunningServer;
// Visits here follow one another faster than people start them at one kiosk: the write budget is off.
test.beforeAll(async () => { test.setTimeout(90_000); server = await startServer({ port: Number(process.env.E2E_PORT ?? 5190) + 73, visitLimits: 'off' }); });
test.afterAll(async () => { await server?.stop(); });

type Line = { visit: string; type: string; query?: string; resultCount?: number; newNoResult?: boolean };

/** The visits this page started (ids from its stats.visitStart calls), and its calls to the usage log still unanswered. */
function watchStats(page: Page) {
  const watched = { visits: [] as string[], inFlight: 0 };
  page.on('request', (request) => {
    if (!/\/api\/stats\./.test(request.url())) return;
    watched.inFlight++;
    if (request.url().endsWith('/api/stats.visitStart')) watched.visits.push((request.postDataJSON() as { visitId: string }).visitId);
  });
  const settled = (request: { url(): string }) => { if (/\/api\/stats\./.test(request.url())) watched.inFlight--; };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  return watched;
}
type Watched = ReturnType<typeof watchStats>;

/** The usage log's lines of these visits, in the order the server wrote them. */
function logOf(visits: string[]): Line[] {
  const folder = join(server.dataDir, 'stats');
  return readdirSync(folder).filter((f) => /^events-\d{4}-\d{2}\.ndjson$/.test(f)).sort()
    .flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line))
    .filter((l) => visits.includes(l.visit));
}

/** Waits until every visit of the page has ended and nothing more is on its way, then answers its searches (each written before its visit's end). */
async function searchesOnceEnded(watched: Watched): Promise<string[]> {
  await expect.poll(() => logOf(watched.visits).filter((l) => l.type === 'visitEnd').length).toBe(watched.visits.length);
  await expect.poll(() => watched.inFlight).toBe(0);
  const lines = logOf(watched.visits);
  for (const [i, line] of lines.entries()) {
    if (line.type !== 'search') continue;
    const end = lines.findIndex((l) => l.visit === line.visit && l.type === 'visitEnd');
    expect(i, `search ${line.query} is written before its visit's end`).toBeLessThan(end);
  }
  return lines.filter((l) => l.type === 'search').map((l) => l.query ?? '');
}

/** Types on the on-screen Thai keyboard with `pause` ms between keys (on the page's clock), each key's answer in before the pause. */
async function typeSlowly(page: Page, search: SearchPage, text: string, pause: number) {
  for (const [i, char] of [...text].entries()) {
    const typed = text.slice(0, i + 1);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/search.query') && (r.request().postDataJSON() as { q: string }).q === typed);
    await search.typeThai(char);
    await expect(search.input()).toHaveValue(typed);
    await answered;
    await page.clock.runFor(pause / 2);
    await page.clock.runFor(pause / 2);
  }
}

async function finishVisit(page: Page) {
  const survey = new SurveyPage(page);
  await survey.finish().click();
  await survey.skip().click();
  await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับ' })).toBeVisible();
}

test('a search submitted on the keyboard and a result tapped at once counts once', async ({ page }) => {
  const watched = watchStats(page);
  await page.clock.install(); // the page's timers wait for the test: nothing is recorded by a pause
  await new HomePage(page).open(server.url);
  await new HomePage(page).searchField().click();
  const search = new SearchPage(page);
  await search.typeThai('บำนาญ');
  await expect(search.foundResults().first()).toBeVisible();
  await search.pressSearchKey();
  await search.foundResults().first().click();
  await expect(page).not.toHaveURL(/#\/search/);
  await finishVisit(page);
  expect(await searchesOnceEnded(watched)).toEqual(['บำนาญ']);
});

test('a slow typist’s half-typed words are not searches: ชรา typed with 2 s between keys counts once, and ช is no "no result"', async ({ page }) => {
  const watched = watchStats(page);
  await page.clock.install();
  await new HomePage(page).open(server.url);
  await new HomePage(page).searchField().click();
  const search = new SearchPage(page);
  await typeSlowly(page, search, 'ชรา', 2000);
  await expect(search.foundResults().first()).toBeVisible();
  await page.clock.runFor(5000); // reads the results where they are
  // and walks away: the countdown (90 s + 10 s in the sample settings) ends the visit
  await page.clock.runFor(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(11_000);
  await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับ' })).toBeVisible();
  expect(await searchesOnceEnded(watched)).toEqual(['ชรา']);
  expect(logOf(watched.visits).filter((l) => l.newNoResult)).toEqual([]);
});

test('a citizen who searches two different things in a visit counts two searches, a typo put right none more', async ({ page }) => {
  const watched = watchStats(page);
  await page.clock.install();
  await new HomePage(page).open(server.url);
  await new HomePage(page).searchField().click();
  const search = new SearchPage(page);
  // The first, read without the search key, then wiped key by key.
  await typeSlowly(page, search, 'บำนาญ', 1000);
  await expect(search.foundResults().first()).toBeVisible();
  await page.clock.runFor(4000);
  for (let left = 'บำนาญ'.length; left > 0; left--) {
    await search.keyboard().locator('.hg-button[data-skbtn="{bksp}"]').click();
    await expect(search.input()).toHaveValue('บำนาญ'.slice(0, left - 1));
    await page.clock.runFor(600);
  }
  // The second with a typo (ส for า) put right with the backspace key, then a result tapped at once.
  await typeSlowly(page, search, 'ชรส', 1500);
  await search.keyboard().locator('.hg-button[data-skbtn="{bksp}"]').click();
  await expect(search.input()).toHaveValue('ชร');
  await page.clock.runFor(1500);
  await search.typeThai('า');
  await expect(search.input()).toHaveValue('ชรา');
  await expect(search.foundResults().first()).toBeVisible();
  await search.foundResults().first().click();
  await expect(page).not.toHaveURL(/#\/search/);
  await finishVisit(page);
  expect(await searchesOnceEnded(watched)).toEqual(['บำนาญ', 'ชรา']);
});

test('a word that found something, erased on the keyboard down to its first letter and another typed, counts both', async ({ page }) => {
  const watched = watchStats(page);
  await page.clock.install();
  await new HomePage(page).open(server.url);
  await new HomePage(page).searchField().click();
  const search = new SearchPage(page);
  await typeSlowly(page, search, 'บำนาญ', 800);
  await expect(search.foundResults().first()).toBeVisible();
  await page.clock.runFor(3000); // reads the results
  // Erased key by key, but not to an empty field: บ stays for the next word.
  for (let left = 'บำนาญ'.length; left > 1; left--) {
    await search.keyboard().locator('.hg-button[data-skbtn="{bksp}"]').click();
    await expect(search.input()).toHaveValue('บำนาญ'.slice(0, left - 1));
    await page.clock.runFor(400);
  }
  await search.typeThai('ัญชี');
  await expect(search.input()).toHaveValue('บัญชี');
  await expect(search.foundResults().first()).toBeVisible();
  await search.pressSearchKey();
  await finishVisit(page);
  expect(await searchesOnceEnded(watched)).toEqual(['บำนาญ', 'บัญชี']);
});

test('a search typed after the field was cleared counts, also when it is the start of the one before (review, helper-36)', async ({ page }) => {
  const watched = watchStats(page);
  await page.clock.install();
  await new HomePage(page).open(server.url);
  await new HomePage(page).searchField().click();
  const search = new SearchPage(page);
  await search.typeThai('ชราภาพ');
  await expect(search.foundResults().first()).toBeVisible();
  await search.pressSearchKey();
  await page.getByRole('button', { name: 'ล้างคำค้น' }).click();
  await expect(search.input()).toHaveValue('');
  await search.showKeyboard();
  await search.typeThai('ชรา');
  await expect(search.foundResults().first()).toBeVisible();
  await page.clock.runFor(5000); // reads the results, and walks away
  await page.clock.runFor(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(11_000);
  await expect(page.getByRole('heading', { name: 'ยินดีต้อนรับ' })).toBeVisible();
  expect(await searchesOnceEnded(watched)).toEqual(['ชราภาพ', 'ชรา']);
});
