// "Pause tracking" from the boundary controls must really stop the tracker: the real TrackingService behind the
// real boundary service, a scripted window source and a hand-moved clock; exactly one pause event, no app time in it.
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import type { PresenceSource } from '../../../electron/main/adapters/os/presence-source.ts';
import { manualScheduler } from '../../support/manual-scheduler.ts';
import { TrackingService } from '../../../electron/main/services/tracking-service.ts';
import type { BoundaryStatus } from '../../../electron/shared/domain/boundaries.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { scriptedWindowSource } from '../../support/scripted-window-source.ts';

const zone = 'Europe/Amsterdam';
const minute = 60_000;
const start = DateTime.fromISO('2026-11-20T09:00', { zone }).toMillis();
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((close) => close());
  cleanup = [];
});

/** A boundary timer that never fires on its own: the test moves time, not the event loop. */
async function setUp() {
  const clock = manualClock(start);
  const ticker = manualScheduler(clock);
  const presence: PresenceSource = { idleMs: () => 0, onSignal: () => () => undefined };
  // The tracker writes to the host's store, and the host's services need the tracker: wired through a late binding.
  const late: { tracking?: TrackingService } = {};
  const host = composeHostApp({
    clock,
    zone,
    events: [],
    scheduler: manualScheduler(), // never fires: each test moves the clock and recomputes itself
    tracking: {
      status: () => late.tracking?.status() ?? { state: 'stopped' },
      setPrivacy: (privacy) => late.tracking?.setPrivacy(privacy),
      setIdleThreshold: (ms) => late.tracking?.setIdleThreshold(ms),
      pause: (request) => late.tracking?.pause(request),
      resume: () => late.tracking?.resume(),
    },
  });
  cleanup.push(host.close);
  const source = scriptedWindowSource();
  const tracking = (late.tracking = new TrackingService({
    source,
    presence,
    clock,
    scheduler: ticker,
    sink: host.store,
    newId: () => host.store.nextEventId(),
  }));
  await host.ready;
  await tracking.start();
  source.show('code', 'main.ts — Visual Studio Code');
  return { clock, ticker, host, tracking };
}

/** The recorded pauses and the app time overlapping [from, to), after everything is written. */
async function recorded(setup: Awaited<ReturnType<typeof setUp>>, from: number, to: number) {
  await setup.tracking.stop();
  const pauses = (await setup.host.store.eventsBetween('pause', 0, Number.MAX_SAFE_INTEGER)) as Extract<
    StoredEvent,
    { kind: 'pause' }
  >[];
  const segments = (await setup.host.services.reports.getDayTimeline({ date: '2026-11-20' })).segments;
  const appMs = (a: number, b: number) =>
    segments
      .filter((s) => s.kind === 'app')
      .reduce((ms, s) => ms + Math.max(0, Math.min(s.end, b) - Math.max(s.start, a)), 0);
  return { pauses, appInside: appMs(from, to), appTotal: appMs(0, Number.MAX_SAFE_INTEGER) };
}

describe('pausing tracking from the boundary controls', () => {
  it('stops the tracker: one pause event with its reason, and no app time inside it', async () => {
    const setup = await setUp();
    setup.ticker.advance(10 * minute);
    const status = await setup.host.services.pauses.pauseTracking(setup.clock.now() + 15 * minute, {
      reason: 'school run',
    });
    expect(status.trackingPausedUntil).toBe(start + 25 * minute);
    expect(setup.tracking.status()).toMatchObject({ state: 'paused', until: start + 25 * minute });
    setup.ticker.advance(20 * minute);

    const { pauses, appInside, appTotal } = await recorded(setup, start + 10 * minute, start + 25 * minute);
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toMatchObject({
      start: start + 10 * minute,
      duration: 15 * minute,
      data: { scope: 'tracking', reason: 'pause-tracking: school run' },
    });
    expect(appInside).toBe(0);
    expect(appTotal).toBe(15 * minute);
  });

  it('resuming early ends the tracker’s pause event then, and tracking goes on', async () => {
    const setup = await setUp();
    setup.ticker.advance(10 * minute);
    await setup.host.services.pauses.pauseEverything(setup.clock.now() + 60 * minute);
    setup.ticker.advance(5 * minute);
    setup.host.services.pauses.resume();
    expect(setup.tracking.status()).toEqual({ state: 'tracking' });
    setup.ticker.advance(5 * minute);

    const { pauses, appInside, appTotal } = await recorded(setup, start + 10 * minute, start + 15 * minute);
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toMatchObject({ duration: 5 * minute, data: { scope: 'everything' } });
    expect(appInside).toBe(0);
    expect(appTotal).toBe(15 * minute);
  });

  it('does the same through the pauseTracking contract call', async () => {
    const setup = await setUp();
    setup.ticker.advance(10 * minute);
    const result = await setup.host.dispatch('pauseTracking', {
      until: setup.clock.now() + 15 * minute,
      reason: 'doctor',
    });
    expect(result.ok && (result.data as BoundaryStatus).trackingPausedUntil).toBe(start + 25 * minute);
    setup.ticker.advance(20 * minute);

    const { pauses, appInside } = await recorded(setup, start + 10 * minute, start + 25 * minute);
    expect(pauses.map((p) => [p.duration / minute, p.data.reason])).toEqual([[15, 'pause-tracking: doctor']]);
    expect(appInside).toBe(0);
  });
});
