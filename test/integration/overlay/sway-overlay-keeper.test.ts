// sway keeps Balans's overlay fullscreen, sticky and focused when asked over IPC — and only the window with the
// overlay's pid and exact title, never a window whose title merely contains it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { SwayOverlayKeeper } from '../../../electron/main/adapters/os/overlay/sway-overlay-keeper.ts';
import { keepAboveWhenMapped } from '../../../electron/main/adapters/os/overlay/overlay-keeper.ts';
import { startSway, swayUnavailable, type Sway } from '../../support/sway.ts';
import { waitFor } from '../../support/wait-for.ts';

const skip = swayUnavailable();
if (skip) console.log(`skipping the sway overlay test: ${skip}`);

let sway: Sway;
let overlay: ChildProcess;

describe.skipIf(skip)('SwayOverlayKeeper under headless sway', () => {
  beforeAll(async () => {
    sway = await startSway();
    overlay = sway.client('foot', ['--app-id=balans', '--title=Balans overlay 1', 'sleep', '600']);
    sway.client('foot', ['--app-id=other', '--title=Balans overlay 1 (copy)', 'sleep', '600']);
    await waitFor('two windows', async () => (await sway.windows()).length === 2);
  });
  afterAll(async () => {
    await sway?.stop();
  });

  it('makes exactly the overlay fullscreen, sticky and focused', async () => {
    const keeper = new SwayOverlayKeeper(sway.env['SWAYSOCK']!);
    expect(await keepAboveWhenMapped(keeper, { pid: overlay.pid!, title: 'Balans overlay 1' })).toBe(true);
    const all = await sway.windows();
    const balans = all.find((w) => w.app_id === 'balans')!;
    const other = all.find((w) => w.app_id === 'other')!;
    expect(balans).toMatchObject({ fullscreen_mode: 1, sticky: true, focused: true });
    expect(other).toMatchObject({ fullscreen_mode: 0, sticky: false });
  });

  it('says so when there is no such window', async () => {
    const keeper = new SwayOverlayKeeper(sway.env['SWAYSOCK']!);
    expect(await keeper.keepAbove({ pid: overlay.pid!, title: 'no such title' })).toBe(false);
  });
});
