import { defineConfig } from '@playwright/test';

/**
 * e2e in Debian's Chromium (Playwright's own browser download is impossible here) against the
 * local web mode on a fresh data folder per run. `npm run test:e2e` builds the renderer first.
 */
const port = Number(process.env.E2E_PORT ?? 5190);
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './tests/e2e/globalSetup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1080, height: 1920 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
