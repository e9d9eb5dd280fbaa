import type { ActivePause, BoundaryMemory } from '../../shared/domain/boundary-memory.ts';

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
