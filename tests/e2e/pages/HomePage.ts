import type { Page } from '@playwright/test';

/** The citizen's home screen, and the header controls every screen shares. */
export class HomePage {
  constructor(readonly page: Page) {}
  async open(baseUrl: string) {
    await this.page.goto(baseUrl);
    await this.page.getByRole('heading', { name: /ยินดีต้อนรับ|Welcome/ }).waitFor();
  }
  searchField = () => this.page.getByRole('button', { name: /ค้นหาข้อมูลข่าวสาร|Search official information/ });
  groupTile = (name: string | RegExp) => this.page.getByRole('link', { name });
  /** The category tiles (with their counts) under "เลือกดูตามหมวดหมู่". */
  groupTiles = () => this.page.locator('ul.tiles:not(.secondary)').getByRole('link');
  /** Every tile, the centre's pages last. */
  allTiles = () => this.page.locator('ul.tiles').getByRole('link');
  languageToggle = () => this.page.getByRole('button', { name: /เปลี่ยนเป็นภาษาอังกฤษ|Switch to Thai/ });
  headerTools = () => this.page.getByRole('navigation', { name: /ปุ่มปรับหน้าจอ|Screen controls/ });
  textSmaller = () => this.page.getByRole('button', { name: /ตัวอักษรเล็กลง|Smaller text/ });
  textLarger = () => this.page.getByRole('button', { name: /ตัวอักษรใหญ่ขึ้น|Larger text/ });
  contrastToggle = () => this.page.getByRole('button', { name: /สีเข้ม|High contrast/ });
}
