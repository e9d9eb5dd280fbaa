import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Band } from '../../charts/timeline-bands.ts';
import { WINDOW_KIND_COLOURS } from '../../charts/palette.ts';
import type { FocusArea, ProfileChange } from '../../charts/schedule-marks.ts';
import { timelineRow } from '../../charts/timeline-bands.ts';
import { labelLanes, laneCount, shortLabel } from '../../charts/label-lanes.ts';
import { LegendText } from '../../charts/LegendText.tsx';
import { formatDuration, formatTime } from '../../lib/format.ts';
import { textWidth } from '../../lib/text-width.ts';
import { useElementWidth } from '../../lib/use-element-width.ts';
import '../../charts/charts.css';

const MARGIN = { left: 8, right: 24 };
/** Height of one lane of profile labels above the band, in pixels. */
const LANE = 16;

/**
 * The day as one horizontal band per stretch, coloured by category; idle, pauses and gaps shown as such. Focus
 * windows are drawn behind the band and profile changes as lines across it, so time is read against the schedule.
 */
export function DayTimeline({
  bands,
  from,
  zone,
  focus = [],
  changes = [],
  profileName = (id) => id,
}: {
  bands: Band[];
  from: number;
  zone?: string;
  focus?: FocusArea[];
  changes?: ProfileChange[];
  profileName?: (profileId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const labelOf = (group: string) =>
    t(`timeline.${group}`, { defaultValue: t(`category.${group}`, { defaultValue: group }) });
  const groups = [...new Set(bands.map((b) => b.group))];
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
  return (
    <figure className="chart" aria-label={t('today.timelineLabel')} data-testid="day-timeline">
      <div ref={measure}>
        <ResponsiveContainer width="100%" height={85 + top}>
          <BarChart
            data={[timelineRow(bands)]}
            layout="vertical"
            margin={{ ...MARGIN, top }}
            barCategoryGap="30%"
            accessibilityLayer
          >
            <XAxis
              type="number"
              domain={[0, total]}
              ticks={ticks}
              tickFormatter={(m: number) => formatTime(from + m * 60_000, locale, zone)}
            />
            <YAxis type="category" dataKey="row" hide />
            {focus.map((area) => (
              <ReferenceArea
                key={`focus-${area.x1}`}
                x1={area.x1}
                x2={area.x2}
                fill={WINDOW_KIND_COLOURS.focus}
                fillOpacity={0.25}
                stroke={WINDOW_KIND_COLOURS.focus}
                ifOverflow="hidden"
              />
            ))}
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
      </div>
      <ul className="legend">
        {focus.length > 0 && (
          <li>
            <span
              className="swatch"
              style={{ background: WINDOW_KIND_COLOURS.focus, opacity: 0.5 }}
              aria-hidden="true"
            />
            <LegendText text={t('today.focusBehind')} />
          </li>
        )}
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
            <LegendText text={labelOf(group)} />
          </li>
        ))}
      </ul>
    </figure>
  );
}
