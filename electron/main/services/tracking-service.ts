import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock.ts';
import type { Scheduler } from '../../core/scheduler.ts';
import {
  DEFAULT_IDLE_THRESHOLD_MS,
  PresenceTimeline,
  type PresenceSignal,
} from '../../core/tracking/presence.ts';
import { DEFAULT_PRIVACY, type TrackingPrivacy } from '../../core/tracking/privacy.ts';
import { Tracker, type PauseRequest } from '../../core/tracking/tracker.ts';
import type { TrackingLimitation, TrackingStatus, TrackingStep } from '../../shared/contract/tracking.ts';
import type { Observation, StoredEvent, UsageSink } from '../../shared/domain/usage.ts';
import type { PresenceSource } from '../adapters/os/presence-source.ts';
import {
  boundedSignals,
  type WindowObservation,
  type WindowSignal,
  type WindowSource,
} from '../adapters/os/window-source.ts';

export interface TrackingServiceOptions {
  source: WindowSource;
  presence: PresenceSource;
  clock: Clock;
  sink: UsageSink;
  /** The heartbeat and idle sampling timer. */
  scheduler: Scheduler;
  newId?: () => string;
  privacy?: TrackingPrivacy;
  /** The profile active at an instant, recorded with each window event (see Tracker). */
  profileAt?: (at: number) => string | undefined;
  idleThresholdMs?: number;
  /** Heartbeat and idle sampling interval (ms). */
  tickMs?: number;
  /** A heartbeat later than this after the previous one marks a gap (ms). */
  graceMs?: number;
  /** Told whenever the status changes, e.g. to show "not available on this desktop" in the UI. */
  onStatus?: (status: TrackingStatus) => void;
  log?: (message: string, error: unknown) => void;
}

export type { TrackingStatus };

export const DEFAULT_TICK_MS = 1_000;
export const DEFAULT_GRACE_MS = 15_000;

/**
 * Runs active-app tracking: window source + presence + clock feed the tracker state machine, whose upserts go to
 * the sink as they happen (the store batches them); the sink is flushed on stop, pause, resume, lock and suspend.
 */
export class TrackingService {
  readonly #o: Required<
    Omit<TrackingServiceOptions, 'onStatus' | 'privacy' | 'idleThresholdMs' | 'profileAt'>
  > &
    Pick<TrackingServiceOptions, 'onStatus'>;
  readonly #tracker: Tracker;
  readonly #timeline: PresenceTimeline;
  #cleanups: (() => void)[] = [];
  #running = false;
  #unavailable: { reason: string; step?: TrackingStep } | undefined;
  #limitation: { limitation: TrackingLimitation; step?: TrackingStep } | undefined;
  #observation: Observation | null = null;
  #status: TrackingStatus = { state: 'stopped' };

