import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries { key: string; name: string; kind: 'bar' | 'line'; color: string }

/**
 * Counts over time (e.g. visits per day) as bars and lines, drawn by recharts in SVG. No
 * animation: screenshots and tests see the final chart at once. The figure is one image for a
 * screen reader, named by `label`; the figures themselves are also in the screen's tables.
 */
export function SeriesChart({ data, xKey, series, label, formatNumber, height = 320 }: {
  data: Record<string, string | number>[]; xKey: string; series: ChartSeries[]; label: string;
  formatNumber: (n: number) => string; height?: number;
}) {
  return (
    <figure className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={xKey} interval="preserveStartEnd" minTickGap={4} tick={{ fontSize: 15 }} />
          <YAxis allowDecimals={false} tickFormatter={formatNumber} width={56} tick={{ fontSize: 15 }} />
          <Tooltip formatter={(value) => formatNumber(Number(value))} />
          <Legend wrapperStyle={{ fontSize: 16 }} />
          {series.map((s) => s.kind === 'bar'
            ? <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} maxBarSize={28} />
            : <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={3} dot={{ r: 3 }} type="monotone" isAnimationActive={false} />)}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
