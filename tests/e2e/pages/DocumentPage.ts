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
}
