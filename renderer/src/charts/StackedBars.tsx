import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** Bars stacked by series (minutes), with a legend, tooltips and an accessible name for the whole figure. */
export function StackedBars({
  data,
  xKey,
  series,
  label,
  formatMinutes,
  testId,
  height = 280,
}: {
  data: object[];
  xKey: string;
  series: Series[];
  label: string;
  formatMinutes: (minutes: number) => string;
  testId?: string;
  height?: number;
}) {
  return (
    <figure className="chart" aria-label={label} data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ left: 8, right: 16, top: 8 }} accessibilityLayer>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey={xKey} />
          <YAxis tickFormatter={(value: number) => formatMinutes(value)} width={80} />
          <Tooltip formatter={(value) => formatMinutes(Number(value))} />
          <Legend />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="total"
              fill={s.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
