import type { ChecksReport } from '../../shared/contract/reports.ts';
import type { CategoryId } from '../../shared/domain/usage.ts';
import type { AttentionSegment } from './attention.ts';
import { memoCategorise, type Categorise } from './categorise.ts';
import { periodIndex, type Period } from './periods.ts';

export const CHECK_CATEGORIES: readonly CategoryId[] = ['communication', 'social'];

/**
 * Segments closer than this count as one visit: moving from the chat app to the mail app, or a title change
 * inside one, is not a new check.
 */
export const SAME_VISIT_MS = 1000;

/**
 * Counts checks: each time attention moves into a communication or social app from anything else (another
 * category, or being away). The median is taken over start-to-start times of consecutive checks on the same day.
 */
export function checksReport(
  segments: readonly AttentionSegment[],
  hours: readonly Period[],
  zone: string,
  categorise: Categorise,
  checkCategories: readonly CategoryId[] = CHECK_CATEGORIES,
): ChecksReport {
  const category = memoCategorise(categorise);
  const isCheck = (s: AttentionSegment) => checkCategories.includes(category(s.data));
  const perHour = hours.map((h) => ({ hour: h.key, start: h.start, checks: 0 }));
  const checkStarts: { at: number; day: string }[] = [];
  let previous: AttentionSegment | undefined;
  for (const segment of [...segments].sort((a, b) => a.start - b.start)) {
    const continues =
      previous !== undefined && isCheck(previous) && segment.start - previous.end <= SAME_VISIT_MS;
    if (isCheck(segment) && !continues) {
      const index = periodIndex(hours, segment.start);
      if (index >= 0) {
        perHour[index]!.checks++;
        checkStarts.push({ at: segment.start, day: hours[index]!.key.slice(0, 10) });
      }
    }
    previous = segment;
  }
  const between: number[] = [];
  for (let i = 1; i < checkStarts.length; i++) {
    const [a, b] = [checkStarts[i - 1]!, checkStarts[i]!];
    if (a.day === b.day) between.push(b.at - a.at);
  }
  return { zone, perHour, totalChecks: checkStarts.length, medianMsBetweenChecks: median(between) };
}

/** The median, averaging the two middle values of an even count; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
