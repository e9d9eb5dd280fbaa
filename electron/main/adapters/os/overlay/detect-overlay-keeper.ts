import { detectDesktop, detectWaylandDesktop, type SessionEnv } from '../detect-window-source.ts';
import { GnomeOverlayKeeper } from './gnome-overlay-keeper.ts';
import { KwinOverlayKeeper } from './kwin-overlay-keeper.ts';
import type { OverlayKeeper } from './overlay-keeper.ts';
import { SwayOverlayKeeper } from './sway-overlay-keeper.ts';

/**
 * Who can keep the overlay on top in this session: GNOME's Shell extension, a KWin script, or sway's IPC.
 * Elsewhere (X11, macOS, Windows, other Wayland compositors) Electron's always-on-top is what there is.
 */
export function detectOverlayKeeper(platform: NodeJS.Platform, env: SessionEnv): OverlayKeeper | undefined {
  if (detectDesktop(platform, env) !== 'wayland') return undefined;
  const bus = env['DBUS_SESSION_BUS_ADDRESS'];
  switch (detectWaylandDesktop(env)) {
    case 'gnome':
      return bus ? new GnomeOverlayKeeper(bus) : undefined;
    case 'kde':
      return bus ? new KwinOverlayKeeper(bus) : undefined;
    case 'other':
      return env['SWAYSOCK'] ? new SwayOverlayKeeper(env['SWAYSOCK']) : undefined;
  }
}
