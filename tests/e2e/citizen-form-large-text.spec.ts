import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HomePage } from './pages/HomePage';
import { keepScreenshot } from './support/screens';

/*
 * An outside tester, largest text, 1080x1920, English: Send on an empty request form showed its
 * refusal under the on-screen keyboard, cut after "fill in a phone, an e-mail", with Send and
 * Cancel under the keyboard too (Send top 1520 px, keyboard top 1446 px). Nothing seemed to happen.
 * The refusal must be read whole, on screen, above (or without) the keyboard; Send must be
 * reachable without scrolling while typing. Thai and English, request and complaint.
 */

/**
 * What keeps `target` from being seen or touched where it stands, without scrolling: outside the
 * window, or another element (the keyboard) on top of one of its corners or its centre. [] if none.
 */
function hidingOf(target: Locator) {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const problems: string[] = [];
    if (r.width === 0 || r.height === 0) problems.push('has no size');
    if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) {
      problems.push(`outside the window: top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)} of ${window.innerHeight}`);
    }
    const inset = 6; // inside a rounded corner (14 px radius)
    const points: Array<[string, number, number]> = [
      ['top left', r.left + inset, r.top + inset], ['top right', r.right - inset, r.top + inset], ['centre', r.left + r.width / 2, r.top + r.height / 2],
      ['bottom left', r.left + inset, r.bottom - inset], ['bottom right', r.right - inset, r.bottom - inset],
    ];
    for (const [where, x, y] of points) {
      const top = document.elementFromPoint(x, y);
      if (!top || !(el === top || el.contains(top))) problems.push(`${where} is under ${top ? `${top.tagName.toLowerCase()}.${[...top.classList].join('.')} (${top.closest('section, div')?.className ?? ''})` : 'nothing (off screen)'}`);
    }
    // Text cut by its own box (overflow hidden, a fixed height) is not read either.
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) problems.push('its text overflows its box');
    return problems;
  });
}

const words = {
  th: { request: /ขอข้อมูลที่ไม่มีในตู้/, complaint: /ร้องเรียน/, startRequest: 'กรอกคำขอข้อมูลข่าวสารที่ตู้นี้', startComplaint: 'กรอกเรื่องร้องเรียน / แจ้งเบาะแสที่ตู้นี้', agree: 'รับทราบ เริ่มกรอกแบบฟอร์ม', send: 'ส่งแบบฟอร์ม' },
  en: { request: /Ask for information not here/, complaint: /^Complaints/, startRequest: 'Fill in a request at this kiosk', startComplaint: 'Fill in a complaint or tip-off at this kiosk', agree: 'I understand, start the form', send: 'Send the form' },
} as const;

async function openForm(page: Page, url: string, language: 'th' | 'en', kind: 'request' | 'complaint') {
  const home = new HomePage(page);
  await home.open(url);
  if (language === 'en') await home.languageToggle().click();
  while (await home.textLarger().isEnabled()) await home.textLarger().click();
  const w = words[language];
  await page.getByRole('link', { name: kind === 'request' ? w.request : w.complaint }).first().click();
  await page.getByRole('link', { name: kind === 'request' ? w.startRequest : w.startComplaint }).click();
  await page.getByRole('button', { name: w.agree }).click();
}

const keyboard = (page: Page) => page.getByRole('region', { name: /แป้นพิมพ์บนจอ|On-screen keyboard/ });

for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
  for (const language of ['th', 'en'] as const) {
    for (const kind of ['request', 'complaint'] as const) {
      // Landscape is checked in English only (its longest words): the cost of the rest is not worth it.
      if (viewport.width > viewport.height && language === 'th') continue;
      test(`${language}, largest text, ${kind} form: Send is in reach while typing, and an empty Send shows its whole refusal (${viewport.width}x${viewport.height})`, async ({ page, kiosk }) => {
        await page.setViewportSize(viewport);
        await openForm(page, kiosk.url, language, kind);
        const send = page.getByRole('button', { name: words[language].send });
        // Typing: the first field is touched and the keyboard is up.
        await page.getByRole('textbox').first().click();
        await expect(keyboard(page)).toBeVisible();
        await keepScreenshot(page, `filing-${kind}-typing-large-${language}`);
        expect.soft(await hidingOf(send), 'Send, while typing').toEqual([]);

        await send.click();
        const refusal = page.getByRole('alert').filter({ hasText: /\S/ });
        await expect(refusal).toBeVisible();
        // The refusal is in view: scrolled there, and the keyboard out of its way.
        await expect.poll(() => hidingOf(refusal), { message: 'the refusal' }).toEqual([]);
        await keepScreenshot(page, `filing-${kind}-refused-large-${language}`);
        expect(await hidingOf(send), 'Send, after the refusal').toEqual([]);
        // The first field refused says why under it, in view too.
        const firstRefused = page.locator('[aria-invalid="true"]').first();
        await expect(firstRefused).toBeVisible();
        const said = page.locator(`#${await firstRefused.getAttribute('aria-describedby')}`);
        await expect(said).toHaveText(/\S/);
        expect(await hidingOf(said), 'the first refused field\'s sentence').toEqual([]);
        expect(await hidingOf(firstRefused), 'the first refused field').toEqual([]);
        // Touching it brings the keyboard back, the field still in view above it.
        await firstRefused.click();
        await expect(keyboard(page)).toBeVisible();
        await expect.poll(() => hidingOf(firstRefused), { message: 'the field touched, keyboard up' }).toEqual([]);
        expect(await hidingOf(said), 'its sentence, keyboard up').toEqual([]);
        expect(await hidingOf(send), 'Send, typing again').toEqual([]);
        await keepScreenshot(page, `filing-${kind}-retyping-large-${language}`);
      });
    }
  }
}
