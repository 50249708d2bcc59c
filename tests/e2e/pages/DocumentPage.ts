import type { Page } from '@playwright/test';

/** A document page with its PDF viewer. */
export class DocumentPage {
  constructor(readonly page: Page) {}
  title = () => this.page.getByRole('heading', { level: 1 });
  viewer = () => this.page.getByRole('region', { name: /เอกสาร PDF|PDF document/ });
  pageIndicator = () => this.viewer().locator('.pdf-page');
  canvas = () => this.viewer().locator('canvas');
  nextPage = () => this.page.getByRole('button', { name: /หน้าถัดไป|Next page/ });
  previousPage = () => this.page.getByRole('button', { name: /หน้าก่อน|Previous page/ });
  zoomIn = () => this.page.getByRole('button', { name: /ขยาย|Zoom in/ });
  print = () => this.page.getByRole('button', { name: /พิมพ์เอกสาร|Print document/ });
  /** The pages put aside for the printer (hidden on screen, alone on paper). */
  printedPages = () => this.page.locator('.pdf-print-pages img');
  qr = () => this.page.getByRole('img', { name: /สแกนเพื่อเปิดเอกสาร|Scan to open/ });
  /** What the page says when the document's PDF is not in this kiosk's file store. */
  fileMissing = () => this.page.locator('.pdf-missing');
  /** The scrolling frame the page is drawn in (dragged to pan when zoomed). */
  frame = () => this.viewer().locator('.pdf-frame');
  /** A fact of the document ("หน่วยงานที่รับผิดชอบ", "Responsible unit" …): its value. */
  fact = (name: string) => this.page.locator('dl.facts dt').filter({ hasText: new RegExp(`^${name}$`) }).locator('+ dd');

  /** How the page sits in its frame: scroll position and range, and how much of the page is cut off on the left. */
  async panState() {
    return this.frame().evaluate((f) => {
      const canvas = f.querySelector('canvas')!;
      return {
        left: f.scrollLeft, top: f.scrollTop, maxLeft: f.scrollWidth - f.clientWidth, maxTop: f.scrollHeight - f.clientHeight,
        hiddenLeft: f.getBoundingClientRect().left - canvas.getBoundingClientRect().left,
      };
    });
  }

  async scrollFrameTo(left: number, top: number) {
    await this.frame().evaluate((f, to) => { f.scrollLeft = to.left; f.scrollTop = to.top; }, { left, top });
  }

  /** Drags across the page with the mouse, from its middle, by (dx, dy). */
  async mouseDrag(dx: number, dy: number) {
    const box = (await this.frame().boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + Math.min(box.height / 2, 300)];
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let i = 1; i <= 10; i++) await this.page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
    await this.page.mouse.up();
  }

  /** The same with one finger, as a touchscreen sends it (CDP touch events). */
  async touchDrag(dx: number, dy: number) {
    const box = (await this.frame().boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + Math.min(box.height / 2, 300)];
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }
}
