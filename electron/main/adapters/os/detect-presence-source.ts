import type { PresenceSignal } from '../../../core/tracking/presence.ts';
import { detectDesktop, detectWaylandDesktop, type SessionEnv } from './detect-window-source.ts';
import { MutterIdleMonitor } from './gnome/mutter-idle-monitor.ts';
import { subscribeLinuxLock } from './linux-lock-signals.ts';
import { withIdleFrom, type IdleTime, type PresenceSource } from './presence-source.ts';
import { WaylandIdleMonitor } from './wayland/wayland-idle.ts';

/** An idle time that has to be started and stopped: the compositor's or Mutter's. */
export type IdleMonitor = IdleTime & { start(): Promise<unknown>; stop(): Promise<void> };

export interface DetectPresenceSourceOptions {
  platform: NodeJS.Platform;
  env: SessionEnv;
  /** Electron's powerMonitor: idle time off Wayland, lock/suspend/resume everywhere it reports them. */
  base: PresenceSource;
  /** Replaceable in tests. */
  monitor?: (env: SessionEnv) => IdleMonitor;
  lock?: (listener: (signal: PresenceSignal) => void) => () => void;
  log?: (message: string, error: unknown) => void;
}

/** GNOME's idle time comes from Mutter (it offers apps no Wayland idle protocol); others' from the compositor. */
function compositorIdle(env: SessionEnv): IdleMonitor {
  return detectWaylandDesktop(env) === 'gnome'
    ? new MutterIdleMonitor({ busAddress: env['DBUS_SESSION_BUS_ADDRESS'] })
    : new WaylandIdleMonitor({ env });
}

/**
 * Presence for this session. On Linux, lock and unlock come from logind and the desktop's screen saver (Electron
 * reports them only on macOS and Windows). In a Wayland session the idle time comes from the compositor (or
 * Mutter) while it reports one, else from the base. Monitors run while tracking listens.
 */
export function detectPresenceSource(options: DetectPresenceSourceOptions): PresenceSource {
  const desktop = detectDesktop(options.platform, options.env);
  if (desktop === 'polled' || desktop === 'unsupported') return options.base;
  const { env, log } = options;
  const monitor = desktop === 'wayland' ? (options.monitor ?? compositorIdle)(env) : undefined;
  const lock =
    options.lock ??
    ((listener) =>
      subscribeLinuxLock(listener, {
        sessionBus: env['DBUS_SESSION_BUS_ADDRESS'],
        sessionId: env['XDG_SESSION_ID'],
        ...(log && { log }),
      }));
  const idle = monitor ? withIdleFrom(options.base, monitor) : options.base;
  return {
    idleMs: () => idle.idleMs(),
    onSignal(listener) {
      const unsubscribers = [options.base.onSignal(listener), lock(listener)];
      if (monitor) {
        void monitor
          .start()
          .catch((error: unknown) =>
            log?.('The compositor reports no idle time; using the system idle time', error),
          );
      }
      return () => {
        for (const unsubscribe of unsubscribers) unsubscribe();
        void monitor?.stop();
      };
    },
  };
}
