import type { QuitCause, QuitPlan } from './lifecycle.ts';

export interface QuitPlanParts {
  /** Resolves when quitting is allowed now (the parent lock's guard: the PIN during family time). */
  mayQuit: () => Promise<unknown>;
  boundaries: {
    /** Stops the boundary timer, so nothing re-opens an overlay once the plan runs. */
    stop(): void;
    /** Shows the overlay again (a refused quit during family time). */
    windowClosed(which: 'overlay'): unknown;
  };
  /** Timers besides the boundary service's (retention). */
  stopTimers: () => void;
  windows: { hideOverlay(): void; hideNudge(): void };
  /** Ends the open events and writes everything pending, synchronously. */
  tracking?: { stopNow(): unknown };
  /** Commits what is left and closes the database: always the last step. */
  store: { close(): void };
  recordSystemEnd: (cause: Exclude<QuitCause, 'user'>, at: number) => void;
}

/**
 * The one quit plan, in the order that lets a quit finish: boundary timers stop first (nothing re-opens a window),
 * the overlay and nudge are destroyed (an overlay that may not be closed would otherwise cancel the quit), tracking
 * writes what it holds, and only then the store closes.
 */
export function quitPlan(parts: QuitPlanParts): QuitPlan {
  return {
    guard: async () => void (await parts.mayQuit()),
    refused: () => void parts.boundaries.windowClosed('overlay'),
    recordSystemEnd: parts.recordSystemEnd,
    steps: [
      { name: 'stop boundary timers', run: () => parts.boundaries.stop() },
      { name: 'stop other timers', run: () => parts.stopTimers() },
      {
        name: 'destroy overlay and nudge',
        run: () => {
          parts.windows.hideOverlay();
          parts.windows.hideNudge();
        },
      },
      { name: 'stop tracking', run: () => void parts.tracking?.stopNow() },
      { name: 'close the store', run: () => parts.store.close() },
    ],
  };
}
