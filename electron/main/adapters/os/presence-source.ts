import type { PowerMonitor } from 'electron';
import type { PresenceSignal } from '../../../core/tracking/presence.ts';

/** Where presence comes from: the system idle time, and lock/suspend/resume signals. */
export interface PresenceSource {
  /** Milliseconds since the last keyboard or mouse input. */
  idleMs(): number;
  /** Subscribes to lock, unlock, suspend and resume; returns the unsubscribe function. */
  onSignal(listener: (signal: PresenceSignal) => void): () => void;
}

// Electron's event names for each presence signal.
const ELECTRON_EVENTS = {
  'lock-screen': 'lock',
  'unlock-screen': 'unlock',
  suspend: 'suspend',
  resume: 'resume',
} as const satisfies Record<string, PresenceSignal>;

type PowerEvents = Pick<PowerMonitor, 'getSystemIdleTime'> & {
  on(event: keyof typeof ELECTRON_EVENTS, listener: () => void): unknown;
  removeListener(event: keyof typeof ELECTRON_EVENTS, listener: () => void): unknown;
};

/** Presence from Electron's powerMonitor, passed in so nothing here imports electron at runtime. */
export function electronPresenceSource(powerMonitor: PowerEvents): PresenceSource {
  return {
    // Electron reports whole seconds
    idleMs: () => powerMonitor.getSystemIdleTime() * 1_000,
    onSignal(listener) {
      const handlers = Object.entries(ELECTRON_EVENTS).map(([event, signal]) => {
        const handler = () => listener(signal);
        powerMonitor.on(event as keyof typeof ELECTRON_EVENTS, handler);
        return [event as keyof typeof ELECTRON_EVENTS, handler] as const;
      });
      return () => {
        for (const [event, handler] of handlers) powerMonitor.removeListener(event, handler);
      };
    },
  };
}

/** An idle time that some other source (a Wayland compositor) knows better, while it is connected. */
export interface IdleTime {
  idleMs(): number;
  readonly connected: boolean;
}

/**
 * Presence whose idle time comes from `idle` while it is connected, and from `base` otherwise. On Wayland
 * Electron's idle time sees no input to other apps (electron#27912), so the compositor's is the honest one.
 */
export function withIdleFrom(base: PresenceSource, idle: IdleTime): PresenceSource {
  return {
    idleMs: () => (idle.connected ? idle.idleMs() : base.idleMs()),
    onSignal: (listener) => base.onSignal(listener),
  };
}
