import type { Page } from '@playwright/test';

/** A category group's page, with the procurement month grid. */
export class BrowsePage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1 });
  fiscalYear = (beYear: number) => this.page.getByRole('group', { name: `ปีงบประมาณ ${beYear}` });
  month = (label: RegExp) => this.page.locator('.month').filter({ hasText: label });
}
