import type { Page } from '@playwright/test';

/** The list of service standards and one standard. */
export class ServicePage {
  constructor(readonly page: Page) {}
  steps = () => this.page.locator('ol.steps > li');
  total = () => this.page.locator('.total');
}
