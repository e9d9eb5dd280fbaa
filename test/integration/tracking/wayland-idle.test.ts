// The compositor's idle signal reaches presence: headless sway has no input devices, so the user is idle from the
// start; `swaymsg seat seat0 cursor move` is input as far as sway's idle tracking is concerned.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { WaylandIdleMonitor } from '../../../electron/main/adapters/os/wayland/wayland-idle.ts';
import { withIdleFrom } from '../../../electron/main/adapters/os/presence-source.ts';
import { TrackingService } from '../../../electron/main/services/tracking-service.ts';
import { scriptedWindowSource } from '../../support/scripted-window-source.ts';
import { memorySink } from '../../support/memory-sink.ts';
import { startSway, swayUnavailable, type Sway } from '../../support/sway.ts';
import { waitFor } from '../../support/wait-for.ts';
import { kwinUnavailable, startKwin } from '../../support/kwin.ts';
import { kwinFakeInput, type FakeInput } from '../../support/kwin-fake-input.ts';
import { manualScheduler } from '../../support/manual-scheduler.ts';

const TIMEOUT_MS = 1_000;
const skip = swayUnavailable();
if (skip) console.log(`skipping the Wayland idle integration test: ${skip}`);

let sway: Sway;
let monitor: WaylandIdleMonitor;

describe.skipIf(skip)('compositor idle under headless sway', () => {
  beforeAll(async () => {
    sway = await startSway();
  });
  afterAll(async () => {
    await monitor?.stop();
    await sway?.stop();
  });

  it('turns idled and resumed into idle and active presence, dated from the last input', async () => {
    monitor = new WaylandIdleMonitor({ env: sway.env, timeoutMs: TIMEOUT_MS });
    const changes: { idle: boolean; at: number }[] = [];
    monitor.onChange((idle) => changes.push({ idle, at: Date.now() }));
    const started = Date.now();
    // sway 1.7 offers only KDE's protocol; sway ≥ 1.8 also ext-idle-notify, which is preferred
    expect(['org_kde_kwin_idle', 'ext_idle_notifier_v1']).toContain(await monitor.start());

    // Electron's idle time on Wayland: stuck at 0 whatever the user does
    const electronLike = { idleMs: () => 0, onSignal: () => () => {} };
    const sink = memorySink();
    const tracking = new TrackingService({
      source: scriptedWindowSource(),
      presence: withIdleFrom(electronLike, monitor),
      clock: { now: () => Date.now() },
      sink,
      scheduler: manualScheduler(),
      idleThresholdMs: TIMEOUT_MS,
    });
    await tracking.start();

    await waitFor('idled from sway', () => changes.find((c) => c.idle), 10_000);
    tracking.tick();
    tracking.flush();
    const idle = sink.ofKind('presence').find((e) => e.data.state === 'idle');
    expect(idle).toBeDefined();
    // idle began at the last input (the session's start here), not when it was noticed
    expect(idle!.start).toBeLessThanOrEqual(changes[0]!.at - TIMEOUT_MS + 50);
    expect(idle!.start).toBeGreaterThanOrEqual(started - 50);

    const moved = Date.now();
    await sway.swaymsg('seat', 'seat0', 'cursor', 'move', '5', '5');
    const resumed = await waitFor('resumed from sway', () => changes.find((c) => !c.idle));
    expect(resumed.at - moved).toBeLessThan(200);
    tracking.tick();
    await tracking.stop();
    const states = sink.ofKind('presence').map((e) => e.data.state);
    expect(states.slice(-2)).toEqual(['idle', 'active']);
  });
});

const noKwin = kwinUnavailable();
if (noKwin) console.log(`skipping the KWin idle test: ${noKwin}`);

describe.skipIf(noKwin)('compositor idle under kwin_wayland --virtual', () => {
  it("hears idled and resumed over ext-idle-notify, with input from KWin's fake input", async () => {
    const kwin = await startKwin();
    const kwinMonitor = new WaylandIdleMonitor({ env: kwin.env, timeoutMs: TIMEOUT_MS });
    let input: FakeInput | undefined;
    try {
      const changes: { idle: boolean; at: number }[] = [];
      kwinMonitor.onChange((idle) => changes.push({ idle, at: Date.now() }));
      input = await kwinFakeInput(kwin);
      expect(await kwinMonitor.start()).toBe('ext_idle_notifier_v1');
      await waitFor('idled from KWin', () => changes.some((c) => c.idle), 10_000);
      expect(kwinMonitor.idleMs()).toBeGreaterThanOrEqual(TIMEOUT_MS);

      const moved = Date.now();
      await input.movePointer(10, 10);
      const resumed = await waitFor('resumed from KWin', () => changes.find((c) => !c.idle && c.at >= moved));
      expect(resumed.at - moved).toBeLessThan(200);
      expect(kwinMonitor.idleMs()).toBeLessThan(TIMEOUT_MS);
    } finally {
      await input?.close();
      await kwinMonitor.stop();
      await kwin.stop();
    }
  });
});
