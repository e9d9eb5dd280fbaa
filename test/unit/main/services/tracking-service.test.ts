import { describe, it, expect } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import type { PresenceSignal } from '../../../../electron/core/tracking/presence.ts';
import { TrackingService, type TrackingStatus } from '../../../../electron/main/services/tracking-service.ts';
import type { PresenceSource } from '../../../../electron/main/adapters/os/presence-source.ts';
import type { WindowSource } from '../../../../electron/main/adapters/os/window-source.ts';
import {
  MAX_OBSERVED_LENGTH,
  unavailableWindowSource,
} from '../../../../electron/main/adapters/os/window-source.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';
import { manualScheduler } from '../../../support/manual-scheduler.ts';
import { memorySink, sequentialIds } from '../../../support/memory-sink.ts';
import { scriptedWindowSource } from '../../../support/scripted-window-source.ts';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const S = 1_000;
const MIN = 60 * S;

function fakePresence(clock: {
  now(): number;
}): PresenceSource & { input(): void; send(s: PresenceSignal): void } {
  let lastInput = clock.now();
  const listeners = new Set<(s: PresenceSignal) => void>();
  return {
    idleMs: () => clock.now() - lastInput,
    onSignal: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    input: () => (lastInput = clock.now()),
    send: (s) => listeners.forEach((l) => l(s)),
  };
}

async function harness(options: { source?: WindowSource; failFlushes?: () => boolean } = {}) {
  const clock = manualClock(T0);
  const ticker = manualScheduler(clock);
  const sink = memorySink();
  const failing = options.failFlushes;
  let flushes = 0;
  const guardedSink = {
    write: (events: readonly StoredEvent[]) => sink.write(events),
    flush: () => {
      flushes += 1;
      if (failing?.()) throw new Error('database or disk is full');
    },
  };
  const source = scriptedWindowSource();
  const presence = fakePresence(clock);
  const statuses: TrackingStatus[] = [];
  const service = new TrackingService({
    source: options.source ?? source,
    presence,
    clock,
    sink: guardedSink,
    scheduler: ticker,
    newId: sequentialIds(),
    onStatus: (s) => statuses.push(s),
  });
  await service.start();
  /** Moves time on while the user keeps typing (so nobody goes idle). */
  const work = (ms: number) => {
    for (let t = 0; t < ms; t += S) {
      ticker.advance(S);
      presence.input();
    }
  };
  return { clock, ticker, sink, source, presence, service, statuses, work, flushes: () => flushes };
}

