import type {
  BoundaryPreferences,
  BoundaryStatus,
  PauseKind,
  WindowState,
} from '../../shared/domain/boundaries.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { activePauses, occurrenceKey } from './memory.ts';
import type { BoundaryMemory } from '../../shared/domain/boundary-memory.ts';
import { budgetOf, budgetProfileOf, pausesUsed } from './pause-budget.ts';
import type { PolicyView } from './policy.ts';

/** How a pause on the window leaves it (an ended window is left out of the status altogether). */
const WINDOW_STATE: Partial<Record<PauseKind, WindowState>> = {
  snooze: 'snoozed',
  skip: 'skipped',
  'one-more-minute': 'one-more-minute',
};

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
  // The budget shown is the one a pause now would spend (the schedule's profile under a manual switch).
  const charged = budgetProfileOf(state, settings.defaultProfileId);
  const used = pausesUsed(memory, charged, view.day);
  const budget = budgetOf(preferences, charged);
  const key = winner && occurrenceKey(winner.windowId, winner.start);
  // The pause on this occurrence of the window, if any: the last one made decides how it stands.
  const onWindow = pauses.filter((p) => p.windowKey === key).at(-1);
  const named = winner && {
    windowId: winner.windowId,
    kind: winner.kind,
    name: settings.windows.find((w) => w.id === winner.windowId)?.name ?? winner.windowId,
    end: winner.end,
  };
  const ended = onWindow?.kind === 'end-with-pin';
  return {
    at: now,
    zone: settings.timeZone,
    profileId: state.profileId,
    profileSource: state.profileSource,
    manualSwitch: state.manualSwitch,
    window:
      named && !ended
        ? {
            ...named,
            state: (onWindow && WINDOW_STATE[onWindow.kind]) ?? 'open',
            pausedUntil: onWindow ? Math.min(onWindow.end, named.end) : null,
          }
        : null,
    endedWindow: named && ended ? { ...named, endedAt: onWindow.start } : null,
    overlay: view.overlay,
    nudge: view.nudge,
    trackingPausedUntil: until('pause-tracking') ?? until('pause-everything'),
    everythingPausedUntil: until('pause-everything'),
    pauseBudget: { used, budget, reasonRequired: used >= budget },
    upcoming: view.upcoming,
    parentPinSet,
    crossings: memory.crossings,
    gaps: memory.gaps,
  };
}
