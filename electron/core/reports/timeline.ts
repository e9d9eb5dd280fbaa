import type { TimelineSegment } from '../../shared/contract/reports.ts';
import type { PauseScope, PresenceState } from '../../shared/domain/usage.ts';
import { latestWins, type AttentionSegment } from './attention.ts';
import type { Categorise } from './categorise.ts';
import { memoCategorise } from './categorise.ts';
import { complementSpans, subtractSpans, type Span } from './intervals.ts';

interface Timed {
  start: number;
  duration: number;
}

export interface TimelineInput {
  /** Attention segments (window time with away time already cut out), sorted by start. */
  attention: readonly AttentionSegment[];
  presence: readonly (Timed & { data: { state: PresenceState } })[];
  running: readonly Timed[];
  pauses: readonly (Timed & { data: { scope: PauseScope } })[];
  /** The day, ending at "now" for today: the future is not a gap. */
  range: Span;
}

/**
 * A day's timeline. Where records overlap, a pause wins over away time, away time over an app, and anything
 * recorded over a gap, so each moment appears once. A gap is time Balans was not running.
 */
export function dayTimeline(input: TimelineInput, categorise: Categorise): TimelineSegment[] {
  const category = memoCategorise(categorise);
  const clip = <T extends Span>(items: T[]): T[] =>
    items
      .map((i) => ({
        ...i,
        start: Math.max(i.start, input.range.start),
        end: Math.min(i.end, input.range.end),
      }))
      .filter((i) => i.end > i.start)
      .sort((a, b) => a.start - b.start);
  const toSpan = (t: Timed) => ({ start: t.start, end: t.start + t.duration });

  const pauses = clip(
    input.pauses.map((p) => ({ ...toSpan(p), kind: 'pause' as const, scope: p.data.scope })),
  );
  // Presence overlaps only when the clock was set back: the later pass wins there, as for apps.
  const away = clip(
    latestWins(input.presence)
      .filter((p) => p.data.state !== 'active')
      .map((p) => ({
        start: p.start,
        end: p.end,
        kind: 'presence' as const,
        state: p.data.state as 'idle' | 'locked' | 'asleep',
      })),
  );
  const apps = clip(
    input.attention.map((a) => {
      const segment: TimelineSegment = {
        kind: 'app',
        start: a.start,
        end: a.end,
        app: a.data.app,
        category: category(a.data),
      };
      if (a.data.title !== undefined) segment.title = a.data.title;
      if (a.data.site !== undefined) segment.site = a.data.site;
      return segment;
    }),
  );
  const gaps = complementSpans(input.running.map(toSpan), input.range).map((g) => ({
    ...g,
    kind: 'gap' as const,
  }));

  const awayShown = subtractSpans(away, pauses);
  const appsShown = subtractSpans(apps, [...pauses, ...away]);
  const gapsShown = subtractSpans(gaps, [...pauses, ...away, ...apps]);
  return [...pauses, ...awayShown, ...appsShown, ...gapsShown].sort((a, b) => a.start - b.start);
}
