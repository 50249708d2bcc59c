import type { Page } from '@playwright/test';

/** "ขอข้อมูลที่ไม่มีในตู้": how to request information (Section 11), and the way into the kiosk's request form. */
export class RequestPage {
  constructor(readonly page: Page) {}
  /** The home tile that opens this screen. */
  tile = () => this.page.getByRole('link', { name: /ขอข้อมูลที่ไม่มีในตู้|Ask for information not here/ });
  /** The screen's main action: fill in a request at this kiosk. */
  startRequest = () => this.page.getByRole('link', { name: /^(กรอกคำขอข้อมูลข่าวสารที่ตู้นี้|Fill in a request at this kiosk)$/ });
  /** For a citizen who came to complain: the way to the complaints screen, not its channels listed here. */
  complainInstead = () => this.page.getByRole('link', { name: /ร้องเรียน.*แทน|complain instead/i });
}
