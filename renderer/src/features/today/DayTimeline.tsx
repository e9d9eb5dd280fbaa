import { useTranslation } from 'react-i18next';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Band } from '../../charts/timeline-bands.ts';
import { timelineRow } from '../../charts/timeline-bands.ts';
import { formatDuration, formatTime } from '../../lib/format.ts';

/** The day as one horizontal band per stretch, coloured by category; idle, pauses and gaps shown as such. */
export function DayTimeline({ bands, from, zone }: { bands: Band[]; from: number; zone?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const labelOf = (group: string) =>
    t(`timeline.${group}`, { defaultValue: t(`category.${group}`, { defaultValue: group }) });
  const groups = [...new Set(bands.map((b) => b.group))];
  const total = bands.reduce((sum, b) => sum + (b.end - b.start) / 60_000, 0);
  const ticks = Array.from({ length: Math.floor(total / 180) + 1 }, (_, i) => i * 180);
  return (
    <figure className="chart" aria-label={t('today.timelineLabel')} data-testid="day-timeline">
      <ResponsiveContainer width="100%" height={90}>
        <BarChart
          data={[timelineRow(bands)]}
          layout="vertical"
          margin={{ left: 8, right: 24 }}
          accessibilityLayer
        >
          <XAxis
            type="number"
            domain={[0, total]}
            ticks={ticks}
            tickFormatter={(m: number) => formatTime(from + m * 60_000, locale, zone)}
          />
          <YAxis type="category" dataKey="row" hide />
          <Tooltip
            formatter={(value, _name, item) => {
              const band = bands[Number(String(item.dataKey).slice(1))];
              if (!band) return String(value);
              const when = `${formatTime(band.start, locale, zone)}–${formatTime(band.end, locale, zone)}`;
              return [
                `${formatDuration(band.end - band.start, locale)} (${when})`,
                band.detail || labelOf(band.group),
              ];
            }}
          />
          {bands.map((band, index) => (
            <Bar
              key={index}
              dataKey={`b${index}`}
              stackId="day"
              fill={band.color}
              stroke={band.group === 'gap' ? 'var(--border)' : undefined}
              name={labelOf(band.group)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ul className="legend">
        {groups.map((group) => (
          <li key={group}>
            <span
              className="swatch"
              style={{
                background: bands.find((b) => b.group === group)?.color,
                border: '1px solid var(--border)',
              }}
              aria-hidden="true"
            />
            {labelOf(group)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
