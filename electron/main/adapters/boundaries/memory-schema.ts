import { z } from 'zod';
import type { BoundaryMemory } from '../../../core/boundaries/memory.ts';
import { WINDOW_KINDS } from '../../../shared/domain/focus-windows.ts';

const instant = z.number();
const pauseKinds = [
  'snooze',
  'skip',
  'pause-tracking',
  'pause-everything',
  'one-more-minute',
  'end-with-pin',
] as const;

const activePause = z.object({
  id: z.string(),
  kind: z.enum(pauseKinds),
  scope: z.enum(['tracking', 'window', 'everything']),
  start: instant,
  end: instant,
  profileId: z.string(),
  windowId: z.string().optional(),
  reason: z.string().optional(),
  windowKey: z.string().optional(),
  withPin: z.boolean(),
  day: z.string(),
  budgetProfileId: z.string().optional(),
});

const nudge = z.object({
  view: z.object({
    reason: z.enum(['window', 'limit']),
    category: z.string(),
    subject: z.string(),
    windowKind: z.enum(WINDOW_KINDS).nullable(),
    windowName: z.string().nullable(),
    until: instant.nullable(),
    profileId: z.string(),
  }),
  shownAt: instant,
  hiddenUntil: instant.nullable(),
});

/** The boundary memory as it is kept on disk; a file that does not match is not trusted. */
export const boundaryMemorySchema: z.ZodType<BoundaryMemory> = z.object({
  lastStep: instant.nullable(),
  day: z.string().nullable(),
  profileId: z.string().nullable(),
  windowKey: z.string().nullable(),
  warned: z.array(z.string()),
  pauses: z.array(activePause),
  oneMoreMinuteUsed: z.array(z.string()),
  notified: z.record(z.string(), instant),
  limitsAnnounced: z.record(z.string(), z.enum(['heads-up', 'reached'])),
  nudge: nudge.nullable(),
  overlayKey: z.string().nullable(),
  nudgeKey: z.string().nullable(),
  crossings: z.array(z.object({ category: z.string(), subject: z.string(), start: instant, end: instant })),
  gaps: z.array(z.object({ windowId: z.string(), start: instant, end: instant })),
  weeklySummaryWeek: z.string().nullable(),
});
