import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from './support/server';

/** One web-mode server on a freshly seeded data folder per test file (worker), shared by its tests. */
export const test = base.extend<object, { kiosk: RunningServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  kiosk: [async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  }, { scope: 'worker', timeout: 90_000 }],
});
export { expect } from '@playwright/test';
