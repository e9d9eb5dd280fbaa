import type { DayTimeline, TimelineSegment } from '../../../electron/shared/contract/reports.ts';
import { categoryColor, STATE_COLOURS } from './palette.ts';

/** One band of the day's timeline: what covered [start, end), its colour and legend group. */
export interface Band {
  start: number;
  end: number;
  /** A category id for app time; 'idle', 'locked', 'asleep', 'pause' or 'gap' otherwise. */
  group: string;
  color: string;
  /** The app (with site) for app time, empty otherwise. */
  detail: string;
}

const groupOf = (segment: TimelineSegment): string =>
  segment.kind === 'app' ? segment.category : segment.kind === 'presence' ? segment.state : segment.kind;

/**
 * The day's timeline as contiguous bands from `from` to `to`: uncovered time is a gap (Balans did not run), so
 * idle and gaps stay visible as what they are. Neighbouring bands of the same group and detail are joined.
 */
export function timelineBands(timeline: DayTimeline, from: number, to: number): Band[] {
  const bands: Band[] = [];
  let cursor = from;
  const push = (band: Band) => {
    const last = bands[bands.length - 1];
    if (last && last.end === band.start && last.group === band.group && last.detail === band.detail)
      last.end = band.end;
    else bands.push(band);
  };
  const gap = (start: number, end: number) =>
    end > start && push({ start, end, group: 'gap', color: STATE_COLOURS.gap, detail: '' });
  for (const segment of [...timeline.segments].sort((a, b) => a.start - b.start)) {
    const start = Math.max(segment.start, cursor);
    const end = Math.min(segment.end, to);
    if (end <= start) continue;
    gap(cursor, start);
    const group = groupOf(segment);
    push({
      start,
      end,
      group,
      color:
        segment.kind === 'app'
          ? categoryColor(segment.category)
          : ((STATE_COLOURS as Record<string, string>)[group] ?? '#999999'),
      detail: segment.kind === 'app' ? (segment.site ? `${segment.app} · ${segment.site}` : segment.app) : '',
    });
    cursor = end;
  }
  gap(cursor, to);
  return bands;
}

/** The bands as one stacked row for a bar chart: key `b<i>` holds band i's length in minutes. */
export function timelineRow(bands: readonly Band[]): Record<string, number | string> {
  const row: Record<string, number | string> = { row: 'day' };
  bands.forEach((band, index) => {
    row[`b${index}`] = (band.end - band.start) / 60_000;
  });
  return row;
}
