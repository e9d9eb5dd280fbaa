import type { Observation, PresenceState, StoredEvent } from '../../shared/domain/usage.ts';
import { BalansError } from '../../shared/result.ts';
import { endAt, endOf, mergeHeartbeat, type Span } from './heartbeat-merge.ts';
import type { PresenceChange } from './presence.ts';
import { DEFAULT_PRIVACY, isExcluded, redact, type TrackingPrivacy } from './privacy.ts';
import { recordedObservation } from '../sites/observation.ts';

type PauseData = Extract<StoredEvent, { kind: 'pause' }>['data'];
type PresenceData = { state: PresenceState };
type RunningData = Record<string, never>;

export interface TrackerOptions {
  /** A tick or signal arriving later than this after the previous one (or earlier: the clock ran back) is a gap. */
  graceMs: number;
  newId: () => string;
  privacy?: TrackingPrivacy;
  /**
   * The profile active at an instant (from the schedule). It is recorded with each window event, so a later
   * schedule edit does not move old time between profiles; a change of profile starts a new window event.
   */
  profileAt?: (at: number) => string | undefined;
}

/** Pause tracking until a moment (ms since epoch) or, without `until`, until resumed. */
export interface PauseRequest {
  until?: number;
  reason?: string;
  profileId?: string;
  /** What the pause covers: only tracking (default), or windows and nudges too (recorded as 'everything'). */
  scope?: 'tracking' | 'everything';
}

/** How many closed window events an idle change may still trim back to the last input. */
const RECENT_WINDOWS = 32;

/**
 * The tracker's state machine: folds window observations, presence changes, pauses and privacy settings, all
 * stamped with the time they happened, into StoredEvent upserts. Every method returns the events it created or
 * changed; the caller batches them by id. Time is only attributed to an app while someone is present, tracking is
 * not paused and the window is not excluded.
 */
export class Tracker {
  readonly #graceMs: number;
  readonly #newId: () => string;
  readonly #profileAt: (at: number) => string | undefined;
  #privacy: TrackingPrivacy;
  #lastAt: number | undefined;
  #observation: Observation | undefined;
  #presence: PresenceChange = { state: 'active', since: 0 };
  /** The pause in effect; its span exists only while a session runs (a pause outlives stop and start). */
  #pause: { until: number | undefined; data: PauseData; span: Span<PauseData> | undefined } | undefined;
  #running: Span<RunningData> | undefined;
  #presenceSpan: Span<PresenceData> | undefined;
  #window: Span<Observation> | undefined;
  #recentWindows: Span<Observation>[] = [];
  #writes = new Map<string, StoredEvent>();

  constructor(options: TrackerOptions) {
    this.#graceMs = options.graceMs;
    this.#newId = options.newId;
    this.#privacy = options.privacy ?? DEFAULT_PRIVACY;
    this.#profileAt = options.profileAt ?? (() => undefined);
  }

