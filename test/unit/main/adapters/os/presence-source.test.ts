import { describe, it, expect } from 'vitest';
import { EventEmitter } from 'node:events';
import { electronPresenceSource } from '../../../../../electron/main/adapters/os/presence-source.ts';
import type { PresenceSignal } from '../../../../../electron/core/tracking/presence.ts';

/** Stands in for Electron's powerMonitor: an event emitter with an idle time in seconds. */
class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}

describe('electronPresenceSource', () => {
  it('reports idle time in ms and maps Electron events to presence signals until unsubscribed', () => {
    const monitor = new FakePowerMonitor();
    const source = electronPresenceSource(monitor);
    monitor.idleSeconds = 181;
    expect(source.idleMs()).toBe(181_000);
    const seen: PresenceSignal[] = [];
    const unsubscribe = source.onSignal((s) => seen.push(s));
    for (const event of ['lock-screen', 'suspend', 'resume', 'unlock-screen', 'on-ac']) monitor.emit(event);
    unsubscribe();
    monitor.emit('lock-screen');
    expect(seen).toEqual(['lock', 'suspend', 'resume', 'unlock']);
    expect(monitor.listenerCount('lock-screen')).toBe(0);
  });
});
