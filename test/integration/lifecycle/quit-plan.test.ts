// Defects 1 and 4 of issue 15 with the real services: quitting during family time with the overlay open finishes,
// nothing re-opens the overlay on the way out, tracking writes its open event before the store closes (last), and
// the operating system's logout or shutdown never waits for the parent PIN.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import { UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';
import type { PresenceSource } from '../../../electron/main/adapters/os/presence-source.ts';
import { manualScheduler } from '../../support/manual-scheduler.ts';
import { createLifecycle } from '../../../electron/main/services/lifecycle.ts';
import { quitPlan } from '../../../electron/main/services/quit-plan.ts';
import { TrackingService } from '../../../electron/main/services/tracking-service.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { scriptedWindowSource } from '../../support/scripted-window-source.ts';
import { local, ZONE } from '../../unit/core/boundaries/harness.ts';
import { settingsWith, weekly } from '../../unit/core/schedule/settings-builder.ts';

const settings = settingsWith(ZONE, [weekly('dinner', 'family-time', [5], '18:00', '20:00')]);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((close) => close());
  cleanup = [];
});

async function familyTimeApp() {
  const clock = manualClock(local('2026-11-20T18:30'));
  const presence: PresenceSource = { idleMs: () => 0, onSignal: () => () => undefined };
  const late: { tracking?: TrackingService } = {};
  const host = composeHostApp({
    clock,
    zone: ZONE,
    settings,
    events: [],
    parentPin: '2468',
    scheduler: manualScheduler(), // never fires: each test moves the clock and recomputes itself
    tracking: {
      status: () => late.tracking?.status() ?? { state: 'stopped' },
      setPrivacy: (privacy) => late.tracking?.setPrivacy(privacy),
      setIdleThreshold: (ms) => late.tracking?.setIdleThreshold(ms),
      pause: (request) => late.tracking?.pause(request),
      resume: () => late.tracking?.resume(),
    },
  });
  const order: string[] = [];
  let storeOpen = true;
  // The host closes its store at the end unless the quit plan already did.
  cleanup.push(() => (storeOpen ? host.close() : rmSync(host.directory, { recursive: true, force: true })));
  const source = scriptedWindowSource();
  const ticker = manualScheduler(clock);
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
  source.show('firefox', 'Recipes — Mozilla Firefox');
  ticker.advance(10 * 60_000);
  const exits: number[] = [];
  const lifecycle = createLifecycle({
    exit: (code) => exits.push(code),
    quit: () => order.push('quit'),
    showError: () => undefined,
    dataFolder: () => '/tmp/balans',
    locale: () => 'en',
    now: () => clock.now(),
    log: () => undefined,
  });
  await lifecycle.start([]);
  const reopen = () => lifecycle.windowLost(() => host.services.boundaries.windowClosed('overlay'));
  const recorded: string[] = [];
  lifecycle.setQuitPlan(
    quitPlan({
      mayQuit: () => host.services.mayQuit(),
      boundaries: host.services.boundaries,
      stopTimers: () => order.push('timers'),
      windows: {
        // As in Electron: destroying an overlay closes it, and its 'closed' reaches the lost-window path.
        hideOverlay: () => {
          order.push('overlay destroyed');
          reopen();
        },
        hideNudge: () => order.push('nudge destroyed'),
      },
      tracking: {
        stopNow: () => {
          order.push('tracking stopped');
          return tracking.stopNow();
        },
      },
      store: {
        close: () => {
          order.push('store closed');
          host.store.close();
          storeOpen = false;
        },
      },
      recordSystemEnd: (cause) => recorded.push(cause),
    }),
  );
  const beforeQuit = () => {
    let prevented = false;
    lifecycle.beforeQuit({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { host, lifecycle, order, recorded, exits, beforeQuit };
}

/** The window events the store holds after the quit, read from its file the way the next start would. */
function eventsIn(directory: string) {
  const reopened = UsageStore.open({ directory });
  try {
    return reopened.eventsBetween('window', 0, Number.MAX_SAFE_INTEGER);
  } finally {
    reopened.close();
  }
}

describe('quitting Balans', () => {
  it('refuses the user without the PIN during family time and shows the overlay again', async () => {
    const app = await familyTimeApp();
    const shownBefore = app.host.outputs.filter((call) => call.name === 'showOverlay').length;
    expect(app.beforeQuit()).toBe(true);
    await settle();
    await settle();
    expect(app.order).toEqual([]);
    expect(app.host.outputs.filter((call) => call.name === 'showOverlay').length).toBe(shownBefore + 1);
    expect(app.lifecycle.isQuitting()).toBe(false);
  });

  it('finishes a logout with the overlay open: no PIN, nothing re-opened, the store closed last', async () => {
    const app = await familyTimeApp();
    expect(app.host.services.boundaries.status().overlay?.kind).toBe('family-time');
    const calls = app.host.outputs.length;
    app.lifecycle.systemEnding('os-shutdown');
    expect(app.recorded).toEqual(['os-shutdown']);
    expect(app.order).toEqual([
      'timers',
      'overlay destroyed',
      'nudge destroyed',
      'tracking stopped',
      'store closed',
      'quit',
    ]);
    expect(app.host.outputs.slice(calls).some((call) => call.name === 'showOverlay')).toBe(false);
    // The Firefox window's ten minutes were written before the store closed.
    const events = eventsIn(app.host.directory);
    expect(events.map((event) => [event.data.app, event.duration])).toEqual([['Firefox', 10 * 60_000]]);
    // And the quit Electron then performs goes through.
    expect(app.beforeQuit()).toBe(false);
  });
});
