import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { BrowsePage } from './pages/BrowsePage';
import { DocumentPage } from './pages/DocumentPage';
import { HomePage } from './pages/HomePage';
import { keepScreenshot } from './support/screens';
import { startServer, type RunningServer } from './support/server';

/*
 * Outside tester: a group with more than 200 documents listed only the 200 newest, and the rest
 * could never be reached by browsing, while its tile counted them all. 230 rules (s7-4, the law
 * group) are imported with the CLI before the kiosk starts, the oldest a 2530 one. This spec's
 * server uses E2E_PORT + 200.
 */
const SEEDED = 230;
const oldestTitle = 'ระเบียบทดสอบการเลือกดู ฉบับที่ 1 (ฉบับเก่าที่สุด)';
const lawTile = /ข้อมูลตามกฎหมาย/;

/** `import FILE --data DIR` with the admin CLI (electron/cli/run.mjs), as staff would on the machine. */
function importOnMachine(dataDir: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['electron/cli/run.mjs', 'import', file, '--new-folder', '--data', dataDir],
      { timeout: 90_000, env: { ...process.env, NODE_ENV: 'production' } },
      (error, stdout, stderr) => (error ? reject(new Error(`import failed: ${stdout}${stderr}`)) : resolve()));
  });
}

let server: RunningServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-browse-'));
  const folder = await mkdtemp(join(tmpdir(), 'browse-import-'));
  // Number i is published i months after January 2530 (BE): number 1 is the oldest of the group.
  const rows = Array.from({ length: SEEDED }, (_, k) => {
    const i = k + 1;
    const title = i === 1 ? oldestTitle : `ระเบียบทดสอบการเลือกดู ฉบับที่ ${i}`;
    return `browse-${String(i).padStart(3, '0')},${title},s7-4,01/${String((k % 12) + 1).padStart(2, '0')}/${2530 + Math.floor(k / 12)}`;
  });
  await writeFile(join(folder, 'rules.csv'), `id,title_th,category,published\n${rows.join('\n')}\n`);
  await importOnMachine(dataDir, join(folder, 'rules.csv'));
  server = await startServer({ dataDir, port: Number(process.env.E2E_PORT ?? 5190) + 200 });
});
test.afterAll(async () => { await server?.stop(); });

for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
  test(`every document of a group past 200 can be reached by browsing, and the count says how many are shown (${viewport.width}x${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const home = new HomePage(page);
    await home.open(server.url);
    const tile = home.groupTiles().filter({ hasText: lawTile });
    const total = Number(/(\d[\d,]*) รายการ/.exec(await tile.innerText())?.[1]?.replace(/,/g, ''));
    expect(total).toBeGreaterThan(SEEDED);
    await tile.click();

    const browse = new BrowsePage(page);
    await expect(browse.heading()).toHaveText(lawTile);
    await expect(browse.listedItems()).toHaveCount(200);
    await expect(browse.shownCount()).toHaveText(`แสดง 200 จาก ${total} รายการ`);
    await expect(browse.showMore()).toHaveAccessibleName(`แสดงเพิ่มอีก ${Math.min(200, total - 200)} รายการ`);
    expect((await browse.showMore().boundingBox())!.height).toBeGreaterThanOrEqual(64); // a large touch target
    await expect(page.getByRole('link', { name: new RegExp(oldestTitle.replace(/[()]/g, '\\$&')) })).toHaveCount(0);

    // "Show more" until none is left: each tap adds the next (older) documents, each into its category.
    for (let shown = 200; shown < total; shown = Math.min(total, shown + 200)) {
      await browse.showMore().click();
      await expect(browse.listedItems()).toHaveCount(Math.min(total, shown + 200));
    }
    await expect(browse.shownCount()).toHaveText(`แสดง ${total} จาก ${total} รายการ`);
    await expect(browse.showMore()).toHaveCount(0);
    const ids = await browse.listedItems().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(ids).size).toBe(total); // none twice, none left out

    // The oldest comes last of its category, and opens; coming back keeps everything shown.
    const oldest = page.getByRole('link', { name: new RegExp(oldestTitle.replace(/[()]/g, '\\$&')) });
    const rules = page.getByRole('region', { name: /กฎ ระเบียบ ข้อบังคับ/ }).getByRole('link');
    await expect(rules.last()).toContainText(oldestTitle);
    await oldest.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'browse-all-shown');
    await oldest.click();
    await expect(new DocumentPage(page).title()).toHaveText(oldestTitle);
    await page.goBack();
    await expect(browse.listedItems()).toHaveCount(total);
    await expect(browse.shownCount()).toHaveText(`แสดง ${total} จาก ${total} รายการ`);

    // In English the count says the same.
    await home.languageToggle().click();
    await expect(browse.shownCount()).toHaveText(`Showing ${total} of ${total} documents`);
  });
}

test('the first page in English names the button and the count in English', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  const home = new HomePage(page);
  await home.open(server.url);
  await home.languageToggle().click();
  const tile = home.groupTiles().filter({ hasText: /Sections 7 and 9/ });
  const total = Number(/(\d[\d,]*) items/.exec(await tile.innerText())?.[1]?.replace(/,/g, ''));
  await tile.click();
  const browse = new BrowsePage(page);
  await expect(browse.shownCount()).toHaveText(`Showing 200 of ${total} documents`);
  await expect(browse.showMore()).toHaveAccessibleName(`Show ${Math.min(200, total - 200)} more`);
  await browse.showMore().scrollIntoViewIfNeeded();
  await keepScreenshot(page, 'browse-show-more-english');
});
