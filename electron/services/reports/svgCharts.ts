/**
 * Small SVG charts drawn as text on the server, for the printable report (no DOM, no library).
 * Text in SVG is escaped like HTML; sizes are in CSS pixels and scale with the page.
 */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FONT = `font-family="Sarabun, sans-serif"`;
const INK = '#1f2937';
const BAR = '#1d4ed8';
const LINE = '#d97706';
const GRID = '#e5e7eb';

/** A rounded top of the scale: 1, 2, 5 x 10^n. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Vertical bars (one series) with an optional line (a second series) on the same scale. */
export function barLineChart(options: {
  labels: string[]; bars: number[]; line?: number[]; barName: string; lineName?: string; width?: number; height?: number;
}): string {
  const { labels, bars, line } = options;
  const width = options.width ?? 680;
  const height = options.height ?? 220;
  const [left, right, top, bottom] = [44, 10, 24, 34];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = niceMax(Math.max(0, ...bars, ...(line ?? [])));
  const slot = plotW / Math.max(1, bars.length);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${GRID}"/>`,
      `<text x="${left - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="${INK}" ${FONT}>${fmt(Math.round(v * 10) / 10)}</text>`);
  }
  const every = Math.max(1, Math.ceil(bars.length / 12));
  bars.forEach((v, i) => {
    const x = left + i * slot;
    parts.push(`<rect x="${(x + slot * 0.15).toFixed(1)}" y="${y(v).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${BAR}"/>`);
    if (i % every === 0) parts.push(`<text x="${(x + slot / 2).toFixed(1)}" y="${height - bottom + 14}" text-anchor="middle" font-size="9" fill="${INK}" ${FONT}>${escapeXml(labels[i] ?? '')}</text>`);
  });
  if (line && line.length) {
    const points = line.map((v, i) => `${(left + i * slot + slot / 2).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${LINE}" stroke-width="2"/>`);
  }
  const legend = [`<rect x="${left}" y="6" width="10" height="10" fill="${BAR}"/><text x="${left + 14}" y="15" font-size="11" fill="${INK}" ${FONT}>${escapeXml(options.barName)}</text>`];
  if (line && options.lineName) legend.push(`<line x1="${left + 150}" x2="${left + 164}" y1="11" y2="11" stroke="${LINE}" stroke-width="2"/><text x="${left + 168}" y="15" font-size="11" fill="${INK}" ${FONT}>${escapeXml(options.lineName)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeXml(options.barName)}">${legend.join('')}${parts.join('')}</svg>`;
}

/** Horizontal bars with labels on the left and values on the right. */
export function horizontalBars(options: { labels: string[]; values: number[]; width?: number; barHeight?: number; labelWidth?: number }): string {
  const width = options.width ?? 680;
  const barHeight = options.barHeight ?? 18;
  const labelWidth = options.labelWidth ?? 230;
  const gap = 6;
  const max = niceMax(Math.max(0, ...options.values));
  const plotW = width - labelWidth - 60;
  const height = options.values.length * (barHeight + gap) + gap;
  const rows = options.values.map((v, i) => {
    const y = gap + i * (barHeight + gap);
    const w = (v / max) * plotW;
    return `<text x="${labelWidth - 6}" y="${y + barHeight * 0.72}" text-anchor="end" font-size="11" fill="${INK}" ${FONT}>${escapeXml(options.labels[i] ?? '')}</text>` +
      `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${BAR}"/>` +
      `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + barHeight * 0.72}" font-size="11" fill="${INK}" ${FONT}>${fmt(v)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img">${rows.join('')}</svg>`;
}

/** A weekday x hour grid shaded by count (darker = more visits), with the count in each busy cell. */
export function heatmapChart(options: { rowLabels: string[]; values: number[][]; width?: number }): string {
  const width = options.width ?? 680;
  const left = 34;
  const top = 18;
  const cell = (width - left - 4) / 24;
  const rowH = 22;
  const max = Math.max(1, ...options.values.flat());
  const parts: string[] = [];
  for (let h = 0; h < 24; h++) {
    parts.push(`<text x="${(left + h * cell + cell / 2).toFixed(1)}" y="12" text-anchor="middle" font-size="9" fill="${INK}" ${FONT}>${String(h).padStart(2, '0')}</text>`);
  }
  options.values.forEach((row, r) => {
    const y = top + r * rowH;
    parts.push(`<text x="${left - 6}" y="${y + rowH * 0.68}" text-anchor="end" font-size="11" fill="${INK}" ${FONT}>${escapeXml(options.rowLabels[r] ?? '')}</text>`);
    row.forEach((v, h) => {
      const shade = v === 0 ? 0 : 0.12 + 0.88 * (v / max);
      const x = left + h * cell;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${(cell - 1).toFixed(1)}" height="${rowH - 2}" fill="${v === 0 ? '#f9fafb' : BAR}" fill-opacity="${v === 0 ? 1 : shade.toFixed(2)}" stroke="${GRID}" stroke-width="0.5"/>`);
      if (v > 0) parts.push(`<text x="${(x + cell / 2).toFixed(1)}" y="${y + rowH * 0.62}" text-anchor="middle" font-size="8" fill="${shade > 0.55 ? '#ffffff' : INK}" ${FONT}>${fmt(v)}</text>`);
    });
  });
  const height = top + options.values.length * rowH + 4;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img">${parts.join('')}</svg>`;
}
