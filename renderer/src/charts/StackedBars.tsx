import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisWidthFor, durationTicks, largestStack, unbreakable } from './duration-ticks.ts';
import { LegendText } from './LegendText.tsx';
import type { Series } from './series.ts';
import './charts.css';

export type { Series } from './series.ts';

/**
 * Bars stacked by series (minutes), with a legend, tooltips and an accessible name for the whole figure. The
 * duration axis counts in readable steps (0, 1 h, 2 h …) whose labels never wrap.
 */
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
  const ticks = durationTicks(
    largestStack(
      data,
      series.map((s) => s.key),
    ),
  );
  const tickLabel = (value: number) => unbreakable(formatMinutes(value));
  return (
    <figure className="chart" aria-label={label} data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ left: 8, right: 16, top: 8 }} accessibilityLayer>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey={xKey} />
          <YAxis
            ticks={ticks}
            domain={[0, ticks.at(-1) ?? 0]}
            interval={0}
            tickFormatter={tickLabel}
            width={axisWidthFor(ticks.map(tickLabel))}
          />
          <Tooltip formatter={(value) => formatMinutes(Number(value))} />
          <Legend formatter={(value) => <LegendText text={String(value)} />} />
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
