import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CategoryBar } from '../../charts/category-bars.ts';
import { durationTicks, unbreakable } from '../../charts/duration-ticks.ts';

/** Horizontal bars of minutes per category; the figure has an accessible name and a text fallback. */
export function CategoryChart({
  bars,
  label,
  formatMinutes,
}: {
  bars: CategoryBar[];
  label: string;
  formatMinutes: (minutes: number) => string;
}) {
  const ticks = durationTicks(Math.max(0, ...bars.map((b) => b.minutes)));
  return (
    <figure className="chart" aria-label={label} data-testid="category-chart">
      <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 44 + 40)}>
        <BarChart data={bars} layout="vertical" margin={{ left: 16, right: 24 }} accessibilityLayer>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="minutes"
            ticks={ticks}
            domain={[0, ticks.at(-1) ?? 0]}
            interval={0}
            tickFormatter={(value: number) => unbreakable(formatMinutes(value))}
          />
          <YAxis type="category" dataKey="label" width={130} />
          <Tooltip formatter={(value) => formatMinutes(Number(value))} />
          <Bar dataKey="minutes" name={label} isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.category} fill={bar.color} data-category={bar.category} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