  /** Whether tracking is paused now, and until when. */
  get pause(): { until?: number; reason?: string } | undefined {
    if (!this.#pause) return undefined;
    const { until, data } = this.#pause;
    const { reason } = data;
    return { ...(until !== undefined && { until }), ...(reason !== undefined && { reason }) };
  }

  /** Starts a tracking session at `at`: a new running event, the presence event and the window event. */
  start(at: number, presence: PresenceState = 'active'): StoredEvent[] {
    if (this.#lastAt !== undefined) return [];
    this.#lastAt = at;
    this.#presence = { state: presence, since: at };
    this.#running = this.#open(at, {}, 'running');
    if (this.#pause?.until !== undefined && this.#pause.until <= at) this.#pause = undefined;
    if (this.#pause) this.#pause.span = this.#open(at, this.#pause.data, 'pause');
    else this.#presenceSpan = this.#open(at, { state: presence }, 'presence');
    this.#syncWindow(at);
    return this.#flushWrites();
  }

  /** Ends the session at `at`: every open event gets its final duration. */
  stop(at: number): StoredEvent[] {
    if (this.#lastAt === undefined) return [];
    this.#advance(at);
    this.#closeWindow(at);
    this.#presenceSpan = undefined;
    this.#running = undefined;
    if (this.#pause) this.#pause.span = undefined;
    this.#lastAt = undefined;
    return this.#flushWrites();
  }

  /** A heartbeat: extends every open event to `at`, or records a gap when time jumped. */
  tick(at: number): StoredEvent[] {
    if (this.#lastAt !== undefined) this.#advance(at);
    // The schedule moved to another profile under the same window: its time from now on is the new profile's.
    if (this.#window && this.#window.data.profileId !== this.#profileAt(at)) this.#syncWindow(at);
    return this.#flushWrites();
  }

  /** The active window changed at `at` (undefined: no window has focus, or the source lost it). */
  observe(observation: Observation | undefined, at: number): StoredEvent[] {
    this.#observation = observation && recordedObservation(observation);
    if (this.#lastAt === undefined) return [];
    this.#advance(at);
    this.#syncWindow(at);
    return this.#flushWrites();
  }

  /** Presence changed (detected at `at`, begun at `change.since`): time since then is re-attributed. */
  changePresence(change: PresenceChange, at: number): StoredEvent[] {
    if (this.#lastAt === undefined) {
      this.#presence = change;
      return [];
    }
    this.#advance(at);
    if (change.state === this.#presence.state) return this.#flushWrites();
    const floor = this.#presenceSpan?.start ?? this.#presence.since;
    const since = Math.min(at, Math.max(change.since, floor));
    this.#presence = { state: change.state, since };
    if (this.#pause) return this.#flushWrites();
    const previous = this.#presenceSpan;
    if (previous && previous.start >= since) {
      // the previous state would shrink to nothing: replace it under its id rather than leave an empty event
      this.#presenceSpan = {
        id: previous.id,
        start: since,
        duration: at - since,
        data: { state: change.state },
      };
      this.#put('presence', this.#presenceSpan);
    } else {
      if (previous) this.#put('presence', endAt(previous, since));
      this.#presenceSpan = this.#open(since, { state: change.state }, 'presence', at);
    }
    if (change.state === 'active') this.#syncWindow(since, at);
    else this.#trimWindowsTo(since);
    return this.#flushWrites();
  }

  /** Pauses tracking from `at`; the pause itself is recorded as a 'pause' event. Pausing again updates it. */
  pauseTracking(request: PauseRequest, at: number): StoredEvent[] {
    if (request.until !== undefined && request.until <= at) {
      throw new BalansError('invalid-input', 'A pause must end in the future.');
    }
    if (this.#lastAt !== undefined) this.#advance(at);
    const data: PauseData = {
      scope: request.scope ?? 'tracking',
      ...(request.reason !== undefined && { reason: request.reason }),
      ...(request.profileId !== undefined && { profileId: request.profileId }),
    };
    if (this.#pause) {
      const span = this.#pause.span && { ...this.#pause.span, data };
      this.#pause = { until: request.until, data, span };
      if (span) this.#put('pause', span);
      return this.#flushWrites();
    }
    const started = this.#lastAt !== undefined;
    this.#closeWindow(at);
    this.#presenceSpan = undefined;
    this.#pause = { until: request.until, data, span: started ? this.#open(at, data, 'pause') : undefined };
    return this.#flushWrites();
  }

  /** Resumes tracking at `at`; a no-op when not paused. */
  resume(at: number): StoredEvent[] {
    if (this.#lastAt !== undefined) this.#advance(at);
    if (this.#pause) this.#endPause(at);
    return this.#flushWrites();
  }

  /** Applies new privacy settings from `at`: an excluded window closes, a redacted one starts a new event. */
  setPrivacy(privacy: TrackingPrivacy, at: number): StoredEvent[] {
    this.#privacy = privacy;
    if (this.#lastAt === undefined) return [];
    this.#advance(at);
    this.#syncWindow(at);
    return this.#flushWrites();
  }

  /** Brings every open event up to `at`, ending an expired pause at its end; a jump in time is a gap. */
  #advance(at: number): void {
    const last = this.#lastAt ?? at;
    if (at < last || at - last > this.#graceMs) {
      this.#reopenAfterGap(at);
    } else {
      const until = this.#pause?.until;
      if (until !== undefined && until <= at) {
        this.#extendTo(Math.max(until, last));
        this.#endPause(until);
      }
      this.#extendTo(at);
    }
    this.#lastAt = at;
  }

  #extendTo(at: number): void {
    if (this.#running) this.#put('running', (this.#running = extend(this.#running, at)));
    if (this.#presenceSpan) this.#put('presence', (this.#presenceSpan = extend(this.#presenceSpan, at)));
    if (this.#window) this.#put('window', (this.#window = extend(this.#window, at)));
    if (this.#pause?.span) this.#put('pause', (this.#pause.span = extend(this.#pause.span, at)));
  }

  /**
   * Events open before the jump keep their end at the last moment seen; fresh ones start at `at`. A clock set back
   * is recorded as a clock event over the span that will be lived twice.
   */
  #reopenAfterGap(at: number): void {
    const last = this.#lastAt;
    if (last !== undefined && at < last) this.#open(at, {}, 'clock', last);
    this.#running = this.#running && this.#open(at, this.#running.data, 'running');
    const pauseGoesOn = this.#pause && (this.#pause.until === undefined || this.#pause.until > at);
    if (this.#pause && pauseGoesOn) {
      this.#pause.span = this.#open(at, this.#pause.data, 'pause');
    } else {
      this.#pause = undefined;
    }
    const sleptThrough =
      this.#presence.state === 'asleep' && this.#presenceSpan && at > endOf(this.#presenceSpan);
    if (sleptThrough && this.#presenceSpan) {
      // the machine said it was going to sleep: the jump is the sleep itself, so the asleep event spans it
      this.#put('presence', (this.#presenceSpan = extend(this.#presenceSpan, at)));
    } else if (!this.#pause) {
      this.#presence = { state: this.#presence.state, since: at };
      this.#presenceSpan = this.#open(at, { state: this.#presence.state }, 'presence');
    }
    if (this.#window) this.#remember(this.#window);
    this.#window = undefined;
    this.#syncWindow(at);
  }

  #endPause(at: number): void {
    if (!this.#pause) return;
    if (this.#pause.span) this.#put('pause', endAt(this.#pause.span, at));
    this.#pause = undefined;
    if (this.#lastAt === undefined) return;
    this.#presenceSpan = this.#open(at, { state: this.#presence.state }, 'presence', this.#lastAt);
    this.#syncWindow(at, this.#lastAt);
  }

  /**
   * Makes the open window event match what should be recorded from `from` on (extended to `to`): the heartbeat
   * merge keeps the event when the stored data is unchanged, otherwise the old one ends and a new one begins.
   */
  #syncWindow(from: number, to: number = from): void {
    const wanted = this.#recordable(from);
    if (!wanted) {
      this.#closeWindow(from);
      return;
    }
    const next = mergeHeartbeat(this.#window, from, wanted, { graceMs: this.#graceMs, newId: this.#newId });
    if (next.id !== this.#window?.id) this.#closeWindow(from);
    this.#window = extend(next, Math.max(from, to));
    this.#put('window', this.#window);
  }

  /** The observation as it may be stored from `at`, or undefined when nothing may be attributed. */
  #recordable(at: number): Observation | undefined {
    const observation = this.#observation;
    if (!observation || this.#pause || this.#presence.state !== 'active' || this.#lastAt === undefined)
      return;
    if (isExcluded(observation, this.#privacy.exclusions)) return undefined;
    const profileId = this.#profileAt(at);
    const kept = redact(observation, this.#privacy);
    return profileId === undefined ? kept : { ...kept, profileId };
  }

  #closeWindow(at: number): void {
    if (!this.#window) return;
    this.#window = endAt(this.#window, Math.max(at, this.#window.start));
    this.#put('window', this.#window);
    this.#remember(this.#window);
    this.#window = undefined;
  }

  /** Nobody was there since `since`: window events running past it are cut back to it (possibly to nothing). */
  #trimWindowsTo(since: number): void {
    this.#closeWindow(since);
    for (const [i, span] of this.#recentWindows.entries()) {
      if (endOf(span) <= since) continue;
      const trimmed = endAt(span, since);
      this.#recentWindows[i] = trimmed;
      this.#put('window', trimmed);
    }
  }

  #remember(span: Span<Observation>): void {
    this.#recentWindows = [...this.#recentWindows.filter((s) => s.id !== span.id), span].slice(
      -RECENT_WINDOWS,
    );
  }

  #open<D>(start: number, data: D, kind: StoredEvent['kind'], to: number = start): Span<D> {
    const span: Span<D> = { id: this.#newId(), start, duration: Math.max(0, to - start), data };
    this.#put(kind, span);
    return span;
  }

  #put(kind: StoredEvent['kind'], span: Span<unknown>): void {
    this.#writes.set(span.id, { ...span, kind } as StoredEvent);
  }

  #flushWrites(): StoredEvent[] {
    const writes = [...this.#writes.values()];
    this.#writes.clear();
    return writes;
  }
}

/** Extends a span to `at` (never shortens it: a late heartbeat does not undo a trim). */
function extend<D>(span: Span<D>, at: number): Span<D> {
  return at > endOf(span) ? { ...span, duration: at - span.start } : span;
}
