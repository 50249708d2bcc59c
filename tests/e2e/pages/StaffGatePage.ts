import { expect, type Page } from '@playwright/test';

/** The way into staff mode: the hidden gesture, "not set up yet" with the setup code, and initials + PIN on the PIN pad. */
export class StaffGatePage {
  constructor(readonly page: Page) {}
  agencyMark = () => this.page.locator('.agency-mark');
  pinDots = () => this.page.getByRole('status', { name: 'รหัส PIN' }).or(this.page.locator('output.pin-dots'));
  alert = () => this.page.getByRole('alert');

  /** Five taps on the agency mark within three seconds. */
  async enterByGesture() {
    for (let i = 0; i < 5; i++) await this.agencyMark().click();
    await expect(this.page.getByText('โหมดเจ้าหน้าที่', { exact: true })).toBeVisible();
  }

  async typePin(pin: string) {
    const pad = this.page.locator('.pin-pad');
    for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
    await pad.getByRole('button', { name: 'ตกลง', exact: true }).click();
  }

  /** A new kiosk: the gesture says it is not set up yet and points at the machine. */
  async expectNotSetUp() {
    await expect(this.page.getByRole('heading', { name: 'ตู้นี้ยังไม่ได้ตั้งค่า', level: 1 })).toBeVisible();
  }

  /** The first administrator with the one-time setup code read from the machine's log. */
  async setUpFirstAdminWithCode(name: string, code: string, pin: string) {
    await this.expectNotSetUp();
    await this.page.getByRole('button', { name: 'ใส่รหัสตั้งค่า', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'ตั้งค่าผู้ดูแลระบบคนแรก' })).toBeVisible();
    await this.page.getByRole('textbox', { name: 'ชื่อ-นามสกุล' }).fill(name);
    await expect(this.page.getByRole('heading', { name: 'รหัสตั้งค่า 10 หลัก', level: 2 })).toBeVisible();
    await this.typePin(code);
    await expect(this.page.getByRole('heading', { name: 'รหัส PIN ของผู้ดูแลระบบ', level: 2 })).toBeVisible();
    await this.typePin(pin);
    await expect(this.page.getByRole('heading', { name: 'ใส่รหัส PIN อีกครั้ง', level: 2 })).toBeVisible();
    await this.typePin(pin);
    await this.expectSignedIn(name);
  }

  /** The sign-in screen shows initials, never names: "ส. ด." for สมศรี ดูแลระบบ. */
  async pickInitials(initials: string) {
    await expect(this.page.getByRole('heading', { name: 'เข้าสู่ระบบเจ้าหน้าที่' })).toBeVisible();
    await this.page.getByRole('button', { name: initials, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `ใส่รหัส PIN ของ ${initials}` })).toBeVisible();
  }

  async signIn(initials: string, name: string, pin: string) {
    await this.pickInitials(initials);
    await this.typePin(pin);
    await this.expectSignedIn(name);
  }

  async expectSignedIn(name: string) {
    await expect(this.page.getByText(new RegExp(`ผู้ใช้: ${name}`))).toBeVisible();
  }

  /** Staff-mode navigation (the side bar). */
  nav = (name: string) => this.page.getByRole('navigation', { name: 'โหมดเจ้าหน้าที่' }).getByRole('link', { name, exact: true });
  async leave() {
    await this.page.getByRole('link', { name: 'กลับสู่หน้าจอประชาชน' }).click();
    await this.page.getByRole('heading', { name: 'ยินดีต้อนรับ' }).waitFor();
  }
}
