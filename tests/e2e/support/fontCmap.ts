import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The @fontsource Sarabun files the renderer imports (renderer/src/main.tsx), regular weight. */
export const sarabunFiles = ['thai', 'latin'].map((subset) => `node_modules/@fontsource/sarabun/files/sarabun-${subset}-400-normal.woff`);

/**
 * The code points a WOFF 1 font maps to a glyph (its cmap's format 4 and 12 subtables): what the
 * font can draw without falling back to its empty box (.notdef).
 */
export function codePointsOf(file: string): Set<number> {
  const woff = readFileSync(file);
  let cmap: Buffer | undefined;
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const [offset, length, original] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const raw = woff.subarray(offset, offset + length);
    cmap = length < original ? inflateSync(raw) : raw;
  }
  if (!cmap) throw new Error(`${file} has no cmap`);
  const found = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const table = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(table);
    if (format === 4) {
      const segments = cmap.readUInt16BE(table + 6) / 2;
      const ends = table + 14, starts = ends + segments * 2 + 2, deltas = starts + segments * 2, ranges = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const [start, end, delta, range] = [cmap.readUInt16BE(starts + s * 2), cmap.readUInt16BE(ends + s * 2), cmap.readInt16BE(deltas + s * 2), cmap.readUInt16BE(ranges + s * 2)];
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          const glyph = range === 0 ? (cp + delta) & 0xffff : cmap.readUInt16BE(ranges + s * 2 + range + (cp - start) * 2);
          if (glyph !== 0) found.add(cp);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < cmap.readUInt32BE(table + 12); g++) {
        const group = table + 16 + g * 12;
        for (let cp = cmap.readUInt32BE(group); cp <= cmap.readUInt32BE(group + 4); cp++) found.add(cp);
      }
    }
  }
  return found;
}
