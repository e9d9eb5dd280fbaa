import type { BoundaryCrossings, CrossingSegment, CrossingsSummary } from '../../shared/contract/reports.ts';
import type { AttentionSegment } from './attention.ts';
import { memoCategorise, type Categorise } from './categorise.ts';
import { intersectSpans, type Span } from './intervals.ts';

/**
 * A span from the schedule, given as plain data by whoever owns the schedule: when a profile was active, private
 * hours (a private profile's time), or a focus window.
 */
export interface ScheduledInterval extends Span {
  kind: 'profile' | 'private-hours' | 'focus-window';
  profileId?: string;
}

/** Keeps only the parts of the segments that fall in the given profile's active intervals. */
export function withinProfile<T extends Span>(
  segments: readonly T[],
  intervals: readonly ScheduledInterval[],
  profileId: string,
): T[] {
  return intersectSpans(
    segments,
    intervals.filter((i) => i.kind === 'profile' && i.profileId === profileId),
  );
}

/**
 * Work-category time inside private hours and social time inside focus windows. Touching pieces of one app, site
 * and profile (a title change, a heartbeat) are one crossing in the list, so each row is one visit.
 */
export function boundaryCrossings(
  segments: readonly AttentionSegment[],
  intervals: readonly ScheduledInterval[],
  categorise: Categorise,
): BoundaryCrossings {
  const category = memoCategorise(categorise);
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const crossing = (kind: CrossingSegment['kind'], cat: string, inside: ScheduledInterval['kind']) =>
    visits(
      intersectSpans(
        sorted.filter((s) => category(s.data) === cat),
        intervals.filter((i) => i.kind === inside),
      ).map((s) => {
        const segment: CrossingSegment = { kind, start: s.start, end: s.end, app: s.data.app };
        if (s.data.site !== undefined) segment.site = s.data.site;
        if (s.data.profileId !== undefined) segment.profileId = s.data.profileId;
        return segment;
      }),
    );
  const workInPrivate = crossing('work-in-private', 'work', 'private-hours');
  const socialInFocus = crossing('social-in-focus', 'social', 'focus-window');
  return crossingsOf([...workInPrivate, ...socialInFocus].sort((a, b) => a.start - b.start));
}

/** The crossings report of a list of crossings (a day's, or the days of a range one after another): their sums. */
export function crossingsOf(segments: CrossingSegment[]): BoundaryCrossings {
  return { ...sumsOf(segments), segments };
}

/** The sums and count a range's view carries in place of the list (see CrossingsSummary). */
export function crossingsSummary(segments: readonly CrossingSegment[]): CrossingsSummary {
  return { ...sumsOf(segments), count: segments.length };
}

function sumsOf(segments: readonly CrossingSegment[]) {
  let workInPrivateMs = 0;
  let socialInFocusMs = 0;
  for (const s of segments) {
    if (s.kind === 'work-in-private') workInPrivateMs += s.end - s.start;
    else socialInFocusMs += s.end - s.start;
  }
  return { workInPrivateMs, socialInFocusMs };
}

/** Joins sorted pieces that touch and name the same app, site and profile. */
function visits(pieces: readonly CrossingSegment[]): CrossingSegment[] {
  const joined: CrossingSegment[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (
      last !== undefined &&
      piece.start <= last.end &&
      last.app === piece.app &&
      last.site === piece.site &&
      last.profileId === piece.profileId
    )
      last.end = Math.max(last.end, piece.end);
    else joined.push({ ...piece });
  }
  return joined;
}
