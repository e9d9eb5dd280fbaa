import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Band } from '../../charts/timeline-bands.ts';
import { WINDOW_KIND_COLOURS, type TimelineState } from '../../charts/palette.ts';
import type { ProfileChange, WindowLane } from '../../charts/schedule-marks.ts';
import { drawnBands } from '../../charts/drawn-bands.ts';
import { STATE_GROUPS, bandRects } from '../../charts/timeline-bands.ts';
import { StateSwatch, TimelinePatterns } from '../../charts/TimelinePatterns.tsx';
import { WindowLanes } from './WindowLanes.tsx';
import { labelLanes, laneCount, shortLabel } from '../../charts/label-lanes.ts';
import { LegendText } from '../../charts/LegendText.tsx';
import { formatDuration, formatTime, numberFormat } from '../../lib/format.ts';
import { cachedByKey } from '../../lib/cached.ts';
import { textWidth } from '../../lib/text-width.ts';
import { useElementWidth } from '../../lib/use-element-width.ts';
import '../../charts/charts.css';

const MARGIN = { left: 8, right: 24 };
/** Height of one lane of profile labels above the band, in pixels. */
const LANE = 16;

const isState = (group: string): group is TimelineState => (STATE_GROUPS as string[]).includes(group);

/**
 * The day as one horizontal band per stretch, coloured by category; idle, locked, asleep, pauses and "Balans not
 * running" each in its own pattern. The day's windows are drawn in a lane per kind under the band and profile
 * changes as lines across it, so time is read against the schedule. The bands are one bar whose shape draws a
 * rectangle per stretch (with its own tooltip text): a bar series per stretch made a busy day of 2,000 stretches take
 * seconds to draw. Stretches narrower than a pixel are drawn a pixel at a time (drawnBands), their tooltip giving
 * each category's time there.
 */
