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

/**
 * The scale of a chart of counts: a step of 1, 2 or 5 × 10^n, never below 1 (nobody makes 1.3
 * visits), with at most five steps up to the top.
 */
function countScale(value: number): { step: number; max: number } {
  let step = 1;
  for (let power = 1; Math.ceil(value / step) > 5; power *= 10) {
    step = [1, 2, 5].map((m) => m * power).find((s) => Math.ceil(value / s) <= 5) ?? 10 * power;
  }
  return { step, max: Math.max(step, Math.ceil(value / step) * step) };
}

const fmt = (n: number) => n.toLocaleString('en-US');

export interface ChartSeries { name: string; values: number[]; kind: 'bar' | 'line'; color: string }

/** Colours of the report's series, in the order the web report uses them. */
export const seriesColours = { visits: BAR, searches: LINE, documentViews: '#15803d' } as const;

/** A legend row: a swatch (square for bars, line with a dot for lines) and the name, laid out left to right. */
function legend(series: { name: string; kind: 'bar' | 'line'; color: string }[], x0: number): string {
  let x = x0;
  return series.map((s) => {
    const swatch = s.kind === 'bar'
      ? `<rect x="${x}" y="6" width="10" height="10" fill="${s.color}"/>`
      : `<line x1="${x - 2}" x2="${x + 12}" y1="11" y2="11" stroke="${s.color}" stroke-width="2"/><circle cx="${x + 5}" cy="11" r="3" fill="${s.color}"/>`;
    const item = `${swatch}<text x="${x + 16}" y="15" font-size="11" fill="${INK}" ${FONT}>${escapeXml(s.name)}</text>`;
    x += 16 + s.name.length * 6.5 + 22; // Sarabun 11px averages ~6.5px a character
    return item;
  }).join('');
}

/**
 * Counts over days: bar series side by side in each day's slot, line series as lines with a dot
 * on every day (so a one-day report still shows them). Every series given is drawn and listed.
 * Bars are capped in width: one day must not fill the whole chart.
 */
export function seriesChart(options: { labels: string[]; series: ChartSeries[]; width?: number; height?: number; maxBarWidth?: number }): string {
  const { labels, series } = options;
  const width = options.width ?? 680;
  const height = options.height ?? 220;
  const [left, right, top, bottom] = [44, 10, 26, 34];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const count = Math.max(1, labels.length);
  const { step, max } = countScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const slot = plotW / count;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const centre = (i: number) => left + i * slot + slot / 2;
  const parts: string[] = [];
  for (let v = 0; v <= max; v += step) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${GRID}"/>`,
      `<text x="${left - 4}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="${INK}" ${FONT}>${fmt(Math.round(v * 10) / 10)}</text>`);
  }
  const bars = series.filter((s) => s.kind === 'bar');
  const barW = Math.min(slot * 0.7, (options.maxBarWidth ?? 36) * Math.max(1, bars.length)) / Math.max(1, bars.length);
  bars.forEach((s, b) => {
    s.values.forEach((v, i) => {
      const x = centre(i) - (barW * bars.length) / 2 + b * barW;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${s.color}"/>`);
    });
  });
  for (const s of series.filter((l) => l.kind === 'line')) {
    if (s.values.length > 1) parts.push(`<polyline points="${s.values.map((v, i) => `${centre(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    s.values.forEach((v, i) => parts.push(`<circle cx="${centre(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"/>`));
  }
  const every = Math.max(1, Math.ceil(labels.length / 12));
  labels.forEach((label, i) => {
    if (i % every === 0) parts.push(`<text x="${centre(i).toFixed(1)}" y="${height - bottom + 14}" text-anchor="middle" font-size="9" fill="${INK}" ${FONT}>${escapeXml(label)}</text>`);
  });
  const name = series.map((s) => s.name).join(', ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeXml(name)}">${legend(series, left)}${parts.join('')}</svg>`;
}

/**
 * Horizontal bars with labels on the left and each value at its bar's end. With more than one
 * series, each label gets one bar per series, named in a legend above.
 */
export function horizontalBars(options: {
  labels: string[]; series: { name?: string; values: number[]; color?: string }[]; width?: number; barHeight?: number; labelWidth?: number;
}): string {
  const width = options.width ?? 680;
  const labelWidth = options.labelWidth ?? 230;
  const { series } = options;
  const many = series.length > 1;
  const barHeight = options.barHeight ?? (many ? 12 : 18);
  const gap = 6;
  const top = many ? 22 : 0;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = width - labelWidth - 60;
  const rowH = barHeight * series.length + gap;
  const height = top + options.labels.length * rowH + gap;
  const colour = (i: number) => series[i]?.color ?? (i === 0 ? BAR : LINE);
  const rows = options.labels.map((label, i) => {
    const y = top + gap + i * rowH;
    const bars = series.map((s, k) => {
      const v = s.values[i] ?? 0;
      const w = (v / max) * plotW;
      const by = y + k * barHeight;
      return `<rect x="${labelWidth}" y="${by}" width="${w.toFixed(1)}" height="${barHeight - (many ? 1 : 0)}" fill="${colour(k)}"/>` +
        `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${by + barHeight * 0.78}" font-size="${many ? 10 : 11}" fill="${INK}" ${FONT}>${fmt(v)}</text>`;
    }).join('');
    return `<text x="${labelWidth - 6}" y="${y + (barHeight * series.length) / 2 + 4}" text-anchor="end" font-size="11" fill="${INK}" ${FONT}>${escapeXml(label)}</text>${bars}`;
  });
  const key = many ? legend(series.map((s, k) => ({ name: s.name ?? '', kind: 'bar' as const, color: colour(k) })), labelWidth) : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img">${key}${rows.join('')}</svg>`;
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
