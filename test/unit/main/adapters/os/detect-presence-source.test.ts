import { describe, it, expect } from 'vitest';
import { detectPresenceSource } from '../../../../../electron/main/adapters/os/detect-presence-source.ts';
import type { PresenceSource } from '../../../../../electron/main/adapters/os/presence-source.ts';
import type { PresenceSignal } from '../../../../../electron/core/tracking/presence.ts';
import { ozoneSwitches } from '../../../../../electron/main/adapters/electron/ozone-switches.ts';

const base: PresenceSource = { idleMs: () => 0, onSignal: () => () => {} };
const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-1' };

function fakeMonitor(startFails = false) {
  const calls: string[] = [];
  const monitor = {
    connected: false,
    idleMs: () => 42_000,
    start: async () => {
      calls.push('start');
      if (startFails) throw new Error('no idle protocol');
      monitor.connected = true;
      return 'ext_idle_notifier_v1' as const;
    },
    stop: async () => {
      calls.push('stop');
      monitor.connected = false;
    },
  };
  return { monitor, calls };
}

describe('detectPresenceSource', () => {
  it('keeps Electrons presence on macOS and Windows, which report lock themselves', () => {
    expect(detectPresenceSource({ platform: 'darwin', env: {}, base })).toBe(base);
    expect(detectPresenceSource({ platform: 'win32', env: {}, base })).toBe(base);
  });

  it('adds lock and unlock on Linux and keeps the base idle time on X11', () => {
    let lockListener: ((s: PresenceSignal) => void) | undefined;
    let unsubscribed = false;
    const presence = detectPresenceSource({
      platform: 'linux',
      env: { DISPLAY: ':0' },
      base: { ...base, idleMs: () => 9 },
      lock: (listener) => {
        lockListener = listener;
        return () => (unsubscribed = true);
      },
    });
    const seen: PresenceSignal[] = [];
    const unsubscribe = presence.onSignal((s) => seen.push(s));
    lockListener!('lock');
    lockListener!('unlock');
    expect(seen).toEqual(['lock', 'unlock']);
    expect(presence.idleMs()).toBe(9);
    unsubscribe();
    expect(unsubscribed).toBe(true);
  });

  it('takes the idle time from the compositor while tracking listens, and stops it after', async () => {
    const { monitor, calls } = fakeMonitor();
    const presence = detectPresenceSource({
      platform: 'linux',
      env: wayland,
      base,
      monitor: () => monitor,
      lock: () => () => {},
    });
    expect(presence.idleMs()).toBe(0); // not connected yet: the base
    const unsubscribe = presence.onSignal(() => {});
    await Promise.resolve();
    expect(presence.idleMs()).toBe(42_000);
    unsubscribe();
    expect(calls).toEqual(['start', 'stop']);
  });

  it('falls back to the base idle time, and logs why, when the compositor offers no idle protocol', async () => {
    const { monitor } = fakeMonitor(true);
    const logged: string[] = [];
    const presence = detectPresenceSource({
      platform: 'linux',
      env: wayland,
      base: { ...base, idleMs: () => 5 },
      monitor: () => monitor,
      lock: () => () => {},
      log: (message) => logged.push(message),
    });
    presence.onSignal(() => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(presence.idleMs()).toBe(5);
    expect(logged).toEqual(['The compositor reports no idle time; using the system idle time']);
  });
});

describe('ozoneSwitches', () => {
  it('asks for the native Wayland platform where the session is Wayland, on Linux and the BSDs only', () => {
    expect(ozoneSwitches('linux')).toEqual([['ozone-platform-hint', 'auto']]);
    expect(ozoneSwitches('win32')).toEqual([]);
    expect(ozoneSwitches('darwin')).toEqual([]);
  });
});
