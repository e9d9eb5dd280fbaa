// The whole path a tracked minute takes in the app: window source → tracking service → SQLite store → report
// service → the Today call, with the app's own wiring (composeHostApp) and the real default rules.
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import type { PresenceSource } from '../../../electron/main/adapters/os/presence-source.ts';
import { TrackingService } from '../../../electron/main/services/tracking-service.ts';
import { trackingPrivacyOf } from '../../../electron/core/tracking/privacy.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { manualScheduler } from '../../support/manual-scheduler.ts';
import { scriptedWindowSource } from '../../support/scripted-window-source.ts';

const zone = 'Europe/Amsterdam';
const minute = 60_000;
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((close) => close());
  cleanup = [];
});

function setUp() {
  const clock = manualClock(DateTime.fromISO('2026-11-20T09:00', { zone }).toMillis());
  const ticker = manualScheduler(clock);
  let lastInput: number | undefined;
  const presence: PresenceSource = {
    idleMs: () => (lastInput === undefined ? 0 : clock.now() - lastInput),
    onSignal: () => () => undefined,
  };
  const host = composeHostApp({ clock, zone, events: [] });
  cleanup.push(host.close);
  const source = scriptedWindowSource();
  const tracking = new TrackingService({
    source,
    presence,
    clock,
    scheduler: ticker,
    sink: host.store,
    newId: () => host.store.nextEventId(),
    privacy: trackingPrivacyOf(host.store.privacySettings()),
  });
  return { clock, ticker, host, source, tracking, stopTyping: () => (lastInput = clock.now()) };
}

describe('from the window source to the Today totals', () => {
  it('counts attended time per category with the default rules, and none of the idle time', async () => {
    const { ticker, host, source, tracking, stopTyping } = setUp();
    await tracking.start();
    source.show('code', 'tracker.ts — balans — Visual Studio Code');
    ticker.advance(30 * minute);
    source.show('firefox', 'Instagram — Mozilla Firefox');
    ticker.advance(10 * minute);
    // Nobody touches the machine for 20 minutes: idle is dated from the last input, not from when it was noticed.
    stopTyping();
    ticker.advance(20 * minute);
    await tracking.stop();
    await host.store.flush();

    const totals = await host.services.today.getDayTotals('2026-11-20');
    const byCategory = Object.fromEntries(totals.byCategory.map((c) => [c.category, c.ms / minute]));
    expect(byCategory).toEqual({ work: 30, social: 10 });
    expect(totals.totalMs).toBe(40 * minute);
  });

  it('records a pause as a pause, and no app time inside it', async () => {
    const { clock, ticker, host, source, tracking } = setUp();
    await tracking.start();
    source.show('code', 'main.ts — Visual Studio Code');
    ticker.advance(10 * minute);
    tracking.pause({ until: clock.now() + 15 * minute, reason: 'school run' });
    ticker.advance(15 * minute);
    ticker.advance(5 * minute);
    await tracking.stop();
    await host.store.flush();

    const timeline = await host.services.reports.getDayTimeline({ date: '2026-11-20' });
    const pauses = timeline.segments.filter((s) => s.kind === 'pause');
    expect(pauses.map((p) => (p.end - p.start) / minute)).toEqual([15]);
    const app = timeline.segments.filter((s) => s.kind === 'app').reduce((ms, s) => ms + s.end - s.start, 0);
    expect(app / minute).toBe(15);
  });
});
