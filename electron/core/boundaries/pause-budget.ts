import type { BoundaryPreferences, PauseKind } from '../../shared/domain/boundaries.ts';
import type { ScheduleSnapshot } from '../../shared/domain/schedule-state.ts';
import type { BoundaryMemory } from '../../shared/domain/boundary-memory.ts';

/** The pauses the daily budget counts: the ones a user reaches for to get out of a boundary. */
const BUDGETED: ReadonlySet<PauseKind> = new Set(['snooze', 'skip', 'pause-tracking', 'pause-everything']);

/** The profile's daily budget of pauses before a reason is asked. */
export function budgetOf(preferences: BoundaryPreferences, profileId: string): number {
  return preferences.pauseBudget[profileId] ?? preferences.defaultPauseBudget;
}

/** Pauses charged to the profile today. */
export function pausesUsed(memory: BoundaryMemory, profileId: string, day: string): number {
  return memory.pauses.filter(
    (p) => (p.budgetProfileId ?? p.profileId) === profileId && p.day === day && BUDGETED.has(p.kind),
  ).length;
}

/**
 * The profile whose budget a pause spends: the one the schedule gives, so a profile switched to by hand never
 * brings a fresh budget (the pause is still recorded under the profile that was active).
 */
export function budgetProfileOf(state: ScheduleSnapshot, defaultProfileId: string): string {
  return state.manualSwitch ? (state.windows[0]?.profileId ?? defaultProfileId) : state.profileId;
}

/** Whether a pause of this kind costs from the budget. */
export const isBudgeted = (kind: PauseKind): boolean => BUDGETED.has(kind);
