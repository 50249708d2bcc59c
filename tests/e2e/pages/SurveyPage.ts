import type { Page } from '@playwright/test';

/** The end-of-visit survey ("จบการใช้งาน" opens it when the settings ask for it). */
export class SurveyPage {
  constructor(readonly page: Page) {}
  finish = () => this.page.getByRole('button', { name: /^(จบการใช้งาน|Finish)$/ });
  dialog = () => this.page.getByRole('dialog', { name: /ขอบคุณที่ใช้บริการ|Thank you for visiting/ });
  faces = () => this.dialog().getByRole('group', { name: /พึงพอใจ|satisfied/ }).getByRole('button');
  skip = () => this.dialog().getByRole('button', { name: /^(ข้าม|Skip)$/ });
}
