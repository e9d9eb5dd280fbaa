import { z } from 'zod';
import type { LimitTarget } from './profiles.ts';
import { WINDOW_KINDS, type WindowKind } from './focus-windows.ts';
import type { ProfileSource } from './schedule-state.ts';
import { PAUSE_SCOPES, type CategoryId } from './usage.ts';

/** How long a snooze lasts, in minutes: the three choices the tray, the window and the overlay offer. */
export const SNOOZE_MINUTES = [5, 15, 30] as const;
export type SnoozeMinutes = (typeof SNOOZE_MINUTES)[number];

/** What the user did to step out of a boundary; every one is recorded with its reason. */
export const PAUSE_KINDS = [
  'snooze',
  'skip',
  'pause-tracking',
  'pause-everything',
  'one-more-minute',
  'end-with-pin',
] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

/** One pause as it is recorded (as a 'pause' stored event) and shown in reports. */
export const pauseRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(PAUSE_KINDS),
  scope: z.enum(PAUSE_SCOPES),
  start: z.number(),
  /** When it ends on its own; resuming early shortens it. */
  end: z.number(),
  profileId: z.string(),
  windowId: z.string().optional(),
  reason: z.string().optional(),
});
export type PauseRecord = z.infer<typeof pauseRecordSchema>;

/** A message for a native notification, as data: main translates it, the renderer can too. */
export type BoundaryNotice =
  | { key: 'window-started'; kind: WindowKind; windowName: string; until: number }
  | { key: 'window-soon'; kind: 'family-time' | 'downtime'; windowName: string; at: number }
  | { key: 'restricted'; category: CategoryId; app: string; kind: WindowKind | null }
  | { key: 'limit-heads-up'; target: LimitTarget; minutesPerDay: number; minutesLeft: number }
  | { key: 'limit-reached'; target: LimitTarget; minutesPerDay: number }
  | { key: 'weekly-summary' };

/** The small always-on-top prompt: "You're in Focus until 12:00 — LinkedIn is set as private." */
export const nudgeViewSchema = z.object({
  /** Why it shows: the current window restricts the category, or a daily limit is reached. */
  reason: z.enum(['window', 'limit']),
  category: z.string(),
  /** The app or site the user is in, as they would name it. */
  subject: z.string(),
  windowKind: z.enum(WINDOW_KINDS).nullable(),
  windowName: z.string().nullable(),
  /** When the window ends (null: a limit, which lasts the day). */
  until: z.number().nullable(),
  profileId: z.string(),
});
export type NudgeView = z.infer<typeof nudgeViewSchema>;

/** The full-screen overlay: family time, downtime, or an app the current window blocks. */
export interface OverlayView {
  kind: 'family-time' | 'downtime' | 'block';
  windowId: string | null;
  windowName: string | null;
  /** When it ends on its own; null for a block that lasts until the user leaves the app. */
  until: number | null;
  /** The short message the family chose (empty: the UI shows its default text). */
  message: string;
  /** "One more minute" is still available in this window (once per window). */
  oneMoreMinute: boolean;
  /** Ending it early needs the parent PIN. */
  pinRequired: boolean;
  /** For a block: the category and app that are blocked. */
  category: CategoryId | null;
  subject: string | null;
}

/** A stretch of family time during which Balans was not running (closed, killed or asleep). */
export const boundaryGapSchema = z.object({ windowId: z.string(), start: z.number(), end: z.number() });
export type BoundaryGap = z.infer<typeof boundaryGapSchema>;

/** Time spent in a restricted category after a nudge said so. */
export const boundaryCrossingSchema = z.object({
  category: z.string(),
  subject: z.string(),
  start: z.number(),
  end: z.number(),
});
export type BoundaryCrossing = z.infer<typeof boundaryCrossingSchema>;

/** How the open window stands: in force, or stepped out of by a snooze, a skip or one more minute. */
export type WindowState = 'open' | 'snoozed' | 'skipped' | 'one-more-minute';

/** Everything the tray, the main window and the overlay show about boundaries right now. */
export interface BoundaryStatus {
  at: number;
  /** The zone in effect (main resolved a 'system' choice; never 'system'), for showing times. */
  zone: string;
  profileId: string;
  profileSource: ProfileSource;
  /** Where the active profile came from by hand: the switch and when it ends (null: it never ends on its own). */
  manualSwitch: { profileId: string; until: number | null } | null;
  /**
   * The window that is open now and how it stands. A window ended early ("End now") is not here: it no longer
   * holds, so nothing may show its minutes left or offer to snooze or skip it (see `endedWindow`).
   */
  window: {
    windowId: string;
    kind: WindowKind;
    name: string;
    end: number;
    /** In force, or stepped out of until `pausedUntil` (a skip runs to the window's end). */
    state: WindowState;
    pausedUntil: number | null;
  } | null;
  /** The window the user ended early, until its scheduled end: "Family time ended at 21:05". */
  endedWindow: { windowId: string; kind: WindowKind; name: string; endedAt: number; end: number } | null;
  overlay: OverlayView | null;
  nudge: NudgeView | null;
  trackingPausedUntil: number | null;
  everythingPausedUntil: number | null;
  /** Pauses used today by the active profile, its daily budget, and whether the next one needs a reason. */
  pauseBudget: { used: number; budget: number; reasonRequired: boolean };
  /** Family time or downtime that starts within five minutes. */
  upcoming: { kind: 'family-time' | 'downtime'; at: number } | null;
  /** Whether a parent PIN has been set. */
  parentPinSet: boolean;
  crossings: BoundaryCrossing[];
  gaps: BoundaryGap[];
}

/** Choices about boundaries that live next to the settings: the family's message and the pause budget. */
export interface BoundaryPreferences {
  familyMessage: string;
  /** Pauses per profile per day before a reason is asked; profiles not listed get `defaultPauseBudget`. */
  pauseBudget: Record<string, number>;
  defaultPauseBudget: number;
}

export const DEFAULT_BOUNDARY_PREFERENCES: BoundaryPreferences = {
  familyMessage: '',
  pauseBudget: {},
  defaultPauseBudget: 3,
};
