import type { FocusKept } from '../../shared/contract/reports.ts';
import type { CategoryId } from '../../shared/domain/usage.ts';
import type { AttentionSegment } from './attention.ts';
import { memoCategorise, type Categorise } from './categorise.ts';
import type { ScheduledInterval } from './crossings.ts';
import { intersectSpans, mergeSpans, totalMs, type Span } from './intervals.ts';

/**
 * How much of the focus windows' time within `range` went to work. Focus windows are cut to the range, so a
 * window still to come (later today, later this week) does not count as focus time that was lost, and to the
 * spans Balans was running (`watched`), so a day the computer was off is not focus time lost either.
 */
export function focusKept(
  segments: readonly AttentionSegment[],
  intervals: readonly ScheduledInterval[],
  range: Span,
  watched: readonly Span[],
  categorise: Categorise,
  focusCategory: CategoryId = 'work',
): FocusKept {
  const windows = intersectSpans(
    mergeSpans(
      intervals
        .filter((i) => i.kind === 'focus-window')
        .map((i) => ({ start: Math.max(i.start, range.start), end: Math.min(i.end, range.end) })),
    ),
    mergeSpans(watched),
  );
  const category = memoCategorise(categorise);
  const work = [...segments]
    .filter((s) => category(s.data) === focusCategory)
    .sort((a, b) => a.start - b.start);
  const focusMs = totalMs(windows);
  const workMs = totalMs(intersectSpans(work, windows));
  return { focusMs, workMs, share: focusMs > 0 ? workMs / focusMs : null };
}
