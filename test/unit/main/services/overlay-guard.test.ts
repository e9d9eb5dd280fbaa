import { describe, it, expect } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { boundaryWindowLost, createOverlayGuard } from '../../../../electron/main/services/overlay-guard.ts';
import { tapWindowSource } from '../../../../electron/main/adapters/os/tapped-window-source.ts';
import type { WindowListener, WindowSignal } from '../../../../electron/main/adapters/os/window-source.ts';
import { memoryParentLock } from '../../../support/memory-parent-lock.ts';
import { waitFor } from '../../../support/wait-for.ts';

const focus = (title: string): WindowSignal => ({ type: 'observation', observation: { app: 'x', title } });

describe('createOverlayGuard', () => {
  it('raises a covered overlay again and the parent lock lists it, as it lists a closed one', async () => {
    const clock = manualClock(1_000_000);
    const lock = memoryParentLock(clock);
    const raised: string[] = [];
    const guard = createOverlayGuard({
      clock,
      restore: async (title) => (raised.push(title), true),
      record: (incident) => lock.recordTamper(incident),
    });
    // the guard hears the same signals tracking does, through the tapped source
    let emit: WindowListener = () => {};
    const source = tapWindowSource(
      { kind: 'wlroots', start: async (listener) => void (emit = listener), stop: async () => {} },
      guard.focus,
    );
    const tracked: WindowSignal[] = [];
    await source.start((signal) => tracked.push(signal));

    guard.opened('Balans overlay 3');
    emit(focus('Balans overlay 3'));
    emit(focus('A game'));
    await waitFor('the overlay raised again', () => raised.length === 1);
    expect(raised).toEqual(['Balans overlay 3']);
    expect(tracked).toHaveLength(2);

    clock.advance(5_000);
    guard.closed();
    expect(lock.state().tampers).toEqual([
      { kind: 'overlay-covered', at: 1_000_000 },
      { kind: 'overlay-closed', at: 1_005_000 },
    ]);
  });

  it('logs when the compositor finds no overlay to raise', async () => {
    const logged: string[] = [];
    const guard = createOverlayGuard({
      clock: manualClock(0),
      restore: async () => false,
      record: () => {},
      log: (message) => logged.push(message),
    });
    guard.opened('Balans overlay 1');
    guard.focus(focus('Balans overlay 1'));
    guard.focus({ type: 'none' });
    guard.focus(focus('Terminal'));
    await waitFor('the log', () => logged.length === 1);
    expect(logged).toEqual(['No overlay titled Balans overlay 1 to raise again']);
  });
});

describe('boundaryWindowLost', () => {
  it('records a lost overlay, not a lost nudge, and tells the loop of both', () => {
    const clock = manualClock(5_000);
    const lock = memoryParentLock(clock);
    const guard = createOverlayGuard({
      clock,
      restore: async () => true,
      record: (i) => lock.recordTamper(i),
    });
    const told: string[] = [];
    const lost = boundaryWindowLost(guard, (which) => told.push(which));
    lost('nudge');
    lost('overlay');
    expect(told).toEqual(['nudge', 'overlay']);
    expect(lock.state().tampers).toEqual([{ kind: 'overlay-closed', at: 5_000 }]);
  });
});
