import type { ScheduledInterval } from '../reports/crossings.ts';
import type { ScheduleSnapshot } from '../../shared/domain/schedule-state.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { stateAt, transitions } from './schedule.ts';

/** The built-in work profile; every other profile's time counts as private hours for boundary crossings. */
const WORK_PROFILE_ID = 'professional';

/**
 * The schedule over [from, to) as the spans reports need: which profile was active, private hours, and the
 * stretches in which a focus window was the winning window. Adjacent spans of the same kind are joined.
 */
export function scheduledIntervals(settings: Settings, from: number, to: number): ScheduledInterval[] {
  if (!(to > from)) return [];
  const start = stateAt(settings, from);
  const steps: { at: number; state: ScheduleSnapshot }[] = [
    { at: from, state: start },
    ...transitions(settings, from, to).filter((t) => t.at < to),
  ];
  const result: ScheduledInterval[] = [];
  const extend = (interval: ScheduledInterval) => {
    const last = result.findLast((r) => r.kind === interval.kind);
    if (last && last.end === interval.start && last.profileId === interval.profileId) last.end = interval.end;
    else result.push(interval);
  };
  steps.forEach((step, index) => {
    const end = steps[index + 1]?.at ?? to;
    const profileId = step.state.profileId;
    extend({ kind: 'profile', profileId, start: step.at, end });
    if (profileId !== WORK_PROFILE_ID) extend({ kind: 'private-hours', profileId, start: step.at, end });
    const winner = step.state.windows[0];
    if (winner?.kind === 'focus') extend({ kind: 'focus-window', profileId, start: step.at, end });
  });
  return result.sort((a, b) => a.start - b.start);
}
