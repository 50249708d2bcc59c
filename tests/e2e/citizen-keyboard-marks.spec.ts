import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SearchPage } from './pages/SearchPage';
import { keepScreenshot } from './support/screens';
import { codePointsOf, sarabunFiles } from './support/fontCmap';

/*
 * Outside tester: the Thai keyboard's vowel and tone-mark keys showed pairs of empty boxes. Their
 * labels put the mark on a dotted circle (U+25CC), which the bundled Sarabun has no glyph for, so
 * Chromium drew the whole cluster with the font's empty box (.notdef). Both orientations.
 */
const portrait = { width: 1080, height: 1920 };
const landscape = { width: 1920, height: 1080 };
const combiningMarks = [...'ัิีึืฺุู็่้๊๋์ํ'];
const sarabunDraws = new Set(sarabunFiles.flatMap((file) => [...codePointsOf(file)]));
/** The characters of a label the bundled Sarabun has no glyph for (shown as hex). */
const missingIn = (text: string) => [...text].filter((c) => !sarabunDraws.has(c.codePointAt(0)!)).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);

/**
 * The fonts Chromium really drew a key's label with (DevTools' platform fonts of every text node
 * under it): a glyph the web font lacks shows up here as a second, fallback font.
 */
async function fontsDrawing(page: Page, key: Locator): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const marker = `mark-key-${Math.random().toString(36).slice(2)}`;
    await key.evaluate((el, m) => el.setAttribute('data-font-probe', m), marker);
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-font-probe="${marker}"]` });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId, selector: '*' });
    const families = new Set<string>();
    for (const id of [nodeId, ...nodeIds]) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id });
      for (const font of fonts) families.add(font.familyName);
    }
    await key.evaluate((el) => el.removeAttribute('data-font-probe'));
    return [...families];
  } finally {
    await cdp.detach();
  }
}

for (const viewport of [portrait, landscape]) {
  test.describe(`Thai mark keys at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });

    test('every vowel and tone-mark key is drawn in Sarabun alone, and types its mark', async ({ page, kiosk }) => {
      await page.goto(`${kiosk.url}#/search`);
      const search = new SearchPage(page);
      await search.showKeyboard();
      await page.evaluate(() => document.fonts.ready);
      const seen: string[] = [];
      for (const layer of ['default', 'shift'] as const) {
        if (layer === 'shift') await search.keyOf('{shift}').first().tap();
        await expect(search.keyOf('{space}')).toBeVisible();
        const marks = [];
        for (const mark of combiningMarks) if (await search.keyOf(mark).count()) marks.push(mark);
        for (const mark of marks) {
          const key = search.keyOf(mark).first();
          await expect(key).toBeVisible();
          await expect(key).toHaveAccessibleName(mark);
          // Drawn with Sarabun, and Sarabun has a glyph for every character shown (else that is a box).
          expect.soft(await fontsDrawing(page, key), `fonts drawing the ${mark} key`).toEqual(['Sarabun']);
          expect.soft(missingIn((await key.textContent()) ?? ''), `characters of the ${mark} key Sarabun cannot draw`).toEqual([]);
          seen.push(mark);
        }
        await keepScreenshot(page, `keyboard-thai-marks-${layer}`);
      }
      // The Kedmanee layout has these eight on its plain layer and more on shift.
      expect(seen).toEqual(expect.arrayContaining([...'ุึัี้่ิื']));
      expect(seen.length).toBeGreaterThanOrEqual(12);

      // A mark key still types the mark alone (the label's carrier is only for show).
      await search.keyOf('{shift}').first().tap(); // back to the plain layer
      await search.keyOf('ก').first().tap();
      await search.keyOf('ี').first().tap();
      await expect(search.input()).toHaveValue('กี');
    });
  });
}
