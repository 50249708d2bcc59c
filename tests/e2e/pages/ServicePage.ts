import type { Page } from '@playwright/test';

/** The list of service standards and one standard. */
export class ServicePage {
  constructor(readonly page: Page) {}
  steps = () => this.page.locator('ol.steps > li');
  total = () => this.page.locator('.total');
  /** The fee lines under "ค่าธรรมเนียม". */
  fees = () => this.page.getByRole('list', { name: /^(ค่าธรรมเนียม|Fees)$/ }).getByRole('listitem');
  /** A service in the list, by its title. */
  listed = (title: RegExp) => this.page.getByRole('link', { name: title });
  checklistQr = () => this.page.getByRole('img', { name: /สแกนเพื่อเก็บรายการเอกสารที่ต้องใช้|Scan to keep the list of documents/ });
  printChecklist = () => this.page.getByRole('button', { name: /พิมพ์รายการเอกสารที่ต้องใช้|Print the list of documents/ });
}
