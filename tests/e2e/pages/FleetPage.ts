import { expect, type Page } from '@playwright/test';

/** The administrators' fleet screen (ศูนย์กลาง / Fleet): kiosk health and the consolidated report. */
export class FleetPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { level: 1, name: 'ศูนย์กลาง / Fleet' });
  health = () => this.page.getByRole('region', { name: 'สถานะตู้ทั้งหมด' });
  kioskRow = (kioskId: string) => this.health().getByRole('row', { name: new RegExp(`^${kioskId}`) });
  offices = () => this.page.getByRole('table', { name: 'แยกตามสำนักงาน' });
  officeRow = (name: string) => this.offices().getByRole('row', { name: new RegExp(`^${name} `) });

  async expectLoaded() {
    await expect(this.heading()).toBeVisible();
    await expect(this.page.locator('.status[aria-busy="true"]')).toHaveCount(0);
  }
}
