import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;

/** The local days (yyyy-mm-dd, one or two) in `zone` that the UTC day numbered `utcDay` overlaps. */
export function localDaysOfUtcDay(utcDay: number, zone: string): string[] {
  const first = DateTime.fromMillis(utcDay * DAY_MS, { zone }).toISODate()!;
  const last = DateTime.fromMillis((utcDay + 1) * DAY_MS - 1, { zone }).toISODate()!;
  return first === last ? [first] : [first, last];
}
