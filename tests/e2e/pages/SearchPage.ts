import type { Page } from '@playwright/test';
import thai from 'simple-keyboard-layouts/build/layouts/thai.js';

const keysOf = (rows: string[] | undefined) => new Set((rows ?? []).flatMap((r) => r.split(' ')).filter((k) => !k.startsWith('{')));
const thaiDefault = keysOf(thai.layout.default);
const thaiShift = keysOf(thai.layout.shift);

/** The search screen, driven by touch on the on-screen keyboard (never by filling the input). */
export class SearchPage {
  constructor(readonly page: Page) {}
  keyboard = () => this.page.getByRole('region', { name: /แป้นพิมพ์บนจอ|On-screen keyboard/ });
  input = () => this.page.getByRole('searchbox', { name: /คำค้นหา|Search terms/ });
  results = () => this.page.locator('.result-list .result');
  /** Hits that matched the query; weak ones are listed apart, under "ผลที่ใกล้เคียง". */
  foundResults = () => this.page.getByRole('list', { name: /^(ผลการค้นหา|Search results)$/ }).getByRole('link');
  closeMatches = () => this.page.getByRole('list', { name: /^(ผลที่ใกล้เคียง|Close matches)$/ }).getByRole('link');
  resultCount = () => this.page.locator('.result-count');
  resultLink = (title: string | RegExp) => this.page.getByRole('link', { name: title });
  /** "ค้นหาเป็น X แทน · ค้นหาตามที่พิมพ์ Y" above the results of a corrected query. */
  correctionLine = () => this.page.locator('.correction');
  searchAsTyped = (typed: string) => this.page.getByRole('button', { name: `ค้นหาตามที่พิมพ์ ${typed}` });
  noResultHeading = () => this.page.getByRole('heading', { name: 'ไม่พบข้อมูลที่ค้นหา' });
  requestFormLink = () => this.page.getByRole('link', { name: 'ยื่นคำขอข้อมูลข่าวสาร' });
  /** The pager under the found results: "รายการที่ 31–44 จาก 44" and its two buttons. */
  pageRange = () => this.page.locator('.pager .page-range');
  nextPage = () => this.page.getByRole('button', { name: /หน้าถัดไป|Next page/ });
  previousPage = () => this.page.getByRole('button', { name: /หน้าก่อน|Previous page/ });
  /** Every marked (highlighted) piece of text in the results. */
  marks = () => this.page.locator('.result-list mark');

  private key(name: string) {
    return this.keyboard().locator(`.hg-button[data-skbtn="${name}"]`);
  }
  /** The key of one character on the layout shown. */
  keyOf = (char: string) => this.key(char);

  /** The keyboard gives way to the results; touching the field brings it back, as a visitor would. */
  async showKeyboard() {
    if (!(await this.keyboard().isVisible())) await this.input().click();
    await this.keyboard().waitFor();
  }

  /** The keyboard's own search key ("ค้นหา ↵"). */
  searchKey = () => this.key('{enter}');
  async pressSearchKey() {
    await this.searchKey().click();
  }

  /** Types Thai text key by key, pressing Shift for the characters on the shift layer. */
  async typeThai(text: string) {
    await this.showKeyboard();
    await this.keyboard().getByRole('button', { name: 'ไทย', exact: true }).click();
    for (const char of text) {
      if (char === ' ') { await this.key('{space}').click(); continue; }
      if (thaiDefault.has(char)) { await this.key(char).click(); continue; }
      if (thaiShift.has(char)) { await this.key('{shift}').first().click(); await this.key(char).click(); continue; }
      throw new Error(`no key for ${char} on the Thai keyboard`);
    }
  }

  async typeEnglish(text: string) {
    await this.showKeyboard();
    await this.keyboard().getByRole('button', { name: 'ABC', exact: true }).click();
    for (const char of text) {
      if (char === ' ') await this.key('{space}').click();
      else if (/[A-Z]/.test(char)) { await this.key('{shift}').first().click(); await this.key(char).click(); }
      else await this.key(char).click();
    }
  }
}