describe('TrackingService', () => {
  it('hands every change to the sink at once (the store is the one batcher) and stop writes final durations', async () => {
    const h = await harness();
    h.source.emit({
      type: 'observation',
      observation: { app: 'XTerm', title: 'one', pid: 42, executable: '/usr/bin/xterm' },
    });
    h.work(4 * S);
    // Nothing is held back here: a crash loses only what the store has not committed yet.
    expect(h.sink.ofKind('window').map((w) => w.duration)).toEqual([4 * S]);
    h.work(4 * S);
    expect(h.sink.ofKind('window').map((w) => w.duration)).toEqual([8 * S]);
    expect(h.flushes()).toBe(0);
    await h.service.stop();
    expect(h.flushes()).toBe(1);
    expect(h.sink.ofKind('window')).toEqual([
      {
        id: expect.any(String),
        kind: 'window',
        start: T0,
        duration: 8 * S,
        data: { app: 'XTerm', title: 'one', executable: '/usr/bin/xterm' },
      },
    ]);
    expect(h.sink.ofKind('running').map((r) => [r.start, r.duration])).toEqual([[T0, 8 * S]]);
  });

  it('ends the window event at the last input when the user goes idle, and records presence', async () => {
    const h = await harness();
    h.source.emit({ type: 'observation', observation: { app: 'XTerm', title: 'one' } });
    h.work(MIN);
    h.ticker.advance(5 * MIN); // no input
    await h.service.stop();
    expect(h.sink.ofKind('window').map((w) => w.duration)).toEqual([MIN]);
    expect(h.sink.ofKind('presence').map((p) => [p.data.state, p.start - T0, p.duration])).toEqual([
      ['active', 0, MIN],
      ['idle', MIN, 5 * MIN],
    ]);
  });

  it('stops attributing at lock and writes straight away when the machine goes to sleep', async () => {
    const h = await harness();
    h.source.emit({ type: 'observation', observation: { app: 'XTerm' } });
    h.work(2 * S);
    h.presence.send('lock');
    h.ticker.advance(S);
    h.presence.send('suspend');
    // flushed at suspend, before the next batch would have been due
    expect(h.sink.ofKind('presence').map((p) => p.data.state)).toEqual(['active', 'locked', 'asleep']);
    expect(h.sink.ofKind('window').map((w) => w.duration)).toEqual([2 * S]);
  });

  it('records pauses, reports them in its status and resumes by itself at the pause end', async () => {
    const h = await harness();
    h.source.emit({ type: 'observation', observation: { app: 'XTerm' } });
    h.work(2 * S);
    h.service.pause({ until: h.clock.now() + 10 * S, reason: 'private call' });
    expect(h.service.status()).toEqual({ state: 'paused', until: T0 + 12 * S, reason: 'private call' });
    expect(h.sink.ofKind('pause')).toHaveLength(1); // written at once
    h.work(12 * S);
    expect(h.service.status()).toEqual({ state: 'tracking' });
    await h.service.stop();
    expect(h.sink.ofKind('pause').map((p) => [p.start - T0, p.duration, p.data.reason])).toEqual([
      [2 * S, 10 * S, 'private call'],
    ]);
    expect(h.sink.ofKind('window').map((w) => [w.start - T0, w.duration])).toEqual([
      [0, 2 * S],
      [12 * S, 2 * S],
    ]);
    expect(h.statuses.map((s) => s.state)).toEqual(['tracking', 'paused', 'tracking', 'stopped']);
  });

  it('reports an unavailable source to the UI while still recording that Balans ran', async () => {
    const h = await harness({ source: unavailableWindowSource('this is a Wayland session') });
    h.work(10 * S);
    expect(h.service.status()).toEqual({
      state: 'unavailable',
      reason: 'active-app tracking is not available on this desktop: this is a Wayland session',
    });
    expect(h.sink.ofKind('running').map((r) => r.duration)).toEqual([10 * S]);
    expect(h.sink.ofKind('window')).toEqual([]);
  });

  it('passes the step that would help and a partial view (XWayland only) on to the UI', async () => {
    const h = await harness();
    h.source.emit({ type: 'unavailable', reason: 'needs the extension', step: 'kwin-scripting' });
    expect(h.service.status()).toEqual({
      state: 'unavailable',
      reason: 'needs the extension',
      step: 'kwin-scripting',
    });
    h.source.emit({ type: 'limited', limitation: 'xwayland-only' });
    h.source.emit({ type: 'observation', observation: { app: 'XTerm' } });
    expect(h.service.status()).toEqual({ state: 'tracking', limitation: 'xwayland-only' });
    h.work(6 * S);
    // the limitation is a status, not an observation: the X11 app is recorded as usual
    expect(h.sink.ofKind('window').map((w) => w.data.app)).toEqual(['XTerm']);
  });

  it('keeps tracking when the sink cannot commit (it keeps what it was given and retries)', async () => {
    const h = await harness({ failFlushes: () => true });
    h.source.emit({ type: 'observation', observation: { app: 'XTerm' } });
    h.work(5 * S);
    h.presence.send('lock');
    expect(h.flushes()).toBe(1);
    expect(h.service.status()).toEqual({ state: 'tracking' });
    expect(h.sink.ofKind('window').map((w) => w.duration)).toEqual([5 * S]);
  });

  it('cuts every string a source reports to 1,000 characters before anything sees it', async () => {
    const h = await harness();
    const long = 'x'.repeat(100_000);
    h.source.emit({
      type: 'observation',
      observation: {
        app: `App ${long}`,
        title: `Title ${long}`,
        executable: `/bin/${long}`,
        site: `${long}.com`,
      },
    });
    h.work(S);
    expect(h.service.currentObservation()?.title).toHaveLength(MAX_OBSERVED_LENGTH);
    await h.service.stop();
    const [stored] = h.sink.ofKind('window');
    expect(stored!.data.title).toBe(`Title ${long}`.slice(0, MAX_OBSERVED_LENGTH));
    for (const value of Object.values(stored!.data)) expect(value.length).toBe(MAX_OBSERVED_LENGTH);
  });

  it('never leaves half a character at the cut', async () => {
    const h = await harness();
    h.source.emit({
      type: 'observation',
      observation: { app: 'Firefox', title: `${'x'.repeat(999)}😀 and more` },
    });
    h.work(S);
    expect(h.service.currentObservation()?.title).toBe('x'.repeat(999));
  });

  it('applies "don\'t record window titles" from the moment it is set', async () => {
    const h = await harness();
    h.source.emit({ type: 'observation', observation: { app: 'Firefox', title: 'Bank statement' } });
    h.work(S);
    h.service.setPrivacy({ recordTitles: false, exclusions: { apps: [], sites: [], titleKeywords: [] } });
    h.work(S);
    await h.service.stop();
    expect(h.sink.ofKind('window').map((w) => [w.data, w.duration])).toEqual([
      [{ app: 'Firefox', title: 'Bank statement' }, S],
      [{ app: 'Firefox' }, S],
    ]);
  });

  // Defect 2 of issue 15: on macOS without Screen Recording titles are empty; the status says so, and what to do.
  it('says in its status what the window source cannot see until a permission is given', async () => {
    let gaps: ('titles' | 'urls')[] = ['titles'];
    const source = { ...scriptedWindowSource(), gaps: () => gaps };
    const h = await harness({ source });
    expect(h.service.status()).toEqual({ state: 'tracking', gaps: ['titles'] });
    gaps = [];
    h.work(S);
    expect(h.statuses.at(-1)).toEqual({ state: 'tracking' });
  });
});
