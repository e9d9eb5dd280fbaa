import type { BoundaryGap } from '../../shared/domain/boundaries.ts';
import type { ScheduleSnapshot } from '../../shared/domain/schedule-state.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { stateAt, transitions } from '../schedule/schedule.ts';

/** A silence between two steps longer than this means Balans was not running (closed, killed, asleep). */
export const GAP_AFTER_MS = 3 * 60_000;

/**
 * The stretches of family time in (from, to) during which Balans did not run, one per window occurrence,
 * from the schedule's own transitions so overlaps and time zones are handled by the engine.
 */
export function familyTimeGaps(settings: Settings, from: number, to: number): BoundaryGap[] {
  if (!(to - from > GAP_AFTER_MS)) return [];
  const gaps: BoundaryGap[] = [];
  let open: BoundaryGap | null = null;
  const apply = (at: number, snapshot: ScheduleSnapshot) => {
    const overlay = snapshot.overlay?.kind === 'family-time' ? snapshot.overlay : null;
    if (open && open.windowId !== overlay?.windowId) {
      gaps.push({ ...open, end: at });
      open = null;
    }
    if (overlay && !open) open = { windowId: overlay.windowId, start: at, end: at };
  };
  apply(from, stateAt(settings, from));
  for (const transition of transitions(settings, from, to)) {
    if (transition.at >= to) break;
    apply(transition.at, transition.state);
  }
  if (open) gaps.push({ ...(open as BoundaryGap), end: to });
  return gaps;
}
