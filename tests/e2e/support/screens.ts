import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Screenshots kept for people to look at (test-results/screens/<name>-<w>x<h>.png). */
export async function keepScreenshot(page: Page, name: string) {
  mkdirSync('test-results/screens', { recursive: true });
  const size = page.viewportSize();
  await page.screenshot({ path: `test-results/screens/${name}-${size?.width}x${size?.height}.png`, fullPage: false });
}
