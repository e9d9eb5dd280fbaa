import { PolledWindowSource } from './polled-window-source.ts';
import { unavailableWindowSource, type WindowSource } from './window-source.ts';
import { X11WindowSource } from './x11-window-source.ts';

export interface DetectWindowSourceOptions {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Factories, replaceable in tests. */
  x11?: (display: string) => WindowSource;
  polled?: () => WindowSource;
}

/** What kind of desktop session this is, as far as active-window tracking is concerned. */
export type Desktop = 'x11' | 'wayland' | 'no-display' | 'polled' | 'unsupported';

/**
 * Classifies the session. A Wayland session counts as Wayland even when DISPLAY is set: GNOME and KDE always start
 * XWayland, and through it X11 would see only the few X11 apps, silently missing all the others.
 */
export function detectDesktop(platform: NodeJS.Platform, env: DetectWindowSourceOptions['env']): Desktop {
  if (platform === 'darwin' || platform === 'win32') return 'polled';
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return 'unsupported';
  const display = env['DISPLAY'];
  if (env['XDG_SESSION_TYPE']?.toLowerCase() === 'wayland') return 'wayland';
  if (env['WAYLAND_DISPLAY'] && !display) return 'wayland';
  return display ? 'x11' : 'no-display';
}

/** Picks the window source for this platform and session, or one that explains why there is none. */
export function detectWindowSource(options: DetectWindowSourceOptions): WindowSource {
  const desktop = detectDesktop(options.platform, options.env);
  switch (desktop) {
    case 'polled':
      return (options.polled ?? (() => new PolledWindowSource()))();
    case 'x11': {
      const display = options.env['DISPLAY'] ?? '';
      return (options.x11 ?? ((d) => new X11WindowSource({ display: d })))(display);
    }
    case 'wayland':
      return unavailableWindowSource(
        'this is a Wayland session, and Wayland does not let apps see which window is active. Log in with an ' +
          '"X11" or "Xorg" session to use it.',
      );
    case 'no-display':
      return unavailableWindowSource('no graphical display was found (DISPLAY is not set).');
    case 'unsupported':
      return unavailableWindowSource(`${options.platform} is not supported.`);
  }
}