  constructor(options: TrackingServiceOptions) {
    this.#o = {
      newId: randomUUID,
      tickMs: DEFAULT_TICK_MS,
      graceMs: DEFAULT_GRACE_MS,
      log: () => {},
      ...options,
    };
    this.#tracker = new Tracker({
      graceMs: this.#o.graceMs,
      newId: this.#o.newId,
      privacy: options.privacy ?? DEFAULT_PRIVACY,
      ...(options.profileAt && { profileAt: options.profileAt }),
    });
    this.#timeline = new PresenceTimeline(
      options.clock.now(),
      options.idleThresholdMs ?? DEFAULT_IDLE_THRESHOLD_MS,
    );
  }

  /** The app or site in front of the user now, or null when nobody is there or nothing has focus. */
  currentObservation(): Observation | null {
    if (!this.#running || this.#timeline.current().state !== 'active') return null;
    return this.#observation;
  }

  /** The current status. */
  status(): TrackingStatus {
    return this.#status;
  }

  /** Starts tracking: the session's running event, presence, then the window source and the timers. */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    const now = this.#o.clock.now();
    this.#timeline.sample(this.#o.presence.idleMs(), now);
    this.#queue(this.#tracker.start(now, this.#timeline.current().state));
    this.#cleanups.push(this.#o.presence.onSignal((signal) => this.#onPresenceSignal(signal)));
    this.#cleanups.push(this.#o.scheduler.every(this.#o.tickMs, () => this.tick()));
    this.#updateStatus();
    // Every source's reports are bounded here, before privacy, site detection, rules and storage see them.
    await this.#o.source.start(boundedSignals((signal) => this.#onWindowSignal(signal)));
  }

  /** Stops tracking: open events get their final duration and everything pending is written. */
  async stop(): Promise<void> {
    await this.stopNow();
  }

  /**
   * Stops tracking and writes everything pending before returning, for the quit plan: when the operating system
   * ends the session no await may finish. The window source is stopped afterwards (the returned promise).
   */
  stopNow(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    this.#running = false;
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    this.#queue(this.#tracker.stop(this.#o.clock.now()));
    this.flush();
    this.#updateStatus();
    return this.#o.source
      .stop()
      .catch((error: unknown) => this.#o.log('Stopping the window source failed', error));
  }

  /** One heartbeat: samples the idle time and extends the open events. Called by the tick timer. */
  tick(): void {
    if (!this.#running) return;
    const now = this.#o.clock.now();
    const change = this.#timeline.sample(this.#o.presence.idleMs(), now);
    if (change) this.#queue(this.#tracker.changePresence(change, now));
    this.#queue(this.#tracker.tick(now));
    this.#updateStatus();
  }

  /** Asks the sink to commit what it holds now; a failure leaves it queued in the sink, which retries. */
  flush(): void {
    try {
      this.#o.sink.flush?.();
    } catch (error) {
      this.#o.log('Writing usage events failed; the store keeps them and retries', error);
    }
  }

  /** Pauses tracking until `request.until` or until resumed; the pause is recorded as a pause event. */
  pause(request: PauseRequest = {}): void {
    this.#queue(this.#tracker.pauseTracking(request, this.#o.clock.now()));
    this.flush();
    this.#updateStatus();
  }

  /** Resumes tracking now. */
  resume(): void {
    this.#queue(this.#tracker.resume(this.#o.clock.now()));
    this.flush();
    this.#updateStatus();
  }

  /** Applies new privacy settings (exclusions, "don't record window titles") from now on. */
  setPrivacy(privacy: TrackingPrivacy): void {
    this.#queue(this.#tracker.setPrivacy(privacy, this.#o.clock.now()));
  }

  /** Changes the idle threshold; takes effect at the next heartbeat. */
  setIdleThreshold(ms: number): void {
    this.#timeline.setIdleThreshold(ms);
  }

  #onWindowSignal(signal: WindowSignal): void {
    if (!this.#running) return;
    if (signal.type === 'limited') {
      this.#limitation = { limitation: signal.limitation, ...(signal.step && { step: signal.step }) };
      this.#updateStatus();
      return;
    }
    const now = this.#o.clock.now();
    if (signal.type === 'unavailable') {
      this.#unavailable = { reason: signal.reason, ...(signal.step && { step: signal.step }) };
    } else this.#unavailable = undefined;
    const observation = signal.type === 'observation' ? toStoredObservation(signal.observation) : undefined;
    this.#observation = observation ?? null;
    this.#queue(this.#tracker.observe(observation, now));
    this.#updateStatus();
  }

  #onPresenceSignal(signal: PresenceSignal): void {
    if (!this.#running) return;
    const now = this.#o.clock.now();
    const change = this.#timeline.signal(signal, now);
    if (change) this.#queue(this.#tracker.changePresence(change, now));
    // going to sleep: write now, the process may not get another chance before the machine stops
    if (signal === 'suspend' || signal === 'lock') this.flush();
  }

  /** Every change goes straight to the sink: the store is the one place that batches writes. */
  #queue(writes: readonly StoredEvent[]): void {
    if (writes.length > 0) this.#o.sink.write(writes);
  }

  /** Tracking, with what the source cannot see now (macOS permissions not given). */
  #tracking(): TrackingStatus {
    const gaps = this.#o.source.gaps?.() ?? [];
    return {
      state: 'tracking',
      ...(gaps.length > 0 && { gaps: [...gaps] }),
      ...this.#limitation,
    };
  }

  #updateStatus(): void {
    const pause = this.#tracker.pause;
    const next: TrackingStatus = !this.#running
      ? { state: 'stopped' }
      : pause
        ? { state: 'paused', ...pause }
        : this.#unavailable
          ? { state: 'unavailable', ...this.#unavailable }
          : this.#tracking();
    if (JSON.stringify(next) === JSON.stringify(this.#status)) return;
    this.#status = next;
    this.#o.onStatus?.(next);
  }
}

/** Keeps what the store records about a window; the pid only identifies the process while it runs. */
function toStoredObservation(observation: WindowObservation): Observation {
  const { app, title, site, executable } = observation;
  return {
    app,
    ...(title !== undefined && { title }),
    ...(site !== undefined && { site }),
    ...(executable !== undefined && { executable }),
  };
}
