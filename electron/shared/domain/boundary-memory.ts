import { z } from 'zod';
import {
  boundaryCrossingSchema,
  boundaryGapSchema,
  nudgeViewSchema,
  pauseRecordSchema,
} from './boundaries.ts';

/** A pause as the policy keeps it: the recorded pause plus what it lifts. */
export const activePauseSchema = pauseRecordSchema.extend({
  /** The window occurrence it applies to (`windowId@start`), for snooze, skip and one more minute. */
  windowKey: z.string().optional(),
  /** Made with the parent PIN, so it may lift family time too. */
  withPin: z.boolean(),
  /** The local date it was made on: the daily budget counts today's pauses only. */
  day: z.string(),
  /** The profile whose budget it spent, when not `profileId` (made under a manual switch: the schedule's). */
  budgetProfileId: z.string().optional(),
});
export type ActivePause = z.infer<typeof activePauseSchema>;

/** The nudge the user was given for the category they are in, kept while they stay there. */
export const nudgeMemorySchema = z.object({
  view: nudgeViewSchema,
  shownAt: z.number(),
  /** "5 more minutes" or "back to work": hidden until then, shown again if the user is still there. */
  hiddenUntil: z.number().nullable(),
});
export type NudgeMemory = z.infer<typeof nudgeMemorySchema>;

/**
 * What the policy remembers between two steps. Plain JSON (no Map, no class) so the service can persist it and a
 * restart carries on where it stopped: the pause budget, warnings given and the last step's instant survive. A
 * file that does not match this schema is not trusted.
 */
export const boundaryMemorySchema = z.object({
  /** The instant of the last step; a longer silence than a few minutes is a gap (asleep, closed, killed). */
  lastStep: z.number().nullable(),
  /** The local date (yyyy-mm-dd) of the last step; a new day resets budgets and daily warnings. */
  day: z.string().nullable(),
  profileId: z.string().nullable(),
  /** The winning window occurrence (`windowId@start`) at the last step, or '' when none was open. */
  windowKey: z.string().nullable(),
  /** Occurrences already announced five minutes ahead. */
  warned: z.array(z.string()),
  /** Today's pauses, and any from earlier that still run. */
  pauses: z.array(activePauseSchema),
  /** Occurrences in which "one more minute" was used (once per window). */
  oneMoreMinuteUsed: z.array(z.string()),
  /** Rate limiting: the last time each notification key was sent. */
  notified: z.record(z.string(), z.number()),
  /** Daily limits already announced today, by limit key. */
  limitsAnnounced: z.record(z.string(), z.enum(['heads-up', 'reached'])),
  nudge: nudgeMemorySchema.nullable(),
  /** Identity of the overlay and nudge last shown, so a change of content shows them again. */
  overlayKey: z.string().nullable(),
  nudgeKey: z.string().nullable(),
  crossings: z.array(boundaryCrossingSchema),
  gaps: z.array(boundaryGapSchema),
  /** ISO week (yyyy-Www) whose Monday summary was sent. */
  weeklySummaryWeek: z.string().nullable(),
});
export type BoundaryMemory = z.infer<typeof boundaryMemorySchema>;
