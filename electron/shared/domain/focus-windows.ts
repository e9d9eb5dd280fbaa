import { z } from 'zod';
import { idSchema, isoDateSchema, localDateTimeSchema, localTimeSchema, nameSchema } from './ids.ts';

/**
 * What a window is for. Ordered from least to most restrictive: that order decides overlaps
 * (see docs/schedule.md).
 */
export const WINDOW_KINDS = ['office-hours', 'focus', 'downtime', 'family-time'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday (Luxon's numbering). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const base = {
  id: idSchema,
  name: nameSchema,
  kind: z.enum(WINDOW_KINDS),
  profileId: idSchema,
  /** Breaks ties between overlapping windows of the same kind: the higher number wins. */
  priority: z.int().min(-1000).max(1000),
};

/** A block that repeats every week on the given days, in local time. */
export const weeklyWindowSchema = z
  .object({
    ...base,
    type: z.literal('weekly'),
    days: z
      .array(z.literal([1, 2, 3, 4, 5, 6, 7]))
      .min(1)
      .max(7),
    /** HH:mm local */
    start: localTimeSchema,
    /** HH:mm local; on the next day when endsNextDay is set. */
    end: localTimeSchema,
    /** The block crosses midnight; without it, end must be after start. */
    endsNextDay: z.boolean(),
    /** Local dates (yyyy-mm-dd) on which an occurrence that would start is skipped, e.g. holidays. */
    skipDates: z.array(isoDateSchema).max(1000),
  })
  .strict();
export type WeeklyWindow = z.infer<typeof weeklyWindowSchema>;

/** A block that happens once, between two local date-times (yyyy-mm-ddTHH:mm local, end after start). */
export const oneOffWindowSchema = z
  .object({ ...base, type: z.literal('one-off'), start: localDateTimeSchema, end: localDateTimeSchema })
  .strict();
export type OneOffWindow = z.infer<typeof oneOffWindowSchema>;

export const focusWindowSchema = z.discriminatedUnion('type', [weeklyWindowSchema, oneOffWindowSchema]);
export type FocusWindow = z.infer<typeof focusWindowSchema>;

/**
 * Why a window's times are impossible, or null when they are fine. Weekly: end after start unless the window
 * crosses midnight, and then at most 24 hours. One-off: end after start (local date-times compare as text).
 */
export function windowTimesProblem(window: FocusWindow): string | null {
  if (window.type === 'one-off') return window.end > window.start ? null : 'end-before-start';
  if (!window.endsNextDay) return window.end > window.start ? null : 'end-before-start';
  return window.end <= window.start ? null : 'longer-than-a-day';
}
