import { DateTime } from 'luxon';
import type { PeriodUnit } from '../../shared/contract/reports.ts';
import type { Span } from './intervals.ts';

/** A local day or hour: its label and its [start, end) instants. */
export interface Period extends Span {
  key: string;
}

/** The instants from the start of local day `from` to the end of local day `to` (inclusive) in `zone`. */
export function dateRangeSpan(from: string, to: string, zone: string): Span {
  const first = DateTime.fromISO(from, { zone });
  const last = DateTime.fromISO(to, { zone });
  if (!first.isValid || !last.isValid)
    throw new RangeError(`Invalid date range ${from}..${to} in zone ${zone}`);
  return { start: first.startOf('day').toMillis(), end: last.plus({ days: 1 }).startOf('day').toMillis() };
}

/** Every local day or hour overlapping `span`, in order; Luxon handles 23- and 25-hour days. */
export function periodsIn(span: Span, unit: PeriodUnit, zone: string): Period[] {
  const periods: Period[] = [];
  let cursor = DateTime.fromMillis(span.start, { zone }).startOf(unit);
  while (cursor.toMillis() < span.end) {
    // Hours are added as elapsed time, so the repeated hour at a DST change appears twice, as it was lived.
    const next = unit === 'day' ? cursor.plus({ days: 1 }).startOf('day') : cursor.plus({ hours: 1 });
    const key =
      unit === 'day'
        ? cursor.toISODate()
        : cursor.toISO({ suppressSeconds: true, suppressMilliseconds: true });
    periods.push({ key: key ?? '', start: cursor.toMillis(), end: next.toMillis() });
    cursor = next;
  }
  return periods;
}

/** Index of the period containing `at`, or -1; periods must be sorted and contiguous. */
export function periodIndex(periods: readonly Period[], at: number): number {
  let low = 0;
  let high = periods.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const period = periods[mid]!;
    if (at < period.start) high = mid - 1;
    else if (at >= period.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Cuts spans at period edges so each piece lies in one period. */
export function splitAtPeriods<T extends Span>(items: readonly T[], periods: readonly Period[]): T[] {
  const pieces: T[] = [];
  for (const item of items) {
    let at = item.start;
    while (at < item.end) {
      const index = periodIndex(periods, at);
      const until = index < 0 ? item.end : Math.min(item.end, periods[index]!.end);
      pieces.push({ ...item, start: at, end: until });
      at = until;
    }
  }
  return pieces;
}

/** Sorted periods in runs of consecutive ones (each starts where the one before ends): each run is read in one go. */
export function runsOf<P extends Period>(periods: readonly P[]): P[][] {
  const runs: P[][] = [];
  for (const period of periods) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.end === period.start) run.push(period);
    else runs.push([period]);
  }
  return runs;
}
