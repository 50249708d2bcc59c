import { expect, type Page } from '@playwright/test';
import thai from 'simple-keyboard-layouts/build/layouts/thai.js';

const keysOf = (rows: string[] | undefined) => new Set((rows ?? []).flatMap((r) => r.split(' ')).filter((k) => !k.startsWith('{')));
const thaiDefault = keysOf(thai.layout.default);
const thaiShift = keysOf(thai.layout.shift);

/** The citizen's request / complaint form and its receipt, driven by touch on the on-screen keyboard. */
export class FilingPage {
  constructor(readonly page: Page) {}
  keyboard = () => this.page.getByRole('region', { name: /แป้นพิมพ์บนจอ|On-screen keyboard/ });
  field = (name: string | RegExp) => this.page.getByRole('textbox', { name });
  receiptRef = () => this.page.locator('.receipt-ref');
  receiptDue = () => this.page.locator('.receipt-due');
  /** What was filed, as the register holds it, and how to follow it up. */
  receiptFiled = () => this.page.locator('.receipt .receipt-filed').first();
  receiptFollowUp = () => this.page.locator('.receipt .keep-ref').first();
  private key = (name: string) => this.keyboard().locator(`.hg-button[data-skbtn="${name}"]`);

  async agreeToNotice() {
    await expect(this.page.getByRole('heading', { name: 'ก่อนกรอกแบบฟอร์ม: ข้อมูลส่วนบุคคลของท่าน' })).toBeVisible();
    await this.page.getByRole('button', { name: 'รับทราบ เริ่มกรอกแบบฟอร์ม' }).click();
  }

  /** Touches the field, then types Thai key by key (Shift for the shift layer). */
  async typeThai(field: string | RegExp, text: string) {
    await this.field(field).click();
    await this.keyboard().getByRole('button', { name: 'ไทย', exact: true }).click();
    for (const char of text) {
      if (char === ' ') { await this.key('{space}').click(); continue; }
      if (thaiDefault.has(char)) { await this.key(char).click(); continue; }
      if (thaiShift.has(char)) { await this.key('{shift}').first().click(); await this.key(char).click(); continue; }
      throw new Error(`no key for ${char} on the Thai keyboard`);
    }
    await expect(this.field(field)).toHaveValue(text);
  }

  /** Touches the field, then types on the ABC layer key by key (Shift for what stands on its shift layer). */
  async typeEnglish(field: string | RegExp, text: string) {
    await this.field(field).click();
    await this.keyboard().getByRole('button', { name: 'ABC', exact: true }).click();
    for (const char of text) {
      if (await this.key(char).count() === 0) await this.key('{shift}').first().click();
      if (await this.key(char).count() === 0) throw new Error(`no key for ${char} on the ABC keyboard`);
      await this.key(char).click();
    }
    await expect(this.field(field)).toHaveValue(text);
  }

  async typeDigits(field: string | RegExp, digits: string) {
    await this.field(field).click();
    await this.keyboard().getByRole('button', { name: '123', exact: true }).click();
    for (const d of digits) await this.key(d).click();
    await expect(this.field(field)).toHaveValue(digits);
  }

  async send() {
    await this.page.getByRole('button', { name: 'ส่งแบบฟอร์ม' }).click();
    await expect(this.page.getByRole('heading', { name: 'ได้รับเรื่องของท่านแล้ว' })).toBeVisible();
  }
}
