/** Five shades of the primary blue, lightest first; an empty cell stays the page's background. */
const SHADES = ['#dbe7fb', '#a9c5f2', '#6f9be3', '#3a6fcc', '#0b3d91'] as const;

interface Bucket { level: number; from: number; to: number }

/** Integer ranges of the colour levels for counts 1..max (fewer than five when max is small). */
export function heatBuckets(max: number): Bucket[] {
  const buckets: Bucket[] = [];
  for (let level = 1; level <= SHADES.length; level++) {
    const from = Math.floor(((level - 1) * max) / SHADES.length) + 1;
    const to = Math.floor((level * max) / SHADES.length);
    if (from <= to) buckets.push({ level, from, to });
  }
  return buckets;
}

export interface HeatMapLabels {
  caption: string;
  /** Header of the row-label column (e.g. "วัน"). */
  corner: string;
  legend: string;
  /** Accessible name of one cell, e.g. "วันจันทร์ เวลา 09:00–09:59 น. 3 ครั้ง". */
  cell: (row: number, column: number, value: number) => string;
}

/**
 * A grid of counts coloured by size (e.g. visits by weekday × hour), as a table so that a screen
 * reader can walk it; recharts has no heat map. Counts above zero are also written in the cell.
 */
export function HeatMap({ rowLabels, columnLabels, values, labels, formatNumber }: {
  rowLabels: string[]; columnLabels: string[]; values: number[][]; labels: HeatMapLabels; formatNumber: (n: number) => string;
}) {
  const max = Math.max(0, ...values.flat());
  const buckets = heatBuckets(max);
  const levelOf = (v: number) => (v <= 0 ? 0 : buckets.find((b) => v >= b.from && v <= b.to)?.level ?? SHADES.length);
  return (
    <figure className="heat-map">
      <table>
        <caption className="visually-hidden">{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="corner"><span className="visually-hidden">{labels.corner}</span></th>
            {columnLabels.map((c, i) => <th key={i} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {rowLabels.map((r, row) => (
            <tr key={row}>
              <th scope="row">{r}</th>
              {columnLabels.map((_, column) => {
                const value = values[row]?.[column] ?? 0;
                const level = levelOf(value);
                return (
                  <td key={column} data-level={level} aria-label={labels.cell(row, column, value)} title={labels.cell(row, column, value)}
                    style={level ? { background: SHADES[level - 1], color: level >= 3 ? '#fff' : '#14213d' } : undefined}>
                    {value > 0 ? formatNumber(value) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="heat-legend">
        <span>{labels.legend}</span>
        <span className="swatch-item"><span className="swatch empty" aria-hidden="true" />{formatNumber(0)}</span>
        {buckets.map((b) => (
          <span key={b.level} className="swatch-item">
            <span className="swatch" aria-hidden="true" style={{ background: SHADES[b.level - 1] }} />
            {b.from === b.to ? formatNumber(b.from) : `${formatNumber(b.from)}–${formatNumber(b.to)}`}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
