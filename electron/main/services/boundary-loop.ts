import type { Clock } from '../../core/clock.ts';
import type { PolicyAction } from '../../core/boundaries/actions.ts';
import { initialMemory } from '../../core/boundaries/memory.ts';
import type { BoundaryMemory } from '../../shared/domain/boundary-memory.ts';
import { step, type PolicyView } from '../../core/boundaries/policy.ts';
import { boundaryStatus } from '../../core/boundaries/status.ts';
import type { RuleMatcher } from '../../core/rules/matcher.ts';
import type { BoundaryPreferences, BoundaryStatus } from '../../shared/domain/boundaries.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { Observation, UsageEvent } from '../../shared/domain/usage.ts';
import type { EventBus } from '../events/event-bus.ts';
import { systemTimer, type BoundaryOutputs, type BoundaryTimer } from './boundary-outputs.ts';

/** The longest the loop waits before recomputing: a long setTimeout is not trusted across sleep or clock changes. */
export const MAX_WAIT_MS = 30_000;
const MIN_WAIT_MS = 1_000;

export interface BoundaryLoopDeps {
  clock: Clock;
  /** The settings with a concrete zone (never 'system'). */
  settings: () => Settings;
  /** The rules as the settings service compiled them: one matcher for every reader. */
  rules: () => RuleMatcher;
  preferences: () => BoundaryPreferences;
  /** The app or site in front of the user now, or null. */
  observe: () => Observation | null;
  /** Today's window events up to now, from the running total (never a store read per step). */
  today: () => UsageEvent[];
  outputs: BoundaryOutputs;
  events: EventBus;
  /** The parent lock, as the loop uses it: whether a PIN is set (family time is only locked then). */
  parentLock: {
    load(): Promise<unknown>;
    pinSet(): boolean;
    /** Checks the memory read at start once the lock is loaded (pauses claiming the PIN must be signed). */
    vetMemory?(memory: BoundaryMemory): BoundaryMemory;
  };
  /** Runs before the first step (reads today's usage once). */
  beforeStart?: () => Promise<void>;
  timer?: BoundaryTimer;
  /** Memory from the last run (so budgets and gaps survive a restart) and where to keep it. */
  memory?: BoundaryMemory;
  saveMemory?: (memory: BoundaryMemory) => void;
  log?: (message: string, error: unknown) => void;
}

/**
 * Carries the boundary policy out: steps it on a short timer, on resume and on clock or zone changes, performs
 * its actions through the outputs and pushes the status to the renderer. Pauses change its memory through
 * `change` (see pause-service.ts).
 */
export function createBoundaryLoop(deps: BoundaryLoopDeps) {
  const timer = deps.timer ?? systemTimer;
  let memory = deps.memory ?? initialMemory();
  let view: PolicyView | undefined;
  let status: BoundaryStatus | undefined;
  let handle: unknown;
  let running = false;
  const displayed = { overlay: false, nudge: false };

  /** Family time is only locked once a parent has set a PIN. */
  const lockKnown = <T extends { pinRequired: boolean } | null>(overlay: T): T =>
    overlay && !deps.parentLock.pinSet() ? { ...overlay, pinRequired: false } : overlay;

  function perform(action: PolicyAction): void {
    switch (action.type) {
      case 'notify':
        return deps.outputs.notify(action.notice);
      case 'show-nudge':
        displayed.nudge = true;
        return deps.outputs.showNudge(action.nudge);
      case 'hide-nudge':
        displayed.nudge = false;
        return deps.outputs.hideNudge();
      case 'show-overlay':
        displayed.overlay = true;
        return deps.outputs.showOverlay(lockKnown(action.overlay));
      case 'hide-overlay':
        displayed.overlay = false;
        return deps.outputs.hideOverlay();
    }
  }

  /** Recomputes everything at the clock's instant and re-arms the timer. */
  function recompute(): BoundaryStatus {
    const settings = deps.settings();
    const preferences = deps.preferences();
    const result = step(memory, {
      clock: deps.clock,
      settings,
      rules: deps.rules(),
      preferences,
      observation: deps.observe(),
      today: deps.today(),
      displayed: { ...displayed },
    });
    memory = result.memory;
    view = result.view;
    result.actions.forEach(perform);
    deps.saveMemory?.(memory);
    const next = boundaryStatus(memory, view, settings, preferences, deps.parentLock.pinSet());
    next.overlay = lockKnown(next.overlay);
    const changed = !status || JSON.stringify({ ...status, at: 0 }) !== JSON.stringify({ ...next, at: 0 });
    status = next;
    deps.outputs.updateTray(next);
    if (changed) deps.events.emit('boundaryState', next);
    arm();
    return next;
  }

  function arm(): void {
    if (!running) return;
    if (handle !== undefined) timer.clear(handle);
    const due = view?.wakeAt ?? Infinity;
    const wait = Math.min(Math.max(due - deps.clock.now(), MIN_WAIT_MS), MAX_WAIT_MS);
    handle = timer.set(wait, () => {
      handle = undefined;
      recompute();
    });
  }

  return {
    /** Loads the lock state and today's usage, then starts following the schedule. */
    async start(): Promise<BoundaryStatus> {
      // The overlay must appear even when the lock cannot be read; the lock then answers from its other records.
      await deps.parentLock
        .load()
        .catch((error: unknown) => deps.log?.('Reading the parent lock failed', error));
      await deps.beforeStart?.();
      memory = deps.parentLock.vetMemory?.(memory) ?? memory;
      running = true;
      return recompute();
    },
    stop(): void {
      running = false;
      if (handle !== undefined) timer.clear(handle);
      handle = undefined;
    },
    /** After sleep, a clock or time-zone change, or new settings: recompute now. */
    recompute,
    isRunning: () => running,
    status(): BoundaryStatus {
      return status ?? recompute();
    },
    /** The overlay or nudge window was closed or killed by someone other than Balans. */
    windowClosed(which: 'overlay' | 'nudge'): BoundaryStatus {
      displayed[which] = false;
      return recompute();
    },
    /** The memory as it stands, for the pause service. */
    memory: (): BoundaryMemory => memory,
    /** Replaces the memory (a pause, an answer to the nudge) and shows the result now. */
    change(next: BoundaryMemory): BoundaryStatus {
      memory = next;
      return recompute();
    },
  };
}

export type BoundaryLoop = ReturnType<typeof createBoundaryLoop>;
