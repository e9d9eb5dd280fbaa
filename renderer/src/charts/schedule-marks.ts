import type { ScheduleMark } from '../../../electron/shared/contract/reports.ts';

/** A focus window behind the timeline, in minutes from the start of the drawn range. */
export interface FocusArea {
  x1: number;
  x2: number;
}

/** Where the active profile changed, in minutes from the start of the drawn range, and to which profile. */
export interface ProfileChange {
  x: number;
  profileId: string;
}

/**
 * The schedule as the day's timeline draws it behind the bands: focus windows as areas and profile changes as lines,
 * cut to the drawn range [from, to) (today ends now, so later windows are left out).
 */
export function scheduleMarks(
  marks: readonly ScheduleMark[],
  from: number,
  to: number,
): { focus: FocusArea[]; changes: ProfileChange[] } {
  const minutes = (ms: number) => (ms - from) / 60_000;
  const focus = marks
    .filter((m) => m.kind === 'focus-window' && m.end > from && m.start < to)
    .map((m) => ({ x1: minutes(Math.max(m.start, from)), x2: minutes(Math.min(m.end, to)) }));
  const changes = marks
    .filter((m) => m.kind === 'profile' && m.start > from && m.start < to && m.profileId !== undefined)
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ x: minutes(m.start), profileId: m.profileId as string }));
  return { focus, changes };
}
