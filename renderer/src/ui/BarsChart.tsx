import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

/**
 * Labelled horizontal bars (views per category group, survey answers …), recharts SVG without
 * animation; each bar carries its count at its end, so no tooltip is needed on a touch screen.
 */
export function BarsChart({ data, label, formatNumber, color = '#0b3d91', labelWidth = 200 }: {
  data: { label: string; value: number }[]; label: string; formatNumber: (n: number) => string;
  color?: string; labelWidth?: number;
}) {
  const height = Math.max(120, data.length * 44 + 36);
  return (
    <figure className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={formatNumber} tick={{ fontSize: 15 }} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 16 }} interval={0} />
          <Bar dataKey="value" fill={color} isAnimationActive={false} maxBarSize={30}>
            <LabelList dataKey="value" position="right" formatter={(v) => formatNumber(Number(v))} style={{ fontSize: 16, fontWeight: 700 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
