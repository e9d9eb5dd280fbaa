// A covered overlay comes back on a real sway: another real client takes the focus from the overlay stand-in (a
// foot window with the overlay's title), the guard hears it through the wlroots source, sway raises the overlay
// again, and the parent lock's log lists it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { SwayOverlayKeeper } from '../../../electron/main/adapters/os/overlay/sway-overlay-keeper.ts';
import { keepAboveWhenMapped } from '../../../electron/main/adapters/os/overlay/overlay-keeper.ts';
import { tapWindowSource } from '../../../electron/main/adapters/os/tapped-window-source.ts';
import { WlrootsWindowSource } from '../../../electron/main/adapters/os/wayland/wlroots-window-source.ts';
import type { WindowSignal, WindowSource } from '../../../electron/main/adapters/os/window-source.ts';
import { createOverlayGuard } from '../../../electron/main/services/overlay-guard.ts';
import { memoryParentLock } from '../../support/memory-parent-lock.ts';
import { startSway, swayUnavailable, type Sway } from '../../support/sway.ts';
import { waitFor } from '../../support/wait-for.ts';

const skip = swayUnavailable();
if (skip) console.log(`skipping the sway overlay guard test: ${skip}`);

const TITLE = 'Balans overlay 1';
const systemClock = { now: () => Date.now() };

let sway: Sway;
let source: WindowSource;
let overlay: ChildProcess;
const seen: WindowSignal[] = [];
const lock = memoryParentLock(systemClock);

const tree = () => sway.windows();
const overlayOnTop = async () => {
  const balans = (await tree()).find((w) => w.app_id === 'balans');
  return balans?.focused === true && balans.fullscreen_mode === 1;
};
const focusedApp = async () => (await tree()).find((w) => w.focused)?.app_id;

describe.skipIf(skip)('the overlay guard under headless sway', () => {
  beforeAll(async () => {
    sway = await startSway();
    sway.client('foot', ['--app-id=game', '--title=A game', 'sleep', '600']);
    await waitFor('the game window', async () => (await tree()).length === 1, 20_000);
    overlay = sway.client('foot', ['--app-id=balans', `--title=${TITLE}`, 'sleep', '600']);
    await waitFor('the overlay window', async () => (await tree()).length === 2, 20_000);
    const keeper = new SwayOverlayKeeper(sway.env['SWAYSOCK']!);
    const guard = createOverlayGuard({
      clock: systemClock,
      restore: (title) => keeper.keepAbove({ pid: overlay.pid!, title }),
      record: (incident) => lock.recordTamper(incident),
      log: (message, error) => console.error(message, error),
    });
    source = tapWindowSource(new WlrootsWindowSource({ env: sway.env }), guard.focus);
    await source.start((signal) => seen.push(signal));
    guard.opened(TITLE);
    expect(await keepAboveWhenMapped(keeper, { pid: overlay.pid!, title: TITLE })).toBe(true);
    await waitFor('the overlay on top', overlayOnTop);
  });
  afterAll(async () => {
    await source?.stop();
    await sway?.stop();
  });

  it('raises the overlay again when another window takes the focus, and records it once', async () => {
    const before = seen.length;
    await sway.swaymsg('[app_id="game"] focus');
    // the game really had the focus (the source saw it) before sway was told to raise the overlay again
    await waitFor('the game seen in front', () =>
      seen.slice(before).some((s) => s.type === 'observation' && s.observation.app === 'game'),
    );
    await waitFor('the overlay on top again', overlayOnTop);
    await waitFor('the record', () => lock.state().tampers.length === 1);
    expect(lock.state().tampers.map((t) => t.kind)).toEqual(['overlay-covered']);
  });

  it('comes back from a window opened later and focused; the same minute is not recorded twice', async () => {
    sway.client('foot', ['--app-id=intruder', '--title=Opened later', 'sleep', '600']);
    await waitFor('the new window', async () => (await tree()).length === 3, 20_000);
    // sway 1.7 maps a new window behind a fullscreen one without giving it the focus
    expect(await focusedApp()).toBe('balans');
    const before = seen.length;
    await sway.swaymsg('[app_id="intruder"] focus');
    await waitFor('the new window seen in front', () =>
      seen.slice(before).some((s) => s.type === 'observation' && s.observation.app === 'intruder'),
    );
    await waitFor('the overlay on top again', overlayOnTop);
    expect(lock.state().tampers.map((t) => t.kind)).toEqual(['overlay-covered']);
  });
});
