import { DateTime } from 'luxon';
import type { Weekday } from '../../shared/domain/focus-windows.ts';

/** One local calendar day in a zone, as Luxon computes it. */
export interface LocalDay {
  /** yyyy-mm-dd */
  date: string;
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  /** First instant of the day (local midnight, or the first local time that exists). */
  start: number;
  /** First instant of the next day. */
  end: number;
  /** Luxon reports the same UTC offset at both ends of the day: no clock change inside it. */
  steady: boolean;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Throws a RangeError for a zone Luxon does not know ('system' is the computer's zone). */
export function checkZone(zone: string): void {
  if (!DateTime.fromMillis(0, { zone }).isValid) throw new RangeError(`Unknown time zone: ${zone}`);
}

/** The local days from the day before `from` to the day after `to`, in order. */
export function localDays(zone: string, from: number, to: number): LocalDay[] {
  const first = DateTime.fromMillis(from, { zone });
  const last = DateTime.fromMillis(to, { zone });
  if (!first.isValid || !last.isValid) throw new RangeError(`Unknown time zone: ${zone}`);
  // Calendar dates step in UTC (no zone rules involved); each day's instants come from Luxon in the zone.
  let date = DateTime.utc(first.year, first.month, first.day).minus({ days: 1 });
  const stop = DateTime.utc(last.year, last.month, last.day).plus({ days: 1 });
  const days: LocalDay[] = [];
  let start = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone });
  while (date <= stop) {
    const nextDate = date.plus({ days: 1 });
    const next = DateTime.fromObject(
      { year: nextDate.year, month: nextDate.month, day: nextDate.day },
      { zone },
    );
    days.push({
      date: date.toISODate()!,
      year: date.year,
      month: date.month,
      day: date.day,
      weekday: date.weekday as Weekday,
      start: start.toMillis(),
      end: next.toMillis(),
      steady: start.offset === next.offset && start.hour === 0 && start.minute === 0,
    });
    date = nextDate;
    start = next;
  }
  return days;
}

/**
 * The instant a local wall-clock time (minutes after midnight) happens on a day. On a steady day the time is
 * that many minutes after Luxon's midnight (the offset does not change, so wall time and real time advance
 * together); on a day with a clock change Luxon resolves the time itself, see `resolveLocal`.
 */
export function atWallTime(zone: string, day: LocalDay, minuteOfDay: number): number {
  if (day.steady) return day.start + minuteOfDay * MINUTE;
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  return resolveLocal(
    DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone }),
  );
}

/** The instant of a local date-time 'yyyy-mm-ddTHH:mm' in a zone, resolved like `atWallTime`. */
export function atLocalDateTime(zone: string, localDateTime: string): number {
  const dt = DateTime.fromISO(localDateTime, { zone });
  if (!dt.isValid) throw new RangeError(`Invalid local date-time ${localDateTime} in ${zone}`);
  return resolveLocal(dt);
}

/**
 * A time the clocks skip (02:30 on a spring-forward day) moves forward by the length of the skip (03:30), which
 * is what Luxon and RFC 5545 do. A time that happens twice (02:30 on a fall-back day) is its first occurrence,
 * as in RFC 5545; Luxon alone picks either one depending on the zone, so the earlier is chosen explicitly.
 */
function resolveLocal(dt: DateTime): number {
  let earliest = dt.toMillis();
  for (const candidate of dt.getPossibleOffsets()) earliest = Math.min(earliest, candidate.toMillis());
  return earliest;
}

/** Minutes after midnight of an 'HH:mm' time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export { DAY, MINUTE };
