import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Sarabun (the typeface of Thai official letters) embedded as base64 woff2 in the printable report,
 * so it prints the same on a machine with no Thai font. Thai and Latin subsets, regular and bold.
 * Read once and kept; when the package is missing (a trimmed install) the CSS falls back to
 * system Thai fonts and says so in a comment.
 */
const faces = [
  { subset: 'thai', weight: 400, range: 'U+02D7, U+0303, U+0331, U+0E01-0E5B, U+200C-200D, U+25CC' },
  { subset: 'thai', weight: 700, range: 'U+02D7, U+0303, U+0331, U+0E01-0E5B, U+200C-200D, U+25CC' },
  { subset: 'latin', weight: 400, range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
  { subset: 'latin', weight: 700, range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
] as const;

let cached: Promise<string> | undefined;

export function sarabunFontCss(): Promise<string> {
  cached ??= (async () => {
    try {
      const require = createRequire(import.meta.url);
      const rules: string[] = [];
      for (const face of faces) {
        const path = require.resolve(`@fontsource/sarabun/files/sarabun-${face.subset}-${face.weight}-normal.woff2`);
        const base64 = (await readFile(path)).toString('base64');
        rules.push(`@font-face{font-family:'Sarabun';font-style:normal;font-weight:${face.weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${face.range};}`);
      }
      return rules.join('\n');
    } catch {
      return '/* Sarabun not found (@fontsource/sarabun): system Thai fonts are used */';
    }
  })();
  return cached;
}
