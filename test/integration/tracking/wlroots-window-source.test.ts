// The event-driven wlroots source against a real sway (headless) and real Wayland clients: two foot terminals and
// a weston-terminal. Focus moves by sway IPC, a title changes through the terminal's own escape sequence.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WlrootsWindowSource } from '../../../electron/main/adapters/os/wayland/wlroots-window-source.ts';
import { startSway, swayUnavailable, type Sway } from '../../support/sway.ts';
import { SeenSignals, switchJourney, titleFromFifo } from '../../support/switch-journey.ts';
import { waitFor } from '../../support/wait-for.ts';

/** Detection budget on top of the command's own run time, as in the X11 test: 4× the 50 ms target. */
const DETECTION_BUDGET_MS = 200;
const WESTON_APP_ID = 'org.freedesktop.weston.wayland-terminal';

const skip = swayUnavailable();
if (skip) console.log(`skipping the sway integration test: ${skip}`);

let sway: Sway;
const signals = new SeenSignals();
const { seen } = signals;
let source: WlrootsWindowSource;
const clients = new Map<string, ChildProcess>();

/**
 * A foot terminal whose title the test can change: the shell inside reads titles from a FIFO and writes them as
 * OSC 2 escape sequences, the way a shell prompt or an editor sets its title.
 */
function openFoot(appId: string, title: string): void {
  const fifo = join(sway.runtimeDir, `${appId}.title`);
  execFileSync('mkfifo', ['-m', '600', fifo]);
  if (process.getuid?.() === 0) chownSync(fifo, 65534, 65534);
  clients.set(
    appId,
    sway.client('foot', [`--app-id=${appId}`, `--title=${title}`, 'sh', '-c', titleFromFifo('"$0"'), fifo]),
  );
}

const setTitle = (appId: string, title: string) =>
  writeFileSync(join(sway.runtimeDir, `${appId}.title`), `${title}\n`);

const observations = () => signals.observations();

const windowCount = async () => (await sway.windows()).length;

describe.skipIf(skip)('WlrootsWindowSource under headless sway', () => {
  beforeAll(async () => {
    sway = await startSway();
    // one after the other, so the last one opened (weston-terminal) has focus
    openFoot('alpha', 'alpha one');
    await waitFor('alpha in sway', async () => (await windowCount()) === 1, 20_000);
    openFoot('beta', 'beta one');
    await waitFor('beta in sway', async () => (await windowCount()) === 2, 20_000);
    clients.set('weston', sway.client('weston-terminal', ['--shell=/bin/sh']));
    await waitFor('weston-terminal in sway', async () => (await windowCount()) === 3, 20_000);
    source = new WlrootsWindowSource({ env: sway.env });
    await source.start(signals.record);
  });

  afterAll(async () => {
    await source?.stop();
    await sway?.stop();
  });

  it('reports the focused window at start, then every switch and title change with its app id', async () => {
    // the window opened last has focus
    expect(seen[0]?.signal).toEqual({
      type: 'observation',
      observation: { app: WESTON_APP_ID, title: 'Wayland Terminal' },
    });

    const { steps, step, observed } = switchJourney(signals);
    const focus = (appId: string) => () => sway.swaymsg(`[app_id="${appId}"] focus`);

    await step('alpha', 'alpha one', focus('alpha'));
    await step('beta', 'beta one', focus('beta'));
    await step('beta', 'beta renamed', () => setTitle('beta', 'beta renamed'));
    await step(WESTON_APP_ID, 'Wayland Terminal', focus(WESTON_APP_ID));
    await step('alpha', 'alpha one', focus('alpha'));
    await step('alpha', 'alpha ünïcode ✓', () => setTitle('alpha', 'alpha ünïcode ✓'));
    await step('beta', 'beta renamed', focus('beta'));

    // exactly one observation per step, in order: no duplicates, nothing from the window losing focus
    const relevant = observed();
    expect(relevant.map((o) => [o.app, o.title])).toEqual(steps.map((s) => [s.app, s.title]));
    for (const [i, o] of relevant.entries()) {
      expect(o.at).toBeGreaterThanOrEqual(steps[i]!.issued);
      expect(o.at).toBeLessThanOrEqual(steps[i]!.returned + DETECTION_BUDGET_MS);
    }
    // a switch never passes through "no window"
    expect(seen.filter((s) => s.signal.type !== 'observation')).toEqual([]);
  });

  it('a title change of a window in the background is not reported as a switch', async () => {
    const from = seen.length;
    setTitle('alpha', 'alpha in the background');
    // a roundtrip on a fresh client after the title is written proves sway has sent the change
    await waitFor('sway to see the new title', async () =>
      JSON.stringify(await sway.swaymsg('-t', 'get_tree')).includes('alpha in the background'),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.slice(from)).toEqual([]);
    // and it is reported once that window gets focus
    const before = observations().length;
    await sway.swaymsg('[app_id="alpha"] focus');
    await signals.waitForObservation(before, 'alpha', 'alpha in the background');
  });

  it('reports the next window when the focused one closes, and "none" when the last one has gone', async () => {
    const from = observations().length;
    clients.get('alpha')!.kill();
    const next = await waitFor('the window focused after alpha closed', () => observations()[from]);
    expect(['beta', WESTON_APP_ID]).toContain(next.app);
    clients.get('beta')!.kill();
    clients.get('weston')!.kill();
    const none = await waitFor('"none" after the last window closed', () =>
      seen.find((s, i) => i > 0 && s.signal.type === 'none'),
    );
    expect(none.signal).toEqual({ type: 'none' });
  });
});