export function DayTimeline({
  bands,
  from,
  zone,
  lanes = [],
  changes = [],
  profileName = (id) => id,
}: {
  bands: Band[];
  from: number;
  zone?: string;
  lanes?: WindowLane[];
  changes?: ProfileChange[];
  profileName?: (profileId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // Looked up once per group and formatted once per instant: the band's tooltips ask for a label per stretch and
  // per share and for each stretch's start and end (thousands on a busy day), which took tens of milliseconds.
  const labelOf = useMemo(
    () =>
      cachedByKey((group: string) =>
        t(`timeline.${group}`, { defaultValue: t(`category.${group}`, { defaultValue: group }) }),
      ),
    [t],
  );
  const timeOf = useMemo(() => cachedByKey((ms: number) => formatTime(ms, locale, zone)), [locale, zone]);
  const present = new Set(bands.map((b) => b.group));
  const categories = [...present].filter((g) => g !== 'empty' && !isState(g));
  const states = STATE_GROUPS.filter((g) => present.has(g));
  const away = bands.filter((b) => isState(b.group));
  const total = bands.reduce((sum, b) => sum + (b.end - b.start) / 60_000, 0);
  const ticks = Array.from({ length: Math.floor(total / 180) + 1 }, (_, i) => i * 180);
  // Profile names above their lines, lifted into lanes so neighbours never run together ("PrivaProfessional").
  const [width, measure] = useElementWidth<HTMLDivElement>();
  const plot = Math.max(0, width - MARGIN.left - MARGIN.right);
  const names = changes.map((c) => profileName(c.profileId));
  const shown = names.map((name) => shortLabel(name));
  const placed = labelLanes(
    changes.map((c, i) => ({ x: total > 0 ? (c.x / total) * plot : 0, width: textWidth(shown[i] ?? '') })),
    plot,
  );
  const top = changes.length > 0 ? 8 + laneCount(placed) * LANE : 5;
  // A band drawn for several narrow ones tells each category's share of it: a pixel holds under a minute.
  const share = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <figure className="chart" aria-label={t('today.timelineLabel')} data-testid="day-timeline">
      <div ref={measure}>
        <ResponsiveContainer width="100%" height={85 + top}>
          <BarChart
            data={[{ row: 'day', day: total }]}
            layout="vertical"
            margin={{ ...MARGIN, top }}
            barCategoryGap="30%"
            accessibilityLayer
          >
            <XAxis
              type="number"
              domain={[0, total]}
              ticks={ticks}
              tickFormatter={(m: number) => timeOf(from + m * 60_000)}
            />
            <YAxis type="category" dataKey="row" hide />
            {changes.map((change, i) => (
              <ReferenceLine
                key={`profile-${change.x}`}
                x={change.x}
                stroke="var(--text)"
                strokeDasharray="4 3"
                label={() => (
                  <text
                    className="timeline-label"
                    data-testid="profile-change-label"
                    x={MARGIN.left + (placed[i]?.left ?? 0)}
                    y={top - 6 - (placed[i]?.lane ?? 0) * LANE}
                  >
                    <title>{names[i]}</title>
                    {shown[i]}
                  </text>
                )}
              />
            ))}
            <Bar
              dataKey="day"
              isAnimationActive={false}
              shape={(bar: { x?: number; y?: number; width?: number; height?: number }) => {
                const shown = drawnBands(bands, bar.width ?? 0);
                return (
                  <g>
                    {bandRects(shown, bar.x ?? 0, bar.width ?? 0).map((rect, index) => {
                      const band = shown[index]!;
                      const when = `${timeOf(band.start)}–${timeOf(band.end)}`;
                      const what = band.parts
                        ? band.parts
                            .map(
                              (part) =>
                                `${labelOf(part.group)} ${share.format(part.ms / (band.end - band.start))}`,
                            )
                            .join(', ')
                        : `${band.detail || labelOf(band.group)}: ${formatDuration(band.end - band.start, locale)}`;
                      return (
                        <rect
                          key={index}
                          x={rect.x}
                          y={bar.y}
                          width={rect.width}
                          height={bar.height}
                          fill={band.color}
                          stroke={band.group === 'gap' ? 'var(--muted)' : undefined}
                          strokeDasharray={band.group === 'gap' ? '3 2' : undefined}
                        >
                          <title>{`${what} (${when})`}</title>
                        </rect>
                      );
                    })}
                  </g>
                );
              }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <WindowLanes lanes={lanes} zone={zone} left={MARGIN.left} right={MARGIN.right} />
      <TimelinePatterns />
      <ul className="legend" data-testid="timeline-legend">
        {categories.map((group) => (
          <li key={group} data-group={group}>
            <span
              className="swatch"
              style={{
                background: bands.find((b) => b.group === group)?.color,
                border: '1px solid var(--border)',
              }}
              aria-hidden="true"
            />
            <LegendText text={labelOf(group)} />
          </li>
        ))}
        {states.map((state) => (
          <li key={state} data-group={state}>
            <StateSwatch state={state} />
            <LegendText text={labelOf(state)} />
          </li>
        ))}
        {lanes.map((lane) => (
          <li key={lane.kind} data-window-kind={lane.kind}>
            {/* Lane-shaped, like the lanes it names: the kinds share colours with categories on other screens. */}
            <span
              className="swatch swatch-lane"
              style={{ background: WINDOW_KIND_COLOURS[lane.kind] }}
              aria-hidden="true"
            />
            <LegendText text={t('today.windowLegend', { kind: t(`kind.${lane.kind}`) })} />
          </li>
        ))}
      </ul>
      {away.length > 0 && (
        <ul className="visually-hidden" data-testid="timeline-away">
          {away.map((band) => (
            <li key={band.start}>
              {t('today.awayStretch', {
                state: labelOf(band.group),
                from: timeOf(band.start),
                to: timeOf(band.end),
                duration: formatDuration(band.end - band.start, locale),
              })}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
