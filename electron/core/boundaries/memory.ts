import type {
  BoundaryCrossing,
  BoundaryGap,
  NudgeView,
  PauseRecord,
} from '../../shared/domain/boundaries.ts';

/** A pause as the policy keeps it: the recorded pause plus what it lifts. */
export interface ActivePause extends PauseRecord {
  /** The window occurrence it applies to (`windowId@start`), for snooze, skip and one more minute. */
  windowKey?: string;
  /** Made with the parent PIN, so it may lift family time too. */
  withPin: boolean;
  /** The local date it was made on: the daily budget counts today's pauses only. */
  day: string;
  /** The profile whose budget it spent, when not `profileId` (made under a manual switch: the schedule's). */
  budgetProfileId?: string;
}

/** The nudge the user was given for the category they are in, kept while they stay there. */
export interface NudgeMemory {
  view: NudgeView;
  shownAt: number;
  /** "5 more minutes" or "back to work": hidden until then, shown again if the user is still there. */
  hiddenUntil: number | null;
}

/**
 * What the policy remembers between two steps. Plain JSON (no Map, no class) so the service can persist it and a
 * restart carries on where it stopped: the pause budget, warnings given and the last step's instant survive.
 */
export interface BoundaryMemory {
  /** The instant of the last step; a longer silence than a few minutes is a gap (asleep, closed, killed). */
  lastStep: number | null;
  /** The local date (yyyy-mm-dd) of the last step; a new day resets budgets and daily warnings. */
  day: string | null;
  profileId: string | null;
  /** The winning window occurrence (`windowId@start`) at the last step, or '' when none was open. */
  windowKey: string | null;
  /** Occurrences already announced five minutes ahead. */
  warned: string[];
  /** Today's pauses, and any from earlier that still run. */
  pauses: ActivePause[];
  /** Occurrences in which "one more minute" was used (once per window). */
  oneMoreMinuteUsed: string[];
  /** Rate limiting: the last time each notification key was sent. */
  notified: Record<string, number>;
  /** Daily limits already announced today, by limit key. */
  limitsAnnounced: Record<string, 'heads-up' | 'reached'>;
  nudge: NudgeMemory | null;
  /** Identity of the overlay and nudge last shown, so a change of content shows them again. */
  overlayKey: string | null;
  nudgeKey: string | null;
  crossings: BoundaryCrossing[];
  gaps: BoundaryGap[];
  /** ISO week (yyyy-Www) whose Monday summary was sent. */
  weeklySummaryWeek: string | null;
}

/** The memory of a fresh install. */
export function initialMemory(): BoundaryMemory {
  return {
    lastStep: null,
    day: null,
    profileId: null,
    windowKey: null,
    warned: [],
    pauses: [],
    oneMoreMinuteUsed: [],
    notified: {},
    limitsAnnounced: {},
    nudge: null,
    overlayKey: null,
    nudgeKey: null,
    crossings: [],
    gaps: [],
    weeklySummaryWeek: null,
  };
}

/** A window occurrence's identity: the same window opens again tomorrow as a different occurrence. */
export const occurrenceKey = (windowId: string, start: number): string => `${windowId}@${start}`;

/**
 * The identity of an occurrence that does not depend on the window's id: its kind and its start (one instant, so
 * one local date and time). "One more minute" is once per such occurrence, so deleting and re-creating the
 * window, or adding another one on top, does not give another minute.
 */
export const graceKey = (kind: string, start: number): string => `${kind}@${start}`;

/** The pauses in force at `now`. */
export function activePauses(memory: BoundaryMemory, now: number): ActivePause[] {
  return memory.pauses.filter((p) => p.start <= now && now < p.end);
}

/** Starts a new local day: yesterday's pauses (except those still running), warnings and records go. */
export function startDay(memory: BoundaryMemory, day: string, now: number): BoundaryMemory {
  if (memory.day === day) return memory;
  return {
    ...memory,
    day,
    // Pauses are counted by the local date they were made on, so the ones of neighbouring dates stay: a clock set
    // back over midnight and forward again must find today's pauses still there, budget and all.
    pauses: memory.pauses.filter((p) => p.end > now || withinADay(p.day, day)),
    // Occurrence keys stay while their window may still be open (one can cross midnight).
    warned: recentKeys(memory.warned, now),
    oneMoreMinuteUsed: recentKeys(memory.oneMoreMinuteUsed, now),
    limitsAnnounced: {},
    crossings: [],
    gaps: [],
  };
}

const TWO_DAYS = 2 * 86_400_000;
const ONE_DAY = 86_400_000;

/** Whether two local dates (yyyy-mm-dd) are at most one calendar day apart. */
function withinADay(a: string, b: string): boolean {
  return Math.abs(Date.parse(`${a}T00:00Z`) - Date.parse(`${b}T00:00Z`)) <= ONE_DAY;
}

function recentKeys(keys: readonly string[], now: number): string[] {
  return keys.filter((key) => Number(key.slice(key.lastIndexOf('@') + 1)) > now - TWO_DAYS);
}
