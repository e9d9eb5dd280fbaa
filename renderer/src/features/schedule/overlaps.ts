import type { ScheduleView } from '../../../../electron/shared/contract/settings.ts';
import type { FocusWindow, WindowKind } from '../../../../electron/shared/domain/focus-windows.ts';

/** One stretch in which a window overrides another: what the engine reports, with its start and names added. */
export interface OverlapStretch {
  winner: string;
  winnerKind: WindowKind;
  overridden: string;
  overriddenKind: WindowKind;
  from: number;
  until: number;
}

/**
 * The overlaps of the coming days, each once, from the engine's overlap data: an overlap first seen in a state
 * starts at that state's instant (or now) and lasts until the engine's `until`. Window ids become names.
 */
export function overlapStretches(view: ScheduleView, windows: readonly FocusWindow[]): OverlapStretch[] {
  const nameOf = (id: string) => windows.find((w) => w.id === id)?.name ?? id;
  const seen = new Map<string, OverlapStretch>();
  const states = [{ at: view.now.at, state: view.now }, ...view.upcoming];
  for (const { at, state } of states) {
    for (const overlap of state.overlaps) {
      const key = `${overlap.winner}\u0000${overlap.overridden}\u0000${overlap.until}`;
      if (seen.has(key)) continue;
      seen.set(key, {
        winner: nameOf(overlap.winner),
        winnerKind: overlap.winnerKind,
        overridden: nameOf(overlap.overridden),
        overriddenKind: overlap.overriddenKind,
        from: at,
        until: overlap.until,
      });
    }
  }
  return [...seen.values()].sort((a, b) => a.from - b.from);
}
