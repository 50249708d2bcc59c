import { access } from 'node:fs/promises';

/** Where Chromium is looked for: CHROMIUM_PATH, else Debian's package. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export class ChromiumMissing extends Error {}

/**
 * Prints the report's HTML to an A4 PDF with headless Chromium (Playwright drives the system
 * browser; `npx playwright install` cannot download one here). The page has no script and
 * embeds its fonts, so no network is needed.
 */
export async function printHtmlToPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  try { await access(executablePath); } catch {
    throw new ChromiumMissing(
      `Chromium was not found at ${executablePath}. Install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.`,
    );
  }
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort()); // the report is self-contained: nothing to fetch
    await page.setContent(html, { waitUntil: 'load' });
    // Wait for the embedded fonts (a string runs in the page, where `document` exists).
    await page.evaluate('document.fonts.ready.then(() => true)');
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
