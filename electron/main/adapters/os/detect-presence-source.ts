import { detectDesktop, type SessionEnv } from './detect-window-source.ts';
import { withIdleFrom, type PresenceSource } from './presence-source.ts';
import { WaylandIdleMonitor } from './wayland/wayland-idle.ts';

export interface DetectPresenceSourceOptions {
  platform: NodeJS.Platform;
  env: SessionEnv;
  /** Electron's powerMonitor: idle time off Wayland, lock/suspend/resume everywhere it reports them. */
  base: PresenceSource;
  monitor?: (env: SessionEnv) => Pick<WaylandIdleMonitor, 'start' | 'stop' | 'idleMs' | 'connected'>;
  log?: (message: string, error: unknown) => void;
}

/**
 * Presence for this session. In a Wayland session the idle time comes from the compositor while it offers an
 * idle protocol; the monitor runs while someone is subscribed (tracking is running), and where the compositor
 * offers none the base idle time is used.
 */
export function detectPresenceSource(options: DetectPresenceSourceOptions): PresenceSource {
  if (detectDesktop(options.platform, options.env) !== 'wayland') return options.base;
  const monitor = (options.monitor ?? ((env) => new WaylandIdleMonitor({ env })))(options.env);
  const presence = withIdleFrom(options.base, monitor);
  return {
    idleMs: presence.idleMs,
    onSignal(listener) {
      const unsubscribe = presence.onSignal(listener);
      void monitor
        .start()
        .catch((error: unknown) =>
          options.log?.('The compositor reports no idle time; using the system idle time', error),
        );
      return () => {
        unsubscribe();
        void monitor.stop();
      };
    },
  };
}
