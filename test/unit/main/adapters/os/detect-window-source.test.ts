import { describe, it, expect } from 'vitest';
import {
  detectDesktop,
  detectWaylandDesktop,
  detectWindowSource,
} from '../../../../../electron/main/adapters/os/detect-window-source.ts';
import {
  unavailableWindowSource,
  type WindowSignal,
  type WindowSource,
} from '../../../../../electron/main/adapters/os/window-source.ts';

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

  it('tells the user why tracking cannot work without a display or on an unsupported system', async () => {
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

/** A source that reports one observation of `app` at start. */
const seeing = (kind: WindowSource['kind'], app: string): WindowSource => ({
  kind,
  start: async (listener) => listener({ type: 'observation', observation: { app } }),
  stop: async () => {},
});

describe('detectWindowSource on Wayland', () => {
  const wayland = {
    XDG_SESSION_TYPE: 'wayland',
    WAYLAND_DISPLAY: 'wayland-0',
    XDG_RUNTIME_DIR: '/run/user/1000',
  };
  const start = async (env: Record<string, string>, wlroots: () => WindowSource) => {
    const signals: WindowSignal[] = [];
    const source = detectWindowSource({
      platform: 'linux',
      env,
      wlroots,
      x11: () => seeing('x11', 'XTerm'),
    });
    await source.start((s) => signals.push(s));
    return { kind: source.kind, signals };
  };

  it('names the desktop from XDG_CURRENT_DESKTOP', () => {
    expect(detectWaylandDesktop({ XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })).toBe('gnome');
    expect(detectWaylandDesktop({ XDG_CURRENT_DESKTOP: 'KDE' })).toBe('kde');
    expect(detectWaylandDesktop({ XDG_CURRENT_DESKTOP: 'sway' })).toBe('other');
    expect(detectWaylandDesktop({ XDG_CURRENT_DESKTOP: 'Hyprland' })).toBe('other');
    expect(detectWaylandDesktop({})).toBe('other');
  });

  it('uses the wlroots source on sway and other compositors, even with XWayland running', async () => {
    const sway = await start({ ...wayland, XDG_CURRENT_DESKTOP: 'sway', DISPLAY: ':0' }, () =>
      seeing('wlroots', 'foot'),
    );
    expect(sway).toEqual({
      kind: 'wlroots',
      signals: [{ type: 'observation', observation: { app: 'foot' } }],
    });
  });

  it('falls back to X11 through XWayland, saying that only X11 apps are seen, when the protocol is missing', async () => {
    const missing = () => unavailableWindowSource('this Wayland compositor does not offer it');
    const fallback = await start({ ...wayland, DISPLAY: ':0' }, missing);
    expect(fallback).toEqual({
      kind: 'x11',
      signals: [
        { type: 'limited', limitation: 'xwayland-only' },
        { type: 'observation', observation: { app: 'XTerm' } },
      ],
    });
    // without XWayland there is nothing to fall back to: the compositor's reason is shown
    const none = await start(wayland, missing);
    expect(none.kind).toBe('unavailable');
    expect(none.signals).toEqual([
      { type: 'unavailable', reason: expect.stringContaining('does not offer it') },
    ]);
  });

  it('uses the extension source on GNOME, and says which step is needed when the extension is missing', async () => {
    const gnome = {
      ...wayland,
      XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/b',
    };
    const found = detectWindowSource({
      platform: 'linux',
      env: gnome,
      gnome: () => seeing('gnome', 'org.gnome.Nautilus'),
    });
    await found.start(() => {});
    expect(found.kind).toBe('gnome');
    const missing = detectWindowSource({
      platform: 'linux',
      env: gnome,
      gnome: () => ({
        kind: 'gnome',
        start: async (l) => l({ type: 'unavailable', reason: 'no extension', step: 'gnome-extension' }),
        stop: async () => {},
      }),
    });
    const signals: WindowSignal[] = [];
    await missing.start((s) => signals.push(s));
    expect(signals).toEqual([{ type: 'unavailable', reason: 'no extension', step: 'gnome-extension' }]);
  });

  it('uses the KWin script source on KDE, on the session bus, and XWayland only when KWin refuses', async () => {
    let bus: string | undefined;
    const kde = {
      ...wayland,
      XDG_CURRENT_DESKTOP: 'KDE',
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/bus',
      DISPLAY: ':0',
    };
    const kwin = detectWindowSource({
      platform: 'linux',
      env: kde,
      kwin: (env) => {
        bus = env['DBUS_SESSION_BUS_ADDRESS'];
        return seeing('kwin', 'org.kde.konsole');
      },
    });
    await kwin.start(() => {});
    expect([kwin.kind, bus]).toEqual(['kwin', 'unix:path=/run/bus']);
    const refused = detectWindowSource({
      platform: 'linux',
      env: kde,
      kwin: () => ({
        kind: 'kwin',
        start: async (l) => l({ type: 'unavailable', reason: 'refused', step: 'kwin-scripting' }),
        stop: async () => {},
      }),
      x11: () => seeing('x11', 'XTerm'),
    });
    const signals: WindowSignal[] = [];
    await refused.start((s) => signals.push(s));
    expect(refused.kind).toBe('x11');
    // the step that would make KWin's own source work is passed on with the limitation
    expect(signals[0]).toEqual({ type: 'limited', limitation: 'xwayland-only', step: 'kwin-scripting' });
  });
});
