import { expect, type Page } from '@playwright/test';

/** Staff document list and its filters. */
export class StaffDocumentsPage {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole('heading', { name: 'เอกสาร', level: 1 });
  filters = () => this.page.getByRole('search', { name: 'ตัวกรองเอกสาร' });
  textFilter = () => this.filters().getByRole('searchbox', { name: 'ค้นจากชื่อเรื่องหรือรหัส' });
  statusFilter = () => this.filters().getByRole('combobox', { name: 'สถานะ' });
  rows = () => this.page.locator('.doc-table tbody tr');
  row = (title: string) => this.rows().filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  newDocument = () => this.page.getByRole('link', { name: '+ เพิ่มเอกสาร' });

  async filterText(text: string) {
    await this.textFilter().fill(text);
    await this.filters().getByRole('button', { name: 'กรอง' }).click();
  }

  async expectListed(title: string, status: 'เผยแพร่' | 'เลิกเผยแพร่') {
    await expect(this.row(title)).toHaveCount(1);
    await expect(this.row(title).locator('.badge', { hasText: new RegExp(`^${status}$`) })).toBeVisible();
  }
}
