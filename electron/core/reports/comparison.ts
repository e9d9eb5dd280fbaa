import { DateTime } from 'luxon';
import type { DateSpan, PeriodComparison } from '../../shared/contract/reports.ts';

const parse = (date: string): DateTime => DateTime.fromISO(date, { zone: 'UTC' });
const iso = (date: DateTime): string => date.toISODate() ?? '';
const daysBetween = (from: DateTime, to: DateTime): number => Math.round(to.diff(from, 'days').days) + 1;

/** Whether the span is one whole calendar month (then the previous month is the natural comparison). */
const isWholeMonth = (from: DateTime, to: DateTime): boolean =>
  from.day === 1 && to.hasSame(from, 'month') && to.day === from.daysInMonth;

/**
 * The period to compare `range` with, always of equal length, so "Nov 30–Dec 6" is never set against four days.
 * - A range still going on (today inside it) is cut to the days that have begun, and compared with the same number
 *   of days at the same place in the previous period: Monday–Thursday with last Monday–Thursday, Dec 1–4 with
 *   Nov 1–4. Comparing a partial week with a whole one would always show a drop.
 * - A week (or any range that is not a calendar month) is compared with the span of its length just before it.
 * - A calendar month is compared with the previous month from its first day; when the previous month is too short
 *   to hold as many days (March's 31 against February's 28), the month's length just before it is used instead
 *   (Jan 29–Feb 28), so the lengths stay equal.
 * A range wholly in the future compares its first day, so the result is never empty.
 */
export function comparePeriods(range: DateSpan, today: string): PeriodComparison {
  const from = parse(range.from);
  const to = parse(range.to);
  if (!from.isValid || !to.isValid || to < from)
    throw new RangeError(`Invalid range ${range.from}..${range.to}`);
  const now = parse(today);
  const end = now >= from && now < to ? now : now < from ? from : to;
  const days = daysBetween(from, end);
  // The period before has the range's whole length; the comparison takes its first `days` days.
  const before = from.minus({ days: daysBetween(from, to) });
  let previous = { from: iso(before), to: iso(before.plus({ days: days - 1 })) };
  if (isWholeMonth(from, to)) {
    const start = from.minus({ months: 1 });
    const last = start.plus({ days: days - 1 });
    if (last.hasSame(start, 'month')) previous = { from: iso(start), to: iso(last) };
  }
  return { current: { from: range.from, to: iso(end) }, previous, days };
}
