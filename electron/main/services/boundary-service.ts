import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import type { PolicyAction } from '../../core/boundaries/actions.ts';
import {
  activePauses,
  initialMemory,
  type ActivePause,
  type BoundaryMemory,
} from '../../core/boundaries/memory.ts';
import { answerNudge, type NudgeAnswer } from '../../core/boundaries/nudge-answer.ts';
import * as controls from '../../core/boundaries/pause-controls.ts';
import { step, type PolicyView } from '../../core/boundaries/policy.ts';
import { boundaryStatus } from '../../core/boundaries/status.ts';
import type { PauseRequest as TrackerPauseRequest } from '../../core/tracking/tracker.ts';
import type { RuleMatcher } from '../../core/rules/matcher.ts';
import { stateAt } from '../../core/schedule/schedule.ts';
import type { BoundaryPreferences, BoundaryStatus, SnoozeMinutes } from '../../shared/domain/boundaries.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { Observation, UsageEvent, UsageSink } from '../../shared/domain/usage.ts';
import { dayAround, windowEventsOfDay } from './limit-service.ts';
import type { EventBus } from '../events/event-bus.ts';
import { systemTimer, type BoundaryOutputs, type BoundaryTimer } from './boundary-outputs.ts';
import type { GuardedChange } from '../../core/parent-lock/guard.ts';
import type { ReportStore } from './report-service.ts';

/** The longest the service waits before recomputing: a long setTimeout is not trusted across sleep or clock changes. */
export const MAX_WAIT_MS = 30_000;
const MIN_WAIT_MS = 1_000;

export interface BoundaryServiceDeps {
  clock: Clock;
  /** The settings with a concrete zone (never 'system'). */
  settings: () => Settings;
  /** The rules as the settings service compiled them: one matcher for every reader. */
  rules: () => RuleMatcher;
  preferences: () => BoundaryPreferences;
  /** The app or site in front of the user now, or null. */
  observe: () => Observation | null;
  usage: Pick<ReportStore, 'eventsBetween'>;
  sink: UsageSink;
  outputs: BoundaryOutputs;
  events: EventBus;
  /** The parent lock, as boundaries use it: whether a PIN is set, and checking it for a guarded pause. */
  parentLock: {
    load(): Promise<unknown>;
    pinSet(): boolean;
    authorise(change: GuardedChange, pin: string | undefined): Promise<unknown>;
    /** Checks the memory read at start once the lock is loaded (pauses claiming the PIN must be signed). */
    vetMemory?(memory: BoundaryMemory): BoundaryMemory;
  };
  timer?: BoundaryTimer;
  /**
   * Active-app tracking, where the app runs it: it owns pauses that stop tracking (its pause event is the record),
   * so exactly one pause event exists and no app time is attributed inside it.
   */
  tracking?: TrackingPauses;
  /** Memory from the last run (so budgets and gaps survive a restart) and where to keep it. */
  memory?: BoundaryMemory;
  saveMemory?: (memory: BoundaryMemory) => void;
  log?: (message: string, error: unknown) => void;
}

/** The tracker's pause controls, as the boundary service uses them. */
export interface TrackingPauses {
  pause(request: TrackerPauseRequest): void;
  resume(): void;
}

export interface PauseInput {
  reason?: string;
  pin?: string;
}

/**
 * Carries the boundary policy out: steps it on a short timer, on resume and on clock or zone changes, performs
 * its actions through the outputs, records pauses as 'pause' events and pushes the status to the renderer.
 */
