import { describe, it, expect } from 'vitest';
import {
  detectDesktop,
  detectWindowSource,
} from '../../../../../electron/main/adapters/os/detect-window-source.ts';
import type { WindowSignal } from '../../../../../electron/main/adapters/os/window-source.ts';

describe('detectDesktop', () => {
  it('classifies sessions', () => {
    expect(detectDesktop('linux', { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' })).toBe('x11');
    expect(detectDesktop('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe('wayland');
    // XWayland sets DISPLAY in Wayland sessions; X11 would see only X11 apps there
    expect(
      detectDesktop('linux', { DISPLAY: ':0', XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' }),
    ).toBe('wayland');
    expect(detectDesktop('linux', {})).toBe('no-display');
    expect(detectDesktop('darwin', {})).toBe('polled');
    expect(detectDesktop('win32', {})).toBe('polled');
    expect(detectDesktop('aix', {})).toBe('unsupported');
  });
});

describe('detectWindowSource', () => {
  const reasonOf = async (platform: NodeJS.Platform, env: Record<string, string>) => {
    const source = detectWindowSource({ platform, env });
    const signals: WindowSignal[] = [];
    await source.start((s) => signals.push(s));
    return { kind: source.kind, signals };
  };

  it('tells the user why tracking cannot work on Wayland and without a display', async () => {
    const wayland = await reasonOf('linux', { WAYLAND_DISPLAY: 'wayland-0', XDG_SESSION_TYPE: 'wayland' });
    expect(wayland.kind).toBe('unavailable');
    expect(wayland.signals).toEqual([
      {
        type: 'unavailable',
        reason: expect.stringMatching(/^active-app tracking is not available on this desktop: .*Wayland/),
      },
    ]);
    const headless = await reasonOf('linux', {});
    expect(headless.signals[0]).toMatchObject({
      type: 'unavailable',
      reason: expect.stringContaining('DISPLAY'),
    });
    const other = await reasonOf('sunos', {});
    expect(other.signals[0]).toMatchObject({ type: 'unavailable', reason: expect.stringContaining('sunos') });
  });

  it('uses the X11 source on an X display and polling on macOS and Windows', () => {
    expect(detectWindowSource({ platform: 'linux', env: { DISPLAY: ':3' } }).kind).toBe('x11');
    expect(detectWindowSource({ platform: 'darwin', env: {} }).kind).toBe('polled');
    let display = '';
    detectWindowSource({
      platform: 'linux',
      env: { DISPLAY: ':3' },
      x11: (d) => {
        display = d;
        return { kind: 'x11', start: async () => {}, stop: async () => {} };
      },
    });
    expect(display).toBe(':3');
  });
});
