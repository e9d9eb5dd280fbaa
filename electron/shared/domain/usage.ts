/** A category an observation falls into; user-defined categories are plain ids too. */
export type CategoryId = 'work' | 'communication' | 'social' | 'entertainment' | 'other' | (string & {});

export const BUILT_IN_CATEGORIES = ['work', 'communication', 'social', 'entertainment', 'other'] as const;

/** What the window source saw: the app and window that had the user's attention. */
export interface Observation {
  app: string;
  title?: string;
  site?: string;
  executable?: string;
}

/** A stored usage event (ActivityWatch model): start and duration in ms, data as observed. */
export interface UsageEvent {
  start: number;
  duration: number;
  data: Observation;
}