export function createBoundaryService(deps: BoundaryServiceDeps) {
  const timer = deps.timer ?? systemTimer;
  let memory = deps.memory ?? initialMemory();
  let view: PolicyView | undefined;
  let status: BoundaryStatus | undefined;
  let handle: unknown;
  let running = false;
  const displayed = { overlay: false, nudge: false };

  function todayEvents(settings: Settings, now: number): UsageEvent[] {
    try {
      // The same events the limit progress on Today is measured over.
      return windowEventsOfDay(deps.usage, dayAround(now, settings.timeZone), now);
    } catch (error) {
      // Without today's usage only the limits go blind; the schedule's boundaries must keep working.
      deps.log?.('Reading today’s usage for limits failed', error);
      return [];
    }
  }

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
    const now = deps.clock.now();
    const result = step(memory, {
      clock: deps.clock,
      settings,
      rules: deps.rules(),
      preferences,
      observation: deps.observe(),
      today: todayEvents(settings, now),
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
    const now = deps.clock.now();
    const due = view?.wakeAt ?? Infinity;
    const wait = Math.min(Math.max(due - now, MIN_WAIT_MS), MAX_WAIT_MS);
    handle = timer.set(wait, () => {
      handle = undefined;
      recompute();
    });
  }

  function pauseContext(): controls.PauseContext {
    const settings = deps.settings();
    const now = deps.clock.now();
    return {
      now,
      day: DateTime.fromMillis(now, { zone: settings.timeZone }).toISODate() ?? '',
      state: stateAt(settings, now),
      preferences: deps.preferences(),
    };
  }

  const labelOf = (pause: ActivePause) => (pause.reason ? `${pause.kind}: ${pause.reason}` : pause.kind);
  /** Pauses that stop tracking belong to the tracker when there is one. */
  const trackerOwns = (pause: ActivePause) =>
    deps.tracking !== undefined && (pause.scope === 'tracking' || pause.scope === 'everything');

  /** Hands a tracking pause to the tracker, lasting as long as the longest tracking pause in force. */
  function pauseTracker(pause: ActivePause, tracking: TrackingPauses): void {
    const until = Math.max(
      pause.end,
      ...activePauses(memory, deps.clock.now())
        .filter((p) => p.scope === 'tracking' || p.scope === 'everything')
        .map((p) => p.end),
    );
    tracking.pause({
      until,
      reason: labelOf(pause),
      profileId: pause.profileId,
      scope: pause.scope === 'everything' ? 'everything' : 'tracking',
    });
  }

  function record(pause: ActivePause): void {
    if (deps.tracking && trackerOwns(pause)) return pauseTracker(pause, deps.tracking);
    const label = labelOf(pause);
    deps.sink.write([
      {
        id: pause.id,
        kind: 'pause',
        start: pause.start,
        duration: Math.max(0, pause.end - pause.start),
        data: { scope: pause.scope, reason: label, profileId: pause.profileId },
      },
    ]);
  }

  /** Checks the PIN when family time is on now; returns whether it was checked. */
  async function familyTimePin(pin: string | undefined): Promise<boolean> {
    if (pauseContext().state.overlay?.kind !== 'family-time') return false;
    await deps.parentLock.authorise({ kind: 'pause', settings: deps.settings() }, pin);
    return true;
  }

  async function pause(
    run: (
      m: BoundaryMemory,
      ctx: controls.PauseContext,
      request: controls.PauseRequest,
    ) => controls.PauseOutcome,
    input: PauseInput,
  ): Promise<BoundaryStatus> {
    const withPin = await familyTimePin(input.pin);
    const outcome = run(memory, pauseContext(), { reason: input.reason, withPin });
    memory = outcome.memory;
    record(outcome.pause);
    return recompute();
  }

  return {
    /** Loads the lock state and starts following the schedule. */
    async start(): Promise<BoundaryStatus> {
      // The overlay must appear even when the lock cannot be read; the lock then answers from its other records.
      await deps.parentLock
        .load()
        .catch((error: unknown) => deps.log?.('Reading the parent lock failed', error));
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
    snooze: (minutes: SnoozeMinutes, input: PauseInput = {}) =>
      pause((m, ctx, request) => controls.snooze(m, ctx, minutes, request), input),
    skip: (input: PauseInput = {}) => pause(controls.skip, input),
    pauseTracking: (until: number, input: PauseInput = {}) =>
      pause((m, ctx, request) => controls.pauseTracking(m, ctx, until, request), input),
    pauseEverything: (until: number, input: PauseInput = {}) =>
      pause((m, ctx, request) => controls.pauseEverything(m, ctx, until, request), input),
    resume(): BoundaryStatus {
      const result = controls.resume(memory, deps.clock.now());
      memory = result.memory;
      // The tracker ends its own pause event; the others are recorded again with their real end.
      if (result.ended.some(trackerOwns)) deps.tracking?.resume();
      result.ended.filter((p) => !trackerOwns(p)).forEach(record);
      return recompute();
    },
    oneMoreMinute(): BoundaryStatus {
      const outcome = controls.oneMoreMinute(memory, pauseContext());
      memory = outcome.memory;
      record(outcome.pause);
      return recompute();
    },
    /** Ends family time (after the PIN) or downtime now. */
    async endNow(input: PauseInput = {}): Promise<BoundaryStatus> {
      await familyTimePin(input.pin);
      const outcome = controls.endNow(memory, pauseContext(), input.reason);
      memory = outcome.memory;
      record(outcome.pause);
      return recompute();
    },
    answerNudge(answer: NudgeAnswer): BoundaryStatus {
      memory = answerNudge(memory, deps.clock.now(), answer);
      return recompute();
    },
  };
}

export type BoundaryService = ReturnType<typeof createBoundaryService>;
