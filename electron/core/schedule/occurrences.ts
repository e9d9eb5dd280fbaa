import type { FocusWindow, WeeklyWindow, WindowKind } from '../../shared/domain/focus-windows.ts';
import { atLocalDateTime, atWallTime, localDays, minutesOf } from './local-time.ts';

/** One real block of time during which a window is open: [start, end). */
export interface Occurrence {
  windowId: string;
  kind: WindowKind;
  profileId: string;
  priority: number;
  start: number;
  end: number;
}

interface WeeklyPlan {
  window: WeeklyWindow;
  startMinute: number;
  endMinute: number;
  skip: Set<string>;
}

/** The windows of a schedule, parsed once so occurrences in any range are quick to list. */
export interface WindowPlan {
  zone: string;
  weekly: WeeklyPlan[];
  /** One-off windows as real instants; they do not depend on the range asked for. */
  oneOff: Occurrence[];
}

/** Parses the windows for one zone; one-off windows are placed in the zone right away. */
export function planWindows(windows: readonly FocusWindow[], zone: string): WindowPlan {
  const plan: WindowPlan = { zone, weekly: [], oneOff: [] };
  for (const window of windows) {
    if (window.type === 'weekly') {
      plan.weekly.push({
        window,
        startMinute: minutesOf(window.start),
        endMinute: minutesOf(window.end),
        skip: new Set(window.skipDates),
      });
    } else {
      const start = atLocalDateTime(zone, window.start);
      const end = atLocalDateTime(zone, window.end);
      if (end > start) plan.oneOff.push({ ...base(window), start, end });
    }
  }
  return plan;
}

/** Every occurrence that is open at some instant in [from, to]; occurrences that would be empty are dropped. */
export function occurrencesBetween(plan: WindowPlan, from: number, to: number): Occurrence[] {
  const found = plan.oneOff.filter((o) => o.end > from && o.start <= to);
  if (plan.weekly.length === 0) return found;
  const days = localDays(plan.zone, from, to);
  // The last day is only there for windows that end on the next day.
  for (let i = 0; i < days.length - 1; i++) {
    const day = days[i]!;
    const nextDay = days[i + 1]!;
    for (const { window, startMinute, endMinute, skip } of plan.weekly) {
      if (!window.days.includes(day.weekday) || skip.has(day.date)) continue;
      const start = atWallTime(plan.zone, day, startMinute);
      const end = atWallTime(plan.zone, window.endsNextDay ? nextDay : day, endMinute);
      // A window that ends where the clocks jump (02:00–03:00 on a spring-forward day) is empty and does not happen.
      if (end > start && end > from && start <= to) found.push({ ...base(window), start, end });
    }
  }
  return found;
}

function base(window: FocusWindow): Omit<Occurrence, 'start' | 'end'> {
  return { windowId: window.id, kind: window.kind, profileId: window.profileId, priority: window.priority };
}
