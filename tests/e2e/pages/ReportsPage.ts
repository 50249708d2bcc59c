import { expect, type Page } from '@playwright/test';

/** The administrators' statistics and report screen (and its printable view). */
export class ReportsPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1, name: 'สถิติการใช้บริการและรายงาน' });
  reportHeading = () => this.page.getByRole('heading', { level: 2, name: /^รายงาน/ });
  /** A headline figure card, by its Thai name ("ครั้งที่ใช้บริการ" …). */
  figure = (name: string) => this.page.getByRole('group', { name, exact: true }).locator('.figure-value');
  /** A survey fact ("ตอบแบบสำรวจ", "อัตราการตอบแบบสำรวจ" …). */
  surveyFact = (name: string) => this.page.locator('.survey-facts').getByRole('group', { name, exact: true }).locator('dd');
  compareRow = (name: string) => this.page.getByRole('row', { name: new RegExp(`^${name} `) });
  section = (name: string | RegExp) => this.page.getByRole('region', { name });
  rows = (name: string | RegExp) => this.section(name).locator('tbody tr');

  async pickRange(from: { day: number; month: string; beYear: number }, to: { day: number; month: string; beYear: number }) {
    await this.page.getByRole('button', { name: 'กำหนดช่วงวันที่', exact: true }).click();
    for (const [label, d] of [['ตั้งแต่วันที่', from], ['ถึงวันที่', to]] as const) {
      const group = this.page.getByRole('group', { name: label, exact: true });
      await group.getByRole('textbox', { name: 'วันที่', exact: true }).fill(String(d.day));
      await group.getByRole('combobox', { name: 'เดือน', exact: true }).selectOption({ label: d.month });
      await group.getByRole('textbox', { name: 'ปี พ.ศ.', exact: true }).fill(String(d.beYear));
    }
    await this.page.getByRole('button', { name: 'แสดงรายงาน', exact: true }).click();
  }

  async expectLoaded() {
    await expect(this.reportHeading()).toBeVisible();
    await expect(this.page.locator('.status[aria-busy="true"]')).toHaveCount(0);
  }
}
