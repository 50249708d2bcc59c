import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npx tsx tests/tools/make-icons.ts`: rasterises resources/icons/icon.svg with Chromium into the
 * PNGs electron-builder uses: `<n>x<n>.png` for Linux (folder icon) and `icon.png` (512) for
 * Windows (converted to .ico at build time; it needs at least 256×256).
 */
const folder = join(import.meta.dirname, '..', '..', 'resources', 'icons');
const svg = readFileSync(join(folder, 'icon.svg'), 'utf8');
const sizes = [16, 32, 48, 64, 128, 256, 512];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(folder, `${size}x${size}.png`), png);
    if (size === 512) writeFileSync(join(folder, 'icon.png'), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${sizes.map((s) => `${s}x${s}.png`).join(', ')} and icon.png in ${folder}`);
