import type { Clock } from '../../core/clock.ts';
import {
  initialOverlayGuard,
  overlayGuardStep,
  type OverlayGuardInput,
  type OverlayIncident,
} from '../../core/boundaries/overlay-guard.ts';
import type { WindowListener } from '../adapters/os/window-source.ts';

export interface OverlayGuardDeps {
  clock: Clock;
  /** Raises the overlay with this title again (the compositor's keeper); resolves false when it found none. */
  restore: (title: string) => Promise<boolean>;
  /** Keeps the incident where the parent sees tampering (the parent lock's log). */
  record: (incident: OverlayIncident) => void;
  log?: (message: string, error: unknown) => void;
}

/**
 * Watches the family-time overlay from the outside: the window source reports who has the focus, the boundary
 * windows report overlays opened, lost and closed. What to do is core's decision (overlay-guard.ts).
 */
export function createOverlayGuard(deps: OverlayGuardDeps) {
  let state = initialOverlayGuard();
  const apply = (input: OverlayGuardInput) => {
    const step = overlayGuardStep(state, input, deps.clock.now());
    state = step.state;
    if (step.record) deps.record(step.record);
    for (const title of step.restore)
      deps
        .restore(title)
        .then((found) => found || deps.log?.(`No overlay titled ${title} to raise again`, null))
        .catch((error: unknown) => deps.log?.('Raising the covered overlay again failed', error));
  };
  return {
    opened: (title: string) => apply({ type: 'opened', title }),
    gone: (title: string) => apply({ type: 'gone', title }),
    /** An overlay was closed by someone other than Balans (the boundary loop opens it again). */
    closed: () => apply({ type: 'closed' }),
    /** Give it every signal of the window source (see tapWindowSource). */
    focus: ((signal) => {
      if (signal.type === 'observation') apply({ type: 'focus', title: signal.observation.title ?? '' });
      else if (signal.type === 'none') apply({ type: 'focus', title: null });
    }) satisfies WindowListener,
  };
}

export type OverlayGuard = ReturnType<typeof createOverlayGuard>;

/**
 * What happens to a boundary window lost while Balans runs (not quitting): a lost overlay is recorded, and the
 * boundary loop is told, which shows it again while family time lasts.
 */
export function boundaryWindowLost(
  guard: Pick<OverlayGuard, 'closed'>,
  windowClosed: (which: 'overlay' | 'nudge') => void,
): (which: 'overlay' | 'nudge') => void {
  return (which) => {
    if (which === 'overlay') guard.closed();
    windowClosed(which);
  };
}
