import { expect, type Locator, type Page } from '@playwright/test';

/** A day as staff type it: day, month (1–12) and year พ.ศ. */
export interface BeDay { day: number; month: number; yearBe: number }

/** Fills one BeDateInput (a fieldset named by its legend). */
export async function fillBeDate(scope: Page | Locator, legend: string, on: BeDay) {
  const group = scope.getByRole('group', { name: legend });
  await group.getByRole('textbox', { name: 'วันที่', exact: true }).fill(String(on.day));
  await group.getByRole('combobox', { name: 'เดือน' }).selectOption(String(on.month));
  await group.getByRole('textbox', { name: 'ปี พ.ศ.' }).fill(String(on.yearBe));
}

/** Staff's register screens: the entry form for an item that came another way, and an item's detail page. */
export class StaffRegisterPage {
  constructor(readonly page: Page) {}
  moveForm = () => this.page.getByRole('form', { name: 'เปลี่ยนสถานะ' });
  status = () => this.moveForm().getByRole('status');
  /** The "กำหนดตอบ" fact of the detail page and the lines under it. */
  due = () => this.page.locator('.facts > dt', { hasText: 'กำหนดตอบ' }).locator('xpath=following-sibling::dd[1]');

  /** Opens the entry form (from the registers list). */
  async openEntry() {
    await this.page.getByRole('link', { name: 'บันทึกเรื่องที่รับทางอื่น' }).click();
    await expect(this.page.getByRole('combobox', { name: 'ประเภท' })).toBeVisible();
  }

  /** Enters a request received at the counter on `receivedOn`; answers its reference. */
  async enterRequest(details: string, name: string, receivedOn: BeDay): Promise<string> {
    await this.openEntry();
    await this.page.getByRole('combobox', { name: 'ประเภท' }).selectOption({ label: 'คำขอข้อมูลข่าวสาร' });
    await fillBeDate(this.page, 'วันที่รับ', receivedOn);
    await this.page.getByRole('textbox', { name: /ข้อมูลที่ต้องการ/ }).fill(details);
    await this.page.getByRole('textbox', { name: 'ชื่อ–นามสกุล' }).fill(name);
    await this.page.getByRole('textbox', { name: 'โทรศัพท์' }).fill('0812345678');
    await this.page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    const saved = this.page.getByRole('status');
    await expect(saved).toHaveText(/บันทึกแล้ว เลขที่ ขข-25\d\d-\d{6}/);
    return /ขข-25\d\d-\d{6}/.exec((await saved.textContent()) ?? '')![0];
  }

  /** Chooses the next state and fills its day and note, without saving. */
  async chooseMove(state: string, on: BeDay, note?: string) {
    await this.moveForm().getByRole('combobox', { name: 'เป็น' }).selectOption({ label: state });
    await fillBeDate(this.moveForm(), 'วันที่เปลี่ยนสถานะ', on);
    if (note) await this.moveForm().getByRole('textbox', { name: 'บันทึก' }).fill(note);
  }

  async saveMove() {
    await this.moveForm().getByRole('button', { name: 'บันทึก', exact: true }).click();
  }
}
