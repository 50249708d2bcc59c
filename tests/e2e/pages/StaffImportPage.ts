import { expect, type Page } from '@playwright/test';

/** Import (preview, problems, apply) and export. */
export class StaffImportPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { name: 'นำเข้าและส่งออกข้อมูล' });
  fileInput = () => this.page.getByLabel('เลือกไฟล์ CSV, XLSX, JSON หรือ ZIP');
  problems = () => this.page.getByRole('table', { name: /ปัญหาที่ต้องแก้/ });
  problemRows = () => this.problems().locator('tbody tr');
  apply = () => this.page.getByRole('button', { name: 'นำเข้าข้อมูล' });
  exportAs = (format: 'XLSX' | 'CSV' | 'JSON' | 'ZIP') => this.page.getByRole('button', { name: `ส่งออก ${format}`, exact: true });

  async choose(path: string) {
    await this.fileInput().setInputFiles(path);
    await expect(this.page.getByRole('region', { name: /ผลการตรวจไฟล์/ })).toBeVisible({ timeout: 30_000 });
  }
}
