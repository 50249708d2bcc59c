import type { Page } from '@playwright/test';

/** A category group's page, with the procurement month grid and its fiscal-year choice. */
export class BrowsePage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1 });
  /** The month grid of one fiscal year (พ.ศ.). */
  fiscalYear = (beYear: number) => this.page.getByRole('group', { name: `ปีงบประมาณ ${beYear}`, exact: true });
  /** The button that shows a fiscal year's grid. */
  fiscalYearChoice = (beYear: number) => this.page.getByRole('group', { name: 'เลือกปีงบประมาณ' }).getByRole('button', { name: new RegExp(`^ปีงบประมาณ ${beYear}`) });
  month = (label: RegExp) => this.page.locator('.month').filter({ hasText: label });
  /** Legal badges of the category sections, top to bottom. */
  sectionBadges = () => this.page.locator('main section h2 .badge.legal');
  /** Everything a tap on the group's tile leads to: documents and service standards. */
  listedItems = () => this.page.locator('main .result-list a.result');
  /** "แสดง 200 จาก 250 รายการ" under a group longer than one page, and the button that lists more. */
  shownCount = () => this.page.locator('main .browse-more .shown-count');
  showMore = () => this.page.getByRole('button', { name: /^(แสดงเพิ่มอีก|Show) \d[\d,]* (รายการ|more)$/ });
}
