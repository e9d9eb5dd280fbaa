import { z } from 'zod';
import type { categoryIdSchema } from './ids.ts';

/** A category an observation falls into (a built-in one or a user-defined id). */
export type CategoryId = z.infer<typeof categoryIdSchema>;

export const BUILT_IN_CATEGORIES = ['work', 'communication', 'social', 'entertainment', 'other'] as const;

/**
 * What had the user's attention, as recorded: the app and window the window source saw (the app under its one
 * name, the site filled in once by the tracker) and the profile that was active at that moment. The profile is a
 * fact of the moment, like the app: a later schedule edit does not move old time between profiles, and reading
 * applies that profile's rules.
 */
export const observationSchema = z.object({
  app: z.string(),
  title: z.string().optional(),
  site: z.string().optional(),
  executable: z.string().optional(),
  profileId: z.string().optional(),
});
export type Observation = z.infer<typeof observationSchema>;

/** A stored usage event (ActivityWatch model): start and duration in ms, data as observed. */
export interface UsageEvent {
  start: number;
  duration: number;
  data: Observation;
}

/** Whether someone was at the machine; only 'active' time is ever attributed to an app. */
export type PresenceState = 'active' | 'idle' | 'locked' | 'asleep';

export const PAUSE_SCOPES = ['tracking', 'window', 'everything'] as const;
export type PauseScope = (typeof PAUSE_SCOPES)[number];

/**
 * A row of the local event log. Writers upsert by id: the tracker extends the open event's duration under the
 * same id (heartbeat merge), so a batch never holds more than the last few seconds of change.
 */
export type StoredEvent =
  | { id: string; kind: 'window'; start: number; duration: number; data: Observation }
  | { id: string; kind: 'presence'; start: number; duration: number; data: { state: PresenceState } }
  /** Balans was running and tracking; the complement within a range is a gap (app closed, machine off). */
  | { id: string; kind: 'running'; start: number; duration: number; data: Record<string, never> }
  /**
   * The clock was set back while Balans ran: from `start + duration` to `start`. Events on both passes of that span
   * are kept; reports show their union, and this record says why the same hour holds two.
   */
  | { id: string; kind: 'clock'; start: number; duration: number; data: Record<string, never> }
  | {
      id: string;
      kind: 'pause';
      start: number;
      duration: number;
      data: { scope: PauseScope; reason?: string; profileId?: string };
    };

export type StoredEventKind = StoredEvent['kind'];

/**
 * Where the tracker's writes go; the store implements it with batched, crash-safe commits. The store is the only
 * place that batches, so its flush interval is the most a crash can lose.
 */
export interface UsageSink {
  /** Upserts events by id (queued: never throws for a disk that refuses them). */
  write(events: readonly StoredEvent[]): void;
  /** Commits what is queued now (before sleep, on pause and stop); a failure keeps it queued. */
  flush?(): void;
}
