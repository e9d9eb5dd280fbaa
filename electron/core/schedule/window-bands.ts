import type { WindowBand } from '../../shared/contract/reports.ts';
import { WINDOW_KINDS } from '../../shared/domain/focus-windows.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { checkZone } from './local-time.ts';
import { occurrencesBetween, planWindows } from './occurrences.ts';

/**
 * Every occurrence of every window (focus, office hours, downtime, family time) open during [from, to), cut to it:
 * overridden windows too, since each kind is drawn on its own band. A window over midnight appears on both days,
 * cut at the day's edge; an occurrence ended early ends where it was ended. Sorted by kind (least restrictive
 * first), then start.
 */
export function windowBands(settings: Settings, from: number, to: number): WindowBand[] {
  if (!(to > from)) return [];
  checkZone(settings.timeZone);
  const names = new Map(settings.windows.map((w) => [w.id, w.name]));
  const plan = planWindows(settings.windows, settings.timeZone, settings.endedEarly);
  return occurrencesBetween(plan, from, to)
    .filter((o) => o.end > from && o.start < to)
    .map((o) => ({
      windowId: o.windowId,
      name: names.get(o.windowId) ?? o.windowId,
      kind: o.kind,
      profileId: o.profileId,
      start: Math.max(o.start, from),
      end: Math.min(o.end, to),
    }))
    .sort((a, b) => WINDOW_KINDS.indexOf(a.kind) - WINDOW_KINDS.indexOf(b.kind) || a.start - b.start);
}
