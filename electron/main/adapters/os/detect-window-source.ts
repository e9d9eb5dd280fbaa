import { FallbackWindowSource, type WindowSourceChoice } from './fallback-window-source.ts';
import { GnomeWindowSource } from './gnome/gnome-window-source.ts';
import { KwinWindowSource } from './kwin/kwin-window-source.ts';
import { PolledWindowSource } from './polled-window-source.ts';
import { WlrootsWindowSource } from './wayland/wlroots-window-source.ts';
import { unavailableWindowSource, type WindowSource } from './window-source.ts';
import { X11WindowSource } from './x11-window-source.ts';

export type SessionEnv = Readonly<Record<string, string | undefined>>;

export interface DetectWindowSourceOptions {
  platform: NodeJS.Platform;
  env: SessionEnv;
  /** Factories, replaceable in tests. */
  x11?: (display: string) => WindowSource;
  wlroots?: (env: SessionEnv) => WindowSource;
  kwin?: (env: SessionEnv) => WindowSource;
  gnome?: (env: SessionEnv) => WindowSource;
  polled?: () => WindowSource;
}

/** What kind of desktop session this is, as far as active-window tracking is concerned. */
export type Desktop = 'x11' | 'wayland' | 'no-display' | 'polled' | 'unsupported';

/** The Wayland desktops that need their own way to see windows; every other compositor is tried as wlroots. */
export type WaylandDesktop = 'gnome' | 'kde' | 'other';

/**
 * Classifies the session. A Wayland session counts as Wayland even when DISPLAY is set: GNOME and KDE always start
 * XWayland, and through it X11 would see only the few X11 apps, silently missing all the others.
 */
export function detectDesktop(platform: NodeJS.Platform, env: SessionEnv): Desktop {
  if (platform === 'darwin' || platform === 'win32') return 'polled';
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return 'unsupported';
  const display = env['DISPLAY'];
  if (env['XDG_SESSION_TYPE']?.toLowerCase() === 'wayland') return 'wayland';
  if (env['WAYLAND_DISPLAY'] && !display) return 'wayland';
  return display ? 'x11' : 'no-display';
}

/** Which Wayland desktop this is, from XDG_CURRENT_DESKTOP (a colon-separated list, e.g. "ubuntu:GNOME"). */
export function detectWaylandDesktop(env: SessionEnv): WaylandDesktop {
  const names = (env['XDG_CURRENT_DESKTOP'] ?? '').toLowerCase().split(':');
  if (names.includes('gnome')) return 'gnome';
  if (names.includes('kde')) return 'kde';
  return 'other';
}

/** Picks the window source for this platform and session, or one that explains why there is none. */
export function detectWindowSource(options: DetectWindowSourceOptions): WindowSource {
  const desktop = detectDesktop(options.platform, options.env);
  const x11 = options.x11 ?? ((d) => new X11WindowSource({ display: d }));
  switch (desktop) {
    case 'polled':
      return (options.polled ?? (() => new PolledWindowSource()))();
    case 'x11':
      return x11(options.env['DISPLAY'] ?? '');
    case 'wayland':
      return waylandWindowSource(options, x11);
    case 'no-display':
      return unavailableWindowSource('no graphical display was found (DISPLAY is not set).');
    case 'unsupported':
      return unavailableWindowSource(`${options.platform} is not supported.`);
  }
}

/**
 * On Wayland: the desktop's own source first, then X11 through XWayland — reported as seeing only X11 apps. The
 * wlroots source checks at start that the compositor offers the foreign-toplevel protocol, so any compositor that
 * does (sway, Hyprland, river, labwc, Wayfire) is tracked whatever XDG_CURRENT_DESKTOP says.
 */
function waylandWindowSource(
  options: DetectWindowSourceOptions,
  x11: (display: string) => WindowSource,
): WindowSource {
  const { env } = options;
  const which = detectWaylandDesktop(env);
  const choices: WindowSourceChoice[] = [];
  if (which === 'other') {
    choices.push({ create: () => (options.wlroots ?? ((e) => new WlrootsWindowSource({ env: e })))(env) });
  } else if (which === 'kde') {
    choices.push({
      create: () =>
        (options.kwin ?? ((e) => new KwinWindowSource({ busAddress: e['DBUS_SESSION_BUS_ADDRESS'] ?? '' })))(
          env,
        ),
    });
  } else {
    choices.push({
      create: () =>
        (
          options.gnome ?? ((e) => new GnomeWindowSource({ busAddress: e['DBUS_SESSION_BUS_ADDRESS'] ?? '' }))
        )(env),
    });
  }
  const display = env['DISPLAY'];
  if (display) choices.push({ create: () => x11(display), limitation: 'xwayland-only' });
  return new FallbackWindowSource(choices);
}
