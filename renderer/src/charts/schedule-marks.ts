import type { ScheduleMark, WindowBand } from '../../../electron/shared/contract/reports.ts';
import { WINDOW_KINDS, type WindowKind } from '../../../electron/shared/domain/focus-windows.ts';

/** A window on its kind's lane, as a share (0..1) of the drawn range from its left edge, with its real times. */
export interface WindowMark {
  windowId: string;
  name: string;
  left: number;
  width: number;
  start: number;
  end: number;
}

/** One lane under the day's band: every window of one kind open during the drawn range. */
export interface WindowLane {
  kind: WindowKind;
  windows: WindowMark[];
}

/** Where the active profile changed, in minutes from the start of the drawn range, and to which profile. */
export interface ProfileChange {
  x: number;
  profileId: string;
}

/**
 * The schedule as the day's timeline draws it: a lane per window kind (in the kinds' order, only kinds that
 * occur) and profile changes as lines, cut to the drawn range [from, to) (today ends now, so later windows and
 * changes are left out).
 */
export function scheduleMarks(
  marks: readonly ScheduleMark[],
  windows: readonly WindowBand[],
  from: number,
  to: number,
): { lanes: WindowLane[]; changes: ProfileChange[] } {
  const minutes = (ms: number) => (ms - from) / 60_000;
  const length = to - from;
  const lanes = WINDOW_KINDS.map((kind) => ({
    kind,
    windows: windows
      .filter((w) => w.kind === kind && w.end > from && w.start < to)
      .sort((a, b) => a.start - b.start)
      .map((w) => {
        const start = Math.max(w.start, from);
        const end = Math.min(w.end, to);
        return {
          windowId: w.windowId,
          name: w.name,
          left: (start - from) / length,
          width: (end - start) / length,
          start,
          end,
        };
      }),
  })).filter((lane) => lane.windows.length > 0);
  const changes = marks
    .filter((m) => m.kind === 'profile' && m.start > from && m.start < to && m.profileId !== undefined)
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ x: minutes(m.start), profileId: m.profileId as string }));
  return { lanes, changes };
}
