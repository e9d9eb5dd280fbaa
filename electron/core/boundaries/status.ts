import type { BoundaryPreferences, BoundaryStatus } from '../../shared/domain/boundaries.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { activePauses, type BoundaryMemory } from './memory.ts';
import { budgetOf, pausesUsed } from './pause-budget.ts';
import type { PolicyView } from './policy.ts';

/** The status the tray, the main window and the overlay show, from the last step. */
export function boundaryStatus(
  memory: BoundaryMemory,
  view: PolicyView,
  settings: Settings,
  preferences: BoundaryPreferences,
  parentPinSet: boolean,
): BoundaryStatus {
  const { state, now } = view;
  const winner = state.windows[0];
  const pauses = activePauses(memory, now);
  const until = (kind: string) => pauses.find((p) => p.kind === kind)?.end ?? null;
  const used = pausesUsed(memory, state.profileId, view.day);
  const budget = budgetOf(preferences, state.profileId);
  return {
    at: now,
    zone: settings.timeZone,
    profileId: state.profileId,
    profileSource: state.profileSource,
    window: winner
      ? {
          windowId: winner.windowId,
          kind: winner.kind,
          name: settings.windows.find((w) => w.id === winner.windowId)?.name ?? winner.windowId,
          end: winner.end,
        }
      : null,
    overlay: view.overlay,
    nudge: view.nudge,
    // A skip steps out of the window like a snooze does, until the window's end: shown (and resumed) the same way.
    snoozedUntil: until('snooze') ?? until('skip'),
    trackingPausedUntil: until('pause-tracking') ?? until('pause-everything'),
    everythingPausedUntil: until('pause-everything'),
    pauseBudget: { used, budget, reasonRequired: used >= budget },
    upcoming: view.upcoming,
    parentPinSet,
    crossings: memory.crossings,
    gaps: memory.gaps,
  };
}
