import type { DayTimeline, TimelineSegment } from '../../../electron/shared/contract/reports.ts';
import { categoryColor, stateFill, type TimelineState } from './palette.ts';

/** One band of the day's timeline: what covered [start, end), its colour and legend group. */
export interface Band {
  start: number;
  end: number;
  /**
   * A category id for app time; 'idle', 'locked', 'asleep', 'pause' or 'gap' (Balans not running) otherwise;
   * 'empty' for time Balans ran but recorded nothing in (no window had focus).
   */
  group: string;
  color: string;
  /** The app (with site) for app time, empty otherwise. */
  detail: string;
}

const groupOf = (segment: TimelineSegment): string =>
  segment.kind === 'app' ? segment.category : segment.kind === 'presence' ? segment.state : segment.kind;

/** The groups that are not app time: drawn with their own patterns, with a legend entry each. */
export const STATE_GROUPS: readonly TimelineState[] = ['idle', 'locked', 'asleep', 'pause', 'gap'];

/**
 * The day's timeline as contiguous bands from `from` to `to`. Gaps (Balans not running) come from the report as
 * segments; time no segment covers is 'empty', so it is never mistaken for idle or for Balans being closed.
 * Neighbouring bands of the same group and detail are joined.
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
  const empty = (start: number, end: number) =>
    end > start && push({ start, end, group: 'empty', color: 'transparent', detail: '' });
  for (const segment of [...timeline.segments].sort((a, b) => a.start - b.start)) {
    const start = Math.max(segment.start, cursor);
    const end = Math.min(segment.end, to);
    if (end <= start) continue;
    empty(cursor, start);
    const group = groupOf(segment);
    push({
      start,
      end,
      group,
      color: segment.kind === 'app' ? categoryColor(segment.category) : stateFill(group as TimelineState),
      detail: segment.kind === 'app' ? (segment.site ? `${segment.app} · ${segment.site}` : segment.app) : '',
    });
    cursor = end;
  }
  empty(cursor, to);
  return bands;
}

/**
 * Where each band lies along a bar drawn `width` pixels wide from `x`: the bands are contiguous, so each one's
 * share of the bar is its share of the day so far. One rectangle per band, however many there are.
 */
export function bandRects(bands: readonly Band[], x: number, width: number): { x: number; width: number }[] {
  const from = bands[0]?.start ?? 0;
  const span = (bands.at(-1)?.end ?? from) - from || 1;
  return bands.map((band) => ({
    x: x + ((band.start - from) / span) * width,
    width: ((band.end - band.start) / span) * width,
  }));
}
