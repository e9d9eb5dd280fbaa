import type { PresenceState } from '../../shared/domain/usage.ts';

/** Default idle threshold: three minutes without keyboard or mouse input. */
export const DEFAULT_IDLE_THRESHOLD_MS = 3 * 60_000;

/** Power and session events the operating system reports. */
export type PresenceSignal = 'lock' | 'unlock' | 'suspend' | 'resume';

/** A presence state and the moment it began (which can lie before the moment it was detected). */
export interface PresenceChange {
  state: PresenceState;
  since: number;
}

/**
 * Turns idle-time samples and lock/suspend/resume signals into presence changes, each dated when it really began:
 * idle begins at the last input, not when the threshold was crossed.
 */
export class PresenceTimeline {
  #thresholdMs: number;
  #current: PresenceChange;
  /** Whether the screen was locked when the machine went to sleep: it wakes up locked. */
  #lockedBeforeSleep = false;

  constructor(start: number, idleThresholdMs: number = DEFAULT_IDLE_THRESHOLD_MS) {
    this.#thresholdMs = idleThresholdMs;
    this.#current = { state: 'active', since: start };
  }

  /** The state now and when it began. */
  current(): PresenceChange {
    return { ...this.#current };
  }

  /** Changes the idle threshold; takes effect at the next sample. */
  setIdleThreshold(ms: number): void {
    this.#thresholdMs = ms;
  }

  /** Folds in the system idle time sampled at `at`; returns the change it implies, if any. */
  sample(idleMs: number, at: number): PresenceChange | undefined {
    const { state } = this.#current;
    const lastInput = at - Math.max(0, idleMs);
    if (state === 'active' && idleMs >= this.#thresholdMs) return this.#change('idle', lastInput, at);
    if (state === 'idle' && idleMs < this.#thresholdMs) return this.#change('active', lastInput, at);
    return undefined;
  }

  /** Folds in a lock, unlock, suspend or resume signal received at `at`. */
  signal(signal: PresenceSignal, at: number): PresenceChange | undefined {
    const { state } = this.#current;
    switch (signal) {
      case 'lock':
        return state === 'locked' ? undefined : this.#change('locked', at, at);
      case 'unlock':
        this.#lockedBeforeSleep = false;
        return state === 'locked' ? this.#change('active', at, at) : undefined;
      case 'suspend':
        if (state === 'asleep') return undefined;
        this.#lockedBeforeSleep = state === 'locked';
        return this.#change('asleep', at, at);
      case 'resume':
        if (state !== 'asleep') return undefined;
        return this.#change(this.#lockedBeforeSleep ? 'locked' : 'active', at, at);
    }
  }

  /**
   * A change never begins before the current state began (a stale idle time after resume would otherwise reach
   * back into the sleep) nor after it was detected; when the clock ran backwards, detection time wins.
   */
  #change(state: PresenceState, since: number, at: number): PresenceChange {
    const clamped = Math.min(at, Math.max(since, this.#current.since));
    this.#current = { state, since: clamped };
    return { ...this.#current };
  }
}
