import { describe, it, expect } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { PresenceTimeline, DEFAULT_IDLE_THRESHOLD_MS } from '../../../../electron/core/tracking/presence.ts';
import { Tracker } from '../../../../electron/core/tracking/tracker.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';
import { applyWrites, sequentialIds } from '../../../support/memory-sink.ts';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const MIN = 60_000;

/** A tracker, its presence timeline and a fake system idle clock, driven one second at a time like the service. */
function harness() {
  const clock = manualClock(T0);
  const timeline = new PresenceTimeline(T0);
  const tracker = new Tracker({ graceMs: 15_000, newId: sequentialIds() });
  const log = new Map<string, StoredEvent>();
  let lastInput = T0;
  applyWrites(log, tracker.start(T0));
  applyWrites(log, tracker.observe({ app: 'Editor', title: 'notes' }, T0));
  const idleMs = () => clock.now() - lastInput;
  /** Advances the clock second by second (typing or not), sampling idle time and heartbeating like the service. */
  const run = (ms: number, typing = false) => {
    for (let t = 0; t < ms; t += 1_000) {
      clock.advance(1_000);
      if (typing) lastInput = clock.now();
      const change = timeline.sample(idleMs(), clock.now());
      if (change) applyWrites(log, tracker.changePresence(change, clock.now()));
      applyWrites(log, tracker.tick(clock.now()));
    }
  };
  const signal = (s: Parameters<PresenceTimeline['signal']>[0]) => {
    const change = timeline.signal(s, clock.now());
    if (change) applyWrites(log, tracker.changePresence(change, clock.now()));
  };
  const of = <K extends StoredEvent['kind']>(kind: K) =>
    [...log.values()].filter((e): e is Extract<StoredEvent, { kind: K }> => e.kind === kind);
  return {
    clock,
    timeline,
    tracker,
    log,
    run,
    signal,
    of,
    input: () => (lastInput = clock.now()),
    windowMs: () => of('window').reduce((sum, e) => sum + e.duration, 0),
  };
}

describe('PresenceTimeline', () => {
  it('defaults to a three-minute idle threshold', () => {
    expect(DEFAULT_IDLE_THRESHOLD_MS).toBe(3 * MIN);
  });

  it('dates idle from the last input, not from when the threshold was crossed', () => {
    const timeline = new PresenceTimeline(T0);
    expect(timeline.sample(2 * MIN, T0 + 5 * MIN)).toBeUndefined();
    expect(timeline.sample(3 * MIN + 4_000, T0 + 10 * MIN)).toEqual({
      state: 'idle',
      since: T0 + 10 * MIN - 3 * MIN - 4_000,
    });
    // the user comes back: active again from the input that reset the idle time
    expect(timeline.sample(2_000, T0 + 20 * MIN)).toEqual({ state: 'active', since: T0 + 20 * MIN - 2_000 });
  });

  it('uses a configured threshold', () => {
    const timeline = new PresenceTimeline(T0, 30_000);
    expect(timeline.sample(30_000, T0 + MIN)?.state).toBe('idle');
  });

  it('wakes up locked when the screen was locked before sleep, active otherwise', () => {
    const timeline = new PresenceTimeline(T0);
    timeline.signal('lock', T0 + 1_000);
    expect(timeline.signal('suspend', T0 + 2_000)).toEqual({ state: 'asleep', since: T0 + 2_000 });
    expect(timeline.signal('resume', T0 + 60 * MIN)).toEqual({ state: 'locked', since: T0 + 60 * MIN });
    expect(timeline.signal('unlock', T0 + 61 * MIN)).toEqual({ state: 'active', since: T0 + 61 * MIN });
    timeline.signal('suspend', T0 + 62 * MIN);
    expect(timeline.signal('resume', T0 + 70 * MIN)).toEqual({ state: 'active', since: T0 + 70 * MIN });
  });

  it('never dates a change before the current state began (stale idle time right after resume)', () => {
    const timeline = new PresenceTimeline(T0);
    timeline.signal('suspend', T0 + MIN);
    timeline.signal('resume', T0 + 90 * MIN);
    // the system still reports idle time counted from before the sleep
    expect(timeline.sample(89 * MIN, T0 + 90 * MIN + 1_000)).toEqual({ state: 'idle', since: T0 + 90 * MIN });
  });

  it('ignores idle samples while locked and repeated signals', () => {
    const timeline = new PresenceTimeline(T0);
    timeline.signal('lock', T0);
    expect(timeline.sample(10 * MIN, T0 + 10 * MIN)).toBeUndefined();
    expect(timeline.signal('lock', T0 + 11 * MIN)).toBeUndefined();
    expect(timeline.signal('resume', T0 + 12 * MIN)).toBeUndefined();
  });
});

