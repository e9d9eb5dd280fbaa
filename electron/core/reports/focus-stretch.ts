import type { FocusStretch, FocusStretchReport } from '../../shared/contract/reports.ts';
import type { CategoryId } from '../../shared/domain/usage.ts';
import type { AttentionSegment } from './attention.ts';
import { memoCategorise, type Categorise } from './categorise.ts';

/**
 * A break from work of at most this long (glancing at a notification, switching via a launcher) does not end a
 * focus stretch; anything longer, including being away or a gap, does.
 */
export const FOCUS_TOLERANCE_MS = 30_000;

/** The stretch with the most work time, where work segments follow each other with breaks ≤ the tolerance. */
export function longestFocusStretch(
  segments: readonly AttentionSegment[],
  categorise: Categorise,
  toleranceMs = FOCUS_TOLERANCE_MS,
  focusCategory: CategoryId = 'work',
): FocusStretchReport {
  const category = memoCategorise(categorise);
  let longest: FocusStretch | null = null;
  let current: FocusStretch | null = null;
  const work = segments.filter((s) => category(s.data) === focusCategory).sort((a, b) => a.start - b.start);
  for (const segment of work) {
    const breakMs = current ? segment.start - current.end : Infinity;
    if (current && breakMs <= toleranceMs) {
      current.end = Math.max(current.end, segment.end);
      current.workMs += segment.end - segment.start;
      if (breakMs > 0) current.interruptions++;
    } else {
      current = {
        start: segment.start,
        end: segment.end,
        workMs: segment.end - segment.start,
        interruptions: 0,
      };
    }
    if (!longest || current.workMs > longest.workMs) longest = { ...current };
  }
  return { toleranceMs, longest };
}
