import type { Page } from '@playwright/test';

/** The audit trail screen (administrators). */
export class StaffAuditPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { name: 'ประวัติการแก้ไข', level: 1 });
  exportCsv = () => this.page.getByRole('button', { name: 'ส่งออก CSV', exact: true });
}
