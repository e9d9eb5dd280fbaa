import type { Settings } from '../../shared/domain/settings.ts';
import { stateAt } from './schedule.ts';

/**
 * The profile the schedule makes active at an instant, asked once a second by the tracker: the answer is kept
 * until the schedule's next change (or new settings), so most calls cost a comparison.
 */
export function profileReader(settings: () => Settings): (at: number) => string {
  let cached: { settings: Settings; from: number; until: number; profileId: string } | undefined;
  return (at) => {
    const current = settings();
    if (cached && cached.settings === current && cached.from <= at && at < cached.until)
      return cached.profileId;
    const state = stateAt(current, at);
    cached = { settings: current, from: at, until: state.next?.at ?? Infinity, profileId: state.profileId };
    return state.profileId;
  };
}
