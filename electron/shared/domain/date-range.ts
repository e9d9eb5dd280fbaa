// The Week screen's ranges, decided here for main (the week it opens on) and the renderer (every step from there).
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isoDateSchema } from './ids.ts';

export const rangeKindSchema = z.enum(['week', 'month', 'year']);
export type RangeKind = z.infer<typeof rangeKindSchema>;

/** A calendar week (Monday to Sunday), month or year, as inclusive local dates. */
export const dateRangeSchema = z
  .object({ kind: rangeKindSchema, from: isoDateSchema, to: isoDateSchema })
  .strict();
export type DateRange = z.infer<typeof dateRangeSchema>;

const iso = (date: DateTime): string => date.toISODate() ?? '';
const parse = (date: string): DateTime => DateTime.fromISO(date, { zone: 'UTC' });

/** The week (ISO, starting Monday) or month that contains `date`. */
export function rangeContaining(date: string, kind: RangeKind): DateRange {
  const day = parse(date);
  return { kind, from: iso(day.startOf(kind)), to: iso(day.endOf(kind)) };
}

/** The range `steps` weeks or months before (negative) or after (positive) this one. */
export function shiftRange(range: DateRange, steps: number): DateRange {
  return rangeContaining(iso(parse(range.from).plus({ [`${range.kind}s`]: steps })), range.kind);
}

/** Every date in the range, in order. */
export function datesOf(range: DateRange): string[] {
  const dates: string[] = [];
  for (let day = parse(range.from); day <= parse(range.to); day = day.plus({ days: 1 })) dates.push(iso(day));
  return dates;
}

/** Whether the range lies wholly after today, where there is nothing to show yet. */
export const isFuture = (range: DateRange, today: string): boolean => range.from > today;
