import { dateTimeFormat } from '../../lib/format.ts';
import type { DateRange } from '../../../../electron/shared/domain/date-range.ts';

// Dates here are calendar dates; noon UTC formatted in UTC keeps the day the same in every zone.
const noon = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
};

/** The range as a heading: "Nov 16 – 22, 2026" for a week, "November 2026" for a month (Intl). */
export function formatRange(range: DateRange, locale: string): string {
  if (range.kind === 'month')
    return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      noon(range.from),
    );
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
    noon(range.from),
    noon(range.to),
  );
}

/** A day's label under its bar: weekday and day in a week ("Mon 16"), the day number in a month. */
export function dayLabeller(kind: DateRange['kind'], locale: string): (date: string) => string {
  const format = dateTimeFormat(
    locale,
    kind === 'week'
      ? { weekday: 'short', day: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', timeZone: 'UTC' },
  );
  return (date) => format.format(noon(date));
}