describe('presence in the tracker (injected clock)', () => {
  it('ends the window event at the last input when idle is detected three minutes later', () => {
    const h = harness();
    h.run(10 * MIN, true); // the last input comes at +10 min
    h.run(5 * MIN);
    const [window] = h.of('window');
    expect(window?.duration).toBe(10 * MIN);
    const presence = h.of('presence');
    expect(presence.map((p) => [p.data.state, p.start - T0, p.duration])).toEqual([
      ['active', 0, 10 * MIN],
      ['idle', 10 * MIN, 5 * MIN],
    ]);
  });

  it('attributes time to the app again from the input that ended the idle', () => {
    const h = harness();
    h.run(4 * MIN); // idle since T0, detected at 3 min
    h.input();
    h.run(2 * MIN);
    expect(h.windowMs()).toBe(2 * MIN);
    const windows = h.of('window');
    expect(windows.at(-1)?.start).toBe(T0 + 4 * MIN);
    expect(windows.at(-1)?.data).toEqual({ app: 'Editor', title: 'notes' });
  });

  it('cuts back a window switch that happened after the last input (nobody was there to see it)', () => {
    const h = harness();
    h.run(MIN, true); // last input at +1 min
    h.run(MIN);
    h.tracker.observe({ app: 'Chat', title: 'new message' }, h.clock.now()); // raised itself at +2 min
    h.run(3 * MIN);
    expect(h.windowMs()).toBe(MIN);
    expect(h.of('window').map((w) => [w.data.app, w.duration])).toEqual([
      ['Editor', MIN],
      ['Chat', 0],
    ]);
  });

  it('stops attributing at lock and resumes at unlock', () => {
    const h = harness();
    h.run(MIN);
    h.signal('lock');
    h.run(30 * MIN); // idle time keeps growing behind the lock screen
    h.input();
    h.signal('unlock');
    h.run(MIN);
    expect(h.windowMs()).toBe(2 * MIN);
    expect(h.of('presence').map((p) => [p.data.state, p.duration])).toEqual([
      ['active', MIN],
      ['locked', 30 * MIN],
      ['active', MIN],
    ]);
  });

  it('records suspend and resume as asleep, attributing nothing in between', () => {
    const h = harness();
    h.run(MIN);
    h.signal('suspend');
    h.clock.advance(8 * 60 * MIN); // the night: no ticks happen while asleep
    h.input();
    h.signal('resume');
    h.run(MIN);
    expect(h.windowMs()).toBe(2 * MIN);
    expect(h.of('presence').map((p) => [p.data.state, p.duration])).toEqual([
      ['active', MIN],
      ['asleep', 8 * 60 * MIN],
      ['active', MIN],
    ]);
    // Balans itself did not run during the night: the running events leave a gap for the report to show
    expect(h.of('running').map((r) => [r.start - T0, r.duration])).toEqual([
      [0, MIN],
      [MIN + 8 * 60 * MIN, MIN],
    ]);
  });

  it('treats a forward clock jump without a suspend signal as a gap, not as app time', () => {
    const h = harness();
    h.run(MIN);
    h.clock.advance(2 * 60 * MIN);
    h.input();
    h.run(MIN);
    expect(h.windowMs()).toBe(2 * MIN - 1_000); // the first second after the jump opens the new event
    const running = h.of('running');
    expect(running.map((r) => [r.start - T0, r.duration])).toEqual([
      [0, MIN],
      [MIN + 2 * 60 * MIN + 1_000, MIN - 1_000],
    ]);
  });

  it('survives the clock running backwards: old events keep their end, new ones start at the new time', () => {
    const h = harness();
    h.run(MIN);
    h.clock.set(T0 - 10 * MIN);
    h.input();
    h.run(MIN);
    const windows = h.of('window');
    expect(windows.map((w) => [w.start - T0, w.duration])).toEqual([
      [0, MIN],
      [-10 * MIN + 1_000, MIN - 1_000],
    ]);
    expect(windows.every((w) => w.duration >= 0)).toBe(true);
  });
});
