/**
 * The back end's printable report is a whole HTML document (its own CSS, inline SVG, no script).
 * The print view shows it inside a shadow root of our page (the CSP allows no frames), so its CSS
 * is split: `@page` (paper size, margins, page numbers) only works at document level, `body`/`html`
 * rules become `:host`, everything else stays inside the shadow root. `@font-face` is dropped: the
 * app already bundles Sarabun, and font faces are not honoured inside a shadow root anyway.
 */
export interface PrintableParts { title: string; pageCss: string; reportCss: string; body: string }

/** UTF-8 text of a base64 file. */
export function decodeBase64Text(base64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}

/** Top-level CSS blocks (`prelude { … }`, nested braces balanced; `@import …;` kept whole). */
function topLevelBlocks(css: string): { prelude: string; text: string }[] {
  const blocks: { prelude: string; text: string }[] = [];
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  while (i < clean.length) {
    const open = clean.indexOf('{', i);
    const semi = clean.indexOf(';', i);
    if (open < 0) break;
    if (semi >= 0 && semi < open && clean.slice(i, semi).trim().startsWith('@')) { i = semi + 1; continue; } // @charset/@import: not ours
    let depth = 0;
    let end = open;
    for (; end < clean.length; end++) {
      if (clean[end] === '{') depth++;
      else if (clean[end] === '}' && --depth === 0) break;
    }
    blocks.push({ prelude: clean.slice(i, open).trim(), text: clean.slice(i, end + 1).trim() });
    i = end + 1;
  }
  return blocks;
}

const hostSelector = (prelude: string) =>
  prelude.split(',').map((s) => (/^(html|body)$/i.test(s.trim()) ? ':host' : s.trim())).join(', ');

export function splitPrintableHtml(html: string): PrintableParts {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  const page: string[] = [];
  const report: string[] = [];
  for (const block of topLevelBlocks(css)) {
    if (block.prelude.startsWith('@page')) page.push(block.text);
    else if (block.prelude.startsWith('@font-face')) continue;
    else if (block.prelude.startsWith('@')) report.push(block.text);
    else report.push(`${hostSelector(block.prelude)} ${block.text.slice(block.text.indexOf('{'))}`);
  }
  doc.querySelectorAll('script, style').forEach((e) => e.remove()); // there is none; a report never runs code
  return { title: doc.title, pageCss: page.join('\n'), reportCss: report.join('\n'), body: doc.body.innerHTML };
}
