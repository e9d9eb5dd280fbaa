import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import { activePauses } from '../../core/boundaries/memory.ts';
import type { ActivePause, BoundaryMemory } from '../../shared/domain/boundary-memory.ts';
import { answerNudge, type NudgeAnswer } from '../../core/boundaries/nudge-answer.ts';
import * as controls from '../../core/boundaries/pause-controls.ts';
import type { GuardedChange } from '../../core/parent-lock/guard.ts';
import { stateAt } from '../../core/schedule/schedule.ts';
import type { PauseRequest as TrackerPauseRequest } from '../../core/tracking/tracker.ts';
import type { BoundaryPreferences, BoundaryStatus, SnoozeMinutes } from '../../shared/domain/boundaries.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { UsageSink } from '../../shared/domain/usage.ts';
import type { BoundaryLoop } from './boundary-loop.ts';

/** The tracker's pause controls, as the pause service uses them. */
export interface TrackingPauses {
  pause(request: TrackerPauseRequest): void;
  resume(): void;
}

export interface PauseInput {
  reason?: string;
  pin?: string;
}

export interface PauseServiceDeps {
  clock: Clock;
  /** The settings with a concrete zone (never 'system'). */
  settings: () => Settings;
  preferences: () => BoundaryPreferences;
  /** Where pause records go. */
  sink: UsageSink;
  /** Checks the PIN for a guarded pause (family time). */
  authorise: (change: GuardedChange, pin: string | undefined) => Promise<unknown>;
  loop: Pick<BoundaryLoop, 'memory' | 'change'>;
  /**
   * Active-app tracking, where the app runs it: it owns pauses that stop tracking (its pause event is the record),
   * so exactly one pause event exists and no app time is attributed inside it.
   */
  tracking?: TrackingPauses;
}

/**
 * Pause, skip, snooze, one more minute, end now and the nudge's answers: checks the PIN where family time needs
 * it, spends the budget through core's pause controls, records each pause once and lets the loop show the result.
 */
export function createPauseService(deps: PauseServiceDeps) {
  const { loop } = deps;

  function pauseContext(): controls.PauseContext {
    const settings = deps.settings();
    const now = deps.clock.now();
    return {
      now,
      day: DateTime.fromMillis(now, { zone: settings.timeZone }).toISODate() ?? '',
      state: stateAt(settings, now),
      preferences: deps.preferences(),
      defaultProfileId: settings.defaultProfileId,
    };
  }

  const labelOf = (pause: ActivePause) => (pause.reason ? `${pause.kind}: ${pause.reason}` : pause.kind);
  /** Pauses that stop tracking belong to the tracker when there is one. */
  const trackerOwns = (pause: ActivePause) =>
    deps.tracking !== undefined && (pause.scope === 'tracking' || pause.scope === 'everything');

  /** Hands a tracking pause to the tracker, lasting as long as the longest tracking pause in force. */
  function pauseTracker(pause: ActivePause, memory: BoundaryMemory, tracking: TrackingPauses): void {
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

  /** Records a pause; `memory` is the memory with it in force. */
  function record(pause: ActivePause, memory: BoundaryMemory): void {
    if (deps.tracking && trackerOwns(pause)) return pauseTracker(pause, memory, deps.tracking);
    deps.sink.write([
      {
        id: pause.id,
        kind: 'pause',
        start: pause.start,
        duration: Math.max(0, pause.end - pause.start),
        data: { scope: pause.scope, reason: labelOf(pause), profileId: pause.profileId },
      },
    ]);
  }

  /** Records the new pause, then lets the loop show it. */
  function apply(outcome: controls.PauseOutcome): BoundaryStatus {
    record(outcome.pause, outcome.memory);
    return loop.change(outcome.memory);
  }

  /** Checks the PIN when family time is on now; returns whether it was checked. */
  async function familyTimePin(pin: string | undefined): Promise<boolean> {
    if (pauseContext().state.overlay?.kind !== 'family-time') return false;
    await deps.authorise({ kind: 'pause', settings: deps.settings() }, pin);
    return true;
  }

  type Run = (
    m: BoundaryMemory,
    ctx: controls.PauseContext,
    request: controls.PauseRequest,
  ) => controls.PauseOutcome;

  async function pause(run: Run, input: PauseInput): Promise<BoundaryStatus> {
    const withPin = await familyTimePin(input.pin);
    return apply(run(loop.memory(), pauseContext(), { reason: input.reason, withPin }));
  }

  return {
    snooze: (minutes: SnoozeMinutes, input: PauseInput = {}) =>
      pause((m, ctx, request) => controls.snooze(m, ctx, minutes, request), input),
    skip: (input: PauseInput = {}) => pause(controls.skip, input),
    pauseTracking: (until: number, input: PauseInput = {}) =>
      pause((m, ctx, request) => controls.pauseTracking(m, ctx, until, request), input),
    pauseEverything: (until: number, input: PauseInput = {}) =>
      pause((m, ctx, request) => controls.pauseEverything(m, ctx, until, request), input),
    resume(): BoundaryStatus {
      const result = controls.resume(loop.memory(), deps.clock.now());
      // The tracker ends its own pause event; the others are recorded again with their real end.
      if (result.ended.some(trackerOwns)) deps.tracking?.resume();
      result.ended.filter((p) => !trackerOwns(p)).forEach((p) => record(p, result.memory));
      return loop.change(result.memory);
    },
    oneMoreMinute: (): BoundaryStatus => apply(controls.oneMoreMinute(loop.memory(), pauseContext())),
    /** Ends family time (after the PIN) or downtime now. */
    async endNow(input: PauseInput = {}): Promise<BoundaryStatus> {
      await familyTimePin(input.pin);
      return apply(controls.endNow(loop.memory(), pauseContext(), input.reason));
    },
    answerNudge: (answer: NudgeAnswer): BoundaryStatus =>
      loop.change(answerNudge(loop.memory(), deps.clock.now(), answer)),
  };
}

export type PauseService = ReturnType<typeof createPauseService>;
