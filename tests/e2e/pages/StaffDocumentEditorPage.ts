import { expect, type Page } from '@playwright/test';

/** The document editor (new or existing). */
export class StaffDocumentEditorPage {
  constructor(readonly page: Page) {}
  field = (name: string) => this.page.getByRole('textbox', { name, exact: true });
  dateGroup = (name: string) => this.page.getByRole('group', { name });
  pdfInput = () => this.page.getByLabel(/เลือกไฟล์ PDF|เปลี่ยนไฟล์ PDF/);
  save = () => this.page.getByRole('button', { name: 'บันทึก', exact: true });
  status = () => this.page.getByRole('status');
  alert = () => this.page.getByRole('alert');
  keywordInput = () => this.page.getByRole('textbox', { name: 'คำสำคัญใหม่' });

  async setDate(group: string, day: number, month: number, yearBe: number) {
    const g = this.dateGroup(group);
    await g.getByRole('textbox', { name: 'วันที่' }).fill(String(day));
    await g.getByRole('combobox', { name: 'เดือน' }).selectOption(String(month));
    await g.getByRole('textbox', { name: 'ปี พ.ศ.' }).fill(String(yearBe));
  }

  async chooseCategory(label: string | RegExp) {
    const select = this.page.getByRole('combobox', { name: /หมวด \(ตามกฎหมาย\)/ });
    const value = await select.locator('option').filter({ hasText: label }).first().getAttribute('value');
    await select.selectOption(value!);
  }

  async addKeyword(word: string) {
    await this.page.getByRole('textbox', { name: 'คำสำคัญใหม่' }).fill(word);
    await this.page.getByRole('button', { name: 'เพิ่มคำ' }).click();
  }

  async saveAndWait() {
    await this.save().click();
    await expect(this.page.getByRole('status').filter({ hasText: 'บันทึกแล้ว' })).toBeVisible({ timeout: 30_000 });
  }

  async retire() {
    await this.page.getByRole('button', { name: 'เลิกเผยแพร่', exact: true }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'เลิกเผยแพร่เอกสารนี้หรือไม่?' });
    await dialog.getByRole('button', { name: 'เลิกเผยแพร่', exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'เลิกเผยแพร่แล้ว' })).toBeVisible();
  }
}
