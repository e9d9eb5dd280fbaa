import { describe, it, expect, afterEach } from 'vitest';
import { WaylandIdleMonitor } from '../../../../../../electron/main/adapters/os/wayland/wayland-idle.ts';
import { decodeArguments } from '../../../../../../electron/main/adapters/os/wayland/wire.ts';
import { withIdleFrom } from '../../../../../../electron/main/adapters/os/presence-source.ts';
import { startFakeCompositor, type FakeCompositor } from '../../../../../support/fake-wayland-compositor.ts';
import { waitFor } from '../../../../../support/wait-for.ts';

let compositor: FakeCompositor | undefined;
let monitor: WaylandIdleMonitor | undefined;
afterEach(async () => {
  await monitor?.stop();
  await compositor?.close();
});

/** The request that created the idle notification: [new id, …] in the protocol's argument order. */
const creation = (c: FakeCompositor, bound: number, signature: string) =>
  decodeArguments(
    signature,
    c.requests.find((r) => r.objectId === bound && r.opcode === (signature === 'nuo' ? 1 : 0))!.body,
  );

describe('WaylandIdleMonitor', () => {
  it('prefers ext-idle-notify and dates idle from the last input', async () => {
    compositor = await startFakeCompositor([
      { interface: 'wl_seat', version: 7 },
      { interface: 'org_kde_kwin_idle', version: 1 },
      { interface: 'ext_idle_notifier_v1', version: 1 },
    ]);
    let now = 1_000_000;
    monitor = new WaylandIdleMonitor({ env: compositor.env, timeoutMs: 60_000, now: () => now });
    expect(await monitor.start()).toBe('ext_idle_notifier_v1');
    const seat = await compositor.bound('wl_seat');
    const [notification, timeout, seatArg] = creation(
      compositor,
      await compositor.bound('ext_idle_notifier_v1'),
      'nuo',
    );
    expect([timeout, seatArg]).toEqual([60_000, seat]);

    const changes: boolean[] = [];
    monitor.onChange((idle) => changes.push(idle));
    expect(monitor.idleMs()).toBe(0);
    compositor.send([notification as number, 0, '', []]); // idled
    await waitFor('idled', () => changes.length === 1);
    now += 5_000;
    expect(monitor.idleMs()).toBe(65_000);
    compositor.send([notification as number, 1, '', []]); // resumed
    await waitFor('resumed', () => changes.length === 2);
    expect(changes).toEqual([true, false]);
    expect(monitor.idleMs()).toBe(0);
  });

  it('falls back to org_kde_kwin_idle, whose request takes the seat before the timeout', async () => {
    compositor = await startFakeCompositor([
      { interface: 'wl_seat', version: 7 },
      { interface: 'org_kde_kwin_idle', version: 1 },
    ]);
    monitor = new WaylandIdleMonitor({ env: compositor.env, timeoutMs: 90_000 });
    expect(await monitor.start()).toBe('org_kde_kwin_idle');
    const seat = await compositor.bound('wl_seat');
    const [timeoutObject, seatArg, timeout] = creation(
      compositor,
      await compositor.bound('org_kde_kwin_idle'),
      'nou',
    );
    expect([seatArg, timeout]).toEqual([seat, 90_000]);
    compositor.send([timeoutObject as number, 0, '', []]); // idle
    await waitFor('idle', () => monitor!.idleMs() >= 90_000);
  });

  it('refuses a compositor without an idle protocol, saying so', async () => {
    compositor = await startFakeCompositor([{ interface: 'wl_seat', version: 7 }]);
    monitor = new WaylandIdleMonitor({ env: compositor.env });
    await expect(monitor.start()).rejects.toThrow(/none of ext_idle_notifier_v1, org_kde_kwin_idle/);
  });
});

describe('withIdleFrom', () => {
  it('uses the compositor while it is connected and the base source after it went away', async () => {
    compositor = await startFakeCompositor([
      { interface: 'wl_seat', version: 7 },
      { interface: 'ext_idle_notifier_v1', version: 1 },
    ]);
    monitor = new WaylandIdleMonitor({ env: compositor.env, timeoutMs: 60_000 });
    await monitor.start();
    const presence = withIdleFrom({ idleMs: () => 7, onSignal: () => () => {} }, monitor);
    expect(presence.idleMs()).toBe(0);
    compositor.disconnect();
    await waitFor('the monitor to notice', () => !monitor!.connected);
    expect(presence.idleMs()).toBe(7);
  });
});
